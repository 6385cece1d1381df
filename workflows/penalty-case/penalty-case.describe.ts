// The machine as data (事前公开: GET /workflows/penalty-case) — states, events, guards, clocks.
import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import type { Role } from '../model/domain.types';
import type { ClockDefinition } from './penalty-case.clock-catalogue';
import { CLOCKS } from './penalty-case.clock-catalogue';
import { MACHINE_ID, MACHINE_VERSION } from './penalty-case.context';
import type { EventType } from './penalty-case.events';
import { EVENT_SPECS, EVENT_TYPES } from './penalty-case.events';
import { GUARD_CATALOGUE } from './penalty-case.guards';
import { penaltyCaseMachine } from './penalty-case.machine';
import type { JsonSchema } from './json-schema';
import { payloadSchema } from './penalty-case.payload-schema';

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

export interface EventDescription {
  type: EventType;
  summary: string;
  roles: readonly Role[];
  rolesByStage?: Readonly<Record<string, readonly Role[]>>;
  payload: string[];
  /** The payload's JSON Schema 2020-12, the one the machine validates with. */
  schema: JsonSchema;
  guards: string[];
  stages: string[];
}

export interface MachineDescription {
  id: string;
  version: number;
  stages: string[];
  states: StateDescription[];
  events: EventDescription[];
  guards: { id: string; summary: string; citation: string; events: string[] }[];
  clocks: readonly ClockDefinition[];
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

export function describePenaltyCase(): MachineDescription {
  const states = machineStates();
  const guardIds = (type: EventType) =>
    GUARD_CATALOGUE.filter((g) => g.events.includes(type)).map((g) => g.id);
  return {
    id: MACHINE_ID,
    version: MACHINE_VERSION,
    stages: states.filter((s) => !s.path.includes('.') && s.path !== 'opening').map((s) => s.path),
    states,
    events: EVENT_TYPES.map((type) => ({
      type,
      summary: EVENT_SPECS[type].summary,
      roles: EVENT_SPECS[type].roles,
      ...(EVENT_SPECS[type].rolesIn ? { rolesByStage: EVENT_SPECS[type].rolesIn } : {}),
      payload: Object.keys(EVENT_SPECS[type].payload),
      schema: payloadSchema(type),
      guards: guardIds(type),
      stages:
        type === 'REGISTER_CLUE' || type === 'OPEN_SUMMARY_CASE'
          ? ['(start)']
          : stagesOf(type, states),
    })),
    guards: GUARD_CATALOGUE.map(({ id, summary, citation, events }) => ({
      id,
      summary,
      citation,
      events,
    })),
    clocks: CLOCKS,
  };
}
