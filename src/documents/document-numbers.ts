import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig, ConfigError } from '../config/app-config';
import {
  defaultNumberPattern,
  formatNumber,
  isDocumentType,
  type DocumentType,
} from './document-types';

/** DOCUMENT_NUMBER_PATTERNS, checked at boot: known types, each pattern with its {n}. */
function parsePatterns(raw: string | undefined): Partial<Record<DocumentType, string>> {
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError('DOCUMENT_NUMBER_PATTERNS: must be a JSON object');
  }
  const out: Partial<Record<DocumentType, string>> = {};
  for (const [type, pattern] of Object.entries(parsed as Record<string, unknown>)) {
    if (!isDocumentType(type) || !defaultNumberPattern(type)) {
      throw new ConfigError(`DOCUMENT_NUMBER_PATTERNS: ${type} is no document type with a 文号`);
    }
    if (typeof pattern !== 'string' || !pattern.includes('{n}')) {
      throw new ConfigError(`DOCUMENT_NUMBER_PATTERNS: the pattern of ${type} must contain {n}`);
    }
    out[type] = pattern;
  }
  return out;
}

/**
 * 文号: one counter per document type and year. The act that takes a number increments its row
 * inside the act's own transaction, so the row stays locked until the act commits or rolls back
 * (then the number is given back): numbers run without gaps.
 */
@Injectable()
export class DocumentNumbers {
  private readonly patterns: Partial<Record<DocumentType, string>>;

  constructor(private readonly config: AppConfig) {
    this.patterns = parsePatterns(config.DOCUMENT_NUMBER_PATTERNS);
  }

  patternOf(type: DocumentType): string | undefined {
    return this.patterns[type] ?? defaultNumberPattern(type);
  }

  /**
   * Whether a 文号 already names a document (a decision number given by DECIDE, say), however
   * it is spelled: document_number_key (migration 1790000400000) folds brackets, digit widths,
   * leading zeros and spaces.
   */
  async taken(tx: EntityManager, number: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM documents
       WHERE number IS NOT NULL AND document_number_key(number) = document_number_key($1)`,
      [number],
    );
    return rows.length > 0;
  }

  /** The next 文号 of `type` in `year` (a number an act gave by hand is passed over). */
  async next(tx: EntityManager, type: DocumentType, year: number): Promise<string> {
    const pattern = this.patternOf(type);
    if (!pattern) throw new Error(`${type} carries no 文号`);
    for (;;) {
      const rows: { last_value: number }[] = await tx.query(
        `INSERT INTO document_number_sequences (doc_type, year, last_value) VALUES ($1, $2, 1)
         ON CONFLICT (doc_type, year)
         DO UPDATE SET last_value = document_number_sequences.last_value + 1
         RETURNING last_value`,
        [type, year],
      );
      const number = formatNumber(
        pattern,
        this.config.DOCUMENT_NUMBER_PREFIX,
        year,
        rows[0].last_value,
      );
      if (!(await this.taken(tx, number))) return number;
    }
  }
}
