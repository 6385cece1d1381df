import type { Schemas } from '../src/api/client';
import { clockNames, eventNames } from '../src/case/names';

const machine = {
  events: [{ type: 'RECORD_EVIDENCE', name: { zh: '调查取证', en: 'Evidence recorded' } }],
  clocks: [{ id: 'caseLimit', name: { zh: '办案期限', en: 'Case time limit' } }],
} as unknown as Schemas['CurrentMachineDto'];

describe('names from the machine description', () => {
  it("are the reader's language", () => {
    expect(eventNames(machine, 'zh').get('RECORD_EVIDENCE')).toBe('调查取证');
    expect(eventNames(machine, 'en').get('RECORD_EVIDENCE')).toBe('Evidence recorded');
    expect(clockNames(machine, 'zh').get('caseLimit')).toBe('办案期限');
    expect(clockNames(machine, 'en').get('caseLimit')).toBe('Case time limit');
  });

  it('are empty until the machine arrives', () => {
    expect(eventNames(undefined, 'zh').size).toBe(0);
    expect(clockNames(undefined, 'en').size).toBe(0);
  });
});
