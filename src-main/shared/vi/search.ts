// @runs: shared
// Tìm hồ sơ (Ctrl+F): screen words.

export const searchUi = {
  title: 'Tìm hồ sơ',
  label: 'Mã hồ sơ, số định danh hoặc số hộ chiếu, mã số BHXH, mã thẻ BHYT, số điện thoại hoặc họ tên',
  hint: 'Gõ không dấu được. Mã hồ sơ hôm nay: chỉ cần mấy số cuối (ví dụ 3012).',
  keys: '↑/↓ chọn · Enter mở hồ sơ · Esc đóng',
  searching: 'Đang tìm…',
  none: 'Không tìm thấy hồ sơ nào.',
  noCode: 'Chưa có mã',
  count: (n: number) => `${n} hồ sơ`,
  submitted: 'Nộp',
  received: 'Nhận',
  due: 'Hẹn trả',
  returned: 'Đã trả',
  close: 'Đóng',
} as const;
