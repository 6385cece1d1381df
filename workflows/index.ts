// The public API of workflows/: types, the versioned registry, the calendar and the rules.
export * from './model/domain.types';
export * from './penalty-case/transition.types';
export {
  CURRENT,
  describeMachine,
  getCaseApi,
  registeredVersions,
  replay,
  ReplayRefusedError,
  UnknownMachineVersionError,
} from './registry';
export type { MachineDescription } from './penalty-case/penalty-case.describe';
export { EVENT_SPECS, EVENT_TYPES, isEventType } from './penalty-case/penalty-case.events';
export type { EventType } from './penalty-case/penalty-case.events';
export { GUARD_CATALOGUE } from './penalty-case/penalty-case.guards';
export { CLOCKS } from './penalty-case/penalty-case.clock-catalogue';
export { penaltyCaseV1, penaltyCaseV2, outstandingFen } from './penalty-case/penalty-case.api';
export { allowedOf } from './penalty-case/penalty-case.next';
export { redactParty } from './penalty-case/penalty-case.effects';
export { mermaidDiagram } from './penalty-case/penalty-case.mermaid';
export { renderWorkflowDocsBlock, updateReadme, extractDocsBlock } from './workflow-docs';
export * from './calendar/working-calendar';
export * from './rules/rule-set';
