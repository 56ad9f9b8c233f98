import { describe, expect, it } from 'vitest';
import { healthCardWarnings, normaliseHealthCard, normalisePhone, parseBirthDate, parseChipCardQr, personalIdWarnings } from '../../src-main/people/identifiers';

describe('personal ID number (số định danh cá nhân)', () => {
  it('accepts a consistent number without warnings', () => {
    expect(personalIdWarnings('045186001234', { year: 1986 }, 'nu')).toEqual([]);
    expect(personalIdWarnings('079203001234', { year: 2003 }, 'nam')).toEqual([]);
  });

  it('warns (does not refuse) on province, sex, century and year mismatches', () => {
    expect(personalIdWarnings('003186001234', { year: 1986 }, 'nu')[0]).toMatch(/Mã tỉnh.*"003"/);
    expect(personalIdWarnings('045086001234', { year: 1986 }, 'nu')).toEqual([expect.stringMatching(/giới tính Nam/)]);
    expect(personalIdWarnings('045386001234', { year: 1986 }, 'nu')).toEqual([expect.stringMatching(/2000–2099/)]);
    expect(personalIdWarnings('045187001234', { year: 1986 }, 'nu')).toEqual([expect.stringMatching(/\(86\)/)]);
  });
});

describe('other identifiers', () => {
  it('health-insurance card: 10 digits or the old 15 characters, separators tolerated', () => {
    expect(normaliseHealthCard('4512345678')).toBe('4512345678');
    expect(normaliseHealthCard('HC4-01-4512345678')).toBe('HC4014512345678');
    expect(normaliseHealthCard('HC4-101-1234567890')).toBeNull();
    expect(normaliseHealthCard('hs 4 01 0120878811')).toBe('HS4010120878811');
    expect(normaliseHealthCard('HC9 45 4512345678')).toBeNull();
    expect(normaliseHealthCard('12345')).toBeNull();
  });

  it('old 15-character card: province code and beneficiary group checked, as warnings (QĐ 1351/QĐ-BHXH, QĐ 1018/QĐ-BHXH)', () => {
    expect(healthCardWarnings('HC4454512345678')).toEqual([]);
    expect(healthCardWarnings('GD4454520112345')).toEqual([]);
    expect(healthCardWarnings('QN5974512345678')).toEqual([]);
    expect(healthCardWarnings('TE1790123456789')).toEqual([]);
    expect(healthCardWarnings('HC4034512345678')).toEqual([expect.stringContaining('Mã tỉnh "03"')]);
    expect(healthCardWarnings('HC4994512345678')).toEqual([expect.stringContaining('Mã tỉnh "99"')]);
    expect(healthCardWarnings('ZZ4454512345678')).toEqual([expect.stringContaining('Mã đối tượng "ZZ"')]);
    expect(healthCardWarnings('DN1454512345678')).toEqual([expect.stringContaining('thường có mức hưởng 4, thẻ ghi mức 1')]);
    // Groups whose level varies are not second-guessed; the 10-digit card carries neither code.
    expect(healthCardWarnings('TB2454512345678')).toEqual([]);
    expect(healthCardWarnings('4512345678')).toEqual([]);
  });

  it('phone: Vietnamese mobile or landline, +84 accepted', () => {
    expect(normalisePhone('0912 345 678')).toBe('0912345678');
    expect(normalisePhone('+84 912 345 678')).toBe('0912345678');
    expect(normalisePhone('0233 3852 123')).toBe('02333852123');
    expect(normalisePhone('0112345678')).toBeNull();
    expect(normalisePhone('09123')).toBeNull();
  });

  it('date of birth: full date or year only, never absurd or in the future', () => {
    expect(parseBirthDate('12/05/1986', '2026-11-23')).toEqual({ ok: true, date: '1986-05-12' });
    expect(parseBirthDate('1956', '2026-11-23')).toEqual({ ok: true, date: '1956' });
    expect(parseBirthDate('31/2/1990', '2026-11-23')).toEqual({ ok: false, problem: 'notInCalendar', typed: '31/02/1990' });
    expect(parseBirthDate('29/02/2000', '2026-11-23')).toEqual({ ok: true, date: '2000-02-29' });
    expect(parseBirthDate('29/02/1900', '2026-11-23')).toMatchObject({ problem: 'notInCalendar' });
    expect(parseBirthDate('01/01/2030', '2026-11-23')).toEqual({ ok: false, problem: 'range' });
    expect(parseBirthDate('01/01/1800', '2026-11-23')).toEqual({ ok: false, problem: 'range' });
    expect(parseBirthDate('mùng 1 tháng 1', '2026-11-23')).toEqual({ ok: false, problem: 'format' });
  });

  it('reads the QR code of a chip ID card', () => {
    expect(parseChipCardQr('045186001234|197123456|Nguyễn Thị Minh Khai|12051986|Nữ|Số 12 Lê Lợi, Đông Hà, Quảng Trị|15032021')).toEqual({
      personalId: '045186001234',
      oldIdNumber: '197123456',
      fullName: 'Nguyễn Thị Minh Khai',
      birthDate: '1986-05-12',
      sex: 'nu',
      address: 'Số 12 Lê Lợi, Đông Hà, Quảng Trị',
      issuedOn: '2021-03-15',
    });
    expect(parseChipCardQr('045186001234||Trần Văn Nam|01011990|Nam|Huế|01012022')?.oldIdNumber).toBeNull();
    expect(parseChipCardQr('not a card')).toBeNull();
    expect(parseChipCardQr('04518600123|x|Tên|12051986|Nữ|Địa chỉ|15032021')).toBeNull();
  });
});
