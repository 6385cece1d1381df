// 线索核查, 立案 and 调查: G01–G08.
import { clueVerificationDue, limitationDue } from '../penalty-case.clocks';
import { after } from '../penalty-case.dates';
import type { FlagRule, Guard } from './guard-kit';
import { blank, credentialedOfficers, guard } from './guard-kit';
import { G04 } from './officers.guards';
import { msg } from '../../messages/catalogue';

export { G04 };

export const G01 = guard(
  'G01',
  'PR 19; APL 36',
  'all four 立案 conditions hold, within limitation',
  (f) => {
    const conditions = f.payload.conditions as Record<string, boolean>;
    const missing = Object.entries(conditions)
      .filter(([, holds]) => !holds)
      .map(([name]) => name);
    const due = limitationDue(f.ctx);
    // APL 36: not discovered within 2 (5) years of the end of the act.
    const expired = due !== undefined && after(f.ctx.receivedAt, due);
    return [
      missing.length > 0 && msg('G01.conditions', { missing }),
      expired &&
        msg('G01.limitation', {
          due,
          endedAt: String(f.ctx.violation.endedAt),
          receivedAt: f.ctx.receivedAt,
        }),
    ];
  },
);

export const G02 = guard(
  'G02',
  'APL 42',
  '≥ 2 handlers, each with a credential valid that day',
  (f) => credentialedOfficers(f, f.payload.handlerIds as string[], 2, 'handlers'),
);

export const G03_DESCRIPTION = guard(
  'G03',
  'PR 18',
  'filing or declining after the clue-verification deadline is allowed but flagged CLUE_VERIFICATION_LATE',
  () => [],
);

/** G03, PR 18: late verification does not block the decision on the clue; it is flagged. */
export const clueLate: FlagRule = (f) => [
  after(f.on, clueVerificationDue(f.ctx, f.cal).date) && 'CLUE_VERIFICATION_LATE',
];

/** Officers named in the payload: handlers, presiding officer, attendees, officers present. */
function namedOfficers(payload: Record<string, unknown>): string[] {
  const lists = [
    payload.handlerIds,
    payload.officersPresent,
    payload.attendeeIds,
    payload.witnessIds,
  ];
  const resolution = payload.collectiveResolution as { attendeeIds?: string[] } | undefined;
  return [
    ...lists.flatMap((list) => (Array.isArray(list) ? (list as string[]) : [])),
    ...(resolution?.attendeeIds ?? []),
    ...(typeof payload.presidingOfficerId === 'string' ? [payload.presidingOfficerId] : []),
  ];
}

/** G06 for officers named in the payload; a recused actor is FORBIDDEN before any guard. */
export const G06 = guard(
  'G06',
  'APL 43',
  'no recused officer acts on the case (a recused sender of any event is FORBIDDEN; officers named in a payload fail G06)',
  (f) =>
    namedOfficers(f.payload)
      .filter((id) => f.recused.includes(id))
      .map((id) => msg('G06.recused', { id })),
);

export const G07 = guard(
  'G07',
  'PR',
  'suspension, resumption and termination are approved with a ground',
  (f) => [
    f.type !== 'RESUME_INVESTIGATION' && blank(f.payload.ground) && msg('G07.ground'),
    f.type === 'TERMINATE_INVESTIGATION' && blank(f.payload.reason) && msg('reason.required'),
  ],
);

export const G08 = guard(
  'G08',
  'PR',
  'the investigation report states facts, evidence, legal basis and a proposal',
  (f) => {
    const report = f.payload.report as { facts: string; evidenceSummary: string } | undefined;
    const proposal = f.payload.proposal as {
      outcome: string;
      penalties: unknown[];
      legalBasis: string;
    };
    return [
      report && blank(report.facts) && msg('G08.noFacts'),
      report && blank(report.evidenceSummary) && msg('G08.noEvidence'),
      blank(proposal.legalBasis) && msg('G08.noLegalBasis'),
      proposal.outcome === 'penalty' && proposal.penalties.length === 0 && msg('G08.noPenalty'),
      proposal.outcome !== 'penalty' &&
        proposal.penalties.length > 0 &&
        msg('G08.penaltiesListed', { outcome: proposal.outcome }),
    ];
  },
);

export const FILING_GUARDS: readonly Guard[] = [G01, G02, G03_DESCRIPTION, G04, G06, G07, G08];
