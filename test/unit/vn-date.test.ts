// @runs: test
// The date a clerk types, day first: dd/mm/yyyy to YYYY-MM-DD, or nothing.
import { describe, expect, it } from 'vitest';
import { formatVnDate, parseVnDate } from '../../src-main/shared/time';

describe('parseVnDate', () => {
  it('reads day, month, year in that order, with /, - or .', () => {
    expect(parseVnDate('12/01/2026')).toBe('2026-01-12');
    expect(parseVnDate(' 2.3.2026 ')).toBe('2026-03-02');
    expect(parseVnDate('29-02-2024')).toBe('2024-02-29');
  });

  it('refuses days that do not exist and other shapes', () => {
    for (const typed of ['31/02/2026', '29/02/2026', '2026-03-02', '12/13/2026', '1/1/26', '', 'abc']) expect(parseVnDate(typed)).toBeNull();
  });

  it('is the inverse of formatVnDate', () => {
    expect(parseVnDate(formatVnDate('2026-12-31'))).toBe('2026-12-31');
  });
});
