import type { Accepted } from '../../workflows/penalty-case/transition.types';
import { publicationRecord, withdrawalRecord } from '../../src/disclosure/public-record';
import { toDecisionView } from '../../src/disclosure/public-views';

const ID = '310115198807150031';
const PERSON = {
  kind: 'natural_person' as const,
  name: '李小龙',
  idNumber: ID,
  phone: '13987654321',
  address: '上海市黄浦区南京东路200号1201室',
};
const ref = {
  caseId: '00000000-0000-0000-0000-000000000001',
  seq: 12,
  recordedAt: '2025-09-22T02:00:00.000Z',
};
const settings = { department: '上海市黄浦区市场监督管理局', namePolicy: 'surname' as const };

function accepted(
  party: Record<string, unknown>,
  effects: Accepted['effects'],
  extra = {},
): Accepted {
  return {
    ok: true,
    snapshot: {},
    stage: 'enforcement',
    state: {},
    flags: [],
    effects,
    context: {
      procedure: 'ordinary',
      handlerIds: ['h1', 'h2'],
      flags: [],
      party: party as never,
      summary: `李小龙（身份证${ID}，电话13987654321）在南京东路200号销售过期食品，货款转入6222021234567890`,
      proposal: { outcome: 'penalty', penalties: [], legalBasis: '《食品安全法》第一百二十四条' },
      decision: {
        decisionNumber: '沪黄市监罚〔2025〕88号',
        outcome: 'penalty',
        penalties: [{ kind: 'fine', amountFen: 5_000_000 }],
        decidedOn: '2025-09-15',
        ...extra,
      },
    },
  };
}

const PUBLISH = {
  type: 'PUBLISH_DECISION_RECORD',
  data: {
    channel: 'website',
    publishedOn: '2025-09-22',
    displayUntil: '2028-09-22',
    party: PERSON,
  },
};

describe('the public record is redacted before it is stored (DR 6)', () => {
  it('keeps no raw data of a natural person, in any field', () => {
    const record = publicationRecord(ref, accepted(PERSON, [PUBLISH]), settings);
    const stored = JSON.stringify(record);
    for (const raw of [ID, PERSON.phone, PERSON.address, '6222021234567890', PERSON.name, 'h1']) {
      expect(stored).not.toContain(raw);
    }
    expect(record).toMatchObject({
      decisionNumber: '沪黄市监罚〔2025〕88号',
      party: { kind: 'natural_person', name: '李某' },
      department: '上海市黄浦区市场监督管理局',
      decidedOn: '2025-09-15',
      publishedOn: '2025-09-22',
      displayUntil: '2028-09-22',
      penalties: [{ kind: 'fine', label: '罚款', amountFen: 5_000_000 }],
    });
    expect(toDecisionView({ ...record, channels: ['website'] }, 'surname').penaltySummary).toBe(
      '罚款50,000元',
    );
  });

  it('keeps an organisation’s name and credit code', () => {
    const org = {
      kind: 'legal_person',
      name: '上海某某食品有限公司',
      creditCode: '91310000MA1FL0000X',
    };
    const record = publicationRecord(ref, accepted(org, [PUBLISH]), settings);
    expect(record.party).toEqual(org);
  });

  it('refuses to store a publication the machine did not describe', () => {
    expect(() => publicationRecord(ref, accepted(PERSON, []), settings)).toThrow(
      /PUBLISH_DECISION_RECORD/,
    );
  });

  it('keeps the reasons of a withdrawal, redacted, and not the party', () => {
    const effect = {
      type: 'WITHDRAW_DECISION_RECORD',
      data: {
        channels: ['website'],
        reason: '复议撤销；当事人李小龙电话13987654321',
        withdrawnOn: '2025-11-03',
      },
    };
    const notice = withdrawalRecord(
      ref,
      accepted(PERSON, [effect], { revokedOn: '2025-10-30' }),
      settings,
    );
    expect(notice).toMatchObject({
      ground: 'revoked',
      withdrawnOn: '2025-11-03',
      channels: ['website'],
    });
    expect(JSON.stringify(notice)).not.toMatch(/李小龙|13987654321/);
  });
});
