// @runs: shared
// Folders the counter writes to or reads from: why a typed folder is refused,
// and which folder's disk is full.

/** Every folder the app names to a clerk, as it is called inside a sentence. */
export const folderNames = {
  data: 'thư mục dữ liệu',
  print: 'thư mục lưu PDF',
  backup: 'thư mục sao lưu',
  scanner: 'thư mục máy quét',
  sending: 'thư mục nhận gói dữ liệu',
  export: 'thư mục gói dữ liệu cuối ngày',
  reports: 'thư mục báo cáo',
  sharedScans: 'thư mục chung lưu bản quét của cơ quan',
} as const;

export type FolderKind = keyof typeof folderNames;

/** The folders a supervisor types in Cài đặt, each with an example of a full path. */
const examples = {
  print: 'D:\\MotCua\\BanIn',
  backup: 'D:\\SaoLuu',
  scanner: 'D:\\MayQuet',
  sending: 'E:\\ChuyenDuLieu',
  sharedScans: '\\\\MayChu\\BanQuet',
} as const satisfies Partial<Record<FolderKind, string>>;

export type FolderSettingKind = keyof typeof examples;

export const folderMessages = {
  notAbsolute: (kind: FolderSettingKind) => `Ghi ${folderNames[kind]} bằng đường dẫn đầy đủ, bắt đầu từ ổ đĩa (ví dụ ${examples[kind]}).`,
  parentSegment: (kind: FolderSettingKind) => `Đường dẫn ${folderNames[kind]} không được có "..": hãy ghi thẳng đường dẫn đầy đủ tới thư mục (ví dụ ${examples[kind]}).`,
  controlCharacter: (kind: FolderSettingKind) => `Đường dẫn ${folderNames[kind]} có ký tự ẩn không hợp lệ (thường do dán từ nơi khác): hãy gõ lại.`,
  diskFull: (kind: FolderKind, folder: string) =>
    `Ổ đĩa chứa ${folderNames[kind]} (${folder}) đã đầy nên không ghi được. Những gì đã lưu trước đó không bị ảnh hưởng. Hãy giải phóng dung lượng ổ đĩa (hoặc báo cán bộ kỹ thuật) rồi làm lại.`,
} as const;
