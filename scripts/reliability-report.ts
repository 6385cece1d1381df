// npm run reliability: the reliability tests write figures (tests/support/reliability-figures.ts)
// to a JSON-lines file; this turns them into the tables of RELIABILITY.md, between its markers.
import { readFileSync, writeFileSync } from 'node:fs';

interface Figure {
  section: string;
  name: string;
  value: number | string;
  at: string;
}

const [input, doc = 'RELIABILITY.md'] = process.argv.slice(2);
if (!input) {
  console.error('usage: node dist/scripts/reliability-report.js <figures.jsonl> [RELIABILITY.md]');
  process.exit(2);
}
const figures = readFileSync(input, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Figure);
if (figures.length === 0) {
  console.error(`${input}: no figures (did the tests run with RELIABILITY_FIGURES set?)`);
  process.exit(1);
}
const sections = new Map<string, Figure[]>();
for (const f of figures) sections.set(f.section, [...(sections.get(f.section) ?? []), f]);
const tables = [...sections]
  .map(([section, rows]) => {
    const lines = rows.map((r) => `| ${r.name} | ${r.value} |`);
    return [`#### ${section}`, '', '| figure | value |', '|---|---|', ...lines].join('\n');
  })
  .join('\n\n');
const stamp = `Measured ${figures.at(-1)!.at.slice(0, 16).replace('T', ' ')} UTC.`;
const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';
const text = readFileSync(doc, 'utf8');
const from = text.indexOf(START);
const to = text.indexOf(END);
if (from < 0 || to < from) {
  console.error(`${doc}: the markers ${START} and ${END} are missing`);
  process.exit(1);
}
writeFileSync(
  doc,
  `${text.slice(0, from + START.length)}\n${stamp}\n\n${tables}\n${text.slice(to)}`,
);
console.log(tables);
