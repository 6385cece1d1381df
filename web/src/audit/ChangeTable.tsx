import { Table } from 'antd';
import type { Schemas } from '../api/client';
import { useAuditText } from './messages';
import { StatusTag } from './StatusTag';

type Change = Schemas['ContextChangeDto'];

const show = (v: unknown): string =>
  v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

/** What an entry changed in the case, field by field (added, removed, changed). */
export function ChangeTable({ changes }: { changes: Change[] }) {
  const t = useAuditText();
  return (
    <section aria-label={t('changes')}>
      <Table<Change>
        rowKey="path"
        size="small"
        pagination={false}
        title={() => t('changes')}
        locale={{ emptyText: t('noChanges') }}
        dataSource={changes}
        scroll={{ x: true }}
        columns={[
          {
            title: '',
            key: 'k',
            width: 72,
            render: (_, c) =>
              !('before' in c) ? (
                <StatusTag tone="green">{t('added')}</StatusTag>
              ) : !('after' in c) ? (
                <StatusTag tone="red">{t('removed')}</StatusTag>
              ) : (
                <StatusTag tone="blue">{t('changed')}</StatusTag>
              ),
          },
          { title: t('path'), key: 'p', render: (_, c) => <code>{c.path}</code> },
          { title: t('before'), key: 'b', render: (_, c) => show(c.before) },
          { title: t('after'), key: 'a', render: (_, c) => show(c.after) },
        ]}
      />
    </section>
  );
}
