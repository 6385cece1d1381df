// Names for codes the service sends: events and clocks from the machine description (the
// service's message catalogue, both languages), officers from GET /officer-names.
import { useMemo } from 'react';
import { api, type Schemas } from '../api/client';
import { useLoad } from '../hooks/use-load';
import type { Lang } from '../i18n/i18n';

type Machine = Schemas['CurrentMachineDto'];

/** Event type → its name in the reader's language. */
export function eventNames(machine: Machine | undefined, lang: Lang): Map<string, string> {
  return new Map((machine?.events ?? []).map((e) => [e.type, e.name[lang]]));
}

/** Clock id → its name in the reader's language. */
export function clockNames(machine: Machine | undefined, lang: Lang): Map<string, string> {
  return new Map((machine?.clocks ?? []).map((c) => [c.id, c.name[lang]]));
}

/** Officer id → name; the id itself until the names arrive (or when one is unknown). */
export function useOfficerNames(): (id: string) => string {
  const names = useLoad('officer-names', () => api.GET('/api/v1/officer-names'));
  return useMemo(() => {
    const byId = new Map((names.data ?? []).map((o) => [o.id, o.name]));
    return (id: string) => byId.get(id) ?? id;
  }, [names.data]);
}
