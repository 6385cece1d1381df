// DR 6: the operator of an individual business (个体工商户) is a natural person. A business with
// no trade name (字号) is registered under the operator's own name, and free text names the
// operator after a label (经营者张三丰): both are personal data.
import type { PartyKind } from '../../../workflows';
import { maskName } from './personal-names';
import { groupSpan, type Span } from './normalise';

/** Endings of a trade name: 张三小吃店, 李四商行 are businesses, 张三丰 is a person. */
const TRADE_NAME =
  /(店|厂|部|行|馆|社|坊|铺|摊|档|场|所|站|屋|室|城|中心|公司|超市|餐厅|门市|工作室)$/;

/** The party is named as a person: a natural person, or a business under its operator's name. */
export function namesPerson(party: { kind: PartyKind; name: string }): boolean {
  if (party.kind === 'natural_person') return true;
  if (party.kind !== 'individual_business') return false;
  const name = party.name.trim();
  return /^[\u4e00-\u9fff·]{2,4}$/.test(name) && !TRADE_NAME.test(name);
}

/** 经营者张三丰, 业主：李四 — a two- or three-character name right after the label. */
const OPERATOR =
  /(经营者|业主|店主|户主|摊主|负责人|经营人)(\s*[:是为]?\s*)([\u4e00-\u9fff]{2,3})(?=[\s,.;:、()。，；：（）]|$)/dg;

/** Operator names after a label, each masked to surname + 某 (the bureau's 'surname' policy). */
export function operatorSpans(text: string): Span[] {
  return [...text.matchAll(OPERATOR)].flatMap((m) => {
    const span = groupSpan(m, 3);
    return span ? [{ start: span[0], end: span[1], mask: maskName(m[3], 'surname') }] : [];
  });
}
