import { Table } from 'antd';
import type { Schemas } from '../api/client';
import { useAuditText, type AuditKey } from './messages';
import { StatusTag, type Tone } from './StatusTag';

type Deadline = Schemas['DeadlineDto'];

/** Clocks still running (or missed, or paused) at a point of the case. */
export const OPEN_CLOCK = new Set(['open', 'missed', 'paused']);

const STATUS: Record<string, { key: AuditKey; color: Tone }> = {
  open: { key: 'clockOpen', color: 'blue' },
  missed: { key: 'clockMissed', color: 'red' },
  paused: { key: 'clockPaused', color: 'orange' },
  met: { key: 'clockMet', color: 'green' },
};

/** A clock's status as a coloured word (the case page's open clocks use it too). */
export function ClockStatus({ status }: { status: string }) {
  const t = useAuditText();
  const s = STATUS[status];
  return s ? <StatusTag tone={s.color}>{t(s.key)}</StatusTag> : <>{status}</>;
}

export function ClockTable({ deadlines, caption }: { deadlines: Deadline[]; caption: string }) {
  const t = useAuditText();
  return (
    <section aria-label={caption}>
      <Table<Deadline>
        rowKey="clock"
        size="small"
        pagination={false}
        title={() => caption}
        locale={{ emptyText: t('noOpenClocks') }}
        dataSource={deadlines}
        columns={[
          { title: t('clock'), key: 'c', render: (_, d) => `${d.clock}（${d.citation}）` },
          { title: t('dueOn'), dataIndex: 'dueOn' },
          {
            title: t('status'),
            key: 's',
            render: (_, d) => <ClockStatus status={d.status} />,
          },
        ]}
      />
    </section>
  );
}
