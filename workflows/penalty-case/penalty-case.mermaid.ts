// A Mermaid stateDiagram-v2 of the machine, generated from describePenaltyCase() (never by hand).
import type { StateDescription } from './penalty-case.describe';
import { machineStates } from './penalty-case.describe';

const idOf = (path: string): string => path.replace(/\./g, '_');
const parentOf = (path: string): string => path.split('.').slice(0, -1).join('.');
const topOf = (path: string): string => path.split('.')[0];

interface Edge {
  scope: string; // '' = top level, else the composite the edge is drawn in
  from: string;
  to: string;
  label: string;
}

/** Mermaid cannot draw edges between states of different composites: lift them to the stages. */
function edgeOf(source: string, target: string, label: string): Edge {
  if (parentOf(source) === parentOf(target) && parentOf(source) !== '') {
    return { scope: parentOf(source), from: idOf(source), to: idOf(target), label };
  }
  return { scope: '', from: idOf(topOf(source)), to: idOf(topOf(target)), label };
}

function edges(states: StateDescription[]): Edge[] {
  const all = states.flatMap((state) =>
    state.transitions
      .filter((t) => t.targets.length > 0)
      .flatMap((t) =>
        t.targets
          .filter((target) => target !== state.path || t.event !== '')
          .map((target) => edgeOf(state.path, target, t.event || `[${t.guard ?? 'always'}]`)),
      ),
  );
  const seen = new Set<string>();
  return all.filter((edge) => {
    const key = `${edge.scope}|${edge.from}|${edge.to}|${edge.label}`;
    const fresh = !seen.has(key) && !(edge.from === edge.to && edge.scope === '');
    seen.add(key);
    return fresh;
  });
}

function line(edge: Edge, indent: string): string {
  return `${indent}${edge.from} --> ${edge.to}: ${edge.label}`;
}

function composite(
  state: StateDescription,
  states: StateDescription[],
  all: Edge[],
  indent: string,
): string[] {
  const children = states.filter((s) => parentOf(s.path) === state.path);
  const body: string[] = [];
  children.forEach((child, index) => {
    if (state.type === 'parallel' && index > 0) {
      body.push(`${indent}  --`);
    }
    body.push(...node(child, states, all, `${indent}  `));
  });
  if (state.initial) {
    body.unshift(`${indent}  [*] --> ${idOf(`${state.path}.${state.initial}`)}`);
  }
  body.push(
    ...all.filter((edge) => edge.scope === state.path).map((edge) => line(edge, `${indent}  `)),
  );
  return [
    `${indent}state "${state.path.split('.').pop()}" as ${idOf(state.path)} {`,
    ...body,
    `${indent}}`,
  ];
}

function node(
  state: StateDescription,
  states: StateDescription[],
  all: Edge[],
  indent: string,
): string[] {
  if (state.type === 'compound' || state.type === 'parallel') {
    return composite(state, states, all, indent);
  }
  const name = state.path.split('.').pop() as string;
  const final = state.type === 'final' ? [`${indent}${idOf(state.path)} --> [*]`] : [];
  return [`${indent}state "${name}" as ${idOf(state.path)}`, ...final];
}

export function mermaidDiagram(): string {
  const states = machineStates();
  const all = edges(states);
  const top = states.filter((state) => !state.path.includes('.'));
  return [
    'stateDiagram-v2',
    '  [*] --> opening',
    ...top.flatMap((state) => node(state, states, all, '  ')),
    ...all.filter((edge) => edge.scope === '').map((edge) => line(edge, '  ')),
  ].join('\n');
}
