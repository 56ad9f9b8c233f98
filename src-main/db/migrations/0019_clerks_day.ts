// @runs: main
import type { Migration } from './index';

/**
 * The office's address and phone move into the office setting, the one place the setup screen,
 * Cài đặt, the queue and the papers read them: from the queue's settings (postal slip) and from
 * the never-editable counter phone (guidance slip), whichever holds a value.
 */
export const m0019: Migration = {
  version: 19,
  name: '0019_clerks_day',
  sql: `
UPDATE settings
SET value = json_set(
  value,
  '$.address', COALESCE((SELECT json_extract(q.value, '$.officeAddress') FROM settings q WHERE q.key = 'queue.settings'), ''),
  '$.phone', COALESCE(
    NULLIF((SELECT json_extract(q.value, '$.officePhone') FROM settings q WHERE q.key = 'queue.settings'), ''),
    NULLIF((SELECT json_extract(c.value, '$') FROM settings c WHERE c.key = 'counter.contactPhone'), ''),
    ''
  )
)
WHERE key = 'office' AND json_type(value) = 'object';
UPDATE settings SET value = json_remove(value, '$.officeAddress', '$.officePhone') WHERE key = 'queue.settings';
DELETE FROM settings WHERE key = 'counter.contactPhone';
`,
};
