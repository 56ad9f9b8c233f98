// @runs: node-script
// Does search put the right citizen first? A generated office of 100,000
// applicants with realistic Vietnamese names (faker's Vietnamese locale, longer
// names, Ê Đê and Jrai names with apostrophes, hyphenated given names, names
// saved with the look-alike Ð or Ɖ, with the old tone placement or decomposed),
// then cases planted among them — twins that differ only in their marks, a
// name and the same name with one more word, one name in two tone placements —
// and at least 60 queries of every kind of issue 13 with their expected answer:
// hit@1 (the first line is right) and hit@5 (the right one is on screen).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../src-main/api/dispatch';
import { DossierSearch, type SearchHit } from '../src-main/search/dossier-search';
import { createServices, type Services } from '../src-main/services';
import { OffsetClock } from '../src-main/services/clock';
import { canonicalVietnamese, foldVietnamese } from '../src-main/shared/fold';
import { vnInstant } from '../src-main/shared/time';
import { snapshotApplicants } from './data';
import { figure, type Figure } from './report';
import { bhxhOf, nameMaker, personalIdOf, phoneOf } from './search';

const APPLICANTS = 100_000;
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** A query and what a right answer is. */
interface Case {
  kind: string;
  query: string;
  right: (hit: SearchHit) => boolean;
}

/** Seeded so every run builds the same office. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The old tone placement of a final oa, oe, uy ("hoà" → "hòa"): how many keyboards still write it. */
function oldPlacement(name: string): string {
  return name
    .normalize('NFD')
    .replace(/([oO])([aAeE])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .replace(/([uU])([yY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .normalize('NFC');
}

/** The same word with another tone on the same vowel ("Bình" → "Bính"); the word must carry a tone. */
function otherTone(word: string, shift: number): string {
  const nfd = word.normalize('NFD');
  const at = nfd.search(/[\u0300\u0301\u0303\u0309\u0323]/);
  const next = TONES[(TONES.indexOf(nfd[at] as string) + shift) % TONES.length] as string;
  return (nfd.slice(0, at) + next + nfd.slice(at + 1)).normalize('NFC');
}

const ETHNIC = ['H’Lan Niê', 'H’Hen Niê', 'Y’Bin Ksor', 'H’Nguyên Ayun', 'Ama H’Bia', 'H’Ly Mlô', 'Y’Tlam Kbuôr', 'H’Zi Êban'];

/** The office's applicants: faker names, a few longer, ethnic, hyphenated, with look-alike letters or old placements. */
function officeNames(count: number): string[] {
  const makeName = nameMaker(11);
  const next = random(11);
  return Array.from({ length: count }, (_, i) => {
    let name = makeName();
    const roll = next();
    if (roll < 0.15) name = name.replace(/ (\S+)$/, ` ${makeName().split(' ').at(-1) as string} $1`);
    else if (roll < 0.17) name = ETHNIC[i % ETHNIC.length] as string;
    else if (roll < 0.18) name = name.replace(/ (\S+)$/, `-$1`);
    else if (roll < 0.2) name = name.replace(/Đ/g, i % 2 ? '\u00D0' : '\u0189');
    else if (roll < 0.25) name = oldPlacement(name);
    else if (roll < 0.27) name = name.normalize('NFD');
    return name;
  });
}

/** The office: one applicant per name, one dossier each over five years, every tenth with a result number; then the planted cases. */
class Office {
  private readonly insertApplicant;
  private readonly insertDossier;
  private serial = 0;

  constructor(private readonly services: Services) {
    const db = services.sqlite;
    this.insertApplicant = db.prepare(
      `INSERT INTO applicants (kind, full_name, folded_name, personal_id, bhxh_number, health_card_number, phone, created_at, updated_at)
       VALUES ('person', ?, ?, ?, ?, ?, ?, '2021-01-04T08:00:00+07:00', '2021-01-04T08:00:00+07:00')`,
    );
    this.insertDossier = db.prepare(
      `INSERT INTO dossiers (code, procedure_version_id, applicant_id, channel, result_delivery, state, counter, responsible_clerk_id,
                             submitted_at, received_at, time_limit_days, due_date, result_number, created_at, updated_at)
       VALUES (?, 1, ?, 'counter', 'counter', 'returned', 3, 1, ?, ?, 5, ?, ?, ?, ?)`,
    );
  }

  /** One applicant and one dossier on `day`; the sequence restarts each day. */
  add(name: string, day: string, sequence: number): number {
    this.serial += 1;
    const i = this.serial;
    const bhxh = bhxhOf(i);
    const applicant = this.insertApplicant.run(name, foldVietnamese(name), personalIdOf(i), bhxh, i % 2 ? `HC445${bhxh}` : bhxh, phoneOf(i)).lastInsertRowid;
    const code = `000.00.15.H27-${day.slice(2).replaceAll('-', '')}-3${String(sequence).padStart(3, '0')}`;
    const at = `${day}T09:00:00+07:00`;
    const result = i % 10 === 0 ? `GD479${String(i).padStart(10, '0')}` : null;
    return Number(this.insertDossier.run(code, applicant, at, at, day, result, at, at).lastInsertRowid);
  }

  fill(names: string[]): void {
    const perDay = 60;
    const start = Date.UTC(2021, 2, 1);
    this.services.sql.tx(() => {
      names.forEach((name, i) => this.add(name, new Date(start + Math.floor(i / perDay) * 86_400_000).toISOString().slice(0, 10), (i % perDay) + 1));
    });
  }

  snapshot(): void {
    snapshotApplicants(this.services.sqlite);
  }
}

const sameSpelling = (name: string) => (hit: SearchHit) => canonicalVietnamese(hit.applicantName) === canonicalVietnamese(name);
const isDossier = (id: number) => (hit: SearchHit) => hit.dossierId === id;

/** Twins that differ only in marks, a name and a longer one, one name in two placements, look-alikes, punctuation. */
function plantNames(office: Office, names: string[]): Case[] {
  const cases: Case[] = [];
  const counts = new Map<string, number>();
  for (const n of names) for (const w of canonicalVietnamese(n).split(' ')) counts.set(w, (counts.get(w) ?? 0) + 1);
  const common = [...new Set(names.map((n) => n.split(' ').at(-1) as string))]
    .filter((w) => (counts.get(canonicalVietnamese(w)) ?? 0) > 30 && /^\p{L}+$/u.test(w) && /[\u0300\u0301\u0303\u0309\u0323]/.test(w.normalize('NFD')))
    .slice(0, 12);
  let day = 0;
  const next = () => new Date(Date.UTC(2026, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
  common.forEach((given, k) => {
    const rare = otherTone(given, 1 + (k % 5));
    if ((counts.get(canonicalVietnamese(rare)) ?? 0) * 3 >= (counts.get(canonicalVietnamese(given)) ?? 0)) return;
    const family = ['Trần Văn', 'Lê Thị', 'Phạm Văn', 'Hoàng Thị', 'Võ Văn', 'Đặng Thị'][k % 6] as string;
    const d = next();
    office.add(`${family} ${given}`, d, 1);
    office.add(`${family} ${rare}`, d, 2);
    cases.push({ kind: 'twins, no marks', query: foldVietnamese(`${family} ${given}`), right: sameSpelling(`${family} ${given}`) });
    cases.push({ kind: 'twins, marks typed', query: `${family} ${rare}`, right: sameSpelling(`${family} ${rare}`) });
  });
  for (const [short, longer] of [['Võ Thị Thu', 'Võ Thị Thu Hà'], ['Nguyễn Văn Nam', 'Nguyễn Văn Nam Anh'], ['Lê Thị Lan', 'Lê Thị Lan Hương'], ['Trần Minh', 'Trần Minh Tuấn'], ['Phan Thị Mai', 'Phan Thị Mai Anh'], ['Đỗ Văn Hùng', 'Đỗ Văn Hùng Cường']]) {
    const d = next();
    office.add(short as string, d, 3);
    office.add(longer as string, d, 4);
    cases.push({ kind: 'extra words', query: foldVietnamese(short as string), right: sameSpelling(short as string) });
  }
  for (const [stored, other, typed] of [['Lê Thị Hoà', 'Lê Thị Hóa', 'Lê Thị Hòa'], ['Nguyễn Thị Thuý', 'Nguyễn Thị Thủy', 'Nguyễn Thị Thúy'], ['Trần Văn Khoẻ', 'Trần Văn Khỏa', 'Trần Văn Khỏe'], ['Phạm Thị Hòa Bình', 'Phạm Thị Hóa Bình', 'Phạm Thị Hoà Bình'], ['Đinh Thị Thùy', 'Đinh Thị Thụy', 'Đinh Thị Thuỳ']]) {
    const d = next();
    office.add(stored as string, d, 5);
    office.add(other as string, d, 6);
    cases.push({ kind: 'tone placement', query: typed as string, right: sameSpelling(stored as string) });
  }
  for (const [stored, queries] of [['\u00D0oàn Thị Nguyệt Quế', ['doan thi nguyet que', 'Đoàn Thị Nguyệt Quế']], ['\u0189inh Văn Khải Hoàn', ['dinh van khai hoan', 'Đinh Văn Khải Hoàn']], ['\u00D0ặng Thị Ngân Xuyến', ['dang thi ngan xuyen']], ['H’Lan Niê Kdăm', ["h'lan nie kdam", 'hlan nie kdam', 'H’Lan Niê Kdăm']], ['Y’Bhăp Mlô', ["y'bhap mlo", 'Y’Bhăp Mlô']], ['Trần Thị Thu-Hường', ['tran thi thu huong', 'Trần Thị Thu Hường']], ['Lò Văn Pá-Chư', ['lo van pa chu']]] as const) {
    const id = office.add(stored, next(), 7);
    for (const query of queries) cases.push({ kind: 'look-alike letters, apostrophes, hyphens', query, right: isDossier(id) });
  }
  return cases;
}

/** Codes, identifiers and result numbers as people type them, for dossiers picked across the office. */
function numberCases(services: Services): Case[] {
  const pick = services.sqlite.prepare(
    `SELECT d.id, d.code, d.result_number, a.personal_id, a.bhxh_number, a.health_card_number, a.phone FROM dossiers d JOIN dossier_applicants a ON a.dossier_id = d.id WHERE d.id = ?`,
  );
  type Row = { id: number; code: string; result_number: string | null; personal_id: string; bhxh_number: string; health_card_number: string; phone: string };
  const cases: Case[] = [];
  for (let k = 0; k < 8; k++) {
    const row = pick.get(1 + ((k * 12_347) % APPLICANTS)) as Row;
    const [, day, sequence] = row.code.split('-') as [string, string, string];
    const compact = row.code.replace(/[.-]/g, '');
    const typed = [row.code, compact, compact.toLowerCase(), `${day}${sequence}`, `${day} ${sequence}`, `h27${day}${sequence}`, `${day}-${sequence}`, row.code.toLowerCase()];
    cases.push({ kind: 'codes as typed', query: typed[k] as string, right: isDossier(row.id) });
  }
  for (let k = 0; k < 8; k++) {
    const row = pick.get(7 + ((k * 7_919) % APPLICANTS)) as Row;
    const card = row.health_card_number;
    const typed = [row.personal_id, row.bhxh_number, card.length === 15 ? `${card.slice(0, 3)} ${card.slice(3, 5)} ${card.slice(5)}` : card, row.phone.replace(/(\d{4})(\d{3})(\d{3})/, '$1 $2 $3')];
    cases.push({ kind: 'identifiers', query: typed[k % 4] as string, right: isDossier(row.id) });
  }
  for (let k = 1; k <= 6; k++) {
    const row = pick.get(k * 1_000) as Row;
    const result = row.result_number as string;
    const typed = [result, result.toLowerCase(), `${result.slice(0, 3)}-${result.slice(3, 5)}-${result.slice(5)}`];
    cases.push({ kind: 'result numbers', query: typed[k % 3] as string, right: isDossier(row.id) });
  }
  return cases;
}

/** Names of the crowd typed whole, with and without marks: any dossier of that spelling is right. */
function crowdNameCases(names: string[]): Case[] {
  const cases: Case[] = [];
  for (let k = 0; k < 10; k++) {
    const name = names[(k * 9_973) % names.length] as string;
    cases.push({ kind: 'names of the crowd', query: k % 2 ? foldVietnamese(name) : name, right: k % 2 ? (hit) => foldVietnamese(hit.applicantName) === foldVietnamese(name) : sameSpelling(name) });
  }
  return cases;
}

function score(search: DossierSearch, cases: Case[]): { at1: number; at5: number; misses: string[] } {
  let at1 = 0;
  let at5 = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const hits = search.search(c.query, 20);
    if (hits[0] && c.right(hits[0])) at1 += 1;
    else misses.push(`${c.kind}: "${c.query}" → ${hits[0]?.applicantName ?? 'nothing'}`);
    if (hits.slice(0, 5).some(c.right)) at5 += 1;
  }
  return { at1: at1 / cases.length, at5: at5 / cases.length, misses };
}

export async function benchSearchRelevance(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mot-cua-bench-relevance-'));
  const services = createServices({ dataDir: dir, clock: new OffsetClock(vnInstant('2026-03-02', 10, 0)) });
  try {
    await createDispatcher(services)('setup.complete', {
      office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 3 },
      clerk: { fullName: 'Nguyễn Thị Thu Hương', username: 'huongntt', password: 'mat-khau-8' },
    });
    const office = new Office(services);
    const names = officeNames(APPLICANTS);
    office.fill(names);
    const planted = services.sql.tx(() => plantNames(office, names));
    office.snapshot();
    const cases = [...planted, ...numberCases(services), ...crowdNameCases(names)];
    const { at1, at5, misses } = score(new DossierSearch(services), cases);
    console.log(`     (${APPLICANTS.toLocaleString('en')} applicants, ${cases.length} queries of ${new Set(cases.map((c) => c.kind)).size} kinds)`);
    for (const miss of misses) console.log(`     miss: ${miss}`);
    return [
      figure('search relevance, hit@1', at1 * 100, '%', '≥ 95 %', at1 >= 0.95),
      figure('search relevance, hit@5', at5 * 100, '%', '= 100 %', at5 === 1),
    ];
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
