// @runs: main
import type { Migration } from './index';

// The 2025–2026 civil-service schedules (REFERENCE §4.3) are seeded here, once,
// as version 1 of the calendar; later years are computed from the law until an
// official notice is entered. Plain weekend days inside a holiday range are not
// stored: they are off anyway.
const L = 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112';
const N25 = 'Thông báo nghỉ lễ, Tết năm 2025 đối với cán bộ, công chức, viên chức (Bộ Nội vụ)';
const N26 = 'Thông báo nghỉ lễ, Tết năm 2026 đối với cán bộ, công chức, viên chức (Bộ Nội vụ)';
const SEEDED_AT = '2026-11-23T00:00:00+07:00';

const seed: [date: string, kind: string, name: string, source: string, status?: 'provisional'][] = [
  ['2025-01-01', 'holiday', 'Tết Dương lịch', L],
  ['2025-01-27', 'compensatory', 'Nghỉ bù Tết Nguyên đán (mùng 4 rơi vào thứ Bảy)', N25],
  ['2025-01-28', 'holiday', 'Tết Nguyên đán (ngày cuối năm âm lịch)', N25],
  ['2025-01-29', 'holiday', 'Tết Nguyên đán (mùng 1)', N25],
  ['2025-01-30', 'holiday', 'Tết Nguyên đán (mùng 2)', N25],
  ['2025-01-31', 'holiday', 'Tết Nguyên đán (mùng 3)', N25],
  ['2025-02-01', 'holiday', 'Tết Nguyên đán (mùng 4)', N25],
  ['2025-04-07', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', L],
  ['2025-04-26', 'swap_workday', 'Làm việc bù cho thứ Sáu 02/05/2025', N25],
  ['2025-04-30', 'holiday', 'Ngày Chiến thắng (30/4)', L],
  ['2025-05-01', 'holiday', 'Ngày Quốc tế Lao động (1/5)', L],
  ['2025-05-02', 'swap_off', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)', N25],
  ['2025-09-01', 'holiday', 'Quốc khánh (ngày liền kề)', N25],
  ['2025-09-02', 'holiday', 'Quốc khánh (2/9)', L],
  ['2026-01-01', 'holiday', 'Tết Dương lịch', L],
  ['2026-02-16', 'holiday', 'Tết Nguyên đán (ngày cuối năm âm lịch)', N26],
  ['2026-02-17', 'holiday', 'Tết Nguyên đán (mùng 1)', N26],
  ['2026-02-18', 'holiday', 'Tết Nguyên đán (mùng 2)', N26],
  ['2026-02-19', 'holiday', 'Tết Nguyên đán (mùng 3)', N26],
  ['2026-02-20', 'holiday', 'Tết Nguyên đán (mùng 4)', N26],
  ['2026-04-26', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', L],
  ['2026-04-27', 'compensatory', 'Nghỉ bù Giỗ Tổ Hùng Vương (rơi vào Chủ nhật)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3'],
  ['2026-04-30', 'holiday', 'Ngày Chiến thắng (30/4)', L],
  ['2026-05-01', 'holiday', 'Ngày Quốc tế Lao động (1/5)', L],
  ['2026-09-01', 'holiday', 'Quốc khánh (ngày liền kề — các nguồn chưa thống nhất 01/09 hay 03/09)', N26, 'provisional'],
  ['2026-09-02', 'holiday', 'Quốc khánh (2/9)', L],
  ['2026-11-24', 'holiday', 'Ngày Văn hóa Việt Nam (24/11)', 'Nghị quyết 28/2026/QH16 (Ngày Văn hóa Việt Nam 24/11)'],
];

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

export const m0003: Migration = {
  version: 3,
  name: '0003_calendar',
  sql: `
-- Years whose days are stored here (an official schedule or a supervisor's edits);
-- any other year is computed from the law and shown as "dự kiến".
CREATE TABLE calendar_years (
  year INTEGER PRIMARY KEY,
  confirmed_by INTEGER REFERENCES clerks (id),
  confirmed_at TEXT
) STRICT;

-- The days that differ from "Monday to Friday": holidays, compensatory and swapped days off,
-- and make-up working Saturdays/Sundays.
CREATE TABLE calendar_days (
  date TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'compensatory', 'swap_off', 'swap_workday')),
  name TEXT NOT NULL,
  legal_source TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('official', 'provisional')),
  edited_by INTEGER REFERENCES clerks (id),
  edited_at TEXT NOT NULL
) STRICT;

-- Every change to the calendar; the newest version is the calendar's version,
-- recorded on each dossier so an edit never moves an appointment already given. Append-only.
CREATE TABLE calendar_edits (
  version INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  clerk_id INTEGER REFERENCES clerks (id),
  action TEXT NOT NULL CHECK (action IN ('seed', 'set', 'clear', 'confirm')),
  year INTEGER NOT NULL,
  date TEXT,
  before TEXT,
  after TEXT,
  reason TEXT
) STRICT;
CREATE TRIGGER calendar_edits_no_update BEFORE UPDATE ON calendar_edits
BEGIN SELECT RAISE(ABORT, 'calendar_edits is append-only'); END;
CREATE TRIGGER calendar_edits_no_delete BEFORE DELETE ON calendar_edits
BEGIN SELECT RAISE(ABORT, 'calendar_edits is append-only'); END;

INSERT INTO calendar_years (year, confirmed_at) VALUES (2025, '${SEEDED_AT}'), (2026, '${SEEDED_AT}');
INSERT INTO calendar_days (date, kind, name, legal_source, status, edited_at) VALUES
${seed.map(([date, kind, name, source, status]) => `  (${quote(date)}, ${quote(kind)}, ${quote(name)}, ${quote(source)}, ${quote(status ?? 'official')}, '${SEEDED_AT}')`).join(',\n')};
INSERT INTO calendar_edits (version, at, action, year, reason) VALUES
  (1, '${SEEDED_AT}', 'seed', 2025, 'Lịch nghỉ lễ, Tết 2025–2026 của cán bộ, công chức (REFERENCE §4.3)');
`,
};
