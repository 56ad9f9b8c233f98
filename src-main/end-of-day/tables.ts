// @runs: main
// Kysely row types of this feature's tables (see its migration).

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EndOfDayTables {}
