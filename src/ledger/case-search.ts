// The WHERE and ORDER BY of `GET /cases` (issue 14): search keys, filters, sort, need to know.
import { SqlParams } from './sql-params';

export interface CaseSearch {
  /** The caller: a case they are recused from (APL 43) is not there for them, not even counted. */
  viewerId: string;
  q?: string;
  stage?: string;
  officerId?: string;
  procedure?: string;
  /** Cases with (true) or without (false) a deadline open past its day as of `asOf`. */
  overdue?: { value: boolean; asOf: string };
  receivedFrom?: string;
  receivedTo?: string;
  decidedFrom?: string;
  decidedTo?: string;
  /** A column of the cases row, or `rank` (relevance to `q`). */
  orderBy: string;
  direction: 'ASC' | 'DESC';
  limit: number;
  offset: number;
}

/** `q` as a LIKE pattern that matches itself only (%, _ and \ escaped). */
const literal = (q: string) => q.replace(/[\\%_]/g, '\\$&');

/**
 * Relevance: an exact number or code first, then a part of one (or of the name), then by
 * trigram similarity of the party name, so a mistyped name is still found, after the exact ones.
 */
function searchTerms(q: string, p: SqlParams): { where: string; rank: string } {
  const text = p.add(q);
  const part = p.add(`%${literal(q)}%`);
  const code = p.add(`${literal(q.toUpperCase())}%`);
  const exact = `case_number = ${text} OR decision_number = ${text}
    OR party_credit_code = upper(${text})`;
  const contains = `case_number ILIKE ${part} OR decision_number ILIKE ${part}
    OR party_name ILIKE ${part} OR party_credit_code LIKE ${code}`;
  const similar = `party_name % ${text} OR ${text} <% party_name`;
  return {
    where: `(${contains} OR ${similar})`,
    rank: `(CASE WHEN ${exact} THEN 2 WHEN ${contains} THEN 1 ELSE 0 END
      + greatest(similarity(party_name, ${text}), word_similarity(${text}, party_name)))`,
  };
}

/**
 * The similarity a name of the query's length keeps with one character mistyped: a word of n
 * characters has n + 1 trigrams and a substitution changes at most 3, so (n - 2) / (n + 4).
 * Asking no less keeps the trigram index selective: at PostgreSQL's default (0.3) every long
 * name sharing "有限公司" is a candidate to recheck.
 */
export function nameThreshold(q: string): number {
  const n = [...q].length;
  return Math.min(0.6, Math.max(0.1, (n - 2) / (n + 4) - 0.02));
}

function overdueClause(asOf: string): string {
  return `EXISTS (SELECT 1 FROM case_deadlines d WHERE d.case_id = cases.id
    AND d.status IN ('open', 'missed') AND d.due_on < ${asOf}::date)`;
}

/** The filter of a search, and its order when it has one (with `rank` when q is given). */
export function caseSearchSql(f: CaseSearch): {
  where: string;
  rank: string;
  order: string;
  params: SqlParams;
  /** pg_trgm.similarity_threshold for the name (with q). */
  threshold?: number;
} {
  const p = new SqlParams();
  const where = [
    // The caller's few recusals, read once (an init plan), not probed per row.
    `cases.id <> ALL (ARRAY(SELECT r.case_id FROM case_recusals r
      WHERE r.officer_id = ${p.add(f.viewerId)}))`,
  ];
  let rank = '0';
  if (f.q) {
    const terms = searchTerms(f.q, p);
    where.push(terms.where);
    rank = terms.rank;
  }
  if (f.stage) where.push(`stage = ${p.add(f.stage)}`);
  if (f.procedure) where.push(`procedure = ${p.add(f.procedure)}`);
  if (f.officerId) where.push(`handler_ids @> ARRAY[${p.add(f.officerId)}]::text[]`);
  if (f.overdue) {
    const clause = overdueClause(p.add(f.overdue.asOf));
    where.push(f.overdue.value ? clause : `NOT ${clause}`);
  }
  if (f.receivedFrom) where.push(`received_on >= ${p.add(f.receivedFrom)}::date`);
  if (f.receivedTo) where.push(`received_on <= ${p.add(f.receivedTo)}::date`);
  // decided_on is the decision's ISO date as text: text order is date order.
  if (f.decidedFrom) where.push(`decided_on >= ${p.add(f.decidedFrom)}`);
  if (f.decidedTo) where.push(`decided_on <= ${p.add(f.decidedTo)}`);
  return {
    where: `WHERE ${where.join(' AND ')}`,
    rank,
    order: `ORDER BY ${f.orderBy} ${f.direction} NULLS LAST, created_at DESC, id`,
    params: p,
    ...(f.q ? { threshold: nameThreshold(f.q) } : {}),
  };
}
