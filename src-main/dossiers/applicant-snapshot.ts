// @runs: main
// The dossier is the record: the applicant exactly as received, kept in the
// dossier's own row (table dossier_applicants, migration 0014). Every list,
// search hit, paper, report, register and export reads this, never the
// directory; it changes only by an intake decision on the same dossier (a
// guidance request completed) or a logged correction (corrections.ts).
import { DomainError } from '../api/kit';
import { qb, type Sql } from '../db/sql';
import { applicantColumns, detailsOf, type ApplicantDetails } from '../people/applicants';
import type { ApplicantInput } from './intake-form';

/** Writes (or, for a guidance dossier completed in place, rewrites) the dossier's applicant in the caller's transaction. */
export function writeApplicantSnapshot(sql: Sql, dossierId: number, applicant: ApplicantInput): ApplicantDetails {
  const columns = applicantColumns(applicant);
  sql.run(
    qb
      .insertInto('dossier_applicants')
      .values({ dossier_id: dossierId, ...columns })
      .onConflict((oc) => oc.column('dossier_id').doUpdateSet(columns)),
  );
  return detailsOf(columns);
}

/** The applicant as the dossier received it; NOT_FOUND for an unknown dossier. */
export function dossierApplicant(sql: Sql, dossierId: number): ApplicantDetails {
  const row = sql.one(qb.selectFrom('dossier_applicants').selectAll().where('dossier_id', '=', dossierId));
  if (!row) throw new DomainError('NOT_FOUND');
  return detailsOf(row);
}
