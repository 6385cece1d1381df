import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SqlParams } from '../ledger/sql-params';
import type { PartyKind } from '../../workflows';
import type { PublicDecisionRecord, PublicWithdrawalRecord } from './public-record';
import type { PublishedDecision, WithdrawalNotice } from './public-views';

/** `INSERT … SELECT … FROM case_row`: a public_decisions row written with its entry (EntryWriter). */
export function decisionInsert(r: PublicDecisionRecord, p: SqlParams): string {
  const values = [
    r.caseId,
    r.seq,
    r.decisionNumber,
    r.channel,
    r.party.kind,
    r.party.name,
    r.party.creditCode ?? null,
    r.violation,
    r.legalBasis,
    JSON.stringify(r.penalties),
    r.department,
    r.decidedOn,
    r.publishedOn,
    r.displayUntil,
    r.recordedAt,
  ].map((v) => p.add(v));
  return `INSERT INTO public_decisions (case_id, seq, decision_number, channel, party_kind,
      party_name, party_credit_code, violation, legal_basis, penalties, department, decided_on,
      published_on, display_until, recorded_at)
    SELECT ${values.join(', ')} FROM case_row`;
}

/** The same for a public_withdrawals row. */
export function withdrawalInsert(r: PublicWithdrawalRecord, p: SqlParams): string {
  const values = [
    r.caseId,
    r.seq,
    r.decisionNumber,
    r.partyKind,
    r.department,
    r.decidedOn ?? null,
    r.ground,
    r.reason,
    r.channels,
    r.withdrawnOn,
    r.recordedAt,
  ].map((v) => p.add(v));
  return `INSERT INTO public_withdrawals (case_id, seq, decision_number, party_kind, department,
      decided_on, ground, reason, channels, withdrawn_on, recorded_at)
    SELECT ${values.join(', ')} FROM case_row`;
}

export interface DecisionFilter {
  /** Business date the feed is read on: only what is on display that day. */
  today: string;
  decidedFrom?: string;
  decidedTo?: string;
  department?: string;
  violation?: string;
  decisionNumber?: string;
  /** The portal's search (/gongshi/): the year decided, a penalty kind, words of name or number. */
  decidedYear?: number;
  penaltyKind?: string;
  keyword?: string;
  limit: number;
  offset: number;
}

type Row = Record<string, unknown>;

/**
 * Decisions on display on $1: published by then, not withdrawn by a later entry of the case, and
 * within the display period of their first publication (DR 13: gone the day after it ends).
 */
const ON_DISPLAY = `
  WITH live AS (
    SELECT d.* FROM public_decisions d
    WHERE d.published_on <= $1::date
      AND NOT EXISTS (SELECT 1 FROM public_withdrawals w WHERE w.case_id = d.case_id AND w.seq > d.seq)
  ), firsts AS (
    SELECT DISTINCT ON (case_id) * FROM live ORDER BY case_id, published_on, id
  ), channels AS (
    SELECT case_id, array_agg(DISTINCT channel ORDER BY channel) AS channels FROM live GROUP BY case_id
  )
  SELECT f.*, c.channels FROM firsts f JOIN channels c USING (case_id)
  WHERE f.display_until >= $1::date`;

const DECISION_COLUMNS = `decision_number, channels, party_kind, party_name, party_credit_code,
  violation, legal_basis, penalties, department, to_char(decided_on, 'YYYY-MM-DD') AS decided_on,
  to_char(published_on, 'YYYY-MM-DD') AS published_on,
  to_char(display_until, 'YYYY-MM-DD') AS display_until`;

function toDecision(r: Row): PublishedDecision {
  const creditCode = r.party_credit_code as string | null;
  return {
    decisionNumber: r.decision_number as string,
    channels: r.channels as string[],
    party: {
      kind: r.party_kind as PartyKind,
      name: r.party_name as string,
      ...(creditCode ? { creditCode } : {}),
    },
    violation: r.violation as string,
    legalBasis: r.legal_basis as string,
    penalties: r.penalties as PublishedDecision['penalties'],
    department: r.department as string,
    decidedOn: r.decided_on as string,
    publishedOn: r.published_on as string,
    displayUntil: r.display_until as string,
  };
}

function toNotice(r: Row): WithdrawalNotice {
  return {
    decisionNumber: r.decision_number as string,
    partyKind: r.party_kind as PartyKind,
    department: r.department as string,
    ...(r.decided_on ? { decidedOn: r.decided_on as string } : {}),
    ground: r.ground as WithdrawalNotice['ground'],
    reason: r.reason as string,
    channels: r.channels as string[],
    withdrawnOn: r.withdrawn_on as string,
  };
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, '\\$&');

function where(f: DecisionFilter): { clause: string; params: unknown[] } {
  const params: unknown[] = [f.today];
  const clauses: string[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(sql(`$${params.length}`));
  };
  if (f.decidedFrom) add((p) => `decided_on >= ${p}::date`, f.decidedFrom);
  if (f.decidedTo) add((p) => `decided_on <= ${p}::date`, f.decidedTo);
  if (f.department) add((p) => `department = ${p}`, f.department);
  if (f.violation) add((p) => `violation ILIKE '%' || ${p} || '%'`, escapeLike(f.violation));
  if (f.decisionNumber) add((p) => `decision_number = ${p}`, f.decisionNumber);
  // A range on the date itself, so an index on decided_on can serve it.
  if (f.decidedYear) {
    add(
      (p) =>
        `decided_on >= make_date(${p}::int, 1, 1) AND decided_on < make_date(${p}::int + 1, 1, 1)`,
      f.decidedYear,
    );
  }
  if (f.penaltyKind) {
    add(
      (p) => `penalties @> jsonb_build_array(jsonb_build_object('kind', ${p}::text))`,
      f.penaltyKind,
    );
  }
  // The stored name is already the published one (redacted before storing): no raw name matches.
  if (f.keyword) {
    add(
      (p) => `(party_name ILIKE '%' || ${p} || '%' OR decision_number ILIKE '%' || ${p} || '%')`,
      escapeLike(f.keyword),
    );
  }
  return { clause: clauses.map((c) => ` AND ${c}`).join(''), params };
}

@Injectable()
export class DisclosureRepository {
  constructor(private readonly ds: DataSource) {}

  async decisions(f: DecisionFilter): Promise<{ items: PublishedDecision[]; total: number }> {
    const { clause, params } = where(f);
    const [{ total }]: { total: string }[] = await this.ds.query(
      `SELECT count(*) AS total FROM (${ON_DISPLAY}${clause}) page`,
      params,
    );
    const rows: Row[] = await this.ds.query(
      `SELECT ${DECISION_COLUMNS} FROM (${ON_DISPLAY}${clause}) page
       ORDER BY page.published_on DESC, page.id DESC
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, f.limit, f.offset],
    );
    return { items: rows.map(toDecision), total: Number(total) };
  }

  /** The years in which decisions now on display were taken, newest first. */
  async decidedYears(today: string): Promise<number[]> {
    const rows: { year: number }[] = await this.ds.query(
      `SELECT DISTINCT EXTRACT(YEAR FROM decided_on)::int AS year FROM (${ON_DISPLAY}) d
       ORDER BY year DESC`,
      [today],
    );
    return rows.map((r) => Number(r.year));
  }

  async withdrawals(
    limit: number,
    offset: number,
  ): Promise<{ items: WithdrawalNotice[]; total: number }> {
    const [{ total }]: { total: string }[] = await this.ds.query(
      `SELECT count(*) AS total FROM public_withdrawals`,
    );
    const rows: Row[] = await this.ds.query(
      `SELECT decision_number, party_kind, department, to_char(decided_on, 'YYYY-MM-DD') AS decided_on,
         ground, reason, channels, to_char(withdrawn_on, 'YYYY-MM-DD') AS withdrawn_on
       FROM public_withdrawals ORDER BY withdrawn_on DESC, id DESC LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return { items: rows.map(toNotice), total: Number(total) };
  }

  /** The latest withdrawal notice of a decision number, if any. */
  async withdrawalOf(decisionNumber: string): Promise<WithdrawalNotice | undefined> {
    const rows: Row[] = await this.ds.query(
      `SELECT decision_number, party_kind, department, to_char(decided_on, 'YYYY-MM-DD') AS decided_on,
         ground, reason, channels, to_char(withdrawn_on, 'YYYY-MM-DD') AS withdrawn_on
       FROM public_withdrawals WHERE decision_number = $1 ORDER BY id DESC LIMIT 1`,
      [decisionNumber],
    );
    return rows[0] ? toNotice(rows[0]) : undefined;
  }
}
