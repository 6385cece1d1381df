// The words the 文书 print for the service's codes. Pure.
import type { Party, Penalty } from '../../workflows';
import { PENALTY_LABELS } from '../disclosure/penalty-text';
import { money } from './chinese-format';

export const SOURCE_LABELS: Readonly<Record<string, string>> = {
  inspection: '监督检查发现',
  complaint: '投诉',
  report: '举报',
  transfer: '其他机关移送',
  assignment: '上级交办',
};

/** CPL 87–95: the ways a 文书 is served. */
export const SERVICE_METHOD_LABELS: Readonly<Record<string, string>> = {
  on_the_spot: '当场送达',
  direct: '直接送达',
  left_at_address: '留置送达',
  electronic: '电子送达',
  entrusted: '委托送达',
  mail: '邮寄送达',
  public_notice: '公告送达',
};

export const DECLINE_GROUND_LABELS: Readonly<Record<string, string>> = {
  minor_and_corrected: '违法行为轻微并及时改正，没有造成危害后果',
  first_offence_minor_harm: '初次违法且危害后果轻微并及时改正',
  no_fault: '当事人有证据足以证明没有主观过错',
  insufficient_evidence: '证据不足',
  other: '其他',
};

/** APL 33, 57(1)(3): why no penalty is given. */
export const NO_PENALTY_REASONS: Readonly<Record<string, string>> = {
  no_penalty:
    '本局认为，当事人的违法行为轻微并及时改正，没有造成危害后果，根据《中华人民共和国行政处罚法》第三十三条的规定，',
  not_established:
    '本局认为，违法事实不能成立，根据《中华人民共和国行政处罚法》第五十七条第一款第三项的规定，',
};

/** One penalty as the 决定书 writes it: 罚款人民币伍万元整（¥50,000.00）. */
export function penaltyText(p: Penalty): string {
  const label = PENALTY_LABELS[p.kind] ?? p.kind;
  const amount = typeof p.amountFen === 'number' ? money(p.amountFen) : '';
  const days = typeof p.durationDays === 'number' ? `${p.durationDays}日` : '';
  return `${label}${amount}${days}`;
}

export function penaltiesText(ps: readonly Penalty[]): string {
  return ps.length === 0 ? '不予行政处罚' : ps.map(penaltyText).join('；');
}

/** The party as every 文书 names it (the party receives its own identifiers in full). */
export function partyFields(p: Party) {
  const person = p.kind === 'natural_person';
  return {
    partyName: p.name,
    partyIdLabel: person ? '身份证件号码' : '统一社会信用代码',
    partyIdNumber: (person ? p.idNumber : p.creditCode) ?? '',
    partyAddress: p.address ?? '',
  };
}
