// @runs: node-script
// Generated history for the benches that need a big office: dossiers spread
// over the five years before the counter's "today", inserted by one SQL
// statement. Older dossiers are returned (some late, a few still overdue);
// the last 30 days hold the open work in every state.
import type { Services } from '../src-main/services';
import { vnDate } from '../src-main/shared/time';

const FIVE_YEARS_DAYS = 1826;

export function fillDossiers(services: Services, count: number): void {
  services.sqlite
    .prepare(
      `INSERT INTO applicants (kind, full_name, folded_name, created_at, updated_at)
       SELECT 'person', 'Người nộp mẫu', 'nguoi nop mau', '2021-01-04T08:00:00+07:00', '2021-01-04T08:00:00+07:00'
       WHERE NOT EXISTS (SELECT 1 FROM applicants WHERE id = 1)`,
    )
    .run();
  services.sqlite
    .prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count),
       dated AS (SELECT i, date(@end, '-' || CAST((@count - i) * ${FIVE_YEARS_DAYS} / @count AS INTEGER) || ' days') AS day FROM n),
       shaped AS (
         SELECT i, day,
           CASE
             WHEN day > date(@end, '-30 days') THEN CASE i % 5 WHEN 0 THEN 'received' WHEN 1 THEN 'in_processing' WHEN 2 THEN 'awaiting_supplement' WHEN 3 THEN 'result_ready' ELSE 'returned' END
             WHEN i % 100 = 0 THEN 'in_processing'
             ELSE 'returned'
           END AS state
         FROM dated)
       INSERT INTO dossiers (code, procedure_version_id, applicant_id, channel, result_delivery, state, counter, responsible_clerk_id,
                             submitted_at, received_at, time_limit_days, due_date, due_at, department, returned_at, created_at, updated_at)
       SELECT '000.00.15.H27-' || strftime('%y%m%d', day) || '-' || (1000 + i % 1000) || '-' || i, 1, 1, 'counter', 'counter', state, 1 + i % 4, 1,
              day || 'T09:00:00+07:00', day || 'T09:00:00+07:00', 5, date(day, '+7 days'), date(day, '+7 days') || 'T09:00:00+07:00',
              CASE WHEN state = 'received' THEN NULL ELSE 'Phòng Quản lý thu - Sổ, thẻ' END,
              CASE WHEN state = 'returned' THEN date(day, '+' || (i % 9) || ' days') || 'T10:00:00+07:00' END,
              day || 'T09:00:00+07:00', day || 'T09:00:00+07:00'
       FROM shaped`,
    )
    .run({ count, end: vnDate(services.clock.now()) });
  snapshotApplicants(services.sqlite);
}

/**
 * Gives the generated dossiers that lack one their applicant snapshot (dossier_applicants), copied
 * from the directory row they point to, as intake writes it; the search triggers index them then.
 */
export function snapshotApplicants(sqlite: Services['sqlite']): void {
  sqlite.exec(`
    INSERT INTO dossier_applicants (dossier_id, kind, full_name, folded_name, personal_id, birth_date, sex, bhxh_number, health_card_number,
                                    unit_code, tax_code, contact_person, phone, email, address)
    SELECT d.id, a.kind, a.full_name, a.folded_name, a.personal_id, a.birth_date, a.sex, a.bhxh_number, a.health_card_number,
           a.unit_code, a.tax_code, a.contact_person, a.phone, a.email, a.address
    FROM dossiers d JOIN applicants a ON a.id = d.applicant_id
    WHERE d.id > (SELECT coalesce(max(dossier_id), 0) FROM dossier_applicants)`);
}
