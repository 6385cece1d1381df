// The machine as data (事前公开: GET /workflows/penalty-case) — states, events, guards, clocks.
import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { Role } from '../model/domain.types';
import type { ClockDefinition } from './penalty-case.clock-catalogue';
import { CLOCKS } from './penalty-case.clock-catalogue';
import { MACHINE_ID, MACHINE_VERSION } from './penalty-case.context';
import type { EventType } from './penalty-case.events';
import { EVENT_SPECS, EVENT_TYPES, type Independence, rolesFor } from './penalty-case.events';
import { PAYLOAD_EXAMPLES } from './penalty-case.examples';
import { GUARD_CATALOGUE } from './penalty-case.guards';
import { penaltyCaseMachine } from './penalty-case.machine';
import type { JsonSchema } from './json-schema';
import { payloadSchema } from './penalty-case.payload-schema';
import { render, type MessageKey } from '../messages/catalogue';

/** A name in both languages, from the catalogue (the screens pick the reader's). */
export interface Names {
  zh: string;
  en: string;
}

const names = (key: MessageKey): Names => ({ zh: render({ key }, 'zh'), en: render({ key }, 'en') });

export interface TransitionDescription {
  event: string; // '' for an eventless (always) transition
  targets: string[]; // dotted paths; empty when the event stays in the state
  guard?: string;
}

export interface StateDescription {
  path: string; // 'investigation.active'
  stage: string;
  type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  initial?: string;
  transitions: TransitionDescription[];
}

/** A guard as an event lists it: enough to read the rule without the catalogue. */
export interface GuardReference {
  id: string;
  citation: string;
  summary: string;
}

export interface EventDescription {
  type: EventType;
  /** What officers read (the timeline, the forms); `summary` keeps the developer's notes. */
  name: Names;
  summary: string;
  roles: readonly Role[];
  /** Where the senders depend on the stage (a return comes from that stage's reviewer). */
  rolesByStage?: Readonly<Record<string, readonly Role[]>>;
  /** The timer process may send it too. */
  system?: boolean;
  /** PROCEDURE.md §3: the sender must not be a handler of the case. */
  independence?: Independence;
  payload: string[];
  /** The payload's JSON Schema 2020-12, the one the machine validates with. */
  schema: JsonSchema;
  /** A payload that validates against `schema` (its `examples[0]`). */
  example?: Record<string, unknown>;
  /** Every guard that can refuse it (or that it answers elsewhere), in id order. */
  guards: GuardReference[];
  /** Stages with a transition on it; '(start)' for the events POST /cases writes. */
  stages: string[];
}

export interface MachineDescription {
  id: string;
  version: number;
  stages: string[];
  states: StateDescription[];
  events: EventDescription[];
  guards: { id: string; summary: string; citation: string; events: string[] }[];
  clocks: readonly (ClockDefinition & { name: Names })[];
}

const pathOf = (node: AnyStateNode): string => node.path.join('.');

function guardName(transition: AnyTransitionDefinition): string | undefined {
  const guard = transition.guard as { type?: string } | string | undefined;
  return typeof guard === 'string' ? guard : guard?.type;
}

function describeTransition(transition: AnyTransitionDefinition): TransitionDescription {
  return {
    event: String(transition.eventType),
    targets: (transition.target ?? []).map(pathOf),
    ...(guardName(transition) ? { guard: guardName(transition) } : {}),
  };
}

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((child) => allNodes(child as AnyStateNode))];
}

export function machineStates(): StateDescription[] {
  return allNodes(penaltyCaseMachine.root)
    .filter((node) => node.path.length > 0)
    .map((node) => ({
      path: pathOf(node),
      stage: node.path[0],
      type: node.type,
      ...(node.type === 'compound' ? { initial: node.config.initial as string } : {}),
      transitions: [
        ...[...node.transitions.values()].flat().map(describeTransition),
        ...(node.always ?? []).map(describeTransition),
      ],
    }));
}

/** Stages where an event has a transition (on the stage or any of its descendants). */
function stagesOf(type: string, states: StateDescription[]): string[] {
  const stages = states
    .filter((state) => state.transitions.some((t) => t.event === type))
    .map((state) => state.stage);
  return [...new Set(stages)];
}

const guardsOf = (type: EventType): GuardReference[] =>
  GUARD_CATALOGUE.filter((g) => g.events.includes(type)).map(({ id, citation, summary }) => ({
    id,
    citation,
    summary,
  }));

/** One event from the catalogue, its schema and example, the guard table and the machine. */
function describeEvent(type: EventType, states: StateDescription[]): EventDescription {
  const spec = EVENT_SPECS[type];
  const stages =
    type === 'REGISTER_CLUE' || type === 'OPEN_SUMMARY_CASE' ? ['(start)'] : stagesOf(type, states);
  const example = PAYLOAD_EXAMPLES[type];
  return {
    type,
    name: names(`eventName.${type}`),
    summary: spec.summary,
    roles: spec.roles,
    ...(spec.rolesIn
      ? { rolesByStage: Object.fromEntries(stages.map((s) => [s, rolesFor(type, s)])) }
      : {}),
    ...(spec.system ? { system: true } : {}),
    ...(spec.independence ? { independence: spec.independence } : {}),
    payload: Object.keys(spec.payload),
    schema: payloadSchema(type),
    ...(example ? { example: JSON.parse(JSON.stringify(example)) as Record<string, unknown> } : {}),
    guards: guardsOf(type),
    stages,
  };
}

export function describePenaltyCase(): MachineDescription {
  const states = machineStates();
  return {
    id: MACHINE_ID,
    version: MACHINE_VERSION,
    stages: states.filter((s) => !s.path.includes('.') && s.path !== 'opening').map((s) => s.path),
    states,
    events: EVENT_TYPES.map((type) => describeEvent(type, states)),
    guards: GUARD_CATALOGUE.map(({ id, summary, citation, events }) => ({
      id,
      summary,
      citation,
      events,
    })),
    clocks: CLOCKS.map((c) => ({ ...c, name: names(`clockName.${c.id}`) })),
  };
}
