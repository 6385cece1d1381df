// The portal's query parameters (a GET form: every field arrives, empty when not chosen). A bad
// value is a 400 page naming the field; an unknown parameter is ignored (links carry trackers).
import { PENALTY_LABELS } from '../disclosure/penalty-text';

type PenaltyKind = keyof typeof PENALTY_LABELS;

/** A query parameter the portal refuses, with the field's label and the reason, in Chinese. */
export class PortalQueryError extends Error {
  constructor(
    readonly field: string,
    readonly label: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

export interface DecisionListQuery {
  year?: number;
  penalty?: PenaltyKind;
  /** Words of the party's published name or of the decision number. */
  keyword?: string;
  page: number;
}

export const KEYWORD_MAX = 100;
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
const PAGE_MAX = 100_000;

export const FIELD_LABELS = {
  year: '决定年份',
  penalty: '处罚种类',
  q: '关键词',
  page: '页码',
} as const;

type Field = keyof typeof FIELD_LABELS;
type Query = Record<string, unknown>;

const refuse = (field: Field, reason: string): never => {
  throw new PortalQueryError(field, FIELD_LABELS[field], reason);
};

/** One value of a field, or undefined when absent or empty; repeated fields are refused. */
function single(query: Query, field: Field): string | undefined {
  const value = query[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return refuse(field, '只能填写一个值');
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function integer(query: Query, field: Field, min: number, max: number): number | undefined {
  const text = single(query, field);
  if (text === undefined) return undefined;
  if (!/^\d{1,6}$/.test(text) || Number(text) < min || Number(text) > max) {
    return refuse(field, `应为 ${min} 至 ${max} 之间的整数`);
  }
  return Number(text);
}

const isPenaltyKind = (v: string): v is PenaltyKind =>
  Object.prototype.hasOwnProperty.call(PENALTY_LABELS, v);

export function decisionListQuery(query: Query): DecisionListQuery {
  const year = integer(query, 'year', FIRST_YEAR, LAST_YEAR);
  const penalty = single(query, 'penalty');
  if (penalty !== undefined && !isPenaltyKind(penalty)) refuse('penalty', '不是可选的处罚种类');
  const keyword = single(query, 'q');
  if (keyword !== undefined && [...keyword].length > KEYWORD_MAX) {
    refuse('q', `不能超过 ${KEYWORD_MAX} 个字`);
  }
  return {
    ...(year !== undefined ? { year } : {}),
    ...(penalty !== undefined ? { penalty: penalty as PenaltyKind } : {}),
    ...(keyword !== undefined ? { keyword } : {}),
    page: integer(query, 'page', 1, PAGE_MAX) ?? 1,
  };
}

/** Listings with only a page (withdrawal notices). */
export function pageOnly(query: Query): number {
  return integer(query, 'page', 1, PAGE_MAX) ?? 1;
}

/** The list's address with these filters (and page), for paging links. */
export function listHref(q: DecisionListQuery, page: number): string {
  const params = new URLSearchParams();
  if (q.year !== undefined) params.set('year', String(q.year));
  if (q.penalty) params.set('penalty', q.penalty);
  if (q.keyword) params.set('q', q.keyword);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/gongshi/?${search}` : '/gongshi/';
}
