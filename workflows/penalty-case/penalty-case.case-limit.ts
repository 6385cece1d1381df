// The case limit (办案期限) as officers see it: days used and left, pauses, extensions (APL 60).
import type { IsoDate } from '../model/domain.types';
import type { CaseLimitView } from './transition.types';
import { caseLimit, excludedSpans } from './penalty-case.clocks';
import type { CaseContext } from './penalty-case.context';
import { daysBetween } from './penalty-case.dates';

/** Only for filed ordinary cases; undefined before filing and in the summary procedure. */
export function caseLimitView(ctx: CaseContext, asOf: IsoDate): CaseLimitView | undefined {
  if (!ctx.filedOn || ctx.procedure !== 'ordinary') return undefined;
  const { dueOn, paused } = caseLimit(ctx, asOf);
  const pausedSpans = excludedSpans(ctx)
    .filter((span) => span.from <= asOf)
    .map((span) => {
      const end = span.to === undefined || span.to > asOf ? asOf : span.to;
      return { ...span, days: Math.max(0, daysBetween(span.from, end)) };
    });
  const pausedDays = pausedSpans.reduce((total, span) => total + span.days, 0);
  // Day one is the day after filing (CPL 85).
  const elapsed = Math.max(0, daysBetween(ctx.filedOn, asOf));
  return {
    filedOn: ctx.filedOn,
    baseDays: 90,
    dueOn,
    paused,
    daysUsed: Math.max(0, elapsed - pausedDays),
    daysLeft: daysBetween(asOf, dueOn),
    pausedSpans,
    extensions: ctx.extensions.map((e) => ({
      on: e.on,
      ...(e.days !== undefined ? { days: e.days } : {}),
      ...(e.collectiveResolution ? { until: e.collectiveResolution.until } : {}),
      collective: !!e.collectiveResolution,
    })),
  };
}
