// Writes the generated block of workflows/README.md (diagram and guard table) from the machine.
// Run compiled: `node dist/scripts/generate-workflow-docs.js` (npm run docs:workflow); `--check`
// exits 1 when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DOCS_COMMAND,
  extractDocsBlock,
  renderWorkflowDocsBlock,
  updateReadme,
} from '../workflows/workflow-docs';

function main(argv: string[]): number {
  // dist/scripts/… or scripts/…: the repository root holds workflows/README.md either way.
  const root = [join(__dirname, '..'), join(__dirname, '..', '..')].find((dir) => {
    try {
      readFileSync(join(dir, 'workflows', 'README.md'));
      return true;
    } catch {
      return false;
    }
  });
  if (!root) {
    process.stderr.write('workflows/README.md not found\n');
    return 2;
  }
  const path = join(root, 'workflows', 'README.md');
  const readme = readFileSync(path, 'utf8');
  if (argv.includes('--check')) {
    const fresh = extractDocsBlock(readme) === renderWorkflowDocsBlock();
    process.stdout.write(
      fresh ? 'workflows/README.md is up to date\n' : `out of date: run ${DOCS_COMMAND}\n`,
    );
    return fresh ? 0 : 1;
  }
  writeFileSync(path, updateReadme(readme));
  process.stdout.write(`wrote ${path}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
