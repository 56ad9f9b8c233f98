// @runs: shared
// Words of the reports (Báo cáo): the screen, the Excel workbook and the PDF.

export const outcomeKeys = ['accepted', 'guidance', 'refused', 'onTheSpot', 'returned', 'stopped'] as const;
export type OutcomeKey = (typeof outcomeKeys)[number];

export const reportWords = {
  title: 'BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ TRẢ KẾT QUẢ HỒ SƠ',
  counterScope: (counter: number) => `Quầy số ${counter}`,
  clerkScope: (counter: number, name: string) => `Quầy số ${counter} — cán bộ ${name}`,
  periodLine: (from: string, to: string) => (from === to ? `Ngày ${from}` : `Từ ngày ${from} đến ngày ${to}`),
  generatedAt: (when: string) => `Lập lúc ${when}`,
  footer: 'Báo cáo của Bộ phận Một cửa — lập bằng Một Cửa Desk',
  outcomes: {
    accepted: 'Tiếp nhận (hẹn trả)',
    guidance: 'Hướng dẫn bổ sung',
    refused: 'Từ chối',
    onTheSpot: 'Giải quyết tại chỗ',
    returned: 'Đã trả kết quả',
    stopped: 'Dừng xử lý',
  } satisfies Record<OutcomeKey, string>,
  channels: { counter: 'Trực tiếp tại quầy', post: 'Qua bưu chính', online: 'Trực tuyến' },
  /** The three factors the source documents use (REFERENCE.md §6), in their order. */
  factors: { procedure: 'Chất lượng thủ tục', staff: 'Thái độ phục vụ của cán bộ', result: 'Kết quả giải quyết' },
  timing: { early: 'Trước hạn', onTime: 'Đúng hạn', late: 'Trễ hạn' },
  columns: {
    stt: 'STT',
    procedure: 'Thủ tục hành chính',
    channel: 'Kênh nộp',
    outcome: 'Kết quả',
    clerk: 'Cán bộ',
    count: 'Số lượng',
    share: 'Tỷ lệ (%)',
    decisions: 'Lượt quyết định tiếp nhận',
    returned: 'Đã trả',
    early: 'Trước hạn',
    onTime: 'Đúng hạn',
    late: 'Trễ hạn',
    guidanceRate: 'Tỷ lệ hướng dẫn (%)',
    refusalRate: 'Tỷ lệ từ chối (%)',
    onTheSpotShare: 'Tỷ lệ tại chỗ (%)',
    intakeMinutes: 'Thời gian tiếp nhận TB (phút)',
    intakeMeasured: 'Số lượt đo được',
    factor: 'Tiêu chí',
    average: 'Điểm trung bình',
    ratings: 'Số lượt đánh giá',
    satisfied: 'Tỷ lệ ≥ 4 điểm (%)',
    figure: 'Chỉ tiêu',
    value: 'Giá trị',
  },
  summary: {
    decisions: 'Lượt quyết định tiếp nhận (tiếp nhận, hướng dẫn, từ chối, tại chỗ)',
    guidanceRate: 'Tỷ lệ hướng dẫn bổ sung (%)',
    refusalRate: 'Tỷ lệ từ chối (%)',
    onTheSpotShare: 'Tỷ lệ giải quyết tại chỗ trong số hồ sơ tiếp nhận (%)',
    returned: 'Hồ sơ trả kết quả trong kỳ (không kể tại chỗ)',
    earlyRate: 'Tỷ lệ trước hạn (%)',
    onTimeRate: 'Tỷ lệ đúng hạn (%)',
    lateRate: 'Tỷ lệ trễ hạn (%)',
    intakeMinutes: 'Thời gian tiếp nhận trung bình (phút)',
    intakeMeasured: 'Số lượt tiếp nhận đo được thời gian',
  },
  sheets: {
    summary: 'Tổng hợp',
    procedures: 'Theo thủ tục',
    channels: 'Theo kênh nộp',
    outcomes: 'Theo kết quả',
    clerks: 'Theo cán bộ',
    timing: 'Đúng hạn - trễ hạn',
    satisfaction: 'Hài lòng',
  },
  sections: {
    summary: 'I. TỔNG HỢP',
    outcomes: 'II. THEO KẾT QUẢ',
    procedures: 'III. THEO THỦ TỤC HÀNH CHÍNH',
    channels: 'IV. THEO KÊNH NỘP',
    clerks: 'V. THEO CÁN BỘ',
    satisfaction: 'VI. MỨC ĐỘ HÀI LÒNG',
  },
  total: 'Tổng cộng',
  none: '—',
  notes: {
    title: 'Ghi chú:',
    counting: 'Mỗi quyết định được tính vào ngày nó được ghi nhận (nhật ký "4 Rõ"); hồ sơ hướng dẫn rồi quay lại tiếp nhận được tính ở cả hai lượt.',
    timing: 'Trước hạn / đúng hạn / trễ hạn: so ngày trả kết quả với ngày hẹn ban đầu trên giấy tiếp nhận; hồ sơ đã xin lỗi hẹn lại vẫn tính trễ hạn nếu trả sau ngày hẹn ban đầu.',
    intakeTime: 'Thời gian tiếp nhận: từ lúc phiếu tiếp nhận được lưu nháp lần đầu đến lúc ghi quyết định; lượt không có bản nháp không được tính.',
    noSatisfaction: 'Chưa có dữ liệu đánh giá hài lòng trên máy này: các chỉ tiêu hài lòng để trống.',
  },
  errors: {
    dateFormat: 'Ngày phải có dạng năm-tháng-ngày (YYYY-MM-DD).',
    monthFormat: 'Tháng phải có dạng năm-tháng (YYYY-MM).',
    rangeReversed: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.',
    rangeTooLong: 'Khoảng ngày tối đa 5 năm.',
    clerkUnknown: 'Không tìm thấy cán bộ.',
  },
  fileName: (from: string, to: string, ext: string) => `bao-cao-${from}${from === to ? '' : `_${to}`}.${ext}`,
  savedTo: (path: string) => `Đã lưu tệp tại ${path}`,
} as const;

/** Labels and notes of the screen. */
export const reportsUi = {
  heading: 'Báo cáo',
  period: 'Kỳ báo cáo',
  today: 'Hôm nay',
  thisMonth: 'Tháng này',
  range: 'Khoảng ngày',
  from: 'Từ ngày',
  to: 'Đến ngày',
  scope: 'Phạm vi',
  scopeCounter: 'Quầy này',
  scopeClerks: 'Theo cán bộ',
  clerk: 'Cán bộ',
  allClerks: 'Tất cả cán bộ của quầy',
  show: 'Xem báo cáo',
  exportXlsx: 'Xuất Excel',
  exportPdf: 'Xuất PDF',
  computing: 'Đang tính báo cáo…',
  exporting: 'Đang tạo tệp…',
  downloaded: (name: string) => `Đã tải xuống ${name}.`,
  empty: 'Không có hồ sơ nào trong kỳ này.',
  chartOutcomes: 'Biểu đồ theo kết quả',
  chartProcedures: 'Biểu đồ theo thủ tục (số hồ sơ tiếp nhận)',
  chartTiming: 'Biểu đồ đúng hạn / trễ hạn',
  noReturned: 'Chưa có hồ sơ trả kết quả trong kỳ.',
  percent: (value: number | null) => (value === null ? '—' : `${formatNumber(value * 100, 1)} %`),
  minutes: (seconds: number | null) => (seconds === null ? '—' : `${formatNumber(seconds / 60, 1)} phút`),
} as const;

/** Vietnamese number format: comma as the decimal mark, dot between thousands. */
export function formatNumber(value: number, decimals = 0): string {
  const fixed = value.toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}
