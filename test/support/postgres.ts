// @runs: test
// The tests' PostgreSQL: a cluster of their own, started with initdb and pg_ctl
// (scripts/postgres-cluster.ts, shared with the hub bench). No mock of the hub.
export { postgresInstalled, startTestPostgres, type TestPostgres } from '../../scripts/postgres-cluster';
