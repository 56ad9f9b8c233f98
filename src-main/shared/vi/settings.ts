// @runs: shared
// What a clerk reads when a settings form was saved over values changed since it was opened.

export const settingsWords = {
  /** The save was refused: the stored values changed (another counter through the office hub, or another window) since the form was opened. */
  staleForm: 'Cài đặt này vừa được thay đổi (từ máy chủ văn phòng hoặc cửa sổ khác) sau khi bạn mở biểu mẫu. Chưa lưu gì: biểu mẫu đã được tải lại giá trị mới, hãy kiểm tra và sửa lại nếu cần.',
} as const;
