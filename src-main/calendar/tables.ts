// @runs: main
// Kysely row types of the calendar tables (migration 0003).
import type { DayKind } from './law';

export interface CalendarYearsTable {
  year: number;
  confirmed_by: number | null;
  confirmed_at: string | null;
}

export interface CalendarDaysTable {
  date: string;
  kind: DayKind;
  name: string;
  legal_source: string;
  status: 'official' | 'provisional';
  edited_by: number | null;
  edited_at: string;
}

export interface CalendarEditsTable {
  version: number;
  at: string;
  clerk_id: number | null;
  action: 'seed' | 'set' | 'clear' | 'confirm';
  year: number;
  date: string | null;
  before: string | null;
  after: string | null;
  reason: string | null;
}

export interface CalendarTables {
  calendar_years: CalendarYearsTable;
  calendar_days: CalendarDaysTable;
  calendar_edits: CalendarEditsTable;
}
