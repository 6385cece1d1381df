// DR 4: 行政处罚内容 — the penalties as the public reads them. Money is integer fen.
import type { Penalty, PenaltyKind } from '../../workflows';

/** APL 9 (处罚的种类), in the words of the statute. */
export const PENALTY_LABELS: Readonly<Record<PenaltyKind, string>> = {
  warning: '警告',
  public_criticism: '通报批评',
  fine: '罚款',
  confiscate_illegal_gains: '没收违法所得',
  confiscate_illegal_property: '没收非法财物',
  suspend_license: '暂扣许可证件',
  lower_qualification: '降低资质等级',
  revoke_license: '吊销许可证件',
  restrict_production: '限制开展生产经营活动',
  suspend_business: '责令停产停业',
  order_closure: '责令关闭',
  restrict_practice: '限制从业',
};

export interface PublicPenalty {
  kind: PenaltyKind;
  label: string;
  amountFen?: number;
  durationDays?: number;
}

/** 2000000 fen → '20,000元'; 12345 fen → '123.45元'. */
export function formatYuan(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const cents = Math.abs(fen % 100);
  const whole = yuan.toLocaleString('en-US');
  return cents === 0 ? `${whole}元` : `${whole}.${String(cents).padStart(2, '0')}元`;
}

export function publicPenalties(penalties: readonly Penalty[]): PublicPenalty[] {
  return penalties.map((p) => ({
    kind: p.kind,
    label: PENALTY_LABELS[p.kind] ?? p.kind,
    ...(typeof p.amountFen === 'number' ? { amountFen: p.amountFen } : {}),
    ...(typeof p.durationDays === 'number' ? { durationDays: p.durationDays } : {}),
  }));
}

/** '罚款20,000元；没收违法所得3,000元；暂扣许可证件90日'. */
export function penaltySummary(penalties: readonly PublicPenalty[]): string {
  return penalties
    .map((p) => {
      const amount = typeof p.amountFen === 'number' ? formatYuan(p.amountFen) : '';
      const duration = typeof p.durationDays === 'number' ? `${p.durationDays}日` : '';
      return `${p.label}${amount}${duration}`;
    })
    .join('；');
}
