// @runs: shared
// Vietnamese identifiers as the counter meets them (REFERENCE §7). Hard rules
// (length, digits) are errors; the structure of the personal ID number is only
// a warning, since the Law on Identification 2023 guarantees just "12 digits".
import { isCalendarDay } from '../shared/time';
import { healthCardWarnings as cardWords, identityWords, personalIdWarningWords as idWords } from '../shared/vi/identity';

/** Birth-registration province codes of the personal ID number (the 63-province list, Circular 07/2016/TT-BCA). */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội', '002': 'Hà Giang', '004': 'Cao Bằng', '006': 'Bắc Kạn', '008': 'Tuyên Quang', '010': 'Lào Cai',
  '011': 'Điện Biên', '012': 'Lai Châu', '014': 'Sơn La', '015': 'Yên Bái', '017': 'Hòa Bình', '019': 'Thái Nguyên',
  '020': 'Lạng Sơn', '022': 'Quảng Ninh', '024': 'Bắc Giang', '025': 'Phú Thọ', '026': 'Vĩnh Phúc', '027': 'Bắc Ninh',
  '030': 'Hải Dương', '031': 'Hải Phòng', '033': 'Hưng Yên', '034': 'Thái Bình', '035': 'Hà Nam', '036': 'Nam Định',
  '037': 'Ninh Bình', '038': 'Thanh Hóa', '040': 'Nghệ An', '042': 'Hà Tĩnh', '044': 'Quảng Bình', '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế', '048': 'Đà Nẵng', '049': 'Quảng Nam', '051': 'Quảng Ngãi', '052': 'Bình Định', '054': 'Phú Yên',
  '056': 'Khánh Hòa', '058': 'Ninh Thuận', '060': 'Bình Thuận', '062': 'Kon Tum', '064': 'Gia Lai', '066': 'Đắk Lắk',
  '067': 'Đắk Nông', '068': 'Lâm Đồng', '070': 'Bình Phước', '072': 'Tây Ninh', '074': 'Bình Dương', '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu', '079': 'TP. Hồ Chí Minh', '080': 'Long An', '082': 'Tiền Giang', '083': 'Bến Tre', '084': 'Trà Vinh',
  '086': 'Vĩnh Long', '087': 'Đồng Tháp', '089': 'An Giang', '091': 'Kiên Giang', '092': 'Cần Thơ', '093': 'Hậu Giang',
  '094': 'Sóc Trăng', '095': 'Bạc Liêu', '096': 'Cà Mau',
};

export type Sex = 'nam' | 'nu';

/** Digits only: clerks and scanners type spaces, dots and hyphens. */
export function digitsOf(value: string): string {
  return value.replace(/[\s.\-_/]/g, '');
}

export function isPersonalIdFormat(value: string): boolean {
  return /^\d{12}$/.test(value);
}

/**
 * Structural warnings for a 12-digit personal ID (PPP G YY RRRRRR) against the
 * date of birth and sex: province code, century/sex digit, birth year.
 */
export function personalIdWarnings(id: string, birth: { year: number } | null, sex: Sex | null): string[] {
  if (!isPersonalIdFormat(id)) return [];
  const warnings: string[] = [];
  const province = id.slice(0, 3);
  const genderDigit = Number(id[3]);
  const yy = Number(id.slice(4, 6));
  if (!PROVINCE_CODES[province]) warnings.push(idWords.province(province));
  const century = 1900 + Math.floor(genderDigit / 2) * 100;
  const idSex: Sex = genderDigit % 2 === 0 ? 'nam' : 'nu';
  if (sex && idSex !== sex) warnings.push(idWords.sex(genderDigit, idSex === 'nam'));
  if (birth) {
    if (Math.floor(birth.year / 100) * 100 !== century) warnings.push(idWords.century(genderDigit, century, birth.year));
    if (birth.year % 100 !== yy) warnings.push(idWords.year(id.slice(4, 6), birth.year));
  }
  return warnings;
}

/**
 * The number of an identity document other than the personal ID, as typed: gives it upper-cased with
 * spaces dropped; refuses (null) fewer than 3 or more than 30 characters, or characters other than
 * letters, digits and "- . /". A passport number is stricter: see isPassportNumber.
 */
export function normaliseDocumentNumber(value: string): string | null {
  const compact = value.normalize('NFC').replace(/\s+/g, '').toUpperCase();
  return /^[\p{L}\p{N}][\p{L}\p{N}./-]{2,29}$/u.test(compact) ? compact : null;
}

/**
 * A passport number (already normalised): 6 to 20 Latin letters and digits. Vietnamese passports
 * are one letter and 7 digits; ICAO Doc 9303 allows up to 9 characters in the machine-readable
 * zone and longer national numbers elsewhere, so only the character set and a generous length are held.
 */
export function isPassportNumber(value: string): boolean {
  return /^[A-Z0-9]{6,20}$/.test(value);
}

export function isBhxhNumber(value: string): boolean {
  return /^\d{10}$/.test(value);
}

/** Health-insurance card: the 10-digit code (cards since 2021) or the old 15-character `XX n NN nnnnnnnnnn`. */
export function normaliseHealthCard(value: string): string | null {
  const compact = value.replace(/[\s.\-_/]/g, '').toUpperCase();
  if (/^\d{10}$/.test(compact)) return compact;
  if (/^[A-Z]{2}[1-5]\d{2}\d{10}$/.test(compact)) return compact;
  return null;
}

/**
 * Beneficiary-group codes (mã đối tượng) of the old 15-character card with the benefit level (mức hưởng)
 * each usually carries, null where it varies (QĐ 1351/QĐ-BHXH 2015 Art. 2, amended by QĐ 1018/QĐ-BHXH
 * 2024; REFERENCE §7.3). The list is not closed (new groups appear by decision), hence warnings only.
 */
export const HEALTH_CARD_GROUPS: Readonly<Record<string, string | null>> = {
  DN: '4', HX: '4', CH: '4', NN: '4', TK: '4', HC: '4', XK: '4',
  HT: '3', TB: null, NO: null, CT: null, XB: null, TN: null, CS: null,
  QN: '5', CA: '5', CY: '5', CC: '1', CK: '2', CB: '2', KC: '2', HD: null, TE: '1', BT: '2', HN: '2', DT: '2', DK: '2',
  XD: '2', TS: '2', TC: '3', TQ: null, TA: null, TY: null, HG: null, LS: null, PV: null,
  CN: '3', HS: '4', SV: '4', GB: null,
  GD: '4',
};

/** Issuing codes of the card's digits 4–5 outside the provinces: 97 (BHXH Bộ Quốc phòng), 98 (BHXH Công an nhân dân) [verify]. */
const HEALTH_CARD_OTHER_ISSUERS = new Set(['97', '98']);

/**
 * Warnings for a normalised old 15-character card (XX n NN nnnnnnnnnn): an issuing province code outside
 * the province list, an unknown beneficiary group, a benefit level other than the group's usual one.
 * Gives [] for the 10-digit card (since 2021, QĐ 1666/QĐ-BHXH) and for anything not normalised.
 * Source: QĐ 1351/QĐ-BHXH (2015), QĐ 1018/QĐ-BHXH (2024); warnings, as decisions add exceptions.
 */
export function healthCardWarnings(card: string): string[] {
  const parts = /^([A-Z]{2})([1-5])(\d{2})\d{10}$/.exec(card);
  if (!parts) return [];
  const [, group, level, province] = parts as unknown as [string, string, string, string];
  const warnings: string[] = [];
  if (!(group in HEALTH_CARD_GROUPS)) warnings.push(cardWords.group(group));
  const usual = HEALTH_CARD_GROUPS[group];
  if (usual && usual !== level) warnings.push(cardWords.level(group, level, usual));
  if (!PROVINCE_CODES[`0${province}`] && !HEALTH_CARD_OTHER_ISSUERS.has(province)) warnings.push(cardWords.province(province));
  return warnings;
}

/** Vietnamese mobile (10 digits, 03/05/07/08/09) or landline (11 digits, 02…); +84 accepted. */
export function normalisePhone(value: string): string | null {
  let digits = value.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (/^84\d{9,10}$/.test(digits)) digits = `0${digits.slice(2)}`;
  if (/^0[35789]\d{8}$/.test(digits)) return digits;
  if (/^02\d{9}$/.test(digits)) return digits;
  return null;
}

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/** What parseBirthDate makes of a typed date of birth. */
export type BirthDate =
  | { ok: true; date: string }
  | { ok: false; problem: 'format' | 'range' }
  /** Shaped like a date but not a day of the calendar (31/02/2020); `typed` is it as dd/mm/yyyy. */
  | { ok: false; problem: 'notInCalendar'; typed: string };

/**
 * A date of birth: dd/mm/yyyy (also with . or -), YYYY-MM-DD, or yyyy (year only, as old records have).
 * Gives YYYY-MM-DD or YYYY; refuses other shapes, days not in the calendar, years before 1900 and dates after `today`.
 */
export function parseBirthDate(value: string, today: string): BirthDate {
  const trimmed = value.trim();
  if (/^\d{4}$/.test(trimmed)) {
    const year = Number(trimmed);
    return year >= 1900 && year <= Number(today.slice(0, 4)) ? { ok: true, date: trimmed } : { ok: false, problem: 'range' };
  }
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [day, month, year] = dmy ? [dmy[1], dmy[2], dmy[3]].map(Number) : ymd ? [ymd[3], ymd[2], ymd[1]].map(Number) : [];
  if (day === undefined || month === undefined || year === undefined) return { ok: false, problem: 'format' };
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!isCalendarDay(year, month, day)) return { ok: false, problem: 'notInCalendar', typed: `${pad(day)}/${pad(month)}/${year}` };
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return year >= 1900 && iso <= today ? { ok: true, date: iso } : { ok: false, problem: 'range' };
}

export interface ChipCardData {
  personalId: string;
  oldIdNumber: string | null;
  fullName: string;
  birthDate: string;
  sex: Sex;
  address: string;
  issuedOn: string;
}

/**
 * The QR code of a chip ID card, as a 2D scanner types it:
 * `số định danh|số CMND cũ|họ tên|ngày sinh ddMMyyyy|giới tính|địa chỉ|ngày cấp ddMMyyyy`.
 */
export function parseChipCardQr(raw: string): ChipCardData | null {
  const parts = raw.trim().split('|');
  if (parts.length < 7) return null;
  const [personalId, oldId, fullName, birth, sexText, address, issued] = parts.map((p) => p.trim()) as [string, string, string, string, string, string, string];
  if (!isPersonalIdFormat(personalId) || !/^\d{8}$/.test(birth) || !/^\d{8}$/.test(issued) || !fullName) return null;
  const sexFolded = sexText.normalize('NFC').toLowerCase();
  const sex: Sex | null = sexFolded === 'nam' ? 'nam' : sexFolded === 'nữ' || sexFolded === 'nu' ? 'nu' : null;
  if (!sex) return null;
  const toIso = (d: string) => `${d.slice(4, 8)}-${d.slice(2, 4)}-${d.slice(0, 2)}`;
  return { personalId, oldIdNumber: oldId || null, fullName, birthDate: toIso(birth), sex, address, issuedOn: toIso(issued) };
}

/** A person's identity as screens and papers show it: "Hộ chiếu số C1234567 (Hàn Quốc)", or the personal ID; null when neither is known. */
export function identityText(identity: { personalId?: string | null; documentType?: string | null; documentNumber?: string | null; nationality?: string | null }): string | null {
  if (identity.documentType && identity.documentNumber) return identityWords.printed(identity.documentType, identity.documentNumber, identity.nationality);
  return identity.personalId ? identityWords.printedPersonalId(identity.personalId) : null;
}
