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
export { mermaidDiagram } from './penalty-case/penalty-case.mermaid';
export { renderWorkflowDocsBlock, updateReadme, extractDocsBlock } from './workflow-docs';
export * from './calendar/working-calendar';
export * from './rules/rule-set';
export type { ReplayEnvironment } from './registry';
export { RECORD_RECUSAL, isCatalogueEvent } from './penalty-case/penalty-case.recusal';
export { english, isMsg, msg, render } from './messages/catalogue';
export type { Lang, MessageKey, Msg } from './messages/catalogue';
export { chineseNumeral, citationText } from './messages/citation';
export type { Thing } from './messages/service.messages';
export { checkInvariants } from './penalty-case/invariants';
export type { HistoryStep } from './penalty-case/invariants';
export { conditionsOf } from './penalty-case/json-schema';
export type { JsonSchema } from './penalty-case/json-schema';
export type { CaseContext } from './penalty-case/penalty-case.context';
export { officersNamedIn, payloadSchema } from './penalty-case/penalty-case.payload-schema';
export type { NamedOfficer } from './penalty-case/penalty-case.payload-schema';
export { earlierThan } from './penalty-case/penalty-case.dates';
