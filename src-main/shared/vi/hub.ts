// @runs: shared
// Words of the office hub: the shell's status line, Cài đặt, the CLI.

export const hubWords = {
  synced: 'Đã đồng bộ',
  offline: (waiting: number) => `Mất kết nối máy chủ văn phòng — đang làm việc ngoại tuyến (${waiting} thay đổi chờ gửi)`,
  received: (n: number) => `Đã nhận ${n} thay đổi từ các quầy khác`,
  lastExchange: (time: string) => `Trao đổi lần cuối: ${time}`,
  notJoined: 'Quầy làm việc độc lập (chưa nối máy chủ văn phòng)',
  conflict: 'Xung đột: thao tác này được thực hiện khi mất kết nối, trong lúc quầy khác đã thay đổi hồ sơ. Cần cán bộ phụ trách xem xét.',
  joinFailed: (reason: string) => `Không nối được máy chủ văn phòng: ${reason}`,
  wrongCounter: (hubCounter: number, counter: number) => `Tài khoản này là của quầy số ${hubCounter}, không phải quầy số ${counter}.`,
  renumberJoined: 'Quầy đang nối máy chủ văn phòng nên không đổi được số quầy. Hãy chọn "Làm việc độc lập" trước.',
  catalogueDiffers: (procedure: string, version: number) => `Danh mục thủ tục của quầy này thiếu "${procedure}" phiên bản ${version}. Hãy cập nhật danh mục rồi đồng bộ lại.`,
  scanBeforeDossier: (name: string) => `Nhận được bản quét "${name}" của một hồ sơ quầy này chưa có. Hãy đồng bộ lại; nếu vẫn lỗi, báo cán bộ kỹ thuật.`,
  scanAway: (counter: number) => `Bản quét đang ở quầy ${counter}, chưa tải được — thử lại khi có kết nối.`,
  scanMismatch: (name: string) =>
    `Bản quét "${name}" nhận từ máy chủ văn phòng không khớp mã băm SHA-256 ghi lúc đính kèm nên không được hiển thị. Hãy báo cán bộ kỹ thuật và quét lại từ bản gốc.`,
  ui: {
    title: 'Máy chủ văn phòng',
    explain: 'Nối quầy với máy chủ văn phòng để các quầy dùng chung hồ sơ. Quầy vẫn làm việc khi mất kết nối và tự gửi các thay đổi khi có lại kết nối.',
    address: 'Địa chỉ (máy:cổng/cơ sở dữ liệu)',
    addressHint: 'Ví dụ: 192.168.1.10:5432/motcua — do cán bộ CNTT cung cấp',
    user: 'Tài khoản của quầy',
    password: 'Mật khẩu',
    join: 'Nối máy chủ',
    leave: 'Làm việc độc lập',
    joinedAs: (user: string, address: string) => `Đã nối: ${user} tại ${address}`,
    sealed: 'Mật khẩu được lưu mã hoá bằng khoá riêng của máy này; bản sao lưu không chứa khoá đó.',
    conflicts: (n: number) => `${n} xung đột cần cán bộ phụ trách xem xét`,
  },
  office: {
    title: 'Dùng chung toàn cơ quan',
    explain:
      'Tài khoản cán bộ và các cài đặt của cơ quan (thông tin cơ quan, thời gian tự khóa, bản quét được nhận, loại giấy tờ tùy thân, bộ mẫu văn bản) được dùng chung qua máy chủ văn phòng. Số quầy, thư mục, máy in là của riêng quầy này.',
    scanFolder: 'Thư mục chung lưu bản quét (để trống: lưu trên máy chủ văn phòng)',
    scanFolderHint: 'Ví dụ: \\\\MayChu\\BanQuet — mọi quầy phải mở được cùng đường dẫn này',
    save: 'Lưu thư mục',
    saved: 'Đã lưu. Các quầy khác nhận thay đổi ở lần đồng bộ tới.',
    clashesTitle: 'Trùng tên đăng nhập giữa các quầy',
    clash: (username: string, parkedName: string, parkedAs: string) =>
      `"${username}": quầy tạo trước giữ tên này; ${parkedName} đăng nhập bằng "${parkedAs}" cho tới khi được xử lý.`,
    historyTitle: 'Lịch sử thay đổi cài đặt của cơ quan',
    historyEntry: (setting: string, clerk: string, counter: number, at: string) => `${at} — ${setting}: ${clerk} (quầy ${counter})`,
    noHistory: 'Chưa có thay đổi nào.',
  },
  settingNames: {
    office: 'Thông tin cơ quan',
    'session.idleMinutes': 'Thời gian tự khóa',
    'attachments.acceptedKinds': 'Loại bản quét được nhận',
    'attachments.maxMegabytes': 'Dung lượng tối đa của bản quét',
    'identity.documentTypes': 'Loại giấy tờ tùy thân',
    'documents.formSet': 'Bộ mẫu văn bản',
    'hub.sharedScansFolder': 'Thư mục chung lưu bản quét',
  } as Record<string, string>,
  cli: {
    usage: 'init --url=postgres://… | add-counter --url=postgres://… --counter=N [--password=…]   máy chủ văn phòng (PostgreSQL): tạo lược đồ, thêm tài khoản quầy',
    initialised: 'Đã tạo lược đồ máy chủ văn phòng và vai trò của các quầy.',
    counterAdded: (counter: number, role: string, password: string) => `Quầy số ${counter}: tài khoản ${role}, mật khẩu ${password}`,
    missingUrl: 'Thiếu --url=postgres://…',
  },
};
