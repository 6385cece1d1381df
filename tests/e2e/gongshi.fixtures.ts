// Given-history of the portal tests (issue 17): published decisions of a natural person (with
// ID number, phone and address in the payload and the text), of companies, of a company whose
// name is markup, and a decision published then withdrawn — each driven through the API.
import { seedCast } from '../support/case-fixtures';
import type { TestApp } from '../support/test-app';
import { act, addDays, fine, publishedCase } from './disclosure.fixtures';

export const PORTAL_NOW = '2026-11-21T10:00:00+08:00';

export const PERSON = {
  kind: 'natural_person',
  name: '李晓明',
  idNumber: '310101198807154416',
  phone: '13812345678',
  address: '上海市徐汇区漕溪北路88号3号楼1202室',
};
export const ORG = {
  kind: 'legal_person',
  name: '上海明澈食品有限公司',
  creditCode: '91310104MA1FR5678Q',
};
export const MARKUP_ORG = {
  kind: 'legal_person',
  name: '<script>alert("公示")</script>贸易有限公司',
  creditCode: '91310104MA1FR9999X',
};
const STORE = {
  kind: 'legal_person',
  name: '上海恒丰百货有限公司',
  creditCode: '91310101MA1FP2468L',
};
const PHARMACY = {
  kind: 'legal_person',
  name: '上海康宁大药房有限公司',
  creditCode: '91310115MA1FT1357W',
};
export const WITHDRAWN = {
  kind: 'natural_person',
  name: '赵小六',
  idNumber: '320102199001010011',
  phone: '13700002222',
};

export const N = {
  person: '沪市监罚〔2026〕3101号',
  org: '沪市监罚〔2025〕3102号',
  markup: '沪市监罚〔2026〕3103号',
  withdrawn: '沪市监罚〔2026〕3104号',
  store: '沪市监罚〔2026〕3105号',
  pharmacy: '沪市监罚〔2026〕3106号',
};

/** The raw personal data of the natural persons: never on any portal page. */
export const SECRETS = [
  PERSON.name,
  PERSON.idNumber,
  PERSON.phone,
  PERSON.address,
  '漕溪北路',
  WITHDRAWN.name,
  WITHDRAWN.idNumber,
  WITHDRAWN.phone,
];

export const PERSON_TEXT =
  `${PERSON.name}（身份证号${PERSON.idNumber}，联系电话${PERSON.phone}，住址：${PERSON.address}）` +
  '在其经营场所销售超过保质期的食品';
export const ORG_TEXT = '销售标签不符合规定的预包装食品';

const PREFIX = 'gs-';

/** Seeds the decisions; the tests need nothing beyond the constants above. */
export async function seedPortal(t: TestApp): Promise<void> {
  const cast = await seedCast(t, PREFIX);
  const plan = (decisionNumber: string, party: object, summary: string, decideOn: string) => ({
    decisionNumber,
    decideOn,
    publishOn: addDays(decideOn, 7),
    penalties: [fine(20_000)],
    prefix: PREFIX,
    party: party as Record<string, unknown>,
    summary,
  });
  await publishedCase(t, cast, plan(N.person, PERSON, PERSON_TEXT, '2026-09-07'));
  await publishedCase(t, cast, {
    ...plan(N.org, ORG, ORG_TEXT, '2025-12-01'),
    penalties: [fine(50_000), { kind: 'confiscate_illegal_gains', amountFen: 300_000 }],
    channels: ['website', 'gsxt'],
  });
  await publishedCase(t, cast, plan(N.markup, MARKUP_ORG, '虚假宣传<img src=x>', '2025-06-02'));
  await publishedCase(t, cast, {
    ...plan(N.store, STORE, '销售未标明生产日期的散装食品', '2026-10-20'),
    penalties: [{ kind: 'warning' }, fine(3_000)],
  });
  await publishedCase(t, cast, {
    ...plan(N.pharmacy, PHARMACY, '药品经营场所未按规定公示执业药师信息', '2026-08-14'),
    penalties: [fine(8_000), { kind: 'confiscate_illegal_gains', amountFen: 120_000 }],
  });
  const id = await publishedCase(t, cast, plan(N.withdrawn, WITHDRAWN, '无照经营', '2026-09-01'));
  await act(t, cast.handler, id, 'RECORD_APPEAL', { kind: 'litigation' }, '2026-09-20');
  await act(t, cast.handler, id, 'RECORD_APPEAL_OUTCOME', { outcome: 'revoked' }, '2026-11-02');
  const reason = `法院判决撤销；${WITHDRAWN.name}（电话${WITHDRAWN.phone}）胜诉`;
  await act(t, cast.handler, id, 'WITHDRAW_PUBLICATION', { reason }, '2026-11-03');
}
