// @runs: shared
// Đánh giá mức độ hài lòng: the three factors, the five levels, screen words.

export const FACTORS = ['procedureQuality', 'staffAttitude', 'resultQuality'] as const;
export type Factor = (typeof FACTORS)[number];

export const factorNames: Record<Factor, string> = {
  procedureQuality: 'Chất lượng thủ tục',
  staffAttitude: 'Thái độ phục vụ của cán bộ',
  resultQuality: 'Kết quả giải quyết',
};

/** 1 … 5. */
export const levelNames = ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'] as const;

export const satisfactionMessages = {
  level: 'Chọn mức từ 1 (Rất không hài lòng) đến 5 (Rất hài lòng).',
  notReturned: 'Chỉ đánh giá khi đã trả kết quả hồ sơ.',
  noCode: 'Hồ sơ chưa có mã, không lưu được đánh giá.',
} as const;

export const satisfactionUi = {
  offer: 'Mời công dân đánh giá mức độ hài lòng',
  offerHint: 'Quay màn hình về phía công dân rồi nhấn F8.',
  start: 'Mời đánh giá',
  title: 'Ông/Bà vui lòng đánh giá mức độ hài lòng',
  dossier: (code: string) => `Hồ sơ ${code}`,
  step: (n: number, total: number) => `Câu ${n}/${total}`,
  keysHint: 'Nhấn số 1–5 rồi Enter. Esc: trả lại màn hình cho cán bộ.',
  comment: 'Góp ý thêm (không bắt buộc)',
  commentHint: 'Nhấn Enter để gửi đánh giá.',
  send: 'Gửi đánh giá',
  thanks: 'Xin cảm ơn Ông/Bà đã đánh giá!',
  handBack: 'Trả màn hình cho cán bộ',
  stored: 'Đã lưu đánh giá của công dân.',
  secondWindowNote: 'Màn hình đánh giá hiện toàn màn hình trên máy của cán bộ (chưa hỗ trợ màn hình thứ hai).',
} as const;
