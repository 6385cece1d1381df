// Transitions added in penalty-case@2 (issue 12), each behind the machine's 'v2' guard.
import { and } from 'xstate';
import type { CaseContext, CaseEvent } from './penalty-case.context';
import { MACHINE_ID } from './penalty-case.context';

const stage = (name: string) => `#${MACHINE_ID}.${name}`;

/** A substitute handler (APL 42, 43); a remanded decision's records withdrawn (APL 48 ¶2). */
export function v2Acts() {
  return {
    REPLACE_HANDLERS: { guard: 'v2', actions: 'evolve' },
    WITHDRAW_PUBLICATION: { guard: and(['v2', 'hasActivePublication']), actions: 'evolve' },
  } as const;
}

/** 中止 / 终止 from case review and notification too; resumption returns there (PR). */
export const haltFrom = (from: 'caseReview' | 'notification') =>
  ({
    SUSPEND_INVESTIGATION: {
      guard: 'v2',
      target: stage('suspended'),
      actions: ['evolve', { type: 'suspendedFrom', params: { stage: from } }],
    },
    TERMINATE_INVESTIGATION: { guard: 'v2', target: stage('terminated'), actions: 'evolve' },
  }) as const;

/** Suspended from case review or notification; the party's windows pause (periods.ts). */
export function suspendedState<P extends object>(pending: P) {
  return {
    on: {
      ...pending,
      RESUME_INVESTIGATION: [
        {
          guard: { type: 'resumesTo', params: { stage: 'caseReview' } },
          target: 'caseReview',
          actions: 'evolve',
        },
        { guard: 'statementUnreviewed', target: 'notification.statementReview', actions: 'evolve' },
        { target: 'notification', actions: 'evolve' },
      ],
      TERMINATE_INVESTIGATION: { target: 'terminated', actions: 'evolve' },
    },
  } as const;
}

/** ALL 70, ARL 64: revoked and remanded, the decision is made again in this case. */
export const remandTransition = {
  guard: and(['v2', 'appealPending', 'remanded']),
  target: stage('investigation.active'),
  actions: 'evolve',
} as const;

type GuardArgs = { context: CaseContext; event: CaseEvent };

export const V2_GUARDS = {
  resumesTo: ({ context }: GuardArgs, params: { stage: string }) =>
    context.suspensions[context.suspensions.length - 1]?.stage === params.stage,
  statementUnreviewed: ({ context }: GuardArgs) => context.statements.some((s) => !s.review),
  remanded: ({ event }: GuardArgs) => event.payload?.outcome === 'remanded',
};

/** The stage a suspension left, for the resumption (runs after `evolve` added the span). */
export function suspendedFrom(context: CaseContext, params: { stage: string }) {
  return {
    suspensions: context.suspensions.map((span, i) =>
      i === context.suspensions.length - 1 ? { ...span, stage: params.stage } : span,
    ),
  };
}
