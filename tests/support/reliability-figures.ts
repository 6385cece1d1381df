import { appendFileSync } from 'node:fs';

/**
 * A figure for RELIABILITY.md. With RELIABILITY_FIGURES=<file> set (npm run reliability), each
 * is appended to that file as one JSON line; scripts/reliability-report.ts turns them into tables.
 */
export function reportFigure(section: string, name: string, value: number | string): void {
  const file = process.env.RELIABILITY_FIGURES;
  if (!file) return;
  appendFileSync(
    file,
    `${JSON.stringify({ section, name, value, at: new Date().toISOString() })}\n`,
  );
}
