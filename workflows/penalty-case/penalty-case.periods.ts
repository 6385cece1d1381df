// Statutory periods as penalty-case@2 counts them (CPL 85 via ALL 101; §1 ambiguity; APL 72 ¶2).
import type { IsoDate } from '../model/domain.types';
import type { CalendarDate } from '../calendar/working-calendar';
import { isWeekend } from '../calendar/date-arithmetic';
import type { CaseContext, Span } from './penalty-case.context';
import { sinceV2 } from './penalty-case.context';
import type { WorkingCalendar } from './penalty-case.dates';
import { addDays, after, before } from './penalty-case.dates';

/**
 * CPL 85 ¶3 (ALL 101): a period in days or months whose last day is a holiday ends on the next
 * working day. v2 takes the reading most favourable to the party (§1): a make-up Saturday or
 * Sunday (调休上班日) does not end it either, so the authority never acts on the earlier reading.
 */
export function rollPeriodEnd(ctx: CaseContext, cal: WorkingCalendar, date: IsoDate): CalendarDate {
  const official = cal.rollForward(date);
  if (!sinceV2(ctx)) {
    return official;
  }
  let current = official.date;
  let provisional = official.provisional;
  while (!cal.isWorkingDay(current) || isWeekend(current)) {
    current = addDays(current, 1);
    provisional ||= !cal.isCovered(current);
  }
  return { date: current, provisional };
}

/** APL 72 ¶2: the last day of an approved deferral or instalment plan (v2), if any. */
export function planEnd(ctx: CaseContext): IsoDate | undefined {
  if (!sinceV2(ctx) || !ctx.installments) {
    return undefined;
  }
  return ctx.installments.plan.map((item) => item.dueOn).reduce((a, b) => (after(a, b) ? a : b));
}

/** ALL 45: 15 days from receipt of a reconsideration decision to bring suit (v2, rolled). */
export function suitAfterReconsiderationEnd(
  ctx: CaseContext,
  cal: WorkingCalendar,
  outcomeOn: IsoDate,
): CalendarDate {
  return rollPeriodEnd(ctx, cal, addDays(outcomeOn, 15));
}

/**
 * v2: suspensions pause the party's windows (APL 64(1) notice window), resume day included; a
 * suspension still open pauses them up to `asOf` (views), and no guard reads them meanwhile.
 */
export function windowPauses(ctx: CaseContext, asOf?: IsoDate): Span[] {
  if (!sinceV2(ctx)) {
    return [];
  }
  return ctx.suspensions.flatMap((span) =>
    span.to !== undefined ? [span] : asOf ? [{ ...span, to: asOf }] : [],
  );
}

const paused = (date: IsoDate, spans: readonly Span[]): boolean =>
  spans.some((s) => !before(date, s.from) && !after(date, s.to as IsoDate));

/** The n-th counted day after `start` (day 0), skipping paused days; `counts` says which count. */
export function addCountedDays(
  cal: WorkingCalendar,
  start: IsoDate,
  n: number,
  counts: (date: IsoDate) => boolean,
  spans: readonly Span[],
): CalendarDate {
  let date = start;
  let provisional = false;
  for (let counted = 0; counted < n;) {
    date = addDays(date, 1);
    provisional ||= !cal.isCovered(date);
    if (counts(date) && !paused(date, spans)) {
      counted += 1;
    }
  }
  return { date, provisional };
}
