import fc from 'fast-check';

import type { YearArrangement } from '../../workflows/model/domain.types';
import { addDays, packageYears, WorkingCalendar } from '../../workflows/calendar/working-calendar';

const calendar = new WorkingCalendar();

/** Dates from 2024-01-01 to 2032-12-31: package years, their edges and uncovered years. */
const isoDate = fc.integer({ min: 0, max: 3287 }).map((offset) => addDays('2024-01-01', offset));

describe('WorkingCalendar on the official arrangement (PROCEDURE.md §1)', () => {
  describe('properties', () => {
    it('counting back the working days added gives n (CPL 85: day one is the day after)', () => {
      fc.assert(
        fc.property(isoDate, fc.integer({ min: 0, max: 400 }), (start, n) => {
          const end = calendar.addWorkingDays(start, n).date;
          expect(calendar.workingDaysBetween(start, end)).toBe(n);
          expect(calendar.workingDaysBetween(end, start) + n).toBe(0);
        }),
      );
    });

    it('answers a repeated question the same, whatever the caller did with the first answer', () => {
      fc.assert(
        fc.property(isoDate, fc.integer({ min: 0, max: 60 }), (start, n) => {
          const fresh = new WorkingCalendar().addWorkingDays(start, n);
          const first = calendar.addWorkingDays(start, n);
          first.date = '1999-01-01';
          expect(calendar.addWorkingDays(start, n)).toEqual(fresh);
        }),
      );
    });

    it('the n-th working day (n ≥ 1) is a working day', () => {
      fc.assert(
        fc.property(isoDate, fc.integer({ min: 1, max: 60 }), (start, n) => {
          expect(calendar.isWorkingDay(calendar.addWorkingDays(start, n).date)).toBe(true);
        }),
      );
    });

    it('rollForward lands on a working day on or after the date, unchanged if already one', () => {
      fc.assert(
        fc.property(isoDate, (date) => {
          const rolled = calendar.rollForward(date).date;
          expect(calendar.isWorkingDay(rolled)).toBe(true);
          expect(rolled >= date).toBe(true);
          expect(rolled === date).toBe(calendar.isWorkingDay(date));
        }),
      );
    });

    it('the weekdays-only reading never ends before the official one', () => {
      fc.assert(
        fc.property(isoDate, fc.integer({ min: 0, max: 30 }), (start, n) => {
          expect(calendar.addWeekdays(start, n) >= calendar.addWorkingDays(start, n).date).toBe(
            true,
          );
        }),
      );
    });
  });

  describe('2025 and 2026 notices', () => {
    it('S01: a notice served Mon 2025-03-03 gives a window ending Mon 2025-03-10', () => {
      expect(calendar.addWorkingDays('2025-03-03', 5)).toEqual({
        date: '2025-03-10',
        provisional: false,
      });
    });

    it('S04: Spring Festival 2026 counts the make-up Saturday 02-14 and ends Thu 02-26', () => {
      expect(calendar.addWorkingDays('2026-02-12', 5).date).toBe('2026-02-26');
      expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
      expect(calendar.isWorkingDay('2026-02-23')).toBe(false);
    });

    it('S04: without make-up days the same window ends Fri 2026-02-27', () => {
      expect(calendar.addWeekdays('2026-02-12', 5)).toBe('2026-02-27');
    });

    it('S05: 2025-04-29 to the hearing on 2025-05-13 is exactly 7 WD (APL 64(2))', () => {
      expect(calendar.workingDaysBetween('2025-04-29', '2025-05-13')).toBe(7);
      expect(calendar.workingDaysBetween('2025-04-30', '2025-05-13')).toBe(6);
    });

    it('S11: service due 7 WD after Tue 2025-09-30 is Thu 2025-10-16 (make-up Sat 10-11)', () => {
      expect(calendar.addWorkingDays('2025-09-30', 7).date).toBe('2025-10-16');
      expect(calendar.isWorkingDay('2025-10-11')).toBe(true);
    });

    it('S15: GSXT 20 WD, website 7 WD and cross-province 10 WD after Mon 2025-09-15', () => {
      expect(calendar.addWorkingDays('2025-09-15', 20).date).toBe('2025-10-17');
      expect(calendar.addWorkingDays('2025-09-15', 7).date).toBe('2025-09-24');
      expect(calendar.addWorkingDays('2025-09-15', 10).date).toBe('2025-09-28');
    });

    it('S13: payment due 2026-01-15 is a working day and does not roll', () => {
      expect(calendar.rollForward(addDays('2025-12-31', 15))).toEqual({
        date: '2026-01-15',
        provisional: false,
      });
    });

    it('rolls a period ending on National Day 2025 to the first working day after it', () => {
      expect(calendar.rollForward('2025-10-01').date).toBe('2025-10-09');
      expect(calendar.rollForward('2026-01-03').date).toBe('2026-01-04');
    });

    it('knows the 2025 holidays and make-up days', () => {
      const offDays = ['2025-01-01', '2025-01-28', '2025-02-04', '2025-05-05', '2025-10-08'];
      const makeUpDays = ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'];
      offDays.forEach((date) => expect(calendar.isWorkingDay(date)).toBe(false));
      makeUpDays.forEach((date) => expect(calendar.isWorkingDay(date)).toBe(true));
      expect(calendar.arrangement(2025).arrangement.workdays).toEqual(makeUpDays);
    });

    it('treats an ordinary weekend as off and an ordinary weekday as working', () => {
      expect(calendar.isWorkingDay('2025-03-08')).toBe(false);
      expect(calendar.isWorkingDay('2025-03-09')).toBe(false);
      expect(calendar.isWorkingDay('2025-03-07')).toBe(true);
    });
  });

  describe('coverage and overrides', () => {
    const arrangement2031: YearArrangement = {
      year: 2031,
      holidays: ['2031-01-01', '2031-01-02'],
      workdays: ['2031-01-04'],
    };

    it('the package covers 2004 through 2026', () => {
      expect(packageYears()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
      expect(calendar.arrangement(2026).source).toBe('package');
    });

    it('a year without an arrangement is weekdays-only and provisional', () => {
      expect(calendar.isCovered('2031-01-01')).toBe(false);
      expect(calendar.arrangement(2031)).toEqual({
        source: 'weekdays',
        arrangement: { year: 2031, holidays: [], workdays: [] },
      });
      expect(calendar.addWorkingDays('2030-12-31', 2)).toEqual({
        date: '2031-01-02',
        provisional: true,
      });
    });

    it('a deadline that reaches into an uncovered year is provisional', () => {
      expect(calendar.addWorkingDays('2026-12-30', 5).provisional).toBe(true);
      expect(calendar.addWorkingDays('2026-12-01', 5).provisional).toBe(false);
      expect(calendar.rollForward('2027-01-02')).toEqual({ date: '2027-01-04', provisional: true });
    });

    it('an admin-loaded year is used and is not provisional', () => {
      const loaded = new WorkingCalendar({ 2031: arrangement2031 });
      expect(loaded.isCovered('2031-06-01')).toBe(true);
      expect(loaded.arrangement(2031).source).toBe('override');
      expect(loaded.isWorkingDay('2031-01-01')).toBe(false);
      expect(loaded.isWorkingDay('2031-01-04')).toBe(true);
      expect(loaded.addWorkingDays('2030-12-31', 2)).toEqual({
        date: '2031-01-04',
        provisional: false,
      });
    });

    it('an override takes precedence over the package for its year', () => {
      const moved = new WorkingCalendar({
        2026: { year: 2026, holidays: ['2026-02-13'], workdays: [] },
      });
      expect(moved.arrangement(2026).source).toBe('override');
      expect(moved.isWorkingDay('2026-02-13')).toBe(false);
      expect(moved.isWorkingDay('2026-02-14')).toBe(false);
      expect(moved.isWorkingDay('2026-02-16')).toBe(true);
      expect(moved.isWorkingDay('2025-10-11')).toBe(true);
    });

    it('refuses an override labelled with another year or listing another year', () => {
      expect(() => new WorkingCalendar({ 2030: arrangement2031 })).toThrow(RangeError);
      const stray = { year: 2031, holidays: ['2030-12-31'], workdays: [] };
      expect(() => new WorkingCalendar({ 2031: stray })).toThrow(RangeError);
    });
  });

  describe('inputs', () => {
    it('n = 0 returns the start itself', () => {
      expect(calendar.addWorkingDays('2025-10-01', 0)).toEqual({
        date: '2025-10-01',
        provisional: false,
      });
    });

    it('refuses negative or fractional counts and malformed dates', () => {
      expect(() => calendar.addWorkingDays('2025-03-03', -1)).toThrow(RangeError);
      expect(() => calendar.addWorkingDays('2025-03-03', 1.5)).toThrow(RangeError);
      expect(() => calendar.isWorkingDay('2025-02-30')).toThrow(RangeError);
      expect(() => calendar.rollForward('2025/03/03')).toThrow(RangeError);
    });
  });
});
