// @runs: shared
// Validation messages shown next to a form field.

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
} as const;
