// @runs: node-script
// Search from anywhere over 1,000,000 dossiers (five years of one counter):
// a mixed set of what clerks type — names with and without diacritics, word
// starts, personal IDs, BHXH numbers, health cards, codes, today's code
// suffix, phones — each timed through the search service (index look-ups,
// FTS5 tiers and ranking).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakerVI } from '@faker-js/faker';
import { createDispatcher } from '../src-main/api/dispatch';
import { DossierSearch } from '../src-main/search/dossier-search';
import { createServices, type Services } from '../src-main/services';
import { OffsetClock } from '../src-main/services/clock';
import { foldVietnamese } from '../src-main/shared/fold';
import { vnInstant } from '../src-main/shared/time';
import { figure, percentile, type Figure } from './report';
import { snapshotApplicants } from './data';

const FAMILY = [['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Đặng', 3], ['Đỗ', 3], ['Đinh', 2]] as const;

/** Seeded so every run searches the same database. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Vietnamese names as offices see them: Nguyễn, Trần and Lê for half the people, Văn/Thị often in the middle. */
export function nameMaker(seed = 7): () => string {
  fakerVI.seed(seed);
  const given = Array.from({ length: 3000 }, () => fakerVI.person.firstName());
  const family = Array.from({ length: 200 }, () => fakerVI.person.lastName());
  const next = random(seed);
  return () => {
    let roll = next() * 100;
    let last = family[Math.floor(next() * family.length)] as string;
    for (const [name, share] of FAMILY) {
      if (roll < share) {
        last = name;
        break;
      }
      roll -= share;
    }
    const middle = next() < 0.3 ? (next() < 0.5 ? 'Văn ' : 'Thị ') : '';
    return `${last} ${middle}${given[Math.floor(next() * given.length)] as string}`;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const personalIdOf = (i: number) => `045${pad(i % 10, 1)}${pad((i * 7) % 100, 2)}${pad(i, 6)}`;
export const bhxhOf = (i: number) => `45${pad(i, 8)}`;
export const phoneOf = (i: number) => `09${pad((i * 37) % 100_000_000, 8)}`;

/** `count` dossiers over five years for count / 2.5 applicants; the triggers keep search_fts in step as intake would. */
export function fillSearchable(services: Services, count: number): { applicants: number; names: string[] } {
  const applicants = Math.max(1, Math.round(count / 2.5));
  const makeName = nameMaker();
  const names: string[] = [];
  const insert = services.sqlite.prepare(
    `INSERT INTO applicants (kind, full_name, folded_name, personal_id, bhxh_number, health_card_number, phone, created_at, updated_at)
     VALUES ('person', ?, ?, ?, ?, ?, ?, '2021-01-04T08:00:00+07:00', '2021-01-04T08:00:00+07:00')`,
  );
  services.sql.tx(() => {
    for (let i = 1; i <= applicants; i++) {
      const name = makeName();
      names.push(name);
      const bhxh = bhxhOf(i);
      insert.run(name, foldVietnamese(name), personalIdOf(i), bhxh, i % 2 ? `HC445${bhxh}` : bhxh, phoneOf(i));
    }
  });
  const days = 5 * 365;
  const perDay = count / days;
  services.sqlite.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})
    INSERT INTO dossiers (code, procedure_version_id, applicant_id, channel, result_delivery, state, counter, responsible_clerk_id,
                          submitted_at, received_at, time_limit_days, due_date, created_at, updated_at)
    SELECT '000.00.15.H27-' || substr(day, 3, 2) || substr(day, 6, 2) || substr(day, 9, 2) || '-3' || printf('%03d', i % 1000),
           1, 1 + (i * 7919) % ${applicants}, 'counter', 'counter', CASE WHEN i % 10 = 0 THEN 'received' ELSE 'returned' END, 3, 1,
           day || 'T09:00:00+07:00', day || 'T09:00:00+07:00', 5, date(day, '+7 days'), day || 'T09:00:00+07:00', day || 'T09:00:00+07:00'
    FROM (SELECT i, date('2021-03-04', '+' || CAST(i / ${perDay} AS INTEGER) || ' days') AS day FROM n);
  `);
  snapshotApplicants(services.sqlite);
  return { applicants, names };
}

function queries(names: string[], applicants: number): string[] {
  const pick = (i: number) => names[(i * 104729) % names.length] as string;
  const index = (i: number) => 1 + ((i * 15485863) % applicants);
  const set: string[] = [];
  for (let i = 0; i < 60; i++) {
    const name = pick(i);
    const folded = foldVietnamese(name);
    const initials = folded.split(' ').map((w, k, all) => (k === all.length - 1 ? w : w.slice(0, 2)));
    set.push(name, folded, initials.join(' '), folded.split(' ').slice(0, 2).join(' '), folded.split(' ').at(-1) as string);
    set.push(personalIdOf(index(i)), bhxhOf(index(i + 1)), `HC4 45 ${bhxhOf(index(i + 2))}`, phoneOf(index(i + 3)), personalIdOf(index(i + 4)).slice(0, 7));
    set.push(`3${pad(i % 1000, 3)}`, `000.00.15.H27-260302-3${pad(i % 1000, 3)}`);
  }
  return set;
}

export async function benchSearch(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mot-cua-bench-search-'));
  const services = createServices({ dataDir: dir, clock: new OffsetClock(vnInstant('2026-03-02', 10, 0)) });
  try {
    await createDispatcher(services)('setup.complete', {
      office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 3 },
      clerk: { fullName: 'Nguyễn Thị Thu Hương', username: 'huongntt', password: 'mat-khau-8' },
    });
    const started = performance.now();
    const { applicants, names } = fillSearchable(services, 1_000_000);
    console.log(`     (1,000,000 dossiers of ${applicants.toLocaleString('en')} applicants, indexed by the triggers, in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    const search = new DossierSearch(services);
    const set = queries(names, applicants);
    for (const q of set.slice(0, 50)) search.search(q); // warm the page cache and statements
    const samples: number[] = [];
    let empty = 0;
    for (let round = 0; round < 3; round++) {
      for (const q of set) {
        const t = performance.now();
        if (!search.search(q).length) empty += 1;
        samples.push(performance.now() - t);
      }
    }
    const p95 = percentile(samples, 95);
    const p99 = percentile(samples, 99);
    console.log(`     (${set.length} queries × 3, ${empty / 3} without a hit; p50 ${percentile(samples, 50).toFixed(2)} ms, max ${Math.max(...samples).toFixed(1)} ms)`);
    return [
      figure('search, 1M dossiers, mixed queries, p95', p95, 'ms', '< 20 ms', p95 < 20),
      figure('search, 1M dossiers, mixed queries, p99', p99, 'ms', '< 50 ms', p99 < 50),
    ];
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
