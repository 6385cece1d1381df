import { Descriptions, List } from 'antd';
import type { CaseView, Schemas } from '../api/client';
import { valueLabel } from '../forms/labels';
import { useI18n } from '../i18n/i18n';

type Entry = Schemas['LogEntryDto'];
interface Penalty {
  kind: string;
  amountFen?: number;
  durationDays?: number;
}
interface Proposal {
  outcome?: string;
  penalties?: Penalty[];
  legalBasis?: string;
  discretionReason?: string;
}

/** The latest entry of one of `types` in the log, if any. */
export function latest(entries: Entry[], ...types: string[]): Entry | undefined {
  return [...entries].reverse().find((e) => types.includes(e.type));
}

/** What a reviewer reads: the proposal, the facts, the evidence and the legal basis. */
export function ProposalFacts({ view, log }: { view: CaseView; log: Entry[] }) {
  const { t, lang } = useI18n();
  const p = (view.proposal ?? {}) as Proposal;
  const report = (latest(log, 'CONCLUDE_INVESTIGATION')?.payload.report ?? {}) as {
    facts?: string;
    evidenceSummary?: string;
  };
  const hearing = latest(log, 'SUBMIT_HEARING_REPORT')?.payload as { opinion?: string } | undefined;
  const penalty = (x: Penalty) =>
    [
      valueLabel(x.kind, lang),
      x.amountFen !== undefined && t('yuan', { n: (x.amountFen / 100).toLocaleString() }),
      x.durationDays !== undefined && t('days', { n: x.durationDays }),
    ]
      .filter(Boolean)
      .join(' ');
  const evidence = log.filter((e) => e.type === 'RECORD_EVIDENCE');
  return (
    <Descriptions bordered size="small" column={1}>
      <Descriptions.Item label={t('proposal')}>
        {p.outcome ? valueLabel(p.outcome, lang) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('penalties')}>
        {(p.penalties ?? []).map(penalty).join('；') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('legalBasis')}>{p.legalBasis ?? '—'}</Descriptions.Item>
      {p.discretionReason && (
        <Descriptions.Item label={t('discretionReason')}>{p.discretionReason}</Descriptions.Item>
      )}
      <Descriptions.Item label={t('facts')}>{report.facts ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('evidence')}>
        <div>{report.evidenceSummary}</div>
        <List
          size="small"
          dataSource={evidence}
          locale={{ emptyText: '—' }}
          renderItem={(e) => {
            const r = e.payload as { kind?: string; description?: string; attachments?: unknown[] };
            return (
              <List.Item>
                {valueLabel(String(r.kind), lang)}：{r.description}
                {r.attachments?.length ? `（${r.attachments.length}）` : ''}
              </List.Item>
            );
          }}
        />
      </Descriptions.Item>
      {hearing?.opinion && (
        <Descriptions.Item label={t('hearingReport')}>{hearing.opinion}</Descriptions.Item>
      )}
    </Descriptions>
  );
}
