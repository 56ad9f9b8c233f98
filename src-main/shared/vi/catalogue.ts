// @runs: shared
// Words of the procedure catalogue (Danh mục thủ tục hành chính): screen, import errors.
import type { TimeLimitUnit } from '../../calendar/appointment';

/**
 * A time limit as the law writes it (REFERENCE §0.1): "7 ngày làm việc", "20 ngày (không kể ngày
 * nghỉ lễ, Tết)", "40 ngày", "trong ngày". Used by the receipt's item 3 and every screen.
 */
export function timeLimitWords(n: number, unit: TimeLimitUnit): string {
  if (unit === 'same_day') return 'trong ngày';
  if (unit === 'days_excluding_holidays') return `${n} ngày (không kể ngày nghỉ lễ, Tết)`;
  if (unit === 'calendar_days') return `${n} ngày`;
  return `${n} ngày làm việc`;
}

export const catalogueText = {
  fields: {
    thu_so_the: 'Thu – sổ thẻ',
    che_do_bhxh: 'Chế độ BHXH',
    bhyt: 'BHYT',
    bhtn: 'BHTN',
  },
  copyTypes: {
    ban_chinh: 'Bản chính',
    ban_sao: 'Bản sao',
    ban_sao_chung_thuc: 'Bản sao chứng thực',
    ban_chup: 'Bản chụp',
  },
  issues: {
    slug: 'phải là mã gồm chữ thường không dấu, số và gạch nối (ví dụ: doi-the-bhyt)',
    text: 'phải là chuỗi ký tự',
    required: 'không được để trống',
    tooLong: (max: number) => `không quá ${max} ký tự`,
    timeLimit: 'phải là số nguyên ≥ 0 (số ngày làm việc, 0 = giải quyết ngay)',
    timeLimitUnit: 'phải là một trong: working_days, days_excluding_holidays, calendar_days, same_day',
    sameDayDays: "phải là 0 khi thời hạn là 'trong ngày' (same_day)",
    loneGroup: (group: string) => `nhóm '${group}' phải có ít nhất 2 thành phần (một trong các giấy tờ)`,
    count: 'phải là số nguyên từ 1 đến 99',
    boolean: 'phải là true hoặc false',
    field: 'phải là một trong: thu_so_the, che_do_bhxh, bhyt, bhtn',
    copyType: 'phải là một trong: ban_chinh, ban_sao, ban_sao_chung_thuc, ban_chup',
    components: 'phải có ít nhất 1 thành phần hồ sơ (tối đa 50)',
    procedures: 'phải là danh sách thủ tục (tối đa 2.000)',
    format: "phải là 'mot-cua-desk/catalogue'",
    version: 'phiên bản định dạng phải là 1',
    duplicateId: 'mã thủ tục bị trùng trong tệp',
    duplicateKey: 'mã thành phần bị trùng trong cùng thủ tục',
    unexpected: 'trường không được phép',
    missing: 'thiếu trường bắt buộc',
  },
  importLine: (line: number | null, where: string, field: string, message: string) =>
    `${line === null ? '' : `Dòng ${line}, `}${where}${where && field ? ', ' : ''}${field ? `trường ${field}` : ''}: ${message}`,
  procedureRef: (id: string) => `thủ tục '${id}'`,
  procedureAt: (index: number) => `thủ tục thứ ${index + 1}`,
  componentField: (index: number, key: string, field: string) => `components[${index}]${field ? `.${field}` : ''} (thành phần thứ ${index + 1}${key ? ` '${key}'` : ''})`,
  syntax: (line: number, column: number) => `Dòng ${line}, cột ${column}: tệp không đúng cú pháp JSON`,
  importNote: 'Cập nhật từ tệp danh mục',
  seedNote: 'Danh mục cài sẵn',
  editionNote: (effectiveFrom: string) =>
    `Danh mục cài sẵn theo Luật Bảo hiểm xã hội số 41/2024/QH15${effectiveFrom ? ` (hiệu lực ${effectiveFrom.split('-').reverse().join('/')})` : ''}`,
  exportDescription: 'Danh mục thủ tục hành chính — xuất từ Một Cửa Desk',
  screen: {
    title: 'Thủ tục hành chính',
    search: 'Tìm thủ tục (gõ không dấu được, ví dụ: doi the, cap lai so)',
    searchHint: '↑/↓ để chọn, Enter để xem chi tiết',
    noResults: 'Không có thủ tục nào khớp.',
    count: (n: number) => `${n} thủ tục`,
    code: 'Mã thủ tục',
    noCode: '(chưa có mã)',
    name: 'Tên thủ tục',
    field: 'Lĩnh vực',
    timeLimit: 'Thời hạn giải quyết',
    days: (n: number, unit: TimeLimitUnit = 'working_days') => (n === 0 && unit !== 'same_day' ? 'Giải quyết ngay' : timeLimitWords(n, unit)),
    timeLimitUnit: 'Đơn vị thời hạn',
    units: {
      working_days: 'Ngày làm việc',
      days_excluding_holidays: 'Ngày (không kể ngày nghỉ lễ, Tết)',
      calendar_days: 'Ngày (kể cả ngày nghỉ)',
      same_day: 'Trong ngày',
    } satisfies Record<TimeLimitUnit, string>,
    oneOf: (n: number) => `Một trong ${n} giấy tờ`,
    groupKey: 'Nhóm "một trong" (mã nhóm, để trống nếu không)',
    groupMember: (group: string) => `Một trong nhóm "${group}"`,
    onTheSpot: '4 tại chỗ',
    onTheSpotHint: 'Tiếp nhận, thẩm định, giải quyết và trả kết quả ngay tại quầy',
    legalBasis: 'Căn cứ pháp lý',
    legalBasisDate: 'Ngày hiệu lực',
    result: 'Kết quả',
    fee: 'Phí, lệ phí',
    noFee: 'Không',
    components: 'Thành phần hồ sơ',
    componentName: 'Tên giấy tờ',
    formCode: 'Mẫu',
    copyType: 'Loại bản',
    countCol: 'Số lượng',
    required: 'Bắt buộc',
    optional: 'Nếu có',
    versions: 'Các phiên bản',
    versionCol: 'Phiên bản',
    validFrom: 'Áp dụng từ',
    createdBy: 'Người cập nhật',
    system: 'Cài sẵn',
    changeNote: 'Ghi chú thay đổi',
    current: 'hiện hành',
    usage: (n: number) => `Đã tiếp nhận ${n} lần tại quầy`,
    inactive: 'Ngừng áp dụng',
    active: 'Đang áp dụng',
    back: 'Quay lại danh sách',
    importButton: 'Nhập danh mục',
    exportButton: 'Xuất danh mục',
    editButton: 'Sửa',
    readOnly: 'Chỉ tài khoản giám sát được nhập, xuất và sửa danh mục.',
    importTitle: 'Nhập danh mục từ tệp JSON',
    importFile: 'Tệp danh mục (.json, tối đa 1 MB)',
    tooBig: 'Tệp quá lớn: danh mục tối đa 1 MB.',
    importRefused: (n: number) => `Không nhập: tệp có ${n} lỗi. Danh mục giữ nguyên.`,
    imported: (added: number, changed: number, unchanged: number) =>
      `Đã nhập: ${added} thủ tục mới, ${changed} thủ tục có phiên bản mới, ${unchanged} thủ tục không đổi.`,
    exportReady: 'Tệp danh mục đã sẵn sàng:',
    download: 'Tải tệp',
    editTitle: 'Sửa thủ tục — tạo phiên bản mới',
    editNote: 'Hồ sơ đã tiếp nhận giữ phiên bản cũ; phiên bản mới áp dụng cho hồ sơ tiếp nhận từ nay.',
    addComponent: 'Thêm thành phần',
    removeComponent: 'Xóa',
    componentKey: 'Mã thành phần',
    saveVersion: 'Lưu phiên bản mới',
    savedVersion: (n: number) => `Đã lưu phiên bản ${n}.`,
  },
} as const;
