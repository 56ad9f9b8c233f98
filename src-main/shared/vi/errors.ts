// @runs: shared
// Every error message a clerk can see, in Vietnamese, keyed by a stable code.

export const errorMessages = {
  INVALID_INPUT: 'Dữ liệu nhập không hợp lệ.',
  UNKNOWN_METHOD: 'Yêu cầu không được hỗ trợ.',
  REQUEST_TOO_LARGE: 'Dữ liệu gửi lên quá lớn.',
  NOT_SIGNED_IN: 'Bạn chưa đăng nhập.',
  LOCKED: 'Máy đang khóa. Nhập mật khẩu để mở khóa.',
  FORBIDDEN: 'Chỉ lãnh đạo/người phụ trách (quyền giám sát) được thực hiện thao tác này.',
  SETUP_ALREADY_DONE: 'Phần mềm đã được cài đặt ban đầu.',
  SETUP_REQUIRED: 'Cần cài đặt thông tin cơ quan trước khi sử dụng.',
  WRONG_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  WRONG_PASSWORD: 'Mật khẩu không đúng.',
  ACCOUNT_INACTIVE: 'Tài khoản này đã bị ngừng sử dụng.',
  USERNAME_TAKEN: 'Tên đăng nhập này đã có người dùng.',
  CLERK_NOT_FOUND: 'Không tìm thấy cán bộ.',
  LAST_SUPERVISOR: 'Không thể ngừng tài khoản giám sát cuối cùng đang hoạt động.',
  SELF_DEACTIVATE: 'Không thể tự ngừng tài khoản đang đăng nhập.',
  NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu.',
  CONFLICT: 'Thao tác không thực hiện được ở trạng thái hiện tại.',
  INTERNAL: 'Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.',
  CATALOGUE_UNCHANGED: 'Không có thay đổi nào để lưu: thủ tục giữ nguyên phiên bản hiện hành.',
  FORM_NOT_IN_SET: 'Văn bản này không có trong bộ mẫu đang dùng.',
  CALENDAR_WORKDAY_NOT_WEEKEND: 'Ngày làm việc bù chỉ đặt vào thứ Bảy hoặc Chủ nhật. Ngày thường đã là ngày làm việc.',
  CALENDAR_NOTHING_TO_CLEAR: 'Ngày này không có đánh dấu nghỉ lễ hay làm bù để bỏ.',
  CALENDAR_YEAR_CONFIRMED: 'Lịch năm này đã được xác nhận.',
  RECOVERY_MODE: 'Tệp dữ liệu bị hỏng: phần mềm đang ở chế độ phục hồi. Hãy phục hồi một bản sao lưu trước khi làm việc.',
  NOT_IN_RECOVERY: 'Phần mềm không ở chế độ phục hồi. Phục hồi dữ liệu được làm trong mục Cuối ngày → Sao lưu, phục hồi.',
  BACKUP_DAMAGED: 'Bản sao lưu này bị hỏng, không thể dùng để phục hồi.',
  BACKUP_NOT_FOUND: 'Không tìm thấy bản sao lưu đã chọn.',
  BACKUP_BUSY: 'Đang sao lưu hoặc phục hồi dữ liệu. Hãy chờ xong rồi thử lại.',
  BACKUP_SOURCE_DAMAGED: 'Dữ liệu hiện tại không vượt qua kiểm tra toàn vẹn nên không được sao lưu (để không đẩy bản tốt ra ngoài). Hãy liên hệ cán bộ kỹ thuật.',
  BACKUP_FOLDER_INVALID: 'Thư mục sao lưu phải là đường dẫn đầy đủ (ví dụ D:\\SaoLuu) và ghi được.',
  RESTORE_UNAVAILABLE: 'Không thể phục hồi khi phần mềm đang chạy ở chế độ này. Hãy dùng lệnh "restore".',
} as const;

export type ErrorCode = keyof typeof errorMessages;
