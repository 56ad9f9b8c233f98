// @runs: shared
// Intake (Tiếp nhận hồ sơ): field messages and screen words.

export const intakeMessages = {
  personalId: 'Số định danh cá nhân phải gồm đúng 12 chữ số.',
  submitterId: 'Số định danh của người nộp thay phải gồm đúng 12 chữ số.',
  birthDate: 'Ngày sinh ghi dd/mm/yyyy hoặc chỉ năm sinh yyyy.',
  birthDateFuture: 'Ngày sinh không được sau ngày hôm nay.',
  sex: 'Chọn giới tính.',
  bhxhNumber: 'Mã số BHXH phải gồm đúng 10 chữ số.',
  healthCard: 'Mã thẻ BHYT gồm 10 chữ số, hoặc mã cũ 15 ký tự (ví dụ HC4 01 1234567890).',
  phone: 'Số điện thoại di động 10 số (03, 05, 07, 08, 09) hoặc cố định 11 số (02…).',
  email: 'Địa chỉ email không đúng.',
  taxCode: 'Mã số thuế gồm 10 chữ số, hoặc 10 chữ số - 3 chữ số.',
  unitCode: 'Mã đơn vị chỉ gồm chữ và số (ví dụ TA0001A).',
  postTracking: 'Nhập số hiệu bưu gửi của hồ sơ gửi qua bưu điện.',
  portalNumber: 'Nhập số hồ sơ trên Cổng dịch vụ công của hồ sơ nộp trực tuyến.',
  deliveryAddress: 'Nhập địa chỉ nhận kết quả qua bưu điện.',
  procedure: 'Chọn thủ tục hành chính.',
  procedureUnknown: 'Không tìm thấy thủ tục này trong danh mục.',
  componentUnknown: 'Thành phần hồ sơ không thuộc thủ tục đã chọn.',
  incomplete: (names: string) => `Hồ sơ chưa đủ, không thể tiếp nhận: thiếu hoặc chưa hợp lệ ${names}. Hãy lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.`,
  nothingMissing: 'Hồ sơ đã đủ thành phần: không có gì để yêu cầu bổ sung.',
  secondGuidance: 'Hồ sơ này đã được yêu cầu bổ sung một lần. Theo quy định chỉ yêu cầu bổ sung một lần, bằng văn bản: hãy tiếp nhận hoặc từ chối.',
  notOnTheSpot: 'Thủ tục này không giải quyết "4 tại chỗ"; hãy tiếp nhận và hẹn ngày trả kết quả.',
  guidanceNotPending: 'Không còn yêu cầu bổ sung nào đang chờ cho hồ sơ này.',
  reasonRequired: 'Ghi rõ lý do.',
  sequenceExhausted: 'Đã hết số thứ tự mã hồ sơ của quầy trong ngày theo mẫu mã đang dùng.',
  draftNotFound: 'Không tìm thấy bản nháp.',
  draftInvalid: 'Bản nháp không hợp lệ.',
} as const;

export const dossierStateNames = {
  guidance_issued: 'Đã hướng dẫn bổ sung',
  refused: 'Từ chối tiếp nhận',
  received: 'Đã tiếp nhận',
  in_processing: 'Đang giải quyết',
  awaiting_supplement: 'Chờ bổ sung',
  result_ready: 'Có kết quả, chờ trả',
  returned: 'Đã trả kết quả',
  stopped: 'Dừng giải quyết',
} as const;

export const dossierActionNames = {
  accept: 'Tiếp nhận hồ sơ',
  issueGuidance: 'Hướng dẫn bổ sung, hoàn thiện hồ sơ',
  refuse: 'Từ chối tiếp nhận',
  resolveOnTheSpot: 'Giải quyết và trả kết quả tại chỗ',
  handOver: 'Chuyển cơ quan giải quyết',
  requestSupplement: 'Yêu cầu bổ sung trong quá trình giải quyết',
  receiveSupplement: 'Nhận hồ sơ bổ sung',
  receiveResult: 'Nhận kết quả',
  returnResult: 'Trả kết quả',
  stop: 'Dừng giải quyết',
  apologise: 'Xin lỗi và hẹn lại ngày trả',
} as const;

export const copyTypeNames = {
  ban_chinh: 'Bản chính',
  ban_sao: 'Bản sao',
  ban_sao_chung_thuc: 'Bản sao có chứng thực',
  ban_chup: 'Bản chụp',
} as const;

export const componentDefaults = {
  missingRequirement: (count: number, copyType: string) => `Nộp ${String(count).padStart(2, '0')} ${copyType.toLowerCase()}`,
  faultyRequirement: (note: string | undefined) => note ?? 'Nộp lại bản hợp lệ',
  deliveryCounter: 'Tại Bộ phận tiếp nhận và trả kết quả',
  transitionRefused: (action: string, state: string) => `Không thể thực hiện "${action}" khi hồ sơ ở trạng thái "${state}".`,
} as const;
