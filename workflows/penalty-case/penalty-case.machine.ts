// The penalty-case statechart, version 1 (PROCEDURE.md §4). Legal guards (G01–G34) are checked by
// the transition API before an event reaches the machine (penalty-case.api.ts); the machine's own
// guards only route (which stage comes next) and say whether an event is available at all.
import { and, assign, setup } from 'xstate';
import type { Proposal } from '../model/domain.types';
import type { CaseContext, CaseEvent, CaseInput } from './penalty-case.context';
import { initialContext, MACHINE_ID, sinceV2 } from './penalty-case.context';
import { rulesOn } from './penalty-case.dates';
import {
  activePublications,
  appealPending,
  collectivePending,
  disclosureFor,
  legalReviewPending,
  legalReviewRequirement,
  needsNotice,
  noticeServedForCurrent,
  pendingAdoptions,
} from './penalty-case.derived';
import { evolve } from './penalty-case.evolve';
import {
  haltFrom,
  remandTransition,
  suspendedFrom,
  suspendedState,
  V2_GUARDS,
  v2Acts,
} from './penalty-case.machine-v2';

const stage = (name: string) => `#${MACHINE_ID}.${name}`;
const rulesAt = (context: CaseContext, event: CaseEvent) =>
  rulesOn(event.on ?? context.lastEventOn, event.env);
const decisionRules = (context: CaseContext) =>
  rulesOn(context.decision?.decidedOn ?? context.lastEventOn);

const evolveOnly = { actions: 'evolve' } as const;
/** CONCLUDE_INVESTIGATION, REVISE_PROPOSAL: 法制审核 when §5 requires it, else 审核. */
const toReview = [
  { guard: 'legalReviewRequired', target: stage('legalReview'), reenter: true, actions: 'evolve' },
  { target: stage('caseReview'), reenter: true, actions: 'evolve' },
] as const;
/** After the party's rights are exhausted: the next required stage (§4). */
const afterNotice = [
  { guard: 'legalReviewPending', target: stage('legalReview'), actions: 'evolve' },
  { guard: 'collectivePending', target: stage('collectiveDiscussion'), actions: 'evolve' },
  { target: stage('decision'), actions: 'evolve' },
] as const;
const backToInvestigation = { target: stage('investigation.active'), actions: 'evolve' } as const;
/** DECIDE is answered by its guards (G12–G20) in every stage from the notice on. */
const decide = { target: stage('enforcement'), actions: 'evolve' } as const;
const property = {
  DISPOSE_PRESERVED_EVIDENCE: { guard: 'hasOpenPreservation', actions: 'evolve' },
  EXTEND_SEIZURE: { guard: 'hasExtendableSeizure', actions: 'evolve' },
  RELEASE_PROPERTY: { guard: 'hasHeldProperty', actions: 'evolve' },
} as const;
/** penalty-case@2, APL 45: an approver withdraws an accepted defence's adoption with reasons. */
const withdrawAdoption = {
  WITHDRAW_ADOPTION: { guard: and(['v2', 'adoptionPending']), actions: 'evolve' },
} as const;
const pending = { ...property, EXTEND_CASE_LIMIT: evolveOnly, ...v2Acts() } as const;

export const penaltyCaseMachine = setup({
  types: {
    // XState's idiom: type-only values that declare the machine's context, events and input.
    context: {} as CaseContext,
    events: {} as CaseEvent,
    input: {} as CaseInput,
  },
  guards: {
    isSummary: ({ context }) => context.procedure === 'summary',
    /** Transitions added in penalty-case@2 (a v1 case never takes them). */
    v2: ({ context }) => sinceV2(context),
    clueNotExtended: ({ context }) => !context.clueExtendedOn,
    legalReviewRequired: ({ context, event }) => {
      const proposal = (event.payload?.proposal as Proposal | undefined) ?? context.proposal;
      const manual = context.manualLegalReview || event.payload?.legalReviewRequired === true;
      return legalReviewRequirement(context, rulesAt(context, event), proposal, manual).required;
    },
    awaitingApproval: ({ context }) => context.approvedRevision !== context.revision,
    needsNotice: ({ context }) => needsNotice(context),
    legalReviewPending: ({ context, event }) =>
      legalReviewPending(context, rulesAt(context, event)),
    collectivePending: ({ context, event }) => collectivePending(context, rulesAt(context, event)),
    noticeServed: ({ context }) => noticeServedForCurrent(context),
    hearingNotAccepted: ({ context }) => !context.hearings[context.hearings.length - 1]?.acceptedOn,
    hasOpenPreservation: ({ context }) => context.preservations.some((item) => !item.disposedOn),
    hasExtendableSeizure: ({ context }) =>
      context.seizures.some((item) => !item.releasedOn && !item.extendedOn),
    hasHeldProperty: ({ context }) => context.seizures.some((item) => !item.releasedOn),
    decisionServed: ({ context }) => context.service !== undefined,
    appealPending: ({ context }) => appealPending(context),
    noServiceNeeded: ({ context }) => context.decision?.outcome === 'transfer_judiciary',
    settled: ({ context }) => context.settledOn !== undefined,
    filedWithDepartment: ({ context }) => !!context.summaryCase?.filedWithDepartmentOn,
    notFiledWithDepartment: ({ context }) => !context.summaryCase?.filedWithDepartmentOn,
    disclosureNotRequired: ({ context }) =>
      !disclosureFor(context, decisionRules(context)).mustPublish &&
      activePublications(context).length === 0,
    allChannelsPublished: ({ context }) => {
      const channels = new Set(activePublications(context).map((p) => p.channel));
      return channels.has('gsxt') && channels.has('website');
    },
    hasActivePublication: ({ context }) => activePublications(context).length > 0,
    adoptionPending: ({ context }) => pendingAdoptions(context).length > 0,
    ...V2_GUARDS,
  },
  actions: {
    evolve: assign(({ context, event }) => evolve(context, event)),
    // PR [S]: the 10-WD review clock starts when the reviewer receives the file.
    startReview: assign({ reviewStartedOn: ({ event }) => event.on }),
    suspendedFrom: assign(({ context }, params: { stage: string }) =>
      suspendedFrom(context, params),
    ),
  },
}).createMachine({
  id: MACHINE_ID,
  context: ({ input }) => initialContext(input),
  initial: 'opening',
  states: {
    // Transient: the first log entry decides the procedure (REGISTER_CLUE / OPEN_SUMMARY_CASE).
    opening: {
      always: [{ guard: 'isSummary', target: 'summary' }, { target: 'clueVerification' }],
    },
    clueVerification: {
      on: {
        EXTEND_CLUE_VERIFICATION: { guard: 'clueNotExtended', actions: 'evolve' },
        RECORD_EVIDENCE: evolveOnly,
        FILE_CASE: { target: 'investigation', actions: 'evolve' },
        DECLINE_FILING: { target: 'notFiled', actions: 'evolve' },
        TRANSFER_CLUE: { target: 'transferred', actions: 'evolve' },
      },
    },
    notFiled: { type: 'final' },
    transferred: { type: 'final' },
    investigation: {
      initial: 'active',
      on: { ...pending, TERMINATE_INVESTIGATION: { target: 'terminated', actions: 'evolve' } },
      states: {
        active: {
          on: {
            RECORD_EVIDENCE: evolveOnly,
            PRESERVE_EVIDENCE: evolveOnly,
            SEIZE_PROPERTY: evolveOnly,
            SUSPEND_INVESTIGATION: { target: 'suspended', actions: 'evolve' },
            CONCLUDE_INVESTIGATION: toReview,
          },
        },
        suspended: { on: { RESUME_INVESTIGATION: { target: 'active', actions: 'evolve' } } },
      },
    },
    caseReview: {
      entry: 'startReview',
      on: {
        ...pending,
        APPROVE_REVIEW: [
          { guard: 'legalReviewRequired', target: 'legalReview', actions: 'evolve' },
          { target: 'proposalApproval', actions: 'evolve' },
        ],
        RETURN_FOR_INVESTIGATION: backToInvestigation,
        RETURN_FOR_CORRECTION: backToInvestigation,
        REVISE_PROPOSAL: toReview,
        ...haltFrom('caseReview'),
      },
    },
    legalReview: {
      entry: 'startReview',
      on: {
        ...pending,
        PASS_LEGAL_REVIEW: [
          { guard: 'awaitingApproval', target: 'proposalApproval', actions: 'evolve' },
          { guard: 'collectivePending', target: 'collectiveDiscussion', actions: 'evolve' },
          { target: 'decision', actions: 'evolve' },
        ],
        RETURN_FOR_INVESTIGATION: backToInvestigation,
        RETURN_FOR_CORRECTION: backToInvestigation,
        REVISE_PROPOSAL: toReview,
        DECIDE: decide,
        ...withdrawAdoption,
      },
    },
    proposalApproval: {
      on: {
        ...pending,
        APPROVE_PROPOSAL: [
          { guard: 'needsNotice', target: 'notification', actions: 'evolve' },
          { guard: 'collectivePending', target: 'collectiveDiscussion', actions: 'evolve' },
          { target: 'decision', actions: 'evolve' },
        ],
        RETURN_FOR_INVESTIGATION: backToInvestigation,
        RETURN_FOR_CORRECTION: backToInvestigation,
      },
    },
    notification: {
      initial: 'awaitingResponse',
      on: {
        ...pending,
        RECEIVE_STATEMENT: { guard: 'noticeServed', target: '.statementReview', actions: 'evolve' },
        // v2, APL 45: a statement left unreviewed (e.g. by a hearing request) is still reviewed.
        REVIEW_STATEMENT: { guard: and(['v2', 'statementUnreviewed']), actions: 'evolve' },
        REQUEST_HEARING: { target: 'hearing', actions: 'evolve' },
        REVISE_PROPOSAL: toReview,
        DECIDE: decide,
        ...withdrawAdoption,
        ...haltFrom('notification'),
      },
      states: {
        awaitingResponse: {
          on: {
            SERVE_NOTICE: evolveOnly,
            WAIVE_RIGHTS: { guard: 'noticeServed', actions: 'evolve' },
            END_NOTICE_PERIOD: afterNotice,
          },
        },
        statementReview: {
          on: { REVIEW_STATEMENT: { target: 'awaitingResponse', actions: 'evolve' } },
        },
      },
    },
    hearing: {
      initial: 'requested',
      on: { ...pending, DECIDE: decide, ...withdrawAdoption },
      states: {
        requested: {
          on: {
            ACCEPT_HEARING: { guard: 'hearingNotAccepted', actions: 'evolve' },
            REJECT_HEARING: {
              guard: 'hearingNotAccepted',
              target: stage('notification.awaitingResponse'),
              actions: 'evolve',
            },
            SCHEDULE_HEARING: { target: 'scheduled', actions: 'evolve' },
            TERMINATE_HEARING: afterNotice,
          },
        },
        scheduled: {
          on: {
            SCHEDULE_HEARING: { target: 'scheduled', actions: 'evolve' },
            HOLD_HEARING: { target: 'held', actions: 'evolve' },
            TERMINATE_HEARING: afterNotice,
          },
        },
        held: {
          on: { SUBMIT_HEARING_REPORT: { target: stage('legalReview'), actions: 'evolve' } },
        },
      },
    },
    collectiveDiscussion: {
      on: {
        ...pending,
        RECORD_COLLECTIVE_DECISION: { target: 'decision', actions: 'evolve' },
        REVISE_PROPOSAL: toReview,
        DECIDE: decide,
        ...withdrawAdoption,
      },
    },
    decision: {
      on: { ...pending, REVISE_PROPOSAL: toReview, DECIDE: decide, ...withdrawAdoption },
    },
    enforcement: {
      type: 'parallel',
      on: {
        ...property,
        CLOSE_CASE: { target: 'closed', actions: 'evolve' },
        RECORD_APPEAL: { guard: 'decisionServed', actions: 'evolve' },
        RECORD_APPEAL_OUTCOME: [remandTransition, { guard: 'appealPending', actions: 'evolve' }],
        REPLACE_HANDLERS: { guard: 'v2', actions: 'evolve' },
        REVOKE_DECISION: { guard: 'v2', actions: 'evolve' },
      },
      states: {
        execution: {
          initial: 'service',
          states: {
            service: {
              always: { guard: 'noServiceNeeded', target: 'done' },
              on: { SERVE_DECISION: { target: 'payment', actions: 'evolve' } },
            },
            payment: {
              always: { guard: 'settled', target: 'done' },
              on: {
                RECORD_PAYMENT: evolveOnly,
                APPROVE_INSTALLMENTS: evolveOnly,
                SERVE_ENFORCEMENT_REMINDER: evolveOnly,
                APPLY_COURT_ENFORCEMENT: { target: 'court', actions: 'evolve' },
              },
            },
            court: {
              always: { guard: 'settled', target: 'done' },
              on: {
                RECORD_PAYMENT: evolveOnly,
                RECORD_COURT_OUTCOME: { target: 'done', actions: 'evolve' },
              },
            },
            done: {},
          },
        },
        disclosure: {
          initial: 'pending',
          // Answered by G25 in every sub-state (not required, exempt, already published).
          on: { PUBLISH_DECISION: evolveOnly },
          states: {
            pending: {
              always: [
                { guard: 'disclosureNotRequired', target: 'notRequired' },
                { guard: 'allChannelsPublished', target: 'published' },
              ],
              on: {
                EXEMPT_FROM_DISCLOSURE: { target: 'exempt', actions: 'evolve' },
                WITHDRAW_PUBLICATION: {
                  guard: 'hasActivePublication',
                  target: 'withdrawn',
                  actions: 'evolve',
                },
              },
            },
            published: { on: { WITHDRAW_PUBLICATION: { target: 'withdrawn', actions: 'evolve' } } },
            exempt: {},
            notRequired: {},
            // A changed decision is published again on both channels (DR 11).
            withdrawn: { always: { guard: 'allChannelsPublished', target: 'published' } },
          },
        },
      },
    },
    suspended: suspendedState(pending),
    terminated: { on: { ...property, CLOSE_CASE: { target: 'closed', actions: 'evolve' } } },
    closed: { on: { ARCHIVE_CASE: { target: 'archived', actions: 'evolve' } } },
    archived: { type: 'final' },
    summary: {
      initial: 'onSpot',
      on: { RECORD_EVIDENCE: evolveOnly, CLOSE_CASE: { target: 'closed', actions: 'evolve' } },
      states: {
        onSpot: { on: { DECIDE_ON_SPOT: { target: 'service', actions: 'evolve' } } },
        service: { on: { SERVE_DECISION: { target: 'payment', actions: 'evolve' } } },
        payment: {
          always: { guard: 'settled', target: 'filing' },
          on: {
            RECORD_PAYMENT: evolveOnly,
            FILE_WITH_DEPARTMENT: { guard: 'notFiledWithDepartment', actions: 'evolve' },
          },
        },
        filing: {
          always: { guard: 'filedWithDepartment', target: 'done' },
          on: { FILE_WITH_DEPARTMENT: { target: 'done', actions: 'evolve' } },
        },
        done: {},
      },
    },
  },
});

export type PenaltyCaseMachine = typeof penaltyCaseMachine;
