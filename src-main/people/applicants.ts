// @runs: main
// Applicants (persons and organisations) remembered for look-up: a returning
// citizen is found as the clerk types the ID number or the name.
import type { ApplicantInput } from '../dossiers/intake-form';
import { qb, type Sql } from '../db/sql';
import { foldVietnamese } from '../shared/fold';

export interface ApplicantRecord {
  id: number;
  kind: 'person' | 'organisation';
  fullName: string;
  personalId: string | null;
  birthDate: string | null;
  sex: 'nam' | 'nu' | null;
  bhxhNumber: string | null;
  healthCardNumber: string | null;
  unitCode: string | null;
  taxCode: string | null;
  contactPerson: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

type Row = NonNullable<ReturnType<typeof findRow>>;
function findRow(sql: Sql, id: number) {
  return sql.one(qb.selectFrom('applicants').selectAll().where('id', '=', id));
}

function toRecord(row: Row): ApplicantRecord {
  return {
    id: row.id,
    kind: row.kind,
    fullName: row.full_name,
    personalId: row.personal_id,
    birthDate: row.birth_date,
    sex: row.sex,
    bhxhNumber: row.bhxh_number,
    healthCardNumber: row.health_card_number,
    unitCode: row.unit_code,
    taxCode: row.tax_code,
    contactPerson: row.contact_person,
    phone: row.phone,
    email: row.email,
    address: row.address,
  };
}

function columnsOf(applicant: ApplicantInput) {
  const common = {
    kind: applicant.kind,
    full_name: applicant.fullName,
    folded_name: foldVietnamese(applicant.fullName),
    phone: applicant.phone ?? null,
    email: applicant.email ?? null,
    address: applicant.address ?? null,
  };
  if (applicant.kind === 'person') {
    return {
      ...common,
      personal_id: applicant.personalId,
      birth_date: applicant.birthDate,
      sex: applicant.sex,
      bhxh_number: applicant.bhxhNumber ?? null,
      health_card_number: applicant.healthCardNumber ?? null,
      unit_code: null,
      tax_code: null,
      contact_person: null,
    };
  }
  return {
    ...common,
    personal_id: null,
    birth_date: null,
    sex: null,
    bhxh_number: null,
    health_card_number: null,
    unit_code: applicant.unitCode ?? null,
    tax_code: applicant.taxCode ?? null,
    contact_person: applicant.contactPerson ?? null,
  };
}

/** The applicant's row, created or brought up to date with what the clerk just confirmed. */
export function saveApplicant(sql: Sql, applicant: ApplicantInput, now: string): ApplicantRecord {
  const columns = columnsOf(applicant);
  const existing =
    columns.personal_id !== null
      ? sql.one(qb.selectFrom('applicants').select('id').where('personal_id', '=', columns.personal_id))
      : columns.unit_code !== null
        ? sql.one(qb.selectFrom('applicants').select('id').where('unit_code', '=', columns.unit_code))
        : undefined;
  if (existing) {
    sql.run(qb.updateTable('applicants').set({ ...columns, updated_at: now }).where('id', '=', existing.id));
    return toRecord(findRow(sql, existing.id) as Row);
  }
  const { lastInsertRowid } = sql.run(qb.insertInto('applicants').values({ ...columns, created_at: now, updated_at: now }));
  return toRecord(findRow(sql, lastInsertRowid) as Row);
}

export function getApplicant(sql: Sql, id: number): ApplicantRecord | undefined {
  const row = findRow(sql, id);
  return row ? toRecord(row) : undefined;
}

/** As the clerk types: an ID number prefix (personal ID, BHXH number, unit code) or a name prefix. */
export function lookupApplicants(sql: Sql, query: string, limit = 8): ApplicantRecord[] {
  const trimmed = query.trim();
  if (trimmed.length < 2) return [];
  const digits = trimmed.replace(/[\s.-]/g, '');
  if (/^\d{3,}$/.test(digits)) {
    return sql
      .all(
        qb
          .selectFrom('applicants')
          .selectAll()
          .where((eb) => eb.or([eb('personal_id', 'like', `${digits}%`), eb('bhxh_number', 'like', `${digits}%`), eb('tax_code', 'like', `${digits}%`)]))
          .orderBy('updated_at', 'desc')
          .limit(limit),
      )
      .map(toRecord);
  }
  const folded = foldVietnamese(trimmed).replace(/[%_]/g, '');
  return sql
    .all(
      qb
        .selectFrom('applicants')
        .selectAll()
        .where((eb) => eb.or([eb('folded_name', 'like', `${folded}%`), eb('folded_name', 'like', `% ${folded}%`), eb('unit_code', 'like', `${trimmed.toUpperCase()}%`)]))
        .orderBy('updated_at', 'desc')
        .limit(limit),
    )
    .map(toRecord);
}
