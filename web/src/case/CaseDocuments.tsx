import { Button, List } from 'antd';
import type { Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** Fetched, then saved: the session (cookie or a development bearer) goes with the request. */
async function download(href: string, filename: string): Promise<void> {
  const res = await fetch(href, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(res.statusText);
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  a.click();
  URL.revokeObjectURL(url);
}

export function CaseDocuments({ documents }: { documents: Schemas['DocumentView'][] }) {
  const { t } = useI18n();
  return (
    <List
      dataSource={documents}
      locale={{ emptyText: '—' }}
      renderItem={(d) => {
        const links = d.links as Record<string, string>;
        return (
          <List.Item
            actions={[
              // The PDF opens in the browser's viewer, to read and print (same-origin: the
              // session cookie goes along).
              ...(links.pdf
                ? [
                    <a
                      key="preview"
                      href={links.pdf}
                      target="_blank"
                      rel="noopener noreferrer"
                      aria-label={`${t('preview')}：${d.title}`}
                    >
                      {t('preview')}
                    </a>,
                  ]
                : []),
              ...Object.entries(links).map(([format, href]) => (
                <Button
                  key={format}
                  size="small"
                  href={href}
                  aria-label={`${t('download')} ${format.toUpperCase()}：${d.title}`}
                  onClick={(ev) => {
                    ev.preventDefault();
                    void download(href, `${d.number ?? d.title}.${format}`);
                  }}
                >
                  {t('download')} {format.toUpperCase()}
                </Button>
              )),
            ]}
          >
            <List.Item.Meta title={d.title} description={`${d.number ?? ''} ${d.issuedOn}`} />
          </List.Item>
        );
      }}
    />
  );
}
