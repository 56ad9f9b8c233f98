// @runs: node-script
// The appointment date is computed at every intake and for every row of the
// queue, so it must cost nothing even across Tết, where a naive walk through
// the holiday table would be slowest.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../src-main/services';
import { figure, millisecondsSince, percentile, type Figure } from './report';

const RUNS = 10_000;
const OPEN_DOSSIERS = 2_000;
/** 20/01/2026 09:00 (+07:00): receipts spread over the five weeks around Tết 2026. */
const FIRST_RECEIPT = Date.parse('2026-01-20T09:00:00+07:00');
const FIVE_WEEKS_MS = 35 * 86_400_000;

const ROUNDS = 5;

export function benchCalendar(): Figure[] {
  const receipts = Array.from({ length: RUNS }, (_, i) => new Date(FIRST_RECEIPT + ((i * 7_919_731) % FIVE_WEEKS_MS)));
  const appointments: number[] = [];
  const impacts: number[] = [];
  /** CPU time of the same rounds (all threads, so JIT compilation and GC too): on a busy machine wall time also counts waiting for a core. */
  const cpuTimes: number[] = [];
  // Each round on fresh services: the year cache starts empty, as after a calendar edit.
  for (let round = 0; round < ROUNDS; round++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-bench-calendar-'));
    const services = createServices({ dataDir });
    try {
      (globalThis as { gc?: () => void }).gc?.();
      const cpuBefore = process.cpuUsage();
      let start = process.hrtime.bigint();
      let last = '';
      for (let i = 0; i < RUNS; i++) last = services.calendar.appointment(receipts[i] as Date, i % 31).dueDate;
      appointments.push(millisecondsSince(start));
      const cpu = process.cpuUsage(cpuBefore);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
      if (!last) throw new Error('no appointment computed');

      insertOpenDossiers(services.sqlite, OPEN_DOSSIERS);
      start = process.hrtime.bigint();
      services.calendar.impact({ date: '2026-02-23', kind: 'holiday' });
      impacts.push(millisecondsSince(start));
    } finally {
      services.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  console.log(`  rounds: ${appointments.map((ms) => ms.toFixed(1)).join(', ')} ms wall; ${cpuTimes.map((ms) => ms.toFixed(1)).join(', ')} ms CPU`);
  const appointment = percentile(appointments, 50);
  const impact = percentile(impacts, 50);
  return [
    figure(`${RUNS.toLocaleString('en')} appointment-date computations across Tết 2026 (N = 0…30, empty year cache), total, median of ${ROUNDS}`, appointment, 'ms', '< 50 ms', appointment < 50),
    figure(`calendar.impact of one proposed day off over ${OPEN_DOSSIERS.toLocaleString('en')} open dossiers, median of ${ROUNDS}`, impact, 'ms', '< 200 ms', impact < 200),
  ];
}

function insertOpenDossiers(sqlite: ReturnType<typeof createServices>['sqlite'], count: number): void {
  sqlite.pragma('foreign_keys = OFF');
  const insert = sqlite.prepare(
    `INSERT INTO dossiers (code, procedure_version_id, applicant_id, channel, result_delivery, state, counter, responsible_clerk_id,
      submitted_at, received_at, time_limit_days, due_date, calendar_version, created_at, updated_at)
     VALUES (?, 1, 1, 'counter', 'counter', 'received', 1, 1, ?, ?, ?, '2026-03-01', 1, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const at = new Date(FIRST_RECEIPT + ((i * 7_919_731) % FIVE_WEEKS_MS)).toISOString();
      insert.run(`BENCH-${i}`, at, at, i % 31, at, at);
    }
  })();
  sqlite.pragma('foreign_keys = ON');
}
