// What a guard sees, and how guards are declared: an id, a citation next to the rule, a check.
import type { IsoDate, IsoDateTime, OfficerFacts } from '../../model/domain.types';
import type { RuleSet } from '../../rules/rule-set';
import type { CaseContext } from '../penalty-case.context';
import type { WorkingCalendar } from '../penalty-case.dates';
import { before } from '../penalty-case.dates';
import type { EventType } from '../penalty-case.events';
import type { Environment, GuardFailure } from '../transition.types';

/** The facts of one event against one case: the input of every guard and flag rule. */
export interface Facts {
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
  check(facts: Facts): GuardFailure[];
}

/** A guard whose test returns the reasons it fails (none when it passes). */
export function guard(
  id: string,
  citation: string,
  summary: string,
  test: (facts: Facts) => (string | false | undefined)[],
): Guard {
  return {
    id,
    citation,
    summary,
    check: (facts) =>
      test(facts)
        .filter((message): message is string => typeof message === 'string')
        .map((message) => ({ id, message, citation })),
  };
}

export type FlagRule = (facts: Facts) => (string | false | undefined)[];

/** An enforcement credential valid on the day (APL 42). */
export function credentialValid(officer: OfficerFacts | undefined, on: IsoDate): boolean {
  const credential = officer?.enforcementCredential;
  return !!credential && !before(credential.validUntil, on);
}

/** Messages for officers without a valid credential, or fewer than `min` distinct officers. */
export function credentialedOfficers(
  facts: Facts,
  ids: readonly string[],
  min: number,
  what: string,
): string[] {
  const distinct = [...new Set(ids)];
  const messages: string[] = [];
  if (distinct.length < min) {
    messages.push(`${what}: at least ${min} officers required, got ${distinct.length}`);
  }
  for (const id of distinct) {
    if (!credentialValid(facts.officers[id], facts.on)) {
      messages.push(`${what}: officer ${id} holds no enforcement credential valid on ${facts.on}`);
    }
  }
  return messages;
}

export const blank = (value: unknown): boolean =>
  typeof value !== 'string' || value.trim().length === 0;
