// npm run audit:verify — verify every case and the latest checkpoint, with a progress bar.
import { IntegrityScan } from '../src/audit/integrity-scan.service';
import { runCommand } from './app-context';

function bar(done: number, total: number): string {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} cases`;
}

runCommand(async (ctx) => {
  let valid = false;
  for await (const e of ctx.get(IntegrityScan).run()) {
    if (e.type === 'progress') process.stderr.write(`\r${bar(e.done, e.total)}`);
    if (e.type === 'problem') {
      const p = e.problem;
      process.stderr.write('\n');
      console.log(
        `PROBLEM case=${p.caseId ?? '-'} seq=${p.seq ?? '-'} position=${p.position ?? '-'}: ${p.reason}`,
      );
    }
    if (e.type === 'breaches') {
      process.stderr.write('\n');
      for (const b of e.breaches)
        console.log(
          `BREACH case=${e.caseId} seq=${b.seq} ${b.invariant} (${b.article}): ${b.message}`,
        );
    }
    if (e.type === 'summary') {
      process.stderr.write('\n');
      console.log(JSON.stringify(e));
      valid = e.valid;
    }
  }
  // No summary (the scan stopped early) is a failure too.
  return valid ? 0 : 1;
});
