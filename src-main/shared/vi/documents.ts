// @runs: shared
// The wording of the official forms (Circular 01/2018/TT-VPCP and 03/2025/TT-VPCP,
// REFERENCE.md §1, §2.2) and the words of the printing screens.
import type { TimeLimitUnit } from '../../calendar/appointment';
import { timeLimitWords } from './catalogue';

export const formSets = {
  '2018': { circular: 'Thông tư 01/2018/TT-VPCP', label: 'Thông tư 01/2018/TT-VPCP (Mẫu 01–06)' },
  '2025': { circular: 'Thông tư 03/2025/TT-VPCP', label: 'Thông tư 03/2025/TT-VPCP (Mẫu 01–07)' },
} as const;

/**
 * The counter's unit as each form set names it: "Bộ phận tiếp nhận và trả kết quả" (Decree 61/2018,
 * Circular 01/2018/TT-VPCP), "Bộ phận Một cửa" (Decree 118/2025/NĐ-CP, Circular 03/2025/TT-VPCP).
 */
export const oneStopUnit = { '2018': 'Bộ phận tiếp nhận và trả kết quả', '2025': 'Bộ phận Một cửa' } as const;

export const formWords = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  number: (n: string) => `Số: ${n}`,
  placeDate: (place: string, d: string, m: string, y: string) => `${place}, ngày ${d} tháng ${m} năm ${y}`,
  timeAt: (h: string, min: string, date: string) => `${h} giờ ${min} phút, ngày ${date}`,
  dayMonthYear: (d: string, m: string, y: string) => `ngày ${d} tháng ${m} năm ${y}`,
  formFooter: (no: string, circular: string) => `Mẫu số ${no} – ${circular}`,
  pageOf: (page: number, total: number) => `Trang ${page}/${total}`,
  reprintMark: (time: string) => `BẢN IN LẠI – in lúc ${time}`,
  signHint: '(Ký và ghi rõ họ tên)',
  signSealHint: '(Ký, ghi rõ họ tên và đóng dấu)',
  receivingUnitDefault: (unit: string, office: string) => `${unit} – ${office}`,
  address: 'Địa chỉ:',
  phone: 'Số điện thoại:',
  email: 'Email:',
  request: 'Nội dung yêu cầu giải quyết:',
  dossierCode: 'Mã hồ sơ:',
  tt: 'TT',
  stt: 'STT',
  note: 'Ghi chú',
  notesTitle: 'Ghi chú:',
  recipientsTitle: 'Nơi nhận:',
  asAbove: '- Như trên;',
  archive: '- Lưu: VT.',
  results: { early: 'Trước hạn', onTime: 'Đúng hạn', late: 'Quá hạn' },
  none: '…',
} as const;

export const receiptWords = {
  title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
  copies: ['Liên 1: Lưu', 'Liên 2: Giao người nộp hồ sơ'] as const,
  receivingUnit: (unit: string) => `${unit}:`,
  from: 'Tiếp nhận hồ sơ của:',
  componentsTitle: '1. Thành phần hồ sơ nộp gồm:',
  columns: { name: 'Tên giấy tờ', copyType: 'Bản chính/Bản sao', count: 'Số lượng' },
  setCount: '2. Số lượng hồ sơ:',
  sets: (n: number) => `${n} (bộ)`,
  timeLimit: '3. Thời gian giải quyết hồ sơ theo quy định là:',
  /** Item 3 in the limit's own unit (REFERENCE §0.1): "7 ngày làm việc", "20 ngày (không kể ngày nghỉ lễ, Tết)", "trong ngày". */
  days: (n: number, unit: TimeLimitUnit = 'working_days') => (n > 0 || unit === 'same_day' ? timeLimitWords(n, unit) : 'trả kết quả ngay trong ngày'),
  receivedAt: '4. Thời gian nhận hồ sơ:',
  appointmentAt: '5. Thời gian trả kết quả giải quyết hồ sơ:',
  deliveryAt: '6. Đăng ký nhận kết quả tại:',
  atCounter: (unit: string) => unit,
  byPost: (address: string) => `Qua dịch vụ bưu chính công ích, tại địa chỉ: ${address}`,
  register: (volume: string, sequence: number) => `Vào Sổ theo dõi hồ sơ, Quyển số: ${volume}   Số thứ tự: ${sequence}`,
  submitter: 'NGƯỜI NỘP HỒ SƠ',
  receiver: 'NGƯỜI TIẾP NHẬN HỒ SƠ',
  notes: (unit: string) => [
    `Giấy tiếp nhận và hẹn trả kết quả được lập thành 2 liên; một liên chuyển kèm theo Phiếu kiểm soát quá trình giải quyết hồ sơ và được lưu tại ${unit}; một liên giao cho cá nhân, tổ chức nộp hồ sơ;`,
    `Cá nhân, tổ chức có thể đăng ký nhận kết quả tại ${unit} hoặc tại nhà (trụ sở tổ chức) qua dịch vụ bưu chính.`,
  ],
  hotline: (line: string) => `Mọi thắc mắc, phản ánh xin liên hệ: ${line}`,
  qrCaption: 'Tra cứu hồ sơ',
} as const;

export const handoverWords = {
  title: 'BIÊN BẢN GIAO NHẬN KẾT QUẢ GIẢI QUYẾT HỒ SƠ TẠI CHỖ',
  /** The app's own record, not a form of the Circular: its footer names it, never a "Mẫu số" (REFERENCE §0.1). */
  footer: 'Biên bản giao nhận kết quả giải quyết hồ sơ "4 tại chỗ" – kèm Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  intro: 'Hồ sơ được tiếp nhận, thẩm định, giải quyết và trả kết quả ngay tại chỗ. Kết quả giao cho người nhận gồm:',
  resultName: 'Kết quả giải quyết:',
  resultNumber: 'Số hiệu kết quả:',
  returnedAt: 'Thời gian trả kết quả:',
  receiver: 'NGƯỜI NHẬN KẾT QUẢ',
  returner: 'NGƯỜI TRẢ KẾT QUẢ',
} as const;

export const guidanceWords = {
  title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
  from: 'Tiếp nhận hồ sơ/yêu cầu của Ông/Bà:',
  intro: 'Yêu cầu Ông/Bà hoàn thiện hồ sơ gồm những nội dung như sau:',
  columns: { component: 'Thành phần hồ sơ', requirement: 'Nội dung cần bổ sung, hoàn thiện' },
  reason: 'Lý do:',
  contact: (lookup: string, clerk: string, phone: string) =>
    `Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà có thể tra cứu tại ${lookup} hoặc liên hệ với công chức ${clerk}, số điện thoại ${phone} để được hướng dẫn./.`,
  defaultLookup: 'Cổng Dịch vụ công quốc gia',
  signer: 'NGƯỜI HƯỚNG DẪN',
} as const;

export const refusalWords = {
  title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
  from: 'Tiếp nhận hồ sơ của:',
  intro: (unit: string) => `Qua xem xét, ${unit} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`,
  inform: 'Xin thông báo cho Ông/Bà được biết và thực hiện.',
} as const;

export const apologyWords = {
  title: { '2018': 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', '2025': 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT' },
  to: 'Kính gửi:',
  received: (date: string, agency: string, name: string) => `Ngày ${date}, ${agency} tiếp nhận giải quyết hồ sơ của Ông/Bà/tổ chức ${name}.`,
  code: 'Mã số hồ sơ:',
  originalAt: 'Ngày hẹn trả kết quả giải quyết hồ sơ:',
  however: (agency: string) =>
    `Tuy nhiên đến nay, ${agency} chưa trả kết quả giải quyết hồ sơ cho Ông/Bà/tổ chức đúng thời hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
  reason: 'Lý do:',
  sorry: {
    '2018': (agency: string) => `Sự chậm trễ này đã gây phiền hà cho Ông/Bà/tổ chức. ${agency} xin lỗi Ông/Bà/tổ chức và xin hẹn lại thời gian trả kết quả.`,
    '2025': (agency: string) => `Sự chậm trễ này đã gây phiền hà cho Ông/Bà/tổ chức. ${agency} xin lỗi Ông/Bà/tổ chức và đề nghị gia hạn thời gian giải quyết hồ sơ.`,
  },
  newAt: { '2018': 'Thời gian hẹn trả kết quả lại:', '2025': 'Thời gian giải quyết được gia hạn đến:' },
  thanks: 'Xin trân trọng cảm ơn!',
} as const;

export const controlWords = {
  title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
  attached: (n: string) => `Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: ${n}`,
  owner: 'Chủ hồ sơ ông (bà):',
  procedure: 'Loại thủ tục:',
  receivedAt: 'Thời gian nhận hồ sơ:',
  appointmentAt: 'Thời gian trả kết quả giải quyết hồ sơ:',
  resolving: 'Cơ quan (bộ phận) giải quyết hồ sơ:',
  coordinating: 'Cơ quan phối hợp giải quyết hồ sơ:',
  columns: {
    agency: 'TÊN CƠ QUAN',
    time: 'THỜI GIAN GIAO, NHẬN HỒ SƠ',
    when: 'Thời gian',
    handedBy: 'Người giao (ký, ghi rõ họ tên)',
    receivedBy: 'Người nhận (ký, ghi rõ họ tên)',
    result: 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)',
    note: 'GHI CHÚ',
  },
  handed: (t: string) => `1. Giao: ${t}`,
  received: (t: string) => `2. Nhận: ${t}`,
  /** Blank steps printed after the recorded ones, so the sheet travelling with the dossier has room to sign. */
  blankSteps: 2,
  postNote: 'Trường hợp hồ sơ được chuyển qua dịch vụ bưu chính thì thời gian giao, nhận hồ sơ và việc ký nhận thể hiện trong hóa đơn của cơ quan bưu chính.',
} as const;

export const registerWords = {
  title: 'SỔ THEO DÕI HỒ SƠ',
  stopped: 'Dừng giải quyết',
  extended: (date: string) => `Hẹn lại ngày ${date}`,
  range: (from: string, to: string) => `Từ ngày ${from} đến ngày ${to}`,
  volume: (v: string) => `Quyển số: ${v}`,
  dateGroup: 'Ngày, tháng, năm',
  columns: {
    tt: 'TT',
    code: 'Mã hồ sơ',
    procedure: 'Tên thủ tục hành chính',
    sets: 'Số lượng hồ sơ (bộ)',
    applicant: 'Tên cá nhân, tổ chức',
    addressPhone: 'Địa chỉ, số điện thoại',
    agency: 'Cơ quan chủ trì giải quyết',
    received: 'Nhận hồ sơ',
    appointment: 'Hẹn trả kết quả',
    transferred: 'Chuyển hồ sơ đến cơ quan giải quyết',
    resultReceived: 'Nhận kết quả từ cơ quan giải quyết',
    returned: 'Trả kết quả cho cá nhân, tổ chức',
    signature: 'Ký nhận',
    note: 'Ghi chú',
  },
  empty: 'Không có hồ sơ nào trong khoảng thời gian này.',
} as const;

export const postalWords = {
  title: 'GIẤY GIAO NHẬN HỒ SƠ',
  footer: 'Giấy giao nhận hồ sơ BHXH – trả kết quả qua dịch vụ bưu chính',
  senderTitle: 'Người giao hồ sơ:',
  unit: 'Đơn vị:',
  content: 'Nội dung hồ sơ:',
  defaultContent: 'Trả kết quả hồ sơ đã giải quyết',
  postTitle: 'Người nhận và chuyển hồ sơ (bưu điện):',
  trackingNumber: 'Số hiệu bưu gửi:',
  recipientTitle: 'Người nhận hồ sơ:',
  recipientName: 'Tên đơn vị/người nhận:',
  fullName: 'Họ và tên:',
  columns: { name: 'Loại giấy tờ', count: 'Số lượng' },
  signers: ['NGƯỜI GIAO', 'BƯU ĐIỆN', 'NGƯỜI NHẬN'] as const,
} as const;

export const stopWords = {
  title: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
  to: 'Kính gửi:',
  received: (date: string, agency: string, name: string) => `Ngày ${date}, ${agency} tiếp nhận hồ sơ của Ông/Bà/tổ chức ${name}.`,
  code: 'Mã số hồ sơ:',
  stop: (agency: string) => `${agency} thông báo dừng giải quyết hồ sơ nêu trên.`,
  reason: 'Lý do:',
  guidance: 'Đề nghị Ông/Bà/tổ chức:',
  thanks: 'Trân trọng thông báo./.',
} as const;

/** Mẫu numbers per form set (REFERENCE.md §1.7). */
export const formNumbers = {
  '2018': { receipt: '01', guidance: '02', refusal: '03', apology: '04', control: '05', register: '06' },
  '2025': { receipt: '01', guidance: '02', refusal: '03', apology: '04', stopNotice: '05', control: '06', register: '07' },
} as const;

/** Words on the preview and printing-settings screens. */
export const documentsUi = {
  kinds: {
    receipt: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    guidance: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
    refusal: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
    apology: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
    control: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
    register: 'Sổ theo dõi hồ sơ',
    postalHandover: 'Giấy giao nhận hồ sơ (bưu chính)',
    stopNotice: 'Thông báo dừng giải quyết hồ sơ',
    receiptAndHandover: 'Giấy tiếp nhận và biên bản giao nhận kết quả',
  },
  preview: 'Xem trước văn bản',
  pages: (n: number) => `${n} trang`,
  pageLabel: (page: number, total: number) => `Trang ${page}/${total}`,
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  zoom: (percent: number) => `${percent}%`,
  print: 'In',
  reprint: 'In lại',
  close: 'Đóng',
  rendering: 'Đang hiển thị văn bản…',
  renderFailed: 'Không hiển thị được văn bản. Vẫn có thể bấm In.',
  notFound: 'Không tìm thấy văn bản này.',
  rangeTooLong: 'Chỉ in sổ theo dõi cho tối đa 366 ngày mỗi lần.',
  registerTitle: 'In sổ theo dõi hồ sơ',
  registerRendering: 'Đang lập sổ theo dõi hồ sơ…',
  /** The register is the counter's or the office's book (Circular 01/2018/TT-VPCP Mẫu 06): it has no clerk-by-clerk edition. */
  registerNoClerkScope: 'Sổ theo dõi hồ sơ in cho quầy hoặc cả văn phòng, không theo từng cán bộ: chọn Phạm vi "Quầy này" hoặc "Cả văn phòng".',
  from: 'Từ ngày',
  to: 'Đến ngày',
  stopNoticeOnly2025: 'Thông báo dừng giải quyết hồ sơ chỉ có trong bộ mẫu Thông tư 03/2025/TT-VPCP.',
  reprintCount: (n: number) => `Đã in lại ${n} lần`,
  printed: (printer: string, copies: number) => `Đã gửi ${copies} bản tới máy in ${printer}.`,
  noPrinter: (path: string) => `Chưa cấu hình máy in: đã lưu bản PDF tại ${path}`,
  printerMissing: (printer: string, path: string) => `Không tìm thấy máy in "${printer}": đã lưu bản PDF tại ${path}`,
  printFailed: (printer: string, path: string) => `Máy in "${printer}" báo lỗi: đã lưu bản PDF tại ${path}`,
  settings: {
    title: 'In ấn và mẫu văn bản',
    printer: 'Máy in',
    noPrinter: '(Không dùng máy in – lưu PDF vào thư mục)',
    noPrintersFound: 'Không tìm thấy máy in nào trên máy này; văn bản sẽ được lưu thành PDF.',
    paper: 'Khổ giấy',
    papers: { A4: 'A4 (dọc)', A5: 'A5 (dọc)' },
    copies: 'Số bản mỗi lần in',
    outputFolder: 'Thư mục lưu PDF',
    outputFolderHint: 'Để trống: thư mục "printed" trong thư mục dữ liệu.',
    formSet: 'Bộ mẫu văn bản',
    testPrint: 'In thử',
    testPrintHint: 'In một giấy tiếp nhận mẫu để kiểm tra máy in và lề giấy.',
  },
  sample: {
    applicant: 'Nguyễn Thị Minh Khai (bản in thử)',
    address: 'Số 127 đường Nguyễn Huệ, phường Đông Hà, tỉnh Quảng Trị',
    procedure: 'Cấp lại thẻ bảo hiểm y tế do bị mất, hỏng',
    component: 'Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (Mẫu TK1-TS)',
    copyType: 'Bản chính',
    code: 'MAU-THU-0001',
    number: 'IN THỬ',
  },
} as const;
