// The generated part of workflows/README.md: the diagram and the guard table, from the machine.
import { describePenaltyCase } from './penalty-case/penalty-case.describe';
import { mermaidDiagram } from './penalty-case/penalty-case.mermaid';

export const DIAGRAM_START = '<!-- diagram:start -->';
export const DIAGRAM_END = '<!-- diagram:end -->';
export const DOCS_COMMAND = 'npm run docs:workflow';

/** What lies between the markers: the Mermaid diagram, then the guard table with citations. */
export function renderWorkflowDocsBlock(): string {
  const description = describePenaltyCase();
  const guards = description.guards.map(
    (g) =>
      `| ${g.id} | ${g.summary.replace(/\|/g, '\\|')} | ${g.citation} | ${g.events.join(', ')} |`,
  );
  return [
    `<!-- generated from ${description.id} v${description.version}; run \`${DOCS_COMMAND}\` after changing the machine -->`,
    '```mermaid',
    mermaidDiagram(),
    '```',
    '',
    '| guard | rule | citation | events |',
    '|---|---|---|---|',
    ...guards,
  ].join('\n');
}

/** The README's current block, or undefined when the markers are missing. */
export function extractDocsBlock(readme: string): string | undefined {
  const start = readme.indexOf(DIAGRAM_START);
  const end = readme.indexOf(DIAGRAM_END);
  if (start < 0 || end < start) {
    return undefined;
  }
  return readme.slice(start + DIAGRAM_START.length, end).trim();
}

/** The README with the block replaced (appended at the end when the markers are missing). */
export function updateReadme(readme: string): string {
  const block = `${DIAGRAM_START}\n${renderWorkflowDocsBlock()}\n${DIAGRAM_END}`;
  const start = readme.indexOf(DIAGRAM_START);
  const end = readme.indexOf(DIAGRAM_END);
  if (start < 0 || end < start) {
    return `${readme.trimEnd()}\n\n${block}\n`;
  }
  return readme.slice(0, start) + block + readme.slice(end + DIAGRAM_END.length);
}
