// docs/events.md: the event reference, rendered from describePenaltyCase() (never by hand).
import {
  conditionsOf,
  OFFICER_ID_PATTERN,
  SAFE_TEXT_PATTERN,
  type JsonSchema,
} from './penalty-case/json-schema';
import type { EventDescription, MachineDescription } from './penalty-case/penalty-case.describe';
import { describePenaltyCase } from './penalty-case/penalty-case.describe';
import { DOCS_COMMAND } from './workflow-docs';

export const EVENTS_DOC_PATH = 'docs/events.md';

/** Events POST /cases writes (log entry 1): their body is the case, not an event envelope. */
const FIRST_EVENTS = new Set(['REGISTER_CLUE', 'OPEN_SUMMARY_CASE']);

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A field's type in a few words: `string (date)`, `one of a, b`, `array of officer-id`. */
function typeOf(s: JsonSchema): string {
  if (s.enum) return `one of ${s.enum.map((v) => `\`${v}\``).join(', ')}`;
  if (s.anyOf) return s.anyOf.map((alt) => alt.format ?? typeOf(alt)).join(' or ');
  if (Array.isArray(s.type)) return `any of ${s.type.join(', ')}`;
  if (s.type === 'array') {
    const of = s.items ? typeOf(s.items) : 'anything';
    return `array of ${of}${s.minItems ? ` (at least ${s.minItems})` : ''}`;
  }
  const parts: string[] = [String(s.type ?? 'any')];
  if (s.format) parts.push(`(${s.format})`);
  if (s.pattern === SAFE_TEXT_PATTERN) parts.push('(text, no control or bidi characters)');
  else if (s.pattern && s.pattern !== OFFICER_ID_PATTERN) parts.push(`matching \`${s.pattern}\``);
  if (s.minimum !== undefined) parts.push(`≥ ${s.minimum}`);
  return parts.join(' ');
}

/** One row per field, nested objects and arrays of objects as dotted paths (`a.b[].c`). */
function fieldRows(s: JsonSchema, prefix = ''): string[] {
  const required = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).flatMap(([name, sub]) => {
    const path = `${prefix}${name}`;
    const item = sub.items ? conditionsOf(sub.items) : [];
    const notes = [sub.description, ...conditionsOf(sub), ...item].filter(Boolean).join('; ');
    const row = `| \`${path}\` | ${cell(typeOf(sub))} | ${required.has(name) ? 'yes' : 'no'} | ${cell(notes)} |`;
    const nested = sub.type === 'array' && sub.items?.properties ? sub.items : sub;
    const deeper = nested.properties
      ? fieldRows(nested, `${path}${nested === sub ? '' : '[]'}.`)
      : [];
    return [row, ...deeper];
  });
}

function rolesLine(e: EventDescription): string {
  const byStage = Object.entries(e.rolesByStage ?? {}).map(
    ([stage, roles]) => `${roles.join(', ')} in ${stage}`,
  );
  const who = byStage.length ? byStage.join('; ') : e.roles.join(', ');
  const extra = [
    e.system ? 'or the timer process' : '',
    e.independence ? '— who must not be a handler of the case' : '',
  ].filter(Boolean);
  return [who, ...extra].join(' ');
}

function eventSection(e: EventDescription): string[] {
  const body = FIRST_EVENTS.has(e.type)
    ? (e.example ?? {})
    : { type: e.type, payload: e.example ?? {} };
  const request = FIRST_EVENTS.has(e.type)
    ? 'Written by `POST /api/v1/cases` (the body below).'
    : 'Sent as `POST /api/v1/cases/{id}/events` (add `?dryRun=true` to try it without writing).';
  const fields = fieldRows(e.schema);
  return [
    `### ${e.type}`,
    '',
    `${e.summary}. ${request}`,
    '',
    `- **Sent by:** ${rolesLine(e)}`,
    `- **Accepted in:** ${e.stages.join(', ') || '—'}`,
    '',
    ...(fields.length
      ? ['| field | type | required | notes |', '|---|---|---|---|', ...fields]
      : ['No payload fields: send `"payload": {}`.']),
    '',
    ...(e.guards.length
      ? [
          '| guard | citation | rule |',
          '|---|---|---|',
          ...e.guards.map((g) => `| ${g.id} | ${cell(g.citation)} | ${cell(g.summary)} |`),
        ]
      : ['No guard beyond the stage, the roles and the schema.']),
    '',
    '```json',
    JSON.stringify(body, null, 2),
    '```',
    '',
  ];
}

/** The whole of docs/events.md. */
export function renderEventsReference(d: MachineDescription = describePenaltyCase()): string {
  const index = d.events.map(
    (e) => `| [${e.type}](#${e.type.toLowerCase()}) | ${cell(e.summary)} |`,
  );
  return [
    '# Event reference',
    '',
    `<!-- generated from ${d.id} v${d.version} by \`${DOCS_COMMAND}\`; a test fails when it is stale -->`,
    '',
    'Every event of the penalty-case machine: who may send it, in which stages it is accepted,',
    'its payload fields (from the payload JSON Schema the service validates with), the guards',
    'that can refuse it with their legal basis, and a valid example. The same description is',
    'served at `GET /api/v1/workflows/penalty-case` (with each payload schema in full) and in',
    'the OpenAPI document (`/api/docs-json`, the body of `POST /api/v1/cases/{id}/events`).',
    'Dates in examples are placeholders: an act may not lie in the future nor before the',
    "case's previous act, and officer ids must name officers of your bureau.",
    '',
    '| event | summary |',
    '|---|---|',
    ...index,
    '',
    ...d.events.flatMap(eventSection),
  ].join('\n');
}
