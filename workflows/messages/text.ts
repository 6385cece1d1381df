// The shape of a catalogue entry: both languages, or a compile error (issue 14, "Chinese first").

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type ParamValue = string | number | readonly string[];

/** A message without parameters: both texts are required. */
export interface PlainEntry {
  readonly zh: string;
  readonly en: string;
}

/** A message with parameters: one function per language over the same parameters. */
export interface ParamEntry<P> {
  readonly zh: (p: P) => string;
  readonly en: (p: P) => string;
}

/** What every catalogue part satisfies: an entry missing a language does not compile. */
export type EntryRecord = Readonly<Record<string, PlainEntry | ParamEntry<never>>>;

/** A parameterised entry; `P` is checked at every `msg(key, params)`. */
export const fn = <P>(zh: (p: P) => string, en: (p: P) => string): ParamEntry<P> => ({ zh, en });

/** A list in each language's way: 、 in Chinese, commas in English. */
export const zhList = (items: readonly string[]): string => items.join('、');
export const enList = (items: readonly string[]): string => items.join(', ');

/** Roles as officers read them (API.md `Role`). */
const ROLE_ZH: Readonly<Record<string, string>> = {
  handler: '办案人员',
  approver: '审批负责人',
  case_reviewer: '审核人员',
  legal_reviewer: '法制审核人员',
  hearing_officer: '听证主持人',
  auditor: '审计人员',
  admin: '管理员',
};
export const roleZh = (role: string): string => `${ROLE_ZH[role] ?? role}（${role}）`;
