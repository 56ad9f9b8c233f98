// @runs: main
// Kysely row types of the reports' own table (migration 0012): intake durations
// captured when a decision consumes its draft.

export interface ReportIntakeTimesTable {
  event_id: number;
  clerk_id: number;
  counter: number;
  started_at: string;
  decided_at: string;
  seconds: number;
}

export interface ReportsTables {
  report_intake_times: ReportIntakeTimesTable;
}
