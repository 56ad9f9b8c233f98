// @runs: main
import type { Migration } from './index';

/**
 * The unit a time limit is counted in (Law 41/2024 states limits in working
 * days, in days not counting public holidays and Tết (Art. 79.3: the pension),
 * and other procedures in calendar days or "within the day"). A procedure version
 * carries its unit; a dossier keeps the unit it was received under, as it keeps
 * time_limit_days. Rows written before this migration were working days: a
 * dossier's NULL unit reads as 'working_days' (no rewrite of a million rows).
 */
const NOTICE = 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025 (Văn phòng Chính phủ): nghỉ Tết Dương lịch 2026';
const AT = '2026-12-01T00:00:00+07:00';

/**
 * Also ships the civil-service New Year swap of 2026 (REFERENCE §0.1): Fri
 * 02/01/2026 off, Sat 10/01/2026 worked, as one new calendar version. A day a
 * supervisor has already marked is left as marked.
 */
export const m0016: Migration = {
  version: 16,
  name: '0016_time_limit_units',
  sql: `
ALTER TABLE procedure_versions ADD COLUMN time_limit_unit TEXT NOT NULL DEFAULT 'working_days'
  CHECK (time_limit_unit IN ('working_days', 'days_excluding_holidays', 'calendar_days', 'same_day'));
ALTER TABLE dossiers ADD COLUMN time_limit_unit TEXT
  CHECK (time_limit_unit IN ('working_days', 'days_excluding_holidays', 'calendar_days', 'same_day'));

-- A closed day's dossiers keep their unit as they keep their time limit (0010's freeze).
CREATE TRIGGER dossiers_closed_day_unit BEFORE UPDATE OF time_limit_unit ON dossiers
WHEN NEW.time_limit_unit IS NOT OLD.time_limit_unit AND EXISTS (
    SELECT 1 FROM day_closures c
    WHERE c.counter = OLD.counter AND c.day = substr(COALESCE(OLD.received_at, OLD.submitted_at), 1, 10) AND c.status = 'closed'
  )
  AND NOT EXISTS (SELECT 1 FROM closed_day_unlock u WHERE u.dossier_id = OLD.id)
  AND NOT (OLD.state = 'guidance_issued' AND NEW.state IS NOT OLD.state)
BEGIN SELECT RAISE(ABORT, 'DAY_CLOSED'); END;

INSERT OR IGNORE INTO calendar_years (year, confirmed_at) VALUES (2026, '${AT}');
INSERT OR IGNORE INTO calendar_days (date, kind, name, legal_source, status, edited_at) VALUES
  ('2026-01-02', 'swap_off', 'Nghỉ Tết Dương lịch (hoán đổi với thứ Bảy 10/01/2026)', '${NOTICE}', 'official', '${AT}'),
  ('2026-01-10', 'swap_workday', 'Làm bù cho thứ Sáu 02/01/2026', '${NOTICE}', 'official', '${AT}');
INSERT INTO calendar_edits (version, at, action, year, reason)
  SELECT COALESCE(MAX(version), 0) + 1, '${AT}', 'seed', 2026, 'Hoán đổi ngày làm việc dịp Tết Dương lịch 2026 (02/01 nghỉ, 10/01 làm bù)' FROM calendar_edits;
`,
};
