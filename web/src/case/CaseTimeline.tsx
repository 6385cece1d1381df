import { Timeline, Typography } from 'antd';
import type { Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';

type Entry = Schemas['LogEntryDto'];
type Doc = Schemas['DocumentView'];

/** The log in plain words: when, who, what (the event's name from the machine), documents issued. */
export function CaseTimeline({
  entries,
  eventNames,
  officerName,
  documents,
}: {
  entries: Entry[];
  eventNames: Map<string, string>;
  officerName: (id: string) => string;
  documents: Doc[];
}) {
  const { t } = useI18n();
  return (
    <Timeline
      items={entries.map((e) => {
        const issued = documents.filter((d) => d.seq === e.seq);
        return {
          key: e.seq,
          children: (
            <div>
              <Typography.Text strong>{eventNames.get(e.type) ?? e.type}</Typography.Text>
              <div>
                {e.occurredAt.slice(0, 16).replace('T', ' ')} · {t('by')} {officerName(e.actorId)}
              </div>
              {issued.length > 0 && (
                <div>
                  {t('documents')}:{' '}
                  {issued.map((d) => (d.number ? `${d.title}（${d.number}）` : d.title)).join('、')}
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
