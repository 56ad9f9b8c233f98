import { describe, expect, it } from 'vitest';
import { hungKingsDay, lawDefaults, lunarNewYear } from '../../src-main/calendar/law';
import { dateOfDay } from '../../src-main/calendar/days';
import { lunarToSolar, solarToLunar } from '../../src-main/calendar/lunar';

// REFERENCE §4.2: Hồ Ngọc Đức's algorithm at UTC+7.
const vectors: [year: number, tet: string, hung: string][] = [
  [2024, '2024-02-10', '2024-04-18'],
  [2025, '2025-01-29', '2025-04-07'],
  [2026, '2026-02-17', '2026-04-26'],
  [2027, '2027-02-06', '2027-04-16'],
  [2028, '2028-01-26', '2028-04-04'],
];

describe('Vietnamese lunar calendar', () => {
  it.each(vectors)('%i: mùng 1 Tết on %s, Giỗ Tổ Hùng Vương on %s', (year, tet, hung) => {
    expect(dateOfDay(lunarNewYear(year))).toBe(tet);
    expect(dateOfDay(hungKingsDay(year))).toBe(hung);
  });

  it('converts solar to lunar and back (the eve of Tết 2026 is 29 tháng Chạp, not 30)', () => {
    expect(solarToLunar(17, 2, 2026)).toEqual({ day: 1, month: 1, year: 2026, leap: false });
    expect(solarToLunar(16, 2, 2026)).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(lunarToSolar({ day: 29, month: 12, year: 2025, leap: false })).toEqual({ day: 16, month: 2, year: 2026 });
  });

  it('refuses day 30 of a 29-day month (tháng Chạp Ất Tỵ has 29 days) and day 0', () => {
    expect(lunarToSolar({ day: 30, month: 12, year: 2025, leap: false })).toBeNull();
    expect(lunarToSolar({ day: 0, month: 1, year: 2026, leap: false })).toBeNull();
  });

  it('knows the leap month of 2023 (tháng 2 nhuận), which moves Giỗ Tổ to 29/04/2023', () => {
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toEqual({ day: 22, month: 3, year: 2023 });
    expect(lunarToSolar({ day: 1, month: 5, year: 2023, leap: true })).toBeNull();
    expect(dateOfDay(hungKingsDay(2023))).toBe('2023-04-29');
  });
});

describe('days off by law, for years without an official notice', () => {
  const byDate = (year: number) => new Map(lawDefaults(year).map((e) => [e.date, e]));

  it('2027: Tết from the eve through mùng 4, with compensatory days for Saturday and Sunday', () => {
    const days = byDate(2027);
    for (const date of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']) expect(days.get(date)?.kind, date).toBe('holiday');
    expect(days.get('2027-02-10')?.kind).toBe('compensatory');
    expect(days.get('2027-02-11')?.kind).toBe('compensatory');
    expect(days.has('2027-02-12')).toBe(false);
  });

  it('2027: Hùng Kings on Fri 16/04, 1/5 on a Saturday gives Monday 03/05, Quốc khánh 01–02/09, Văn hóa 24/11', () => {
    const days = byDate(2027);
    expect(days.get('2027-04-16')?.name).toMatch(/Hùng Vương/);
    expect(days.get('2027-04-30')?.kind).toBe('holiday');
    expect(days.get('2027-05-01')?.kind).toBe('holiday');
    expect(days.get('2027-05-03')).toMatchObject({ kind: 'compensatory', name: expect.stringContaining('Lao động') });
    expect(days.get('2027-09-01')?.kind).toBe('holiday');
    expect(days.get('2027-09-02')?.kind).toBe('holiday');
    expect(days.get('2027-11-24')?.legalSource).toMatch(/28\/2026\/QH16/);
  });

  it('Ngày Văn hóa Việt Nam applies only from 2026', () => {
    expect(byDate(2025).has('2025-11-24')).toBe(false);
  });
});
