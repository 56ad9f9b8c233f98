// @runs: shared
// Validation messages shown next to a form field, and the one Vietnamese
// wording of every zod issue (no library text ever reaches the screen).
import type { z } from 'zod';
import type { Refusal } from '../printable';

const codePoint = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;

export const fieldMessages = {
  required: 'Không được để trống.',
  tooLong: (max: number) => `Không quá ${max} ký tự.`,
  passwordTooShort: 'Mật khẩu phải có ít nhất 8 ký tự.',
  username: 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới (3–32 ký tự).',
  officeCode: 'Mã cơ quan có dạng 000.00.15.H27 (mã định danh điện tử của cơ quan).',
  counterNumber: 'Số quầy là số nguyên từ 1 đến 99.',
  idleMinutes: 'Thời gian tự khóa từ 1 đến 240 phút.',
  wrongType: 'Giá trị không đúng kiểu.',
  unexpectedField: 'Trường không được phép.',
  /** Every "from … to …" range a clerk picks (reports, register, queue, satisfaction): one rule, one wording, on the end date. */
  rangeReversed: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.',
  date: 'Ngày ghi theo dạng năm-tháng-ngày (ví dụ 2026-03-02).',
  /** A date field at the counter, typed day first whatever the browser's language. */
  vnDate: 'Ngày ghi theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 02/03/2026.',
  dateYears: (first: number, last: number) => `Năm phải từ ${first} đến ${last}.`,
  /** Day, month, year as typed or as dd/mm/yyyy. */
  dateNotInCalendar: (ddmmyyyy: string) => `Ngày ${ddmmyyyy} không có trong lịch.`,
  refused: (refusal: Refusal): string => {
    const at = codePoint(refusal.codePoint);
    switch (refusal.kind) {
      case 'lineBreak':
        return `Trường này chỉ ghi trên một dòng: không dùng ký tự xuống dòng hay tab (${at}).`;
      case 'control':
        return `Ký tự điều khiển ${at} không được phép.`;
      case 'invisible':
        return `Ký tự ẩn ${at} (không nhìn thấy, thường lẫn vào khi sao chép) không được phép. Hãy gõ lại đoạn chữ này.`;
      case 'broken':
        return `Văn bản có ký tự bị hỏng (${at}) không được phép. Hãy gõ lại đoạn chữ này.`;
      case 'noGlyph':
        return `Ký tự "${refusal.char}" (${at}) không in được trên giấy tờ.`;
    }
  },
} as const;

const issueWords = {
  integer: 'Phải là số nguyên.',
  number: 'Phải là một số.',
  string: 'Phải là chữ (văn bản).',
  boolean: 'Phải là Có hoặc Không.',
  array: 'Phải là một danh sách.',
  object: 'Phải là một nhóm thông tin.',
  atLeast: (n: string) => `Phải từ ${n} trở lên.`,
  above: (n: string) => `Phải lớn hơn ${n}.`,
  atMost: (n: string) => `Không được lớn hơn ${n}.`,
  below: (n: string) => `Phải nhỏ hơn ${n}.`,
  minChars: (n: string) => `Cần ít nhất ${n} ký tự.`,
  minItems: (n: string) => (n === '1' ? 'Cần ít nhất một mục.' : `Cần ít nhất ${n} mục.`),
  maxItems: (n: string) => `Không quá ${n} mục.`,
  multipleOf: (n: string) => `Phải là bội số của ${n}.`,
  format: 'Không đúng định dạng.',
  choice: 'Giá trị không nằm trong các lựa chọn cho phép.',
  invalid: 'Giá trị không hợp lệ.',
} as const;

type Issue = z.core.$ZodRawIssue;

/** The Vietnamese message of any zod issue without a message of its own (installed by api/kit.ts). */
export function issueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? fieldMessages.required : typeMessage(issue.expected);
    case 'too_small':
      return tooSmallMessage(issue.origin, String(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return tooBigMessage(issue.origin, String(issue.maximum), issue.inclusive !== false);
    case 'not_multiple_of':
      return String(issue.divisor) === '1' ? issueWords.integer : issueWords.multipleOf(String(issue.divisor));
    case 'unrecognized_keys':
      return fieldMessages.unexpectedField;
    case 'invalid_format':
      return issueWords.format;
    case 'invalid_value':
      return issueWords.choice;
    default:
      return issueWords.invalid;
  }
}

function typeMessage(expected: string): string {
  if (expected === 'int') return issueWords.integer;
  if (expected === 'number' || expected === 'string' || expected === 'boolean' || expected === 'array' || expected === 'object') return issueWords[expected];
  return fieldMessages.wrongType;
}

function tooSmallMessage(origin: string, minimum: string, inclusive: boolean): string {
  if (origin === 'string') return minimum === '1' ? fieldMessages.required : issueWords.minChars(minimum);
  if (origin === 'array' || origin === 'set') return issueWords.minItems(minimum);
  return inclusive ? issueWords.atLeast(minimum) : issueWords.above(minimum);
}

function tooBigMessage(origin: string, maximum: string, inclusive: boolean): string {
  if (origin === 'string') return fieldMessages.tooLong(Number(maximum));
  if (origin === 'array' || origin === 'set') return issueWords.maxItems(maximum);
  return inclusive ? issueWords.atMost(maximum) : issueWords.below(maximum);
}
