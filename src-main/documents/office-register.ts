// @runs: main
// Sổ theo dõi hồ sơ of the whole office from the hub's projection: every
// dossier received in the period at any counter, in one query. The counter's
// catalogue names the procedures; a hub that does not answer gives null, and
// the register is drawn from this counter's replicated copy instead.
import { sql as pgSql } from 'kysely';
import { qb, type Sql } from '../db/sql';
import { connectHub } from '../hub/connect';
import type { HubProjection } from '../hub/projection';

/** What one register line is drawn from, wherever it was read. */
export interface RegisterSourceRow {
  code: string | null;
  set_count: number;
  received_at: string | null;
  due_date: string | null;
  returned_at: string | null;
  /** The department it was handed over to, and when; when its result came back. */
  department: string | null;
  handed_over_at: string | null;
  result_received_at: string | null;
  state: string | null;
  extended_due_date: string | null;
  procedure: string;
  full_name: string;
  address: string | null;
  phone: string | null;
}

/** The office's dossiers received between two dates (inclusive), oldest first. */
export async function hubRegisterRows(url: string, db: Sql, from: string, to: string): Promise<RegisterSourceRow[] | null> {
  const hub = connectHub(url);
  try {
    const rows = await hub.db
      .withTables<HubProjection>()
      .selectFrom('motcua.dossiers as d')
      .where('d.received_on', '>=', from)
      .where('d.received_on', '<=', to)
      .select([
        'd.code',
        'd.received_at',
        'd.due_date',
        'd.returned_at',
        'd.result_received_at',
        'd.state',
        pgSql<string | null>`d.accepted->'row'->>'department'`.as('department'),
        pgSql<string | null>`d.accepted->'row'->>'handed_over_at'`.as('handed_over_at'),
        pgSql<string | null>`d.accepted->'row'->>'extended_due_date'`.as('extended_due_date'),
        'd.procedure_id',
        'd.procedure_version',
        pgSql<number>`coalesce((d.accepted->'row'->>'set_count')::integer, 1)`.as('set_count'),
        pgSql<string>`coalesce(d.applicant_name, '')`.as('full_name'),
        pgSql<string | null>`d.accepted->'applicant'->>'address'`.as('address'),
        pgSql<string | null>`d.accepted->'applicant'->>'phone'`.as('phone'),
      ])
      .orderBy('d.received_at')
      .orderBy('d.dossier_key')
      .execute();
    const names = new Map(db.all(qb.selectFrom('procedure_versions').select(['procedure_id', 'version', 'name'])).map((v) => [`${v.procedure_id}@${v.version}`, v.name]));
    return rows.map(({ procedure_id: id, procedure_version: version, ...r }) => ({ ...r, procedure: names.get(`${id}@${version}`) ?? id ?? '' }));
  } catch {
    return null;
  } finally {
    await hub.close();
  }
}
