// @runs: node-script
// Realistic view models for every document: long Vietnamese names, addresses
// and procedure names, as a clerk in Quảng Trị would type them, with the naming
// in use since 01/07/2025: "Bảo hiểm xã hội tỉnh …" above "Bảo hiểm xã hội cơ
// sở …", two-level addresses (phường/xã, tỉnh/thành phố; no district) and no
// refusal on grounds Decree 118/2025 and Law 41/2024 no longer allow.
import type { ComponentLine, ViewModels } from '../../src-main/documents/view-models';

export const office = {
  parentAgency: 'Bảo hiểm xã hội tỉnh Quảng Trị',
  officeName: 'Bảo hiểm xã hội cơ sở Đông Hà',
  place: 'Đông Hà',
  hotline: 'đường dây nóng 0233.3852.456 hoặc tổng đài 1900 9068',
};

export const applicant = {
  name: 'Tôn Nữ Hoàng Thị Phượng Khuê',
  address: 'Số 18/4 kiệt 126 đường Nguyễn Trãi, khu phố 7, phường Đông Hà, tỉnh Quảng Trị',
  phone: '0905 123 456',
  email: 'phuongkhue.tonnu@gmail.com',
};

export const CODE = '000.00.15.H27-260302-0007';
export const PROCEDURE = 'Cấp lại, đổi, điều chỉnh thông tin trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế (trường hợp thay đổi họ, tên, chữ đệm, ngày tháng năm sinh, giới tính)';

const componentNames = [
  'Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (Mẫu TK1-TS)',
  'Thẻ Căn cước hoặc Căn cước công dân gắn chíp điện tử của người tham gia',
  'Giấy khai sinh hoặc trích lục khai sinh có ghi rõ họ, chữ đệm, tên, ngày tháng năm sinh',
  'Quyết định cho phép thay đổi, cải chính hộ tịch của Ủy ban nhân dân phường',
  'Sổ bảo hiểm xã hội đã cấp (bìa và các tờ rời)',
];

export function components(count: number): ComponentLine[] {
  return Array.from({ length: count }, (_, i) => ({
    name: i < componentNames.length ? (componentNames[i] as string) : `Giấy tờ chứng minh bổ sung số ${i + 1}: xác nhận của Ủy ban nhân dân xã Triệu Phong về nơi cư trú hiện tại`,
    copyType: i % 3 === 1 ? 'Bản sao có chứng thực' : 'Bản chính',
    count: 1 + (i % 2),
    ...(i === 2 ? { note: 'Đã đối chiếu bản chính' } : {}),
  }));
}

const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi'];
const given = ['Thị Thu Hương', 'Văn Đức Anh', 'Ngọc Bảo Trâm', 'Quốc Khánh', 'Thị Mỹ Duyên', 'Hữu Nghĩa', 'Minh Triết'];

const base = { office, number: '125/TNHS', issuedAt: '2026-03-02T09:41:00+07:00' };

export const receipt: ViewModels['receipt'] = {
  ...base,
  dossierCode: CODE,
  applicant,
  procedureName: PROCEDURE,
  components: components(5),
  setCount: 1,
  timeLimitDays: 7,
  receivedAt: '2026-03-02T09:41:00+07:00',
  appointmentAt: '2026-03-11T15:30:00+07:00',
  delivery: { kind: 'post', address: 'Số 18/4 kiệt 126 đường Nguyễn Trãi, phường Đông Hà, tỉnh Quảng Trị' },
  register: { volume: '03/2026', sequence: 457 },
  clerkName: 'Nguyễn Thị Thu Hương',
  submitterName: 'Tôn Thất Quang Vinh',
};

export const models: ViewModels = {
  receipt,
  guidance: {
    ...base,
    number: '12/HDHS',
    applicant,
    procedureName: PROCEDURE,
    items: [
      { component: 'Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (Mẫu TK1-TS)', requirement: 'Ghi đầy đủ mục [09] địa chỉ nhận kết quả; ký và ghi rõ họ tên người kê khai' },
      { component: 'Giấy khai sinh hoặc trích lục khai sinh', requirement: 'Nộp bản sao có chứng thực; bản chụp không có giá trị đối chiếu' },
      { component: 'Quyết định cho phép thay đổi, cải chính hộ tịch', requirement: 'Còn thiếu: cần bản chính hoặc bản sao có chứng thực của Ủy ban nhân dân phường' },
    ],
    reason: 'Hồ sơ chưa đủ thành phần theo quy định tại Quyết định 2222/QĐ-BHXH ngày 29/07/2025',
    clerkName: 'Nguyễn Thị Thu Hương',
    clerkPhone: '0233 3852 456',
  },
  refusal: {
    ...base,
    number: '04/TCHS',
    applicant,
    procedureName: 'Đề nghị xác nhận thời gian công tác để xét nâng bậc lương',
    reasons: [
      'Yêu cầu không thuộc phạm vi giải quyết của cơ quan bảo hiểm xã hội: việc xác nhận thời gian công tác để xét nâng bậc lương thuộc thẩm quyền của cơ quan, đơn vị quản lý người lao động.',
    ],
    clerkName: 'Nguyễn Thị Thu Hương',
    contact: 'Mọi thắc mắc xin liên hệ Bộ phận Một cửa, số điện thoại 0233 3852 456.',
  },
  apology: {
    ...base,
    number: '7.1/VBXL',
    recipient: applicant,
    resolvingAgency: 'Bảo hiểm xã hội cơ sở Đông Hà',
    receivedAt: '2026-02-20T10:05:00+07:00',
    dossierCode: CODE,
    procedureName: PROCEDURE,
    originalAppointmentAt: '2026-03-03T15:00:00+07:00',
    reason: 'Hệ thống cơ sở dữ liệu quốc gia về dân cư gián đoạn kết nối, chưa xác thực được thông tin nhân thân của người tham gia.',
    newAppointmentAt: '2026-03-10T15:00:00+07:00',
    copiesTo: ['Bộ phận Một cửa', 'Phòng Quản lý thu – Sổ, thẻ'],
    signer: { onBehalf: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Hoàng Trọng Nghĩa' },
  },
  control: {
    ...base,
    number: '125/PKS',
    dossierCode: CODE,
    receiptNumber: '125/TNHS',
    applicant,
    procedureName: PROCEDURE,
    receivedAt: '2026-03-02T09:41:00+07:00',
    appointmentAt: '2026-03-11T15:30:00+07:00',
    resolvingAgency: 'Bộ phận Quản lý thu – Sổ, thẻ, Bảo hiểm xã hội cơ sở Đông Hà',
    coordinatingAgency: 'Bảo hiểm xã hội tỉnh Quảng Trị',
    steps: [
      { agency: 'Bộ phận Một cửa', handedAt: '2026-03-02T10:15:00+07:00', handedBy: 'Nguyễn Thị Thu Hương', receivedAt: '2026-03-02T10:20:00+07:00', receivedBy: 'Lê Văn Tám', result: 'early' },
      { agency: 'Bộ phận Quản lý thu – Sổ, thẻ', handedAt: '2026-03-05T14:00:00+07:00', handedBy: 'Lê Văn Tám', receivedAt: '2026-03-05T14:10:00+07:00', receivedBy: 'Trần Thị Bích Ngọc', result: 'onTime', note: 'Đã in thẻ mới' },
      { agency: 'Bộ phận Một cửa', handedAt: '2026-03-12T08:00:00+07:00', handedBy: 'Trần Thị Bích Ngọc', result: 'late', note: 'Trễ 1 ngày, đã gửi phiếu xin lỗi' },
    ],
  },
  register: {
    ...base,
    number: '',
    from: '2026-03-01',
    to: '2026-03-31',
    volume: '03/2026',
    rows: registerRows(12),
  },
  postalHandover: {
    ...base,
    number: '31/GNHS',
    sender: { clerkName: 'Nguyễn Thị Thu Hương', unit: 'Bảo hiểm xã hội cơ sở Đông Hà', address: 'Số 01 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị', phone: '0233 3852 456' },
    postOffice: { name: 'Bưu cục vận hành Đông Hà', trackingNumber: 'EB123456789VN', address: 'Số 183 đường Lê Duẩn, phường Đông Hà, tỉnh Quảng Trị', phone: '0233 3855 555' },
    recipient: applicant,
    dossierCode: CODE,
    items: [
      { name: 'Thẻ BHYT', count: 1, note: 'Mã thẻ GD4454520112345' },
      { name: 'Bìa sổ BHXH', count: 1 },
      { name: 'Tờ rời', count: 2 },
      { name: 'QĐ Hoàn trả', count: 1 },
    ],
  },
  stopNotice: {
    ...base,
    number: '02/TBDGQ',
    recipient: applicant,
    resolvingAgency: 'Bảo hiểm xã hội cơ sở Đông Hà',
    dossierCode: CODE,
    procedureName: PROCEDURE,
    receivedAt: '2026-02-20T10:05:00+07:00',
    reason: 'Người nộp hồ sơ có đơn đề nghị rút hồ sơ ngày 01/03/2026 để bổ sung giấy tờ hộ tịch.',
    guidance: 'Nhận lại hồ sơ tại Bộ phận Một cửa; khi nộp lại hồ sơ mới sẽ được cấp mã hồ sơ mới.',
    copiesTo: ['Bộ phận Một cửa'],
    signer: { title: 'GIÁM ĐỐC', name: 'Hoàng Trọng Nghĩa' },
  },
  receiptAndHandover: {
    ...receipt,
    procedureName: 'Cấp lại thẻ bảo hiểm y tế do bị mất, hỏng (không thay đổi thông tin)',
    timeLimitDays: 0,
    appointmentAt: '2026-03-02T10:05:00+07:00',
    delivery: { kind: 'counter' },
    handover: {
      resultName: 'Thẻ bảo hiểm y tế (cấp lại)',
      resultNumber: 'GD4454520112345',
      returnedAt: '2026-03-02T10:05:00+07:00',
      receiverName: 'Tôn Nữ Hoàng Thị Phượng Khuê',
    },
  },
};

export function registerRows(count: number): ViewModels['register']['rows'] {
  return Array.from({ length: count }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      dossierCode: `000.00.15.H27-2603${day}-${String(i + 1).padStart(4, '0')}`,
      procedureName: i % 2 ? 'Cấp lại thẻ bảo hiểm y tế do bị mất, hỏng' : 'Giải quyết hưởng trợ cấp bảo hiểm xã hội một lần',
      setCount: 1,
      applicantName: `${surnames[i % surnames.length]} ${given[i % given.length]}`,
      addressPhone: `Số ${i + 3} đường Lê Lợi, phường Đông Hà, tỉnh Quảng Trị; 0905 ${String(100000 + i).slice(0, 6)}`,
      resolvingAgency: 'BHXH cơ sở Đông Hà',
      receivedOn: `2026-03-${day}`,
      appointmentOn: `2026-03-${String(Math.min(28, 1 + (i % 28) + 5)).padStart(2, '0')}`,
      ...(i % 3 === 0 ? { transferredOn: `2026-03-${day}`, resultReceivedOn: `2026-03-${day}`, returnedOn: `2026-03-${day}` } : {}),
    };
  });
}
