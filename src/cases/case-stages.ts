import { describeMachine, registeredVersions } from '../../workflows';

/** Every stage a case can be in, over all registered machine versions (for `?stage=`). */
export const CASE_STAGES: readonly string[] = [
  ...new Set(registeredVersions().flatMap((v) => describeMachine(v.machineId, v.version).stages)),
];
