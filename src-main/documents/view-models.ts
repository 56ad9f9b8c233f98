// @runs: shared
// What each paper of the counter shows, as plain data. A document is a pure
// function of its view model (no database access while rendering), so the
// inputs stored with an issued document are enough to print it again.
//
// Conventions for intake and the other features that fill these:
// - Times are ISO-8601 strings with "+07:00" (toVnIso), dates "YYYY-MM-DD".
// - `number` is the full document number as printed after "Số:", e.g. "125/TNHS".
// - `office` comes from the office setting (parentAgency, officeName, place);
//   `receivingUnit` defaults to "Bộ phận tiếp nhận và trả kết quả – <officeName>".
// - Every name and address is printed as given (NFC-normalised); nothing is abbreviated.

import type { TimeLimitUnit } from '../calendar/appointment';

export type FormSet = '2018' | '2025';
export type Paper = 'A4' | 'A5';

export const DOCUMENT_KINDS = [
  'receipt',
  'guidance',
  'refusal',
  'apology',
  'control',
  'register',
  'postalHandover',
  'stopNotice',
  'receiptAndHandover',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface OfficeHeader {
  /** TÊN CƠ QUAN CHỦ QUẢN, e.g. "BẢO HIỂM XÃ HỘI VIỆT NAM" (printed upper-case). */
  parentAgency: string;
  /** e.g. "Bảo hiểm xã hội cơ sở Đông Hà" (printed bold, upper-case). */
  officeName: string;
  /** Place name before "ngày … tháng … năm …", e.g. "Đông Hà". */
  place: string;
  /** Item "Bộ phận tiếp nhận và trả kết quả: …" on Mẫu 01–03. */
  receivingUnit?: string;
  /** Hotline or contact line printed at the foot of the receipt. */
  hotline?: string;
}

export interface Party {
  name: string;
  /** The identity document as printed, e.g. "Hộ chiếu số M12345678 (Hàn Quốc)" (people/identifiers.ts identityText). */
  identity?: string;
  address?: string;
  phone?: string;
  email?: string;
}

/** Fields every document has. */
export interface DocumentBase {
  office: OfficeHeader;
  /** "Số: …" – the full number with its suffix, e.g. "125/TNHS". */
  number: string;
  /** When the paper is issued (the date printed after the place name). */
  issuedAt: string;
}

export interface ComponentLine {
  name: string;
  /** "Bản chính", "Bản sao có chứng thực", "Bản chụp" … */
  copyType: string;
  count: number;
  note?: string;
}

export type ResultDelivery = { kind: 'counter' } | { kind: 'post'; address: string };

/** Mẫu 01 – GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ. */
export interface ReceiptModel extends DocumentBase {
  dossierCode: string;
  applicant: Party;
  procedureName: string;
  components: ComponentLine[];
  /** Số lượng hồ sơ (bộ). */
  setCount: number;
  /** Thời gian giải quyết theo quy định, in timeLimitUnit; 0 = trả ngay trong ngày. */
  timeLimitDays: number;
  /** Working days when left out (papers issued before time-limit units). */
  timeLimitUnit?: TimeLimitUnit;
  receivedAt: string;
  appointmentAt: string;
  delivery: ResultDelivery;
  register: { volume: string; sequence: number };
  clerkName: string;
  /** Printed under NGƯỜI NỘP HỒ SƠ when known (the person at the counter, who may not be the applicant). */
  submitterName?: string;
}

/** Mẫu 02 – PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ. */
export interface GuidanceModel extends DocumentBase {
  applicant: Party;
  procedureName: string;
  /** Every missing or faulty component, each with exactly what is required. */
  items: { component: string; requirement: string }[];
  reason: string;
  clerkName: string;
  clerkPhone: string;
  /** Where the applicant can look the procedure up, e.g. "Cổng Dịch vụ công quốc gia". */
  lookup?: string;
}

/** Mẫu 03 – PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ. */
export interface RefusalModel extends DocumentBase {
  applicant: Party;
  procedureName: string;
  /** Reasons in plain words, never error codes. */
  reasons: string[];
  clerkName: string;
  contact?: string;
}

export interface Signer {
  /** e.g. "GIÁM ĐỐC"; `onBehalf` adds the "KT. GIÁM ĐỐC" line above it. */
  title: string;
  onBehalf?: string;
  name: string;
}

/** Mẫu 04 – apology and new appointment (2018) / apology and extension request (2025). */
export interface ApologyModel extends DocumentBase {
  recipient: Party;
  /** The agency that resolves the dossier (tên cơ quan in the body). */
  resolvingAgency: string;
  receivedAt: string;
  dossierCode: string;
  procedureName: string;
  originalAppointmentAt: string;
  reason: string;
  newAppointmentAt: string;
  /** Nơi nhận, after "Như trên". */
  copiesTo: string[];
  signer: Signer;
}

export type StepResult = 'early' | 'onTime' | 'late';

export interface ControlStep {
  agency: string;
  handedAt: string;
  handedBy: string;
  receivedAt?: string;
  receivedBy?: string;
  result?: StepResult;
  note?: string;
}

/** Mẫu 05 (2018) / Mẫu 06 (2025) – PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ. */
export interface ControlModel extends DocumentBase {
  dossierCode: string;
  receiptNumber: string;
  applicant: Party;
  procedureName: string;
  receivedAt: string;
  appointmentAt: string;
  resolvingAgency: string;
  coordinatingAgency?: string;
  steps: ControlStep[];
}

export interface RegisterRow {
  dossierCode: string;
  procedureName: string;
  setCount: number;
  applicantName: string;
  addressPhone: string;
  resolvingAgency: string;
  receivedOn: string;
  appointmentOn?: string;
  transferredOn?: string;
  resultReceivedOn?: string;
  returnedOn?: string;
  note?: string;
}

/** Mẫu 06 (2018) / Mẫu 07 (2025) – SỔ THEO DÕI HỒ SƠ for a date range. */
export interface RegisterModel extends DocumentBase {
  from: string;
  to: string;
  volume?: string;
  /** Whose dossiers: "Quầy số 3", "Cả văn phòng", and offline up to which exchange. */
  scope?: string;
  rows: RegisterRow[];
}

/** GIẤY GIAO NHẬN HỒ SƠ (BHXH): results returned by public postal service. */
export interface PostalHandoverModel extends DocumentBase {
  sender: { clerkName: string; unit: string; address: string; phone: string; content?: string };
  /** The post office that carries the result, with the tracking number it gave the parcel. */
  postOffice: { name: string; trackingNumber?: string; address?: string; phone?: string };
  recipient: Party;
  dossierCode: string;
  items: { name: string; count: number; note?: string }[];
}

/** THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ (Mẫu 05 of the 2025 set only). */
export interface StopNoticeModel extends DocumentBase {
  recipient: Party;
  resolvingAgency: string;
  dossierCode: string;
  procedureName: string;
  receivedAt: string;
  reason: string;
  /** What the applicant may do next (optional). */
  guidance?: string;
  copiesTo: string[];
  signer: Signer;
}

/** "4 tại chỗ": the receipt, then the hand-over of the result given on the spot. */
export interface ReceiptAndHandoverModel extends ReceiptModel {
  handover: {
    resultName: string;
    /** e.g. the new card number. */
    resultNumber: string;
    returnedAt: string;
    receiverName: string;
    note?: string;
  };
}

export interface ViewModels {
  receipt: ReceiptModel;
  guidance: GuidanceModel;
  refusal: RefusalModel;
  apology: ApologyModel;
  control: ControlModel;
  register: RegisterModel;
  postalHandover: PostalHandoverModel;
  stopNotice: StopNoticeModel;
  receiptAndHandover: ReceiptAndHandoverModel;
}

export type AnyViewModel = ViewModels[DocumentKind];
