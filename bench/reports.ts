// @runs: node-script
// Reports over a big office: 1,000,000 dossiers over five years with their
// "4 Rõ" events (decisions by six clerks over the catalogue's procedures and
// the three channels, hand-over, result, return — early, on time or late, some
// after an apology — and stops). A month's report must come back in < 500 ms.
// bench/data.ts fills dossiers only; reports read the event log, so this file
// generates both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher, type Dispatch } from '../src-main/api/dispatch';
import { createServices, type Services } from '../src-main/services';
import { OffsetClock } from '../src-main/services/clock';
import { vnInstant } from '../src-main/shared/time';
import { figure, percentile, type Figure } from './report';
import { snapshotApplicants } from './data';

const COUNT = 1_000_000;
const END = '2026-03-31';
const DAYS = 1826;
const CLERKS = 6;

async function openCounter(): Promise<{ services: Services; dispatch: Dispatch; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'mot-cua-bench-reports-'));
  const services = createServices({ dataDir: dir, clock: new OffsetClock(vnInstant('2026-04-10', 8, 0)) });
  const dispatch = createDispatcher(services);
  const done = await dispatch('setup.complete', {
    office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 3 },
    clerk: { fullName: 'Nguyễn Thị Thu Hương', username: 'huongntt', password: 'mat-khau-8' },
  });
  if (!done.ok) throw new Error(JSON.stringify(done.error));
  return { services, dispatch, dir };
}

/**
 * i % 20 decides the outcome: 0–12 accepted (returned i % 9 days after intake
 * against a 5-day appointment, late ones apologised first; the last month still
 * open), 13–14 guidance, 15 refused, 16–18 on the spot, 19 accepted then stopped.
 * One dossier in ten was taken at another counter.
 */
function fill(services: Services): void {
  services.sqlite.exec(`
    INSERT INTO applicants (kind, full_name, folded_name, created_at, updated_at)
    VALUES ('person', 'Người nộp mẫu', 'nguoi nop mau', '2021-01-04T08:00:00+07:00', '2021-01-04T08:00:00+07:00');
    WITH RECURSIVE k(j) AS (SELECT 2 UNION ALL SELECT j + 1 FROM k WHERE j < ${CLERKS})
    INSERT INTO clerks (id, full_name, username, password_hash, role, active, created_at)
    SELECT j, 'Cán bộ số ' || j, 'canbo' || j, 'x', 'clerk', 1, '2021-01-01T08:00:00+07:00' FROM k;
    CREATE TEMP TABLE gen AS
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${COUNT})
    SELECT i, day, day || printf('T%02d:%02d:00+07:00', 7 + i % 9, i % 60) AS at, i % 20 AS kind,
           1 + i % ${CLERKS} AS clerk, CASE WHEN i % 10 = 0 THEN 4 ELSE 3 END AS counter,
           1 + i % (SELECT count(*) FROM procedure_versions) AS version,
           CASE i % 7 WHEN 0 THEN 'online' WHEN 1 THEN 'post' ELSE 'counter' END AS channel,
           day > date('${END}', '-30 days') AS recent
    FROM (SELECT i, date('${END}', '-' || ((${COUNT} - i) * ${DAYS} / ${COUNT}) || ' days') AS day FROM n);
  `);
  services.sqlite.exec(`
    INSERT INTO dossiers (id, code, procedure_version_id, applicant_id, channel, result_delivery, state, counter, responsible_clerk_id,
                          submitted_at, received_at, time_limit_days, due_date, due_at, returned_at, guidance_count, created_at, updated_at)
    SELECT i, CASE WHEN kind NOT IN (13, 14, 15) THEN '000.00.15.H27-' || strftime('%y%m%d', day) || '-' || counter || '-' || i END,
           version, 1, channel, 'counter',
           CASE WHEN kind IN (13, 14) THEN 'guidance_issued' WHEN kind = 15 THEN 'refused' WHEN kind IN (16, 17, 18) THEN 'returned'
                WHEN kind = 19 THEN 'stopped' WHEN recent THEN 'in_processing' ELSE 'returned' END,
           counter, clerk, at,
           CASE WHEN kind NOT IN (13, 14, 15) THEN at END,
           CASE WHEN kind IN (16, 17, 18) THEN 0 WHEN kind NOT IN (13, 14, 15) THEN 5 END,
           CASE WHEN kind IN (16, 17, 18) THEN day WHEN kind NOT IN (13, 14, 15) THEN date(day, '+7 days') END,
           CASE WHEN kind IN (16, 17, 18) THEN at WHEN kind NOT IN (13, 14, 15) THEN date(day, '+7 days') || 'T09:00:00+07:00' END,
           CASE WHEN kind IN (16, 17, 18) THEN at WHEN kind <= 12 AND NOT recent THEN date(day, '+' || (i % 9) || ' days') || 'T10:00:00+07:00' END,
           kind IN (13, 14), at, at
    FROM gen;
  `);
  snapshotApplicants(services.sqlite);
  services.sqlite.exec(`
    INSERT INTO dossier_events (dossier_id, at, clerk_id, counter, action, from_state, to_state, payload)
    SELECT i, at, clerk, counter,
           CASE WHEN kind IN (13, 14) THEN 'issueGuidance' WHEN kind = 15 THEN 'refuse' WHEN kind IN (16, 17, 18) THEN 'resolveOnTheSpot' ELSE 'accept' END,
           NULL, NULL, '{}'
    FROM gen
    UNION ALL SELECT i, day || 'T14:00:00+07:00', clerk, counter, 'handOver', 'received', 'in_processing', '{}' FROM gen WHERE kind <= 12 OR kind = 19
    UNION ALL SELECT i, date(day, '+' || (i % 9) || ' days') || 'T08:00:00+07:00', clerk, counter, 'receiveResult', 'in_processing', 'result_ready', '{}'
      FROM gen WHERE kind <= 12 AND NOT recent
    UNION ALL SELECT i, date(day, '+6 days') || 'T16:00:00+07:00', clerk, counter, 'apologise', 'in_processing', 'in_processing',
           json_object('originalDueAt', date(day, '+7 days') || 'T09:00:00+07:00', 'newDueAt', date(day, '+10 days') || 'T09:00:00+07:00')
      FROM gen WHERE kind <= 12 AND NOT recent AND i % 9 = 8
    UNION ALL SELECT i, date(day, '+' || (i % 9) || ' days') || 'T10:00:00+07:00', clerk, counter, 'returnResult', 'result_ready', 'returned', '{}'
      FROM gen WHERE kind <= 12 AND NOT recent
    UNION ALL SELECT i, date(day, '+3 days') || 'T10:00:00+07:00', clerk, counter, 'stop', 'in_processing', 'stopped', '{}' FROM gen WHERE kind = 19
    ORDER BY 2;
    INSERT INTO report_intake_times (event_id, clerk_id, counter, started_at, decided_at, seconds)
    SELECT id, clerk_id, counter, at, at, 120 + id % 600 FROM dossier_events WHERE action IN ('accept', 'issueGuidance', 'refuse', 'resolveOnTheSpot') AND id % 3 > 0;
    DROP TABLE gen;
    ANALYZE;
  `);
}

async function timed(dispatch: Dispatch, method: 'reports.build' | 'reports.export', input: unknown, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const result = await dispatch(method, input);
    samples.push(performance.now() - t);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  }
  return samples;
}

export async function benchReports(): Promise<Figure[]> {
  const { services, dispatch, dir } = await openCounter();
  try {
    const started = performance.now();
    fill(services);
    const events = (services.sqlite.prepare('SELECT count(*) AS n FROM dossier_events').get() as { n: number }).n;
    console.log(`     (${COUNT.toLocaleString('en')} dossiers, ${events.toLocaleString('en')} events generated in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    const month = { period: { kind: 'month', month: '2026-02' } };
    const [cold = NaN] = await timed(dispatch, 'reports.build', { period: { kind: 'month', month: '2025-11' } }, 1);
    const warm = await timed(dispatch, 'reports.build', month, 9);
    const clerk = await timed(dispatch, 'reports.build', { ...month, clerkId: 2 }, 5);
    const year = await timed(dispatch, 'reports.build', { period: { kind: 'range', from: '2025-01-01', to: '2025-12-31' } }, 3);
    const xlsx = await timed(dispatch, 'reports.export', { ...month, format: 'xlsx' }, 3);
    const pdf = await timed(dispatch, 'reports.export', { ...month, format: 'pdf' }, 3);
    const p50 = percentile(warm, 50);
    return [
      figure('month report, 1M dossiers, first query of a month not read before', cold, 'ms', '< 500 ms', cold < 500),
      figure('month report, 1M dossiers, p50 of 9', p50, 'ms', '< 500 ms', p50 < 500),
      figure('month report of one clerk, 1M dossiers, p50', percentile(clerk, 50), 'ms', '< 500 ms', percentile(clerk, 50) < 500),
      figure('year report (range of 365 days), 1M dossiers, p50', percentile(year, 50), 'ms', '—', true),
      figure('month report exported to .xlsx, p50', percentile(xlsx, 50), 'ms', '—', true),
      figure('month report exported to PDF, p50', percentile(pdf, 50), 'ms', '—', true),
    ];
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
