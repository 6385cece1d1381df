// The audit's reading of the invariants: breaches of current-version cases count; a case pinned
// to an older version stays a valid record and its breaches are flagged, informational.
import { replayLog } from '../../src/audit/case-replay';
import { invariantReport } from '../../src/audit/invariant-report';
import type { LogEntry } from '../../src/ledger/log-entry';
import { createCaseBody, fine, OFFICERS } from '../workflows/support/factories';

const officers = Object.fromEntries(Object.values(OFFICERS).map((o) => [o.id, o]));

/** A summary case whose decision is mailed days later (APL 52: 当场交付), as stored entries. */
function mailedSummaryDecision(machineVersion: number): LogEntry[] {
  const events: [string, Record<string, unknown>, string][] = [
    [
      'OPEN_SUMMARY_CASE',
      createCaseBody({ procedure: 'summary', receivedAt: '2025-09-15' }),
      '2025-09-15',
    ],
    [
      'DECIDE_ON_SPOT',
      { decisionNumber: 'J-1', officersPresent: ['h1', 'h2'], penalties: [fine(100)] },
      '2025-09-15',
    ],
    ['SERVE_DECISION', { method: 'mail' }, '2025-09-18'],
  ];
  return events.map(([type, payload, occurredAt], i) => ({
    caseId: 'c1',
    seq: i + 1,
    type,
    occurredAt,
    recordedAt: occurredAt,
    actorId: 'h1',
    payload,
    facts: { actor: OFFICERS.h1, officers, recusedOfficerIds: [] },
    flags: [],
    machineVersion,
    prevHash: '',
    hash: '',
  }));
}

describe('invariantReport', () => {
  it('APL 52: lists the breach of a v1 case, flagged as recorded under an older version', () => {
    const entries = mailedSummaryDecision(1);
    const steps = replayLog('penalty-case', 1, entries, {});
    const report = invariantReport(
      { machineId: 'penalty-case', machineVersion: 1 },
      entries,
      steps,
      {},
    );
    expect(report).toMatchObject({
      machineVersion: 1,
      machineVersionCurrent: false,
    });
    expect(report.invariantBreaches).toContainEqual(
      expect.objectContaining({ seq: 3, invariant: 'I11', article: 'APL 52' }),
    );
  });

  it('a lawful history of the current version breaks nothing', () => {
    const entries = mailedSummaryDecision(2).slice(0, 2);
    const steps = replayLog('penalty-case', 2, entries, {});
    const report = invariantReport(
      { machineId: 'penalty-case', machineVersion: 2 },
      entries,
      steps,
      {},
    );
    expect(report).toEqual({
      machineVersion: 2,
      machineVersionCurrent: true,
      invariantBreaches: [],
    });
  });
});
