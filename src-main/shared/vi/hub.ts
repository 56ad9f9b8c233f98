// @runs: shared
// Words of the office hub: the shell's status line, Cài đặt, the CLI.

/** 1000000 → "1 000 000": Vietnamese papers group digits by spaces here, as the progress line reads. */
const groupDigits = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

export const hubWords = {
  synced: 'Đã đồng bộ',
  offline: (waiting: number) => `Mất kết nối máy chủ văn phòng — đang làm việc ngoại tuyến (${waiting} thay đổi chờ gửi)`,
  lastExchange: (time: string) => `Trao đổi lần cuối: ${time}`,
  joining: (done: number, total: number) => `Đang nhận hồ sơ của văn phòng: ${groupDigits(done)} / ${groupDigits(total)}`,
  notJoined: 'Quầy làm việc độc lập (chưa nối máy chủ văn phòng)',
  conflict: 'Xung đột: thao tác này được thực hiện khi mất kết nối, trong lúc quầy khác đã thay đổi hồ sơ. Cần cán bộ phụ trách xem xét.',
  joinFailed: (reason: string) => `Không nối được máy chủ văn phòng: ${reason}`,
  wrongCounter: (hubCounter: number, counter: number) => `Tài khoản này là của quầy số ${hubCounter}, không phải quầy số ${counter}.`,
  renumberJoined: 'Quầy đang nối máy chủ văn phòng nên không đổi được số quầy. Hãy chọn "Làm việc độc lập" trước.',
  catalogueDiffers: (procedure: string, version: number) => `Danh mục thủ tục của quầy này thiếu "${procedure}" phiên bản ${version}. Hãy cập nhật danh mục rồi đồng bộ lại.`,
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
  cli: {
    usage: 'init --url=postgres://… | add-counter --url=postgres://… --counter=N [--password=…]   máy chủ văn phòng (PostgreSQL): tạo lược đồ, thêm tài khoản quầy',
    initialised: 'Đã tạo lược đồ máy chủ văn phòng và vai trò của các quầy.',
    counterAdded: (counter: number, role: string, password: string) => `Quầy số ${counter}: tài khoản ${role}, mật khẩu ${password}`,
    missingUrl: 'Thiếu --url=postgres://…',
  },
};
