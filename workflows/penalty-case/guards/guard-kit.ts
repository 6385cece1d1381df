// What a guard sees, and how guards are declared: an id, a citation next to the rule, a check.
import type { IsoDate, IsoDateTime, OfficerFacts } from '../../model/domain.types';
import type { RuleSet } from '../../rules/rule-set';
import type { CaseContext } from '../penalty-case.context';
import type { WorkingCalendar } from '../penalty-case.dates';
import { before } from '../penalty-case.dates';
import type { EventType } from '../penalty-case.events';
import type { Environment, GuardFailure } from '../transition.types';
import type { Msg } from '../../messages/catalogue';
import { english, msg } from '../../messages/catalogue';
import type { OfficerGroup } from '../../messages/guards-before-decision.messages';

/**
 * One event against one case: the input of every guard and flag rule. (Not the officer facts an
 * entry stores, EntryFacts: those are a part of it, `actor` and `officers`.)
 */
export interface GuardInput {
  ctx: CaseContext;
  type: EventType;
  /** Validated against the event's schema before any guard runs. */
  payload: Record<string, unknown>;
  at: IsoDateTime;
  on: IsoDate;
  actor: OfficerFacts;
  officers: Record<string, OfficerFacts>;
  recused: string[];
  cal: WorkingCalendar;
  rules: RuleSet;
  env: Environment;
  stage: string;
}

export interface GuardDefinition {
  id: string;
  citation: string;
  summary: string;
}

export interface Guard extends GuardDefinition {
  check(facts: GuardInput): GuardFailure[];
}

/** What a check returns: the messages it fails with, `false`/`undefined` where a rule holds. */
export type Messages = (Msg | false | undefined)[];

/**
 * A guard whose test returns the reasons it fails (none when it passes), as catalogue messages;
 * `message` is their English text (logs, tests), the service renders `msg` for the reader.
 */
export function guard(
  id: string,
  citation: string,
  summary: string,
  test: (facts: GuardInput) => Messages,
): Guard {
  return {
    id,
    citation,
    summary,
    check: (facts) =>
      test(facts)
        .filter((m): m is Msg => typeof m === 'object')
        .map((m) => ({ id, message: english(m), citation, msg: m })),
  };
}

export type FlagRule = (facts: GuardInput) => (string | false | undefined)[];

/** An enforcement credential valid on the day (APL 42). */
export function credentialValid(officer: OfficerFacts | undefined, on: IsoDate): boolean {
  const credential = officer?.enforcementCredential;
  return !!credential && !before(credential.validUntil, on);
}

/** Messages for officers without a valid credential, or fewer than `min` distinct officers. */
export function credentialedOfficers(
  facts: GuardInput,
  ids: readonly string[],
  min: number,
  what: OfficerGroup,
): Msg[] {
  const distinct = [...new Set(ids)];
  const messages: Msg[] = [];
  if (distinct.length < min) {
    messages.push(msg('officers.tooFew', { what, min, got: distinct.length }));
  }
  for (const id of distinct) {
    if (!credentialValid(facts.officers[id], facts.on)) {
      messages.push(msg('officers.noCredential', { what, id, on: facts.on }));
    }
  }
  return messages;
}

export const blank = (value: unknown): boolean =>
  typeof value !== 'string' || value.trim().length === 0;
