// @runs: shared
// Words of the working-day calendar: holiday names, day kinds, the screen.

export const holidayNames = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  tetEve: 'Tết Nguyên đán (ngày cuối năm âm lịch)',
  hungKings: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
  reunification: 'Ngày Chiến thắng (30/4)',
  labour: 'Ngày Quốc tế Lao động (1/5)',
  national: 'Quốc khánh (2/9)',
  nationalAdjacent: 'Quốc khánh (ngày liền kề)',
  culture: 'Ngày Văn hóa Việt Nam (24/11)',
  compensatory: (of: string) => `Nghỉ bù ${of}`,
} as const;

export const legalSources = {
  labourCode: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112',
  compensatory: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3',
  culture: 'Nghị quyết 28/2026/QH16 (Ngày Văn hóa Việt Nam 24/11)',
  tetByLaw: 'Bộ luật Lao động 2019, Điều 112 (Thủ tướng quyết định cụ thể ngày nghỉ Tết)',
  notice2025: 'Thông báo nghỉ lễ, Tết năm 2025 đối với cán bộ, công chức, viên chức (Bộ Nội vụ)',
  notice2026: 'Thông báo nghỉ lễ, Tết năm 2026 đối với cán bộ, công chức, viên chức (Bộ Nội vụ)',
} as const;

export const dayKinds = {
  holiday: 'Nghỉ lễ, Tết',
  compensatory: 'Nghỉ bù',
  swap_off: 'Nghỉ (hoán đổi ngày làm việc)',
  swap_workday: 'Làm việc bù (thứ Bảy/Chủ nhật)',
} as const;

/** One letter per kind, so a day's status never depends on colour alone. */
export const dayMarks = {
  holiday: 'L',
  compensatory: 'B',
  swap_off: 'H',
  swap_workday: 'LB',
  weekend: '',
  provisional: '?',
} as const;

export const weekdayNames = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;
export const weekdayShort = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'] as const;

export const calendarUi = {
  title: 'Lịch làm việc',
  year: 'Năm',
  month: (m: number) => `Tháng ${m}`,
  version: (v: number) => `Phiên bản lịch: ${v}`,
  yearOfficial: 'Lịch chính thức',
  yearProvisional: 'Lịch dự kiến — chưa xác nhận',
  yearProvisionalHint: 'Các ngày nghỉ được tính theo Bộ luật Lao động; ngày nghỉ Tết cụ thể do Thủ tướng quyết định hằng năm. Đối chiếu thông báo chính thức rồi xác nhận.',
  confirmYear: 'Xác nhận lịch năm',
  confirmed: (year: number) => `Đã xác nhận lịch năm ${year}.`,
  goTo: 'Đi tới ngày (dd/mm/yyyy)',
  goToButton: 'Đi tới',
  badDate: 'Ngày không hợp lệ. Nhập theo dạng dd/mm/yyyy.',
  keys: 'Mũi tên: chuyển ngày · Enter: mở ngày · PageUp/PageDown: tháng trước/sau · Esc: đóng',
  previousMonth: 'Tháng trước',
  nextMonth: 'Tháng sau',
  legend: 'Chú giải',
  working: 'Ngày làm việc',
  off: 'Ngày nghỉ',
  weekend: 'Nghỉ cuối tuần',
  provisional: 'Dự kiến (chưa có văn bản chính thức)',
  today: 'Hôm nay',
  specialDays: (year: number) => `Ngày nghỉ lễ và làm bù năm ${year}`,
  date: 'Ngày',
  kind: 'Loại',
  name: 'Tên ngày / lý do',
  legalSource: 'Căn cứ pháp lý',
  status: 'Trạng thái',
  statusOfficial: 'Chính thức',
  statusProvisional: 'Dự kiến',
  dayLabel: (weekday: string, date: string, state: string) => `${weekday}, ${date}: ${state}`,
  editorTitle: (date: string) => `Ngày ${date}`,
  editorReadOnly: 'Chỉ tài khoản giám sát được sửa lịch làm việc.',
  dayKind: 'Loại ngày',
  normalDay: 'Ngày thường (bỏ đánh dấu)',
  markProvisional: 'Dự kiến (chưa có văn bản chính thức)',
  save: 'Lưu ngày này',
  close: 'Đóng',
  preview: 'Xem trước hồ sơ bị ảnh hưởng',
  savedDay: (date: string) => `Đã lưu ngày ${date}.`,
  impactTitle: 'Hồ sơ đang giải quyết có ngày hẹn khác với lịch mới',
  impactNone: 'Không có hồ sơ đang giải quyết nào bị thay đổi ngày hẹn.',
  impactNote: 'Ngày hẹn đã ghi trên giấy tiếp nhận không tự thay đổi. Nếu cần, liên hệ người nộp hoặc lập phiếu hẹn lại.',
  impactCode: 'Mã hồ sơ',
  impactStored: 'Ngày hẹn đã ghi',
  impactNow: 'Theo lịch mới',
  settingsTitle: 'Quy tắc tính ngày hẹn',
  cutoff: 'Giờ chốt nhận trong ngày (sau giờ này tính là nhận ngày làm việc kế tiếp)',
  sameDayTime: 'Giờ hẹn trả với thủ tục trả ngay (0 ngày)',
  dueTimeMode: 'Giờ hẹn trả với thủ tục có thời hạn',
  dueTimeReceipt: 'Bằng giờ tiếp nhận',
  dueTimeFixed: 'Giờ cố định',
  dueFixedTime: 'Giờ hẹn cố định',
  opensAt: 'Giờ bắt đầu làm việc',
  closesAt: 'Giờ kết thúc làm việc',
  hoursNote: 'Hẹn "bằng giờ tiếp nhận" luôn nằm trong giờ làm việc: hồ sơ nhận ngoài giờ (bưu chính, trực tuyến) được hẹn vào giờ bắt đầu hoặc giờ kết thúc.',
  settingsSaved: 'Đã lưu quy tắc tính ngày hẹn.',
  saveRules: 'Lưu quy tắc',
  tryTitle: 'Tính thử ngày hẹn',
  tryReceivedAt: 'Thời điểm tiếp nhận',
  tryDays: 'Thời hạn (ngày làm việc)',
  tryButton: 'Tính',
  tryResult: (countedFrom: string, due: string) => `Tính từ ngày ${countedFrom} — hẹn trả ${due}`,
  historyTitle: 'Lịch sử sửa lịch',
  historyAction: { seed: 'Dữ liệu ban đầu', set: 'Đánh dấu ngày', clear: 'Bỏ đánh dấu', confirm: 'Xác nhận năm' },
  historyWho: 'Người sửa',
  historyAt: 'Thời điểm',
  historyReason: 'Nội dung',
} as const;

export const calendarFieldMessages = {
  year: 'Năm từ 1900 đến 2199.',
  month: 'Tháng từ 1 đến 12.',
  time: 'Giờ theo dạng HH:MM (24 giờ), ví dụ 15:00.',
  hours: 'Giờ kết thúc làm việc phải sau giờ bắt đầu.',
  workingDays: 'Thời hạn là số ngày làm việc từ 0 đến 365.',
  unit: 'Đơn vị thời hạn không hợp lệ.',
  fileText: 'Tệp lịch năm tối đa 200.000 ký tự.',
  dueOnDayOff: 'Chọn cách xử lý ngày hẹn rơi vào ngày nghỉ.',
  receivedAt: 'Thời điểm tiếp nhận không hợp lệ.',
} as const;

/** The year's schedule file (Nhập lịch năm): its errors, as the catalogue file words them. */
export const calendarFileText = {
  text: 'phải là chuỗi ký tự',
  required: 'không được để trống',
  tooLong: (max: number) => `không quá ${max} ký tự`,
  date: 'phải là ngày có thật, dạng YYYY-MM-DD',
  kind: 'phải là một trong: holiday, compensatory, swap_off, swap_workday',
  format: "phải là 'mot-cua-desk/calendar'",
  version: 'phiên bản định dạng phải là 1',
  year: 'phải là năm từ 1900 đến 2199',
  days: 'phải là danh sách ngày (tối đa 366)',
  otherYear: (year: number) => `ngày không thuộc năm ${year} của tệp`,
  duplicate: 'ngày bị trùng trong tệp',
  workdayNotWeekend: 'ngày làm bù (swap_workday) phải là thứ Bảy hoặc Chủ nhật',
  unexpected: 'trường không được phép',
  syntax: (line: number, column: number) => `Dòng ${line}, cột ${column}: tệp không đúng cú pháp JSON`,
  dayRef: (index: number, date: string) => `ngày thứ ${index + 1}${date ? ` (${date})` : ''}`,
  issueLine: (line: number | null, where: string, field: string, message: string) =>
    `${line === null ? '' : `Dòng ${line}, `}${where}${where && field ? ', ' : ''}${field ? `trường ${field}` : ''}: ${message}`,
  importReason: (year: number, source: string) => `Nhập lịch năm ${year} từ tệp: ${source}`,
};
