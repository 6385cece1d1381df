// 送达, 执行, 公示, 简易程序, 结案 and 归档: G22–G34.
import type { Penalty } from '../../model/domain.types';
import { summaryAllowed } from '../../rules/rule-set';
import {
  appealPeriodsEnd,
  courtEnforcementDue,
  decisionServiceDue,
  paymentDue,
  gsxtDue,
  websiteDue,
  withdrawalDue,
} from '../penalty-case.clocks';
import { sinceV2 } from '../penalty-case.context';
import { after, rulesOn, subtractWorkingDays } from '../penalty-case.dates';
import { planEnd } from '../penalty-case.periods';
import {
  activePublications,
  appealPending,
  disclosureDone,
  disclosureFor,
  executionDone,
} from '../penalty-case.derived';
import type { GuardInput, FlagRule, Guard } from './guard-kit';
import type { Msg } from '../../messages/catalogue';
import { blank, credentialedOfficers, guard } from './guard-kit';
import { msg } from '../../messages/catalogue';
import { actingOfficers, isServiceEvent, serviceMethod } from './officers.guards';

/** v1 checked the method of SERVE_DECISION only; v2 every service (notice, decision, 催告书). */
const servesHere = (f: GuardInput, method: string): boolean =>
  (f.type === 'SERVE_DECISION' || (sinceV2(f.ctx) && isServiceEvent(f.type))) &&
  serviceMethod(f) === method;

export const G22 = guard(
  'G22',
  'CPL 90',
  'electronic service only with the party’s signed consent',
  (f) => [
    servesHere(f, 'electronic') && f.payload.electronicConsent !== true && msg('G22.consent'),
  ],
);

/** G22, APL 61: service after 7 WD is accepted and flagged. */
export const serviceLate: FlagRule = (f) => {
  const due = decisionServiceDue(f.ctx, f.cal);
  return [!!due && after(f.on, due.date) && 'SERVICE_LATE'];
};

export const G23 = guard(
  'G23',
  'CPL 89',
  '留置送达 with witnesses or an audio-visual record',
  (f) => {
    const named = (f.payload.witnessIds as string[] | undefined) ?? [];
    // v2: a witness is someone other than the serving officers (CPL 89: 送达人、见证人).
    const serving = sinceV2(f.ctx) ? actingOfficers(f) : [];
    const witnesses = named.filter((id) => !serving.includes(id));
    return [
      servesHere(f, 'left_at_address') &&
        witnesses.length === 0 &&
        blank(f.payload.recordingSha256) &&
        (named.length > 0 ? msg('G23.witnessesAreServers') : msg('G23.noWitness')),
    ];
  },
);

export const G24 = guard('G24', 'CPL 95', '公告送达 only when the party cannot be found', (f) => {
  // v1: refused only when the handler states the party can be found; a notice without the
  // statement is accepted and flagged (publicNoticeGroundUnstated). v2: the ground is required
  // whenever the party has an address on record (CPL 95: 下落不明, or other ways failed).
  const unstated =
    sinceV2(f.ctx) && f.payload.partyCannotBeFound !== true && !blank(f.ctx.party.address);
  return [
    servesHere(f, 'public_notice') &&
      (f.payload.partyCannotBeFound === false || unstated) &&
      msg('G24.partyFindable'),
  ];
});

/** A public notice for a party with an address on record, without stating it cannot be found. */
export const publicNoticeGroundUnstated: FlagRule = (f) => [
  f.payload.method === 'public_notice' &&
    f.payload.partyCannotBeFound !== true &&
    !blank(f.ctx.party.address) &&
    'PUBLIC_NOTICE_GROUND_UNSTATED',
];

function decisionRules(f: GuardInput) {
  return rulesOn(f.ctx.decision?.decidedOn ?? f.on, f.env);
}

export const G25 = guard(
  'G25',
  'DR 2, 5, 6',
  'publish only ordinary-procedure decisions that are not a bare warning, redacted',
  (f) => {
    const obligation = disclosureFor(f.ctx, decisionRules(f));
    const channel = f.payload.channel as string;
    return [
      !obligation.mustPublish && msg('G25.notPublished', { reason: String(obligation.reason) }),
      !!f.ctx.disclosureExemption && msg('G25.exempted'),
      activePublications(f.ctx).some((p) => p.channel === channel) &&
        msg('G25.alreadyPublished', { channel }),
    ];
  },
);

export const disclosureLate: FlagRule = (f) => {
  const due =
    f.payload.channel === 'gsxt' ? gsxtDue(f.ctx, f.cal, f.env) : websiteDue(f.ctx, f.cal);
  return [!!due && after(f.on, due.date) && 'DISCLOSURE_LATE'];
};

export const G26 = guard(
  'G26',
  'DR 11; APL 48',
  'withdraw within 3 WD of revocation or change, with reasons',
  (f) => [
    !withdrawable(f) && msg('G26.noRevocation'),
    blank(f.payload.reason) && msg('reasons.required'),
  ],
);

/** APL 48 ¶2: changed, revoked, confirmed illegal or void (v2), or revoked on remand (v2). */
function withdrawable(f: GuardInput): boolean {
  const d = f.ctx.decision;
  const v2 =
    sinceV2(f.ctx) && (!!d?.confirmedIllegalOn || !!d?.voidOn || (!d && !!f.ctx.remandedOn));
  return !!d?.revokedOn || !!d?.changedOn || v2;
}

/** DR 11: a late withdrawal is still made (the record must go) and flagged. */
export const withdrawalLate: FlagRule = (f) => {
  const due = withdrawalDue(f.ctx, f.cal);
  return [!!due && after(f.on, due.date) && 'WITHDRAWAL_LATE'];
};

export const G28 = guard(
  'G28',
  'APL 72, 73; AEL 45',
  'surcharge: 3 % of the fine per day, not compounded, capped at the fine, frozen during 复议/诉讼 (computed, never refused)',
  () => [],
);

export const G29 = guard(
  'G29',
  'AEL 53, 54',
  'court enforcement: no appeal pending, periods expired, 催告书 ≥ 10 WD before, within 3 months',
  (f) => {
    const periods = appealPeriodsEnd(f.ctx, f.cal);
    const due = courtEnforcementDue(f.ctx, f.cal);
    const remindBy = subtractWorkingDays(f.cal, f.on, 10);
    // AEL 54 (v2): a 催告书 counts only once the party is in default (served after payment was due).
    const payBy = sinceV2(f.ctx) ? paymentDue(f.ctx, f.cal)?.dueOn : undefined;
    const reminded = f.ctx.enforcementReminders.some(
      (on) => !after(on, remindBy) && (!payBy || after(on, payBy)),
    );
    const plan = planEnd(f.ctx);
    return [
      // APL 72 ¶2 (v2): not before an approved deferral or instalment plan has run out.
      !!plan && !after(f.on, plan) && msg('G29.planRuns', { until: plan }),
      appealPending(f.ctx) && msg('G29.appealPending'),
      !!periods && !after(f.on, periods.date) && msg('G29.periodsRun', { until: periods.date }),
      !!due && after(f.on, due.date) && msg('G29.periodEnded', { on: due.date }),
      !reminded && msg('G29.noReminder', { remindBy, payBy }),
      !!f.ctx.settledOn && msg('G29.nothingOwed'),
    ];
  },
);

export const G31 = guard(
  'G31',
  'APL 51, 52',
  'summary procedure: warning or fine ≤ 200 / 3,000 yuan; ≥ 2 officers present',
  (f) => {
    const allowed = summaryAllowed(f.payload.penalties as Penalty[], f.ctx.party, f.rules);
    return [
      !allowed.allowed && msg('G31.notOnSpot', { reason: String(allowed.reason) }),
      ...credentialedOfficers(f, f.payload.officersPresent as string[], 2, 'present'),
    ];
  },
);

/** G33: exactly what execution lacks — the service, the performance (or enforcement), or both. */
function executionMissing(ctx: GuardInput['ctx']): Msg {
  if (!ctx.decision) return msg('G33.noDecision');
  const performed = !!ctx.settledOn || ctx.court?.outcome !== undefined;
  if (!ctx.service) {
    return performed ? msg('G33.performedNotServed') : msg('G33.neitherServedNorPerformed');
  }
  return msg('G33.servedNotPerformed');
}

export const G33 = guard(
  'G33',
  'PR',
  'close when performed or enforced, or no penalty / transfer / termination decided',
  (f) => {
    const { ctx } = f;
    if (f.stage === 'terminated') {
      return [];
    }
    if (ctx.procedure === 'summary') {
      return [
        !ctx.decision && msg('G33.noDecision'),
        !ctx.service && msg('G33.notServed'),
        !ctx.settledOn && msg('G33.notPerformed'),
        !ctx.summaryCase?.filedWithDepartmentOn && msg('G33.notFiled'),
      ];
    }
    return [
      !executionDone(ctx) && executionMissing(ctx),
      !disclosureDone(ctx, decisionRules(f)) && msg('G33.disclosure'),
    ];
  },
);

export const GUARDS_BY_ID = { G22, G23, G24, G25, G26, G28, G29, G31, G33 };
export const ENFORCEMENT_GUARDS: readonly Guard[] = Object.values(GUARDS_BY_ID);
