// @runs: shared
// Words of backup, restore, the start-up check and the recovery screen.

export const backupWords = {
  panelTitle: 'Sao lưu dữ liệu',
  panelIntro: 'Mỗi bản sao lưu gồm cơ sở dữ liệu và các tệp hồ sơ số hóa. Phần mềm tự sao lưu mỗi ngày sau giờ đã đặt và giữ lại các bản mới nhất.',
  backupNow: 'Sao lưu ngay',
  backingUp: 'Đang sao lưu…',
  restoring: 'Đang phục hồi…',
  done: (at: string) => `Đã sao lưu xong lúc ${at}.`,
  progressDatabase: 'Sao lưu cơ sở dữ liệu',
  progressCheck: 'Kiểm tra toàn vẹn bản sao',
  progressFiles: 'Sao lưu tệp số hóa',
  progressRestore: 'Phục hồi dữ liệu',
  folder: 'Thư mục sao lưu',
  folderHint: 'Để trống: thư mục "backups" trong thư mục dữ liệu. Nên chọn ổ đĩa khác hoặc ổ ngoài.',
  keep: 'Số bản giữ lại',
  dailyTime: 'Giờ tự động sao lưu hằng ngày',
  saveSettings: 'Lưu cài đặt sao lưu',
  settingsTitle: 'Cài đặt sao lưu',
  keepRange: 'Số bản giữ lại là số nguyên từ 1 đến 365.',
  timeFormat: 'Giờ có dạng HH:MM, ví dụ 17:30.',
  supervisorOnly: 'Chỉ người có quyền giám sát được phục hồi dữ liệu và đổi cài đặt sao lưu.',
  listTitle: 'Các bản sao lưu (mới nhất trước)',
  none: 'Chưa có bản sao lưu nào.',
  columns: { at: 'Thời điểm', size: 'Dung lượng', files: 'Tệp số hóa', state: 'Tình trạng', reason: 'Loại' },
  states: { ok: 'Nguyên vẹn', damaged: 'Bị hỏng' },
  reasons: { manual: 'Sao lưu tay', daily: 'Tự động hằng ngày', cli: 'Dòng lệnh' },
  restoreThis: 'Phục hồi bản này',
  restoreThisLabel: (at: string) => `Phục hồi bản sao lưu lúc ${at}`,
  restored: 'Đã phục hồi dữ liệu. Hãy đăng nhập lại.',
  saved: 'Đã lưu cài đặt sao lưu.',
  atTime: (date: string, time: string) => `${time} ngày ${date}`,
  confirmTitle: 'Xác nhận phục hồi dữ liệu',
  confirmText: (at: string) =>
    `Dữ liệu hiện tại sẽ được thay bằng bản sao lưu lúc ${at}. Mọi thay đổi sau thời điểm đó sẽ không còn trong phần mềm (tệp dữ liệu hiện tại được giữ lại bên cạnh để đối chiếu). Sau khi phục hồi, mọi người cần đăng nhập lại.`,
  confirmPassword: 'Nhập mật khẩu của bạn để xác nhận',
  confirm: 'Phục hồi',
  cancel: 'Hủy (Esc)',
  cli: {
    backupUsage: '                         sao lưu ngay (cơ sở dữ liệu + tệp số hóa), rồi chỉ giữ N bản mới nhất',
    restoreUsage: '--from=THƯ_MỤC|--latest  phục hồi một bản sao lưu (đóng phần mềm trước); tệp hiện tại được giữ lại bên cạnh',
    verifyUsage: '                         kiểm tra toàn vẹn dữ liệu đang dùng và các bản sao lưu (mã thoát 1 nếu dữ liệu đang dùng bị hỏng)',
    backedUp: (path: string, size: string) => `Đã sao lưu: ${path} (${size})`,
    restoreFirst: 'Hãy phục hồi trước: npm run cli -- restore --latest.',
    restoreNeedsSource: 'Cần chỉ rõ bản sao lưu: --from=THƯ_MỤC hoặc --latest.',
    restored: (from: string, aside: string | null) => `Đã phục hồi từ ${from}.${aside ? ` Tệp cũ được giữ tại ${aside}.` : ''}`,
    refused: (reason: string) => `Không phục hồi: ${reason}`,
    noBackup: 'Không có bản sao lưu nguyên vẹn nào.',
    liveOk: (file: string) => `Dữ liệu đang dùng: nguyên vẹn (${file})`,
    liveDamaged: (file: string, reason: string) => `Dữ liệu đang dùng: HỎNG (${file}) — ${reason}`,
    liveMissing: (file: string) => `Dữ liệu đang dùng: không có tệp ${file}`,
    backupOk: (id: string) => `Bản sao lưu ${id}: nguyên vẹn`,
    backupDamaged: (id: string, reason: string) => `Bản sao lưu ${id}: HỎNG — ${reason}`,
    backupCount: (count: number, folder: string) => `${count} bản sao lưu trong ${folder}`,
  },
  startupCheck: {
    title: 'Đang kiểm tra toàn vẹn dữ liệu…',
    why: 'Mỗi lần khởi động, phần mềm kiểm tra tệp dữ liệu để không làm việc trên dữ liệu hỏng. Với dữ liệu nhiều năm, việc này mất vài giây; ở quầy giữ hồ sơ của cả văn phòng (nối máy chủ văn phòng) có thể mất một đến vài phút.',
    failed: 'Không mở được dữ liệu của quầy',
  },
  recovery: {
    title: 'Dữ liệu bị hỏng — cần phục hồi',
    what: 'Khi khởi động, phần mềm kiểm tra tệp dữ liệu và phát hiện tệp bị hỏng, bị mất hoặc trống. Để không làm sai lệch hồ sơ, phần mềm không làm việc trên tệp này.',
    reason: 'Chi tiết kiểm tra',
    next: 'Hãy phục hồi bản sao lưu gần nhất. Tệp bị hỏng được giữ lại bên cạnh (tên có đuôi "before-restore") để cán bộ kỹ thuật xem xét. Các thay đổi sau thời điểm sao lưu cần được nhập lại.',
    restoreLatest: 'Phục hồi bản sao lưu gần nhất',
    orChoose: 'Hoặc chọn một bản khác:',
    folder: (folder: string) => `Thư mục sao lưu: ${folder}`,
    noBackups: 'Không tìm thấy bản sao lưu nào. Hãy liên hệ cán bộ kỹ thuật: chép một bản sao lưu vào thư mục trên (hoặc dùng lệnh "restore --from=THƯ_MỤC"), rồi bấm Kiểm tra lại.',
    retry: 'Kiểm tra lại',
  },
  damage: {
    notDatabase: 'Tệp dữ liệu không phải là cơ sở dữ liệu hợp lệ (phần đầu tệp bị ghi đè hoặc hỏng).',
    malformed: 'Cấu trúc tệp dữ liệu bị hỏng (database disk image is malformed).',
    integrity: (detail: string) => `Kiểm tra toàn vẹn phát hiện lỗi: ${detail}`,
    cannotOpen: (detail: string) => `Không mở được tệp dữ liệu: ${detail}`,
    missingFile: 'Không có tệp cơ sở dữ liệu trong bản sao lưu.',
    missingManifest: 'Thiếu tệp mô tả (manifest.json) của bản sao lưu.',
    sizeMismatch: 'Kích thước tệp sao lưu khác với lúc tạo (tệp bị cắt hoặc bị sửa).',
    hashMismatch: 'Mã kiểm tra (SHA-256) của tệp sao lưu khác với lúc tạo (tệp bị sửa hoặc hỏng).',
    badManifest: 'Tệp mô tả (manifest.json) của bản sao lưu không đọc được.',
    liveMissing: (count: number) =>
      `Không tìm thấy tệp dữ liệu của quầy (mot-cua.sqlite) trong thư mục dữ liệu, trong khi thư mục sao lưu có ${count} bản sao lưu. Phần mềm không tạo dữ liệu mới để không che mất dữ liệu cũ.`,
    liveEmpty: (count: number) =>
      `Tệp dữ liệu của quầy (mot-cua.sqlite) trống (0 byte), trong khi thư mục sao lưu có ${count} bản sao lưu. Phần mềm không tạo dữ liệu mới để không che mất dữ liệu cũ.`,
  },
} as const;

/** Sizes as a clerk reads them: "12,5 MB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1).replace('.', ',')} ${units[unit]}`;
}
