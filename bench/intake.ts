// @runs: node-script
// Intake at scale: the commit of an accepted dossier (decision + code +
// appointment + receipt data, no PDF) with 1,000,000 dossiers already in the
// database, and a whole 8-hour day of 300 intakes (with their receipts) replayed
// to check the main process's memory stays flat.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher, type Dispatch } from '../src-main/api/dispatch';
import { maintain } from '../src-main/db/maintenance';
import { Intake } from '../src-main/dossiers/intake';
import { intakeForm, type IntakeFormInput } from '../src-main/dossiers/intake-form';
import { createServices, type Services } from '../src-main/services';
import { OffsetClock } from '../src-main/services/clock';
import { vnInstant } from '../src-main/shared/time';
import { figure, percentile, type Figure } from './report';
import { snapshotApplicants } from './data';

const FORM: IntakeFormInput = {
  procedureId: 'cap-lai-the-bhyt',
  applicant: { kind: 'person', fullName: 'Nguyễn Thị Minh Khai', personalId: '045186001234', birthDate: '12/05/1986', sex: 'nu', phone: '0912345678', address: 'Số 12 đường Lê Lợi, phường Đông Hà, tỉnh Quảng Trị' },
  channel: 'counter',
  resultDelivery: 'counter',
  setCount: 1,
  components: [{ key: 'tk1-ts', status: 'received' }],
};

async function openCounter(): Promise<{ services: Services; dispatch: Dispatch; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'mot-cua-bench-intake-'));
  const services = createServices({ dataDir: dir, clock: new OffsetClock(vnInstant('2026-03-02', 8, 0)) });
  const dispatch = createDispatcher(services);
  await dispatch('setup.complete', {
    office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 3 },
    clerk: { fullName: 'Nguyễn Thị Thu Hương', username: 'huongntt', password: 'mat-khau-8' },
  });
  return { services, dispatch, dir };
}

/** 1,000,000 dossiers over five years, inserted in one statement. */
function fillMillion(services: Services): void {
  services.sqlite.exec(`
    INSERT INTO applicants (kind, full_name, folded_name, created_at, updated_at)
    VALUES ('person', 'Người nộp mẫu', 'nguoi nop mau', '2021-01-04T08:00:00+07:00', '2021-01-04T08:00:00+07:00');
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
    INSERT INTO dossiers (code, procedure_version_id, applicant_id, channel, result_delivery, state, counter, responsible_clerk_id,
                          submitted_at, received_at, time_limit_days, due_date, created_at, updated_at)
    SELECT '000.00.15.H27-' || strftime('%y%m%d', date('2021-01-04', '+' || (i / 550) || ' days')) || '-' || (1000 + i % 1000) || '-' || i,
           1, 1, 'counter', 'counter', CASE WHEN i % 10 = 0 THEN 'received' ELSE 'returned' END, 1 + i % 4, 1,
           date('2021-01-04', '+' || (i / 550) || ' days') || 'T09:00:00+07:00', date('2021-01-04', '+' || (i / 550) || ' days') || 'T09:00:00+07:00',
           5, date('2021-01-04', '+' || (i / 550 + 7) || ' days'), '2021-01-04T09:00:00+07:00', '2021-01-04T09:00:00+07:00'
    FROM n;
  `);
  snapshotApplicants(services.sqlite);
}

function commitLatency(services: Services): Figure[] {
  const started = performance.now();
  fillMillion(services);
  const fillSeconds = (performance.now() - started) / 1000;
  const intake = new Intake(services);
  const form = intakeForm.parse(FORM);
  const samples: number[] = [];
  for (let i = 0; i < 600; i++) {
    // A clerk decides an intake every minute or two; the app's idle maintenance (every 15 s) runs in between.
    maintain(services.sqlite);
    const t = performance.now();
    intake.accept(form, { clerkId: 1, counter: 3 });
    samples.push(performance.now() - t);
  }
  const measured = samples.slice(100);
  console.log(`     (1,000,000 dossiers generated in ${fillSeconds.toFixed(1)} s)`);
  return [
    figure('intake commit (accept + code + appointment, no PDF), 1M dossiers, p50', percentile(measured, 50), 'ms', '—', true),
    figure('intake commit (accept + code + appointment, no PDF), 1M dossiers, p99', percentile(measured, 99), 'ms', '< 10 ms', percentile(measured, 99) < 10),
  ];
}

async function dayReplay(dispatch: Dispatch): Promise<Figure[]> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap = () => {
    gc?.();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  };
  // Each intake arrives as its own IPC request: the event loop turns between them.
  const nextRequest = () => new Promise((resolve) => setImmediate(resolve));
  const run = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const result = await dispatch('intake.accept', { form: FORM });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      await nextRequest();
    }
  };
  await run(30); // warm up: fonts, statements, caches
  const before = heap();
  await run(270);
  const after = heap();
  const growth = ((after - before) / before) * 100;
  return [figure(`8-hour day replay: 300 intakes with receipts, heap ${before.toFixed(1)} → ${after.toFixed(1)} MB${gc ? '' : ' (no --expose-gc)'}`, growth, '% growth', '< 10 %', growth < 10)];
}

export async function benchIntake(): Promise<Figure[]> {
  const day = await openCounter();
  const figures = await dayReplay(day.dispatch);
  day.services.close();
  rmSync(day.dir, { recursive: true, force: true });

  const big = await openCounter();
  figures.push(...commitLatency(big.services));
  big.services.close();
  rmSync(big.dir, { recursive: true, force: true });
  return figures;
}
