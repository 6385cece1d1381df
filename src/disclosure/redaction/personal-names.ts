// How a natural person's name is published: in full, or surname + 某, as the bureau configures.

export const NAME_POLICIES = ['full', 'surname'] as const;
export type NamePolicy = (typeof NAME_POLICIES)[number];

/** Two-character surnames (复姓) that are still in use. */
const COMPOUND_SURNAMES = (
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 西门 南宫 独孤 ' +
  '轩辕 呼延 澹台 公冶 申屠 太史 闻人 赫连 万俟 钟离 宗政 濮阳 淳于 单于 仲孙 百里 东郭 拓跋'
).split(' ');

const MOU = '某';

export function surnameOf(name: string): string {
  const trimmed = name.trim();
  const compound = COMPOUND_SURNAMES.find((s) => trimmed.startsWith(s) && trimmed.length > 2);
  return compound ?? Array.from(trimmed)[0] ?? '';
}

/** 张三 → 张某, 欧阳娜娜 → 欧阳某; idempotent (张某 → 张某). */
export function maskName(name: string, policy: NamePolicy): string {
  if (policy === 'full') return name.trim();
  const surname = surnameOf(name);
  return surname ? `${surname}${MOU}` : '';
}
