// @runs: main
// The applicant directory (danh bạ): persons and organisations remembered for
// look-up, so a returning citizen is found as the clerk types the ID number or
// the name. It only suggests: every dossier keeps the applicant exactly as
// received in its own row (dossiers/applicant-snapshot.ts), and nothing here
// ever changes a dossier.
import type { SubmitterDetails } from '../dossiers/contract';
import type { ApplicantInput, SubmitterInput } from '../dossiers/intake-form';
import type { ApplicantsTable } from '../dossiers/tables';
import { qb, type Sql } from '../db/sql';
import { foldVietnamese } from '../shared/fold';

/** An applicant's details, as the directory holds them or as a dossier received them. */
export interface ApplicantDetails {
  kind: 'person' | 'organisation';
  fullName: string;
  personalId: string | null;
  /** Another identity document (a passport…): type from the office's list, number and nationality; null for the personal ID. */
  documentType: string | null;
  documentNumber: string | null;
  nationality: string | null;
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

export interface ApplicantRecord extends ApplicantDetails {
  id: number;
}

/** The identity fields a clerk must confirm before the directory takes a new value for them. */
export type IdentityField = 'fullName' | 'birthDate' | 'sex';

function toRecord(row: ApplicantColumns & { id: number }): ApplicantRecord {
  return { id: row.id, ...detailsOf(row) };
}

/** Row columns (directory or snapshot) → the details the screens and papers use. */
export function detailsOf(row: ApplicantColumns): ApplicantDetails {
  return {
    kind: row.kind,
    fullName: row.full_name,
    personalId: row.personal_id,
    documentType: row.document_type,
    documentNumber: row.document_number,
    nationality: row.nationality,
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

/** An applicant's columns, in the directory and in a dossier's snapshot alike. */
export type ApplicantColumns = Omit<ApplicantsTable, 'id' | 'created_at' | 'updated_at'>;

/** The confirmed form's applicant as table columns (the directory's and the dossier snapshot's are the same). */
export function applicantColumns(applicant: ApplicantInput): ApplicantColumns {
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
      ...identityColumns(applicant),
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
    document_type: null,
    document_number: null,
    nationality: null,
    birth_date: null,
    sex: null,
    bhxh_number: null,
    health_card_number: null,
    unit_code: applicant.unitCode ?? null,
    tax_code: applicant.taxCode ?? null,
    contact_person: applicant.contactPerson ?? null,
  };
}

/**
 * A person's identity as columns: the 12-digit ID and, when a document type was chosen, that document
 * (its number and nationality are dropped without a type, so a stray number never identifies anyone).
 */
function identityColumns(identity: { personalId?: string | undefined; documentType?: string | undefined; documentNumber?: string | undefined; nationality?: string | undefined }) {
  const document = identity.documentType ? identity : {};
  return {
    personal_id: identity.personalId || null,
    document_type: document.documentType || null,
    document_number: document.documentNumber || null,
    nationality: document.nationality || null,
  };
}

/** A submitter as the dossier stores it (JSON): name, phone and the identity of identityColumns, without empty fields. */
export function submitterRecord(submitter: SubmitterInput): SubmitterDetails {
  const identity = identityColumns(submitter);
  return {
    fullName: submitter.fullName,
    ...(identity.personal_id ? { personalId: identity.personal_id } : {}),
    ...(identity.document_type ? { documentType: identity.document_type } : {}),
    ...(identity.document_number ? { documentNumber: identity.document_number } : {}),
    ...(identity.nationality ? { nationality: identity.nationality } : {}),
    ...(submitter.phone ? { phone: submitter.phone } : {}),
  };
}

/** The directory row of the same person: same personal ID, else the same document (type, number, nationality), else the same unit code. */
function knownRow(sql: Sql, columns: ApplicantColumns) {
  if (columns.personal_id !== null) return sql.one(qb.selectFrom('applicants').selectAll().where('personal_id', '=', columns.personal_id));
  if (columns.document_number !== null) {
    return sql.one(
      qb
        .selectFrom('applicants')
        .selectAll()
        .where('document_number', '=', columns.document_number)
        .where('document_type', '=', columns.document_type)
        .where('nationality', 'is', columns.nationality)
        .where('personal_id', 'is', null),
    );
  }
  if (columns.unit_code !== null) return sql.one(qb.selectFrom('applicants').selectAll().where('unit_code', '=', columns.unit_code));
  return undefined;
}

function identityDifferences(known: ApplicantColumns, columns: ApplicantColumns): IdentityField[] {
  const fields: [IdentityField, keyof ApplicantColumns][] = [['fullName', 'full_name'], ['birthDate', 'birth_date'], ['sex', 'sex']];
  return fields.filter(([, column]) => known[column] !== columns[column]).map(([field]) => field);
}

/**
 * The directory's entry for the same personal ID (or unit code) when its name, date of birth or
 * sex differ from what the clerk typed, with the fields that differ; null when the ID is new or agrees.
 */
export function directoryConflict(sql: Sql, applicant: ApplicantInput): { known: ApplicantRecord; differences: IdentityField[] } | null {
  const columns = applicantColumns(applicant);
  const known = knownRow(sql, columns);
  if (!known) return null;
  const differences = identityDifferences(known, columns);
  return differences.length ? { known: toRecord(known), differences } : null;
}

/**
 * Remembers the applicant in the directory for later suggestions and gives the directory id.
 * Contact details (phone, address, numbers) follow the latest visit; the identity (name, date
 * of birth, sex) of a known ID changes only when the clerk chose `updateIdentity` after seeing
 * both. Never touches a dossier.
 */
export function saveApplicant(sql: Sql, applicant: ApplicantInput, now: string, updateIdentity: boolean): number {
  const columns = applicantColumns(applicant);
  const known = knownRow(sql, columns);
  if (!known) return sql.run(qb.insertInto('applicants').values({ ...columns, created_at: now, updated_at: now })).lastInsertRowid;
  const keep = updateIdentity ? {} : { full_name: known.full_name, folded_name: known.folded_name, birth_date: known.birth_date, sex: known.sex };
  sql.run(qb.updateTable('applicants').set({ ...columns, ...keep, updated_at: now }).where('id', '=', known.id));
  return known.id;
}

/**
 * As the clerk types: an ID number prefix (personal ID, BHXH number, tax code, document number such as a
 * passport's) or a name or unit-code prefix, compared in the canonical folded form (h'lan finds H’Lan, tran thi
 * thu ha finds Thu-Hà, Ð is Đ); the name typed exactly first, then names starting with it, then the latest visits.
 */
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
          .where((eb) => eb.or([eb('personal_id', 'like', `${digits}%`), eb('bhxh_number', 'like', `${digits}%`), eb('tax_code', 'like', `${digits}%`), eb('document_number', 'like', `${digits}%`)]))
          .orderBy('updated_at', 'desc')
          .limit(limit),
      )
      .map(toRecord);
  }
  const folded = foldVietnamese(trimmed).replace(/[%_]/g, '');
  const upper = trimmed.replace(/[\s%_]/g, '').toUpperCase();
  return sql
    .all(
      qb
        .selectFrom('applicants')
        .selectAll()
        .where((eb) => eb.or([eb('folded_name', 'like', `${folded}%`), eb('folded_name', 'like', `% ${folded}%`), eb('unit_code', 'like', `${upper}%`), eb('document_number', 'like', `${upper}%`)]))
        .orderBy((eb) => eb('folded_name', '=', folded), 'desc')
        .orderBy((eb) => eb('folded_name', 'like', `${folded}%`), 'desc')
        .orderBy('updated_at', 'desc')
        .limit(limit),
    )
    .map(toRecord);
}
