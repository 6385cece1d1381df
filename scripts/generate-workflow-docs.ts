// Writes the generated docs from the machine: the block of workflows/README.md (diagram and
// guard table) and docs/events.md (the event reference). Run compiled:
// `node dist/scripts/generate-workflow-docs.js` (npm run docs:workflow); `--check` exits 1 when
// either is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENTS_DOC_PATH, renderEventsReference } from '../workflows/event-docs';
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
  const eventsPath = join(root, EVENTS_DOC_PATH);
  const readme = readFileSync(path, 'utf8');
  const events = renderEventsReference();
  if (argv.includes('--check')) {
    const current = (() => {
      try {
        return readFileSync(eventsPath, 'utf8');
      } catch {
        return undefined;
      }
    })();
    const fresh = extractDocsBlock(readme) === renderWorkflowDocsBlock() && current === events;
    process.stdout.write(
      fresh ? 'the generated docs are up to date\n' : `out of date: run ${DOCS_COMMAND}\n`,
    );
    return fresh ? 0 : 1;
  }
  writeFileSync(path, updateReadme(readme));
  writeFileSync(eventsPath, events);
  process.stdout.write(`wrote ${path} and ${eventsPath}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
