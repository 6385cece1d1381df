import fc from 'fast-check';

import {
  addDays,
  addMonths,
  businessDate,
  dayOfWeek,
  daysBetween,
} from '../../workflows/calendar/working-calendar';

const isoDate = fc.integer({ min: 0, max: 40_000 }).map((offset) => addDays('1990-01-01', offset));

describe('date arithmetic on business dates', () => {
  describe('addDays and daysBetween', () => {
    it('S13: public notice 2025-12-01 is deemed served after 30 days, payment 15 days later', () => {
      expect(addDays('2025-12-01', 30)).toBe('2025-12-31');
      expect(addDays('2025-12-31', 15)).toBe('2026-01-15');
    });

    it('crosses month ends, leap days and year ends', () => {
      expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
      expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
      expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
      expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    });

    it('S10: the 90-day case limit of a case filed 2025-03-12 ends 2025-06-10', () => {
      expect(addDays('2025-03-12', 90)).toBe('2025-06-10');
      expect(addDays('2025-06-10', 44)).toBe('2025-07-24');
    });

    it('daysBetween inverts addDays', () => {
      fc.assert(
        fc.property(isoDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
          expect(daysBetween(date, addDays(date, n))).toBe(n);
        }),
      );
    });

    it('knows the weekday', () => {
      expect(dayOfWeek('2025-03-03')).toBe(1);
      expect(dayOfWeek('2026-02-14')).toBe(6);
      expect(dayOfWeek('1970-01-01')).toBe(4);
    });

    it('refuses impossible dates and fractional days', () => {
      expect(() => addDays('2025-02-29', 1)).toThrow(RangeError);
      expect(() => addDays('2025-13-01', 1)).toThrow(RangeError);
      expect(() => addDays('2025-3-1', 1)).toThrow(RangeError);
      expect(() => addDays('2025-03-01', 0.5)).toThrow(RangeError);
    });
  });

  describe('addMonths (民法典 202)', () => {
    it('ends on the corresponding day, or the last day of a shorter month', () => {
      expect(addMonths('2025-03-15', 3)).toBe('2025-06-15');
      expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
      expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
      expect(addMonths('2025-10-31', 6)).toBe('2026-04-30');
      expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
      expect(addMonths('2025-09-15', 36)).toBe('2028-09-15');
    });

    it('never moves further than the month count allows', () => {
      fc.assert(
        fc.property(isoDate, fc.integer({ min: -120, max: 120 }), (date, n) => {
          const result = addMonths(date, n);
          const months = (y: string) => Number(y.slice(0, 4)) * 12 + Number(y.slice(5, 7));
          expect(months(result) - months(date)).toBe(n);
          expect(Number(result.slice(8))).toBeLessThanOrEqual(Number(date.slice(8)));
        }),
      );
    });
  });

  describe('businessDate', () => {
    it('returns a bare date unchanged', () => {
      expect(businessDate('2025-03-03')).toBe('2025-03-03');
    });

    it('reads an instant in Asia/Shanghai by default', () => {
      expect(businessDate('2025-03-03T10:00:00+08:00')).toBe('2025-03-03');
      expect(businessDate('2025-03-02T16:00:00Z')).toBe('2025-03-03');
      expect(businessDate('2025-03-02T15:59:59.999Z')).toBe('2025-03-02');
      expect(businessDate('2025-12-31T23:30:00-05:00')).toBe('2026-01-01');
    });

    it('uses another time zone when asked', () => {
      expect(businessDate('2025-03-02T16:00:00Z', 'UTC')).toBe('2025-03-02');
      expect(businessDate('2025-03-03T01:00:00+08:00', 'Europe/Berlin')).toBe('2025-03-02');
    });

    it('reads a date-time without an offset as wall-clock time in the business zone', () => {
      expect(businessDate('2025-03-03T23:30:00')).toBe('2025-03-03');
    });

    it('refuses what is not a date or date-time', () => {
      expect(() => businessDate('yesterday')).toThrow(RangeError);
      expect(() => businessDate('2025-02-30')).toThrow(RangeError);
      expect(() => businessDate('2025-03-03T10:00:00+08:00', 'Mars/Olympus')).toThrow(RangeError);
    });
  });
});
