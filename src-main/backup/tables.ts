// @runs: main
// Kysely row types of this feature's tables: none. Backups are described by the
// manifest.json inside each backup folder (store.ts), which must stay readable
// when the database is not; runs and restores go to the audit log.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BackupTables {}
