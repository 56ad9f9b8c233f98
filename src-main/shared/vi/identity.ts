// @runs: shared
// Identity documents of a person or a submitter: the 12-digit personal ID, a
// passport, or another type from the office's list (Law 41/2024/QH15 Art. 2.2:
// foreign workers are compulsory participants, so a passport must do).

export const identityWords = {
  /** The built-in passport type: it alone asks for a nationality. */
  passport: 'Hộ chiếu',
  /** The office's list when it has not changed it (Cài đặt). */
  defaultTypes: ['Hộ chiếu', 'Thẻ thường trú', 'Giấy tờ khác'] as const,
  personalIdOption: 'Số định danh cá nhân (12 số)',
  documentType: 'Giấy tờ tùy thân',
  documentNumber: 'Số giấy tờ',
  nationality: 'Quốc tịch',
  submitterDocumentType: 'Giấy tờ tùy thân người nộp thay',
  submitterDocumentNumber: 'Số giấy tờ người nộp thay',
  submitterNationality: 'Quốc tịch người nộp thay',
  /** How a document reads on screens and papers: "Hộ chiếu số C1234567 (Hàn Quốc)". */
  printed: (type: string, number: string, nationality?: string | null) => `${type} số ${number}${nationality ? ` (${nationality})` : ''}`,
  printedPersonalId: (id: string) => `Số định danh cá nhân ${id}`,
  label: 'Giấy tờ tùy thân:',
  settingsTitle: 'Loại giấy tờ tùy thân',
  settingsHint: 'Ngoài số định danh cá nhân 12 số, người nộp có thể xuất trình các loại giấy tờ dưới đây. Mỗi dòng một loại; "Hộ chiếu" luôn có.',
} as const;

export const identityMessages = {
  personalIdOrDocument: 'Nhập số định danh cá nhân 12 chữ số, hoặc chọn loại giấy tờ khác (hộ chiếu…) và nhập số giấy tờ.',
  documentNumber: 'Nhập số giấy tờ: từ 3 đến 30 ký tự, chỉ gồm chữ, số và các dấu - . /',
  passportNumber: 'Số hộ chiếu gồm từ 6 đến 20 chữ cái và chữ số, không có dấu cách (ví dụ C1234567).',
  nationality: 'Nhập quốc tịch ghi trên hộ chiếu.',
  unknownType: (type: string) => `Loại giấy tờ "${type}" không có trong danh sách của cơ quan (Cài đặt).`,
  typesEmpty: 'Danh sách loại giấy tờ không được để trống một dòng nào.',
  typesDuplicate: (type: string) => `Loại giấy tờ "${type}" bị lặp lại.`,
  typesTooMany: 'Tối đa 30 loại giấy tờ.',
} as const;

/** Warnings on a 12-digit personal ID against the birth date and sex typed (structure PPP G YY RRRRRR: ND 137/2015 and TT 59/2021/TT-BCA, see shared REFERENCE.md). */
export const personalIdWarningWords = {
  province: (code: string) => `Mã tỉnh nơi đăng ký khai sinh "${code}" không có trong danh mục.`,
  sex: (digit: number, male: boolean) => `Chữ số thứ 4 (${digit}) ứng với giới tính ${male ? 'Nam' : 'Nữ'}, khác giới tính đã nhập.`,
  century: (digit: number, century: number, year: number) => `Chữ số thứ 4 (${digit}) ứng với người sinh ${century}–${century + 99}, khác năm sinh ${year}.`,
  year: (digits: string, year: number) => `Chữ số 5–6 (${digits}) phải là hai số cuối năm sinh (${String(year % 100).padStart(2, '0')}).`,
} as const;

/** Warnings on the old 15-character health-insurance card number (QĐ 1351/QĐ-BHXH, amended by QĐ 1018/QĐ-BHXH). */
export const healthCardWarnings = {
  province: (code: string) => `Mã tỉnh "${code}" trên mã thẻ BHYT (ký tự 4–5) không có trong danh mục tỉnh; kiểm tra lại thẻ.`,
  group: (code: string) => `Mã đối tượng "${code}" trên mã thẻ BHYT (2 chữ cái đầu) không có trong danh mục đã biết; kiểm tra lại thẻ.`,
  level: (group: string, level: string, usual: string) => `Đối tượng ${group} thường có mức hưởng ${usual}, thẻ ghi mức ${level}; kiểm tra lại thẻ (có trường hợp khác theo quy định).`,
} as const;
