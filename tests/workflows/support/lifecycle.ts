// A full ordinary lifecycle with a hearing: the log every replay and golden test starts from.
import { CaseDriver, filing } from './case-driver';
import { company, makeProposal, yuan } from './factories';

const confiscation = { kind: 'confiscate_illegal_gains' as const, amountFen: yuan(150_000) };

/** Up to the decision being served and the first publication (execution awaits payment). */
export function servedLifecycle(): CaseDriver {
  const d = CaseDriver.open({ party: company({ registeredProvince: '北京' }) }, '2025-03-31');
  d.accept('FILE_CASE', filing(), '2025-04-01');
  d.accept(
    'RECORD_EVIDENCE',
    {
      kind: 'inspection',
      description: '现场检查笔录',
      officersPresent: ['h1', 'h2'],
      recordType: 'audio_visual',
      sha256: 'a'.repeat(64),
    },
    '2025-04-02',
  );
  d.conclude(makeProposal([confiscation]), '2025-04-07').review('2025-04-09');
  d.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: true }, '2025-04-14');
  d.accept('REQUEST_HEARING', {}, '2025-04-15');
  d.accept('ACCEPT_HEARING', { presidingOfficerId: 'ho1' }, '2025-04-16');
  d.accept(
    'SCHEDULE_HEARING',
    { hearingAt: '2025-05-13T09:00:00+08:00', noticeServedAt: '2025-04-29' },
    '2025-04-29',
  );
  d.accept('HOLD_HEARING', { transcriptSha256: 'b'.repeat(64) }, '2025-05-13');
  d.accept('SUBMIT_HEARING_REPORT', { opinion: '维持' }, '2025-05-14');
  d.accept('PASS_LEGAL_REVIEW', { opinion: '同意' }, '2025-05-15');
  d.accept(
    'DECIDE',
    { decisionNumber: '京市监罚〔2025〕88号', outcome: 'penalty', penalties: [confiscation] },
    '2025-05-16',
  );
  d.accept('SERVE_DECISION', { method: 'direct' }, '2025-05-19');
  d.accept('PUBLISH_DECISION', { channel: 'website' }, '2025-05-20');
  return d;
}

/** …then paid, published on GSXT, closed and archived. */
export function fullLifecycle(): CaseDriver {
  const d = servedLifecycle();
  d.accept('RECORD_PAYMENT', { amountFen: yuan(150_000) }, '2025-05-30');
  d.accept('PUBLISH_DECISION', { channel: 'gsxt' }, '2025-06-03');
  d.accept('CLOSE_CASE', {}, '2025-06-04');
  d.accept('ARCHIVE_CASE', {}, '2025-06-05');
  return d;
}
