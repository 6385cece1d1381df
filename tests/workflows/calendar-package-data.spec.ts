import { execFileSync } from 'node:child_process';

import { addDays, WorkingCalendar } from '../../workflows/calendar/working-calendar';

/**
 * The calendar reads the package's data file; the package's own isWorkday() must agree with it
 * day for day. The package builds its tables in the process's local time zone, so it is asked in
 * a child process running in Asia/Shanghai (the zone it is written for).
 */
function packageIsWorkday(from: string, days: number): string {
  const script = `
    const { isWorkday } = require(${JSON.stringify(require.resolve('chinese-days'))});
    const start = Date.UTC(${from.slice(0, 4)}, ${Number(from.slice(5, 7)) - 1}, ${from.slice(8)});
    let out = '';
    for (let i = 0; i < ${days}; i++) {
      out += isWorkday(new Date(start + i * 86400000).toISOString().slice(0, 10)) ? 'W' : '-';
    }
    process.stdout.write(out);`;
  return execFileSync(process.execPath, ['-e', script], {
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    encoding: 'utf8',
  });
}

describe('chinese-days data (PROCEDURE.md §1)', () => {
  it('the calendar agrees with the package isWorkday() on every day of 2004–2026', () => {
    const days = 8401; // 2004-01-01 … 2026-12-31
    const calendar = new WorkingCalendar();
    const ours = Array.from({ length: days }, (_, i) =>
      calendar.isWorkingDay(addDays('2004-01-01', i)) ? 'W' : '-',
    ).join('');
    expect(ours).toBe(packageIsWorkday('2004-01-01', days));
  });
});
