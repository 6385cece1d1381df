import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { YearArrangement } from '../../workflows';
import type { ArrangementLoad } from './calendar-history';

export interface LoadedArrangement extends YearArrangement {
  note: string | null;
  loadedBy: string;
  loadedAt: string;
}

type Row = {
  year: number;
  holidays: string[];
  workdays: string[];
  note: string | null;
  loaded_by: string;
  loaded_at: Date;
};

const SELECT = `SELECT DISTINCT ON (year) year,
  ARRAY(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(holidays) d ORDER BY d) AS holidays,
  ARRAY(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(workdays) d ORDER BY d) AS workdays,
  note, loaded_by, loaded_at FROM calendar_arrangements`;

const ALL = `SELECT id, year,
  ARRAY(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(holidays) d ORDER BY d) AS holidays,
  ARRAY(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(workdays) d ORDER BY d) AS workdays,
  note, loaded_by, loaded_at FROM calendar_arrangements`;

const toLoaded = (r: Row): LoadedArrangement => ({
  year: r.year,
  holidays: r.holidays,
  workdays: r.workdays,
  note: r.note,
  loadedBy: r.loaded_by,
  loadedAt: r.loaded_at.toISOString(),
});

/** Admin-loaded arrangements; every load is kept, the latest per year is in force. */
@Injectable()
export class CalendarRepository {
  constructor(private readonly ds: DataSource) {}

  async inForce(): Promise<LoadedArrangement[]> {
    const rows: Row[] = await this.ds.query(`${SELECT} ORDER BY year, id DESC`);
    return rows.map(toLoaded);
  }

  /** Every load ever made, oldest first (replay rebuilds the calendar an entry was decided in). */
  async all(): Promise<ArrangementLoad[]> {
    const rows: (Row & { id: string })[] = await this.ds.query(`${ALL} ORDER BY id`);
    return rows.map((r) => ({
      id: Number(r.id),
      year: r.year,
      holidays: r.holidays,
      workdays: r.workdays,
      loadedAt: r.loaded_at.toISOString(),
    }));
  }

  async add(
    a: YearArrangement,
    note: string | undefined,
    loadedBy: string,
    at: string,
  ): Promise<void> {
    await this.ds.query(
      `INSERT INTO calendar_arrangements (year, holidays, workdays, note, loaded_by, loaded_at)
       VALUES ($1, $2::date[], $3::date[], $4, $5, $6)`,
      [a.year, a.holidays, a.workdays, note ?? null, loadedBy, at],
    );
  }
}
