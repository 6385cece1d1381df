// The portal's words for the public record's codes (行政执法公示 pages are Chinese).
import type { PublicDecisionView, PublicWithdrawalView } from '../disclosure/public-views';

type PartyKind = PublicDecisionView['party']['kind'];

export const PARTY_KIND: Readonly<Record<PartyKind, string>> = {
  natural_person: '自然人',
  individual_business: '个体工商户',
  legal_person: '法人',
  other_organization: '非法人组织',
};

/** DR 11: why a record was taken down. */
export const GROUND: Readonly<Record<PublicWithdrawalView['ground'], string>> = {
  revoked: '决定被撤销',
  changed: '决定被变更',
  illegal: '决定被确认违法',
  void: '决定被确认无效',
};

export const CHANNEL: Readonly<Record<string, string>> = {
  gsxt: '国家企业信用信息公示系统',
  website: '本局门户网站',
};

export const channelName = (c: string): string => CHANNEL[c] ?? c;

/** 2026-09-07 → 2026年9月7日. */
export function dateZh(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}
