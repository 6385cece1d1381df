// What an invariant sees (a case's accepted history) and how invariants are declared.
import type { IsoDate, OfficerFacts, Penalty, Proposal } from '../../model/domain.types';
import type { RuleSet } from '../../rules/rule-set';
import type { CaseContext } from '../penalty-case.context';
import { calendarFor, dayOf, rulesOn, type WorkingCalendar } from '../penalty-case.dates';
import type { Environment, EventEnvelope } from '../transition.types';

/** One accepted entry of a case's log: the envelope and the state it produced. */
export interface HistoryStep {
  /** 1-based position in the case's log. */
  seq: number;
  envelope: EventEnvelope;
  stage: string;
  state: unknown;
  context: CaseContext;
  flags: string[];
}

export interface InvariantBreach {
  invariant: string;
  article: string;
  /** The 1-based log entry that breaks it. */
  seq: number;
  message: string;
}

/** One step with what the invariants read around it (the context before, the business date). */
export interface StepView {
  step: HistoryStep;
  index: number;
  type: string;
  payload: Record<string, unknown>;
  on: IsoDate;
  before?: CaseContext;
  after: CaseContext;
  history: readonly HistoryStep[];
  cal: WorkingCalendar;
  rules: RuleSet;
  env: Environment;
}

export interface Invariant {
  id: string;
  article: string;
  summary: string;
  check(history: readonly HistoryStep[], env?: Environment): InvariantBreach[];
  /** The same check over views built once for all invariants (checkInvariants). */
  checkViews(views: readonly StepView[]): InvariantBreach[];
}

/** The entries as the invariants read them (an entry without a readable date is skipped). */
export function stepViews(
  history: readonly HistoryStep[],
  env: Environment = {},
  fromIndex = 0,
): StepView[] {
  const cal = calendarFor(env);
  const views: StepView[] = [];
  history.forEach((step, index) => {
    if (index < fromIndex) return;
    let on: IsoDate;
    try {
      on = dayOf(step.envelope.occurredAt, env);
    } catch {
      return;
    }
    views.push({
      step,
      index,
      type: step.envelope.type,
      payload: step.envelope.payload ?? {},
      on,
      before: history[index - 1]?.context,
      after: step.context,
      history,
      cal,
      rules: rulesOn(on, env),
      env,
    });
  });
  return views;
}

/** An invariant checked entry by entry: `test` returns the messages of what the entry breaks. */
export function invariant(
  id: string,
  article: string,
  summary: string,
  test: (view: StepView) => (string | false | undefined | null)[],
): Invariant {
  const checkViews = (views: readonly StepView[]): InvariantBreach[] =>
    views.flatMap((view) =>
      test(view)
        .filter((message): message is string => typeof message === 'string')
        .map((message) => ({ invariant: id, article, seq: view.step.seq, message })),
    );
  return {
    id,
    article,
    summary,
    checkViews,
    check: (history, env = {}) => checkViews(stepViews(history, env)),
  };
}

/** The facts of an officer as recorded with the entry (the actor counts too). */
export function officerOn(view: StepView, id: string): OfficerFacts | undefined {
  const { envelope } = view.step;
  return envelope.actor.id === id ? envelope.actor : envelope.officers?.[id];
}

/** What a decision imposes, whatever its label: its penalties (APL 9). */
export function imposes(penalties: readonly Penalty[] | undefined): boolean {
  return (penalties ?? []).length > 0;
}

/** The decision's content as a proposal, with the proposal's flags (complex, major, …). */
export function asProposal(penalties: Penalty[], ctx: CaseContext | undefined): Proposal {
  return {
    outcome: 'penalty',
    penalties,
    legalBasis: ctx?.proposal?.legalBasis ?? '',
    ...(ctx?.proposal?.flags ? { flags: ctx.proposal.flags } : {}),
  };
}

/** The steps before `index` (oldest first). */
export function stepsBefore(view: StepView): readonly HistoryStep[] {
  return view.history.slice(0, view.index);
}

/** Penalties a decision entry imposes (DECIDE or DECIDE_ON_SPOT). */
export function decidedIn(view: StepView): Penalty[] {
  return (view.payload.penalties as Penalty[] | undefined) ?? [];
}

/**
 * Heavier in any reading: a kind added (other than a warning, the lightest, APL 9) or, for a kind
 * already there, a larger amount or a longer duration. A lighter change needs no new notice.
 */
export function clearlyHeavier(changed: Penalty[], original: Penalty[]): boolean {
  const total = (list: Penalty[], kind: string, key: 'amountFen' | 'durationDays') =>
    list.filter((p) => p.kind === kind).reduce((t, p) => t + (p[key] ?? 0), 0);
  return changed.some((p) => {
    if (!original.some((o) => o.kind === p.kind)) return p.kind !== 'warning';
    return (['amountFen', 'durationDays'] as const).some(
      (key) => total(changed, p.kind, key) > total(original, p.kind, key),
    );
  });
}
