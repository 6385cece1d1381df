// The machine describes itself (事前公开), and workflows/README.md carries the generated diagram.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EVENTS_DOC_PATH, renderEventsReference } from '../../workflows/event-docs';
import { describeMachine } from '../../workflows/registry';
import { EVENT_TYPES } from '../../workflows/penalty-case/penalty-case.events';
import {
  DOCS_COMMAND,
  extractDocsBlock,
  renderWorkflowDocsBlock,
  updateReadme,
} from '../../workflows/workflow-docs';

const README = join(__dirname, '..', '..', 'workflows', 'README.md');
const EVENTS_DOC = join(__dirname, '..', '..', EVENTS_DOC_PATH);

describe('describeMachine', () => {
  const description = describeMachine();

  it('lists the normative stages, every event with its roles, and guards with citations', () => {
    expect(description).toMatchObject({ id: 'penalty-case', version: 2 });
    expect(description.stages).toEqual(
      expect.arrayContaining([
        'clueVerification',
        'investigation',
        'caseReview',
        'legalReview',
        'proposalApproval',
        'notification',
        'hearing',
        'collectiveDiscussion',
        'decision',
        'enforcement',
        'closed',
        'archived',
        'terminated',
        'summary',
        'notFiled',
        'transferred',
      ]),
    );
    expect(description.events.map((e) => e.type)).toEqual([...EVENT_TYPES]);
    const decide = description.events.find((e) => e.type === 'DECIDE')!;
    expect(decide).toMatchObject({ roles: ['approver'], independence: 'decider' });
    expect(decide.guards.map((g) => g.id)).toEqual(
      expect.arrayContaining(['G12', 'G13', 'G18', 'G19', 'G20']),
    );
    expect(decide.guards).toContainEqual({
      id: 'G18',
      citation: 'APL 58',
      summary: expect.stringContaining('legal review'),
    });
    const ids = [
      'G01',
      'G02',
      'G03',
      'G04',
      'G06',
      'G07',
      'G08',
      'G09',
      'G11',
      'G12',
      'G13',
      'G14',
      'G15',
      'G17',
      'G18',
      'G19',
      'G20',
      'G22',
      'G23',
      'G24',
      'G25',
      'G26',
      'G28',
      'G29',
      'G31',
      'G33',
      'G34',
      'G40',
      'G41',
      'G42',
      'G43',
      'G44',
      'G45',
    ];
    expect(description.guards.map((g) => g.id)).toEqual(ids);
    expect(description.guards.every((g) => g.citation.length > 0)).toBe(true);
    expect(description.clocks.map((c) => c.id)).toHaveLength(18);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(description))).toEqual(description);
  });
});

describe('workflows/README.md', () => {
  it('carries the diagram generated from the machine', () => {
    const readme = readFileSync(README, 'utf8');
    if (process.env.UPDATE_WORKFLOW_DOCS === '1') {
      writeFileSync(README, updateReadme(readme));
      return;
    }
    const current = extractDocsBlock(readme);
    if (current !== renderWorkflowDocsBlock()) {
      throw new Error(
        `workflows/README.md is out of date with the machine: run \`${DOCS_COMMAND}\` (or UPDATE_WORKFLOW_DOCS=1 jest)`,
      );
    }
  });
});

describe('docs/events.md', () => {
  it('is the event reference generated from the machine description, as committed', () => {
    if (process.env.UPDATE_WORKFLOW_DOCS === '1') {
      writeFileSync(EVENTS_DOC, renderEventsReference());
      return;
    }
    if (readFileSync(EVENTS_DOC, 'utf8') !== renderEventsReference()) {
      throw new Error(
        `docs/events.md is out of date with the machine: run \`${DOCS_COMMAND}\` (or UPDATE_WORKFLOW_DOCS=1 jest)`,
      );
    }
  });

  it('documents every event with its roles, stages, guards and example', () => {
    const doc = renderEventsReference();
    for (const event of describeMachine().events) {
      const section = doc.slice(doc.indexOf(`### ${event.type}\n`)).split('\n### ')[0];
      expect(section).toMatch(new RegExp(`\\*\\*Sent by:\\*\\* [^\\n]*${event.roles[0]}`));
      for (const stage of event.stages) expect(section).toContain(stage);
      for (const g of event.guards) expect(section).toContain(`| ${g.id} | ${g.citation} |`);
      expect(section).toContain(JSON.stringify(event.example ?? {}, null, 2).split('\n')[1] ?? '');
    }
  });
});

describe('README.md', () => {
  const root = join(__dirname, '..', '..');

  it('points to the event reference, and links only to files inside the repository', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('](docs/events.md)');
    const links = [...readme.matchAll(/\]\(([^)#\s]+)\)/g)]
      .map((m) => m[1])
      .filter((link) => !/^[a-z]+:/.test(link));
    const outside = links.filter(
      (link) => !resolve(root, link).startsWith(`${root}/`) || !existsSync(join(root, link)),
    );
    expect(outside).toEqual([]);
    expect(readme).not.toMatch(/\.\.\/shared\//);
  });
});
