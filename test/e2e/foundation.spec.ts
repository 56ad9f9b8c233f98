import BetterSqlite3 from 'better-sqlite3';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../src-main/db/open';
import { completeSetup, FIRST_CLERK, OFFICE, signIn } from './helpers';
import { expect, test } from './fixtures';

test('first run, sign out, wrong password, sign in, lock and unlock — keyboard only', async ({ counter: { page } }) => {
  await completeSetup(page);
  await expect(page.getByText('Quầy số 3')).toBeVisible();
  await expect(page.getByRole('navigation')).toContainText(OFFICE.officeName);
  for (const [index, label] of ['Tiếp nhận', 'Hàng đợi', 'Trả kết quả', 'Cuối ngày', 'Danh mục', 'Cài đặt'].entries()) {
    await expect(page.getByRole('button', { name: `${label} Alt+${index + 1}` })).toBeVisible();
  }

  await page.getByRole('button', { name: 'Đăng xuất' }).press('Enter');
  await signIn(page, FIRST_CLERK.username, 'khong-dung-roi');
  await expect(page.getByRole('alert')).toHaveText(/Tên đăng nhập hoặc mật khẩu không đúng/);
  await expect(page.getByLabel('Mật khẩu')).toBeFocused();
  await expect(page.getByLabel('Mật khẩu')).toHaveValue('');

  await page.keyboard.type(FIRST_CLERK.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-clerk')).toHaveText(FIRST_CLERK.fullName);

  await page.keyboard.press('Control+L');
  const lock = page.getByRole('dialog', { name: /Máy đang khóa/ });
  await expect(lock).toBeVisible();
  await expect(lock.getByLabel('Mật khẩu')).toBeFocused();
  await page.keyboard.type('sai-mat-khau');
  await page.keyboard.press('Enter');
  await expect(lock.getByRole('alert')).toHaveText(/Mật khẩu không đúng/);
  await page.keyboard.type(FIRST_CLERK.password);
  await page.keyboard.press('Enter');
  await expect(lock).toBeHidden();
  await expect(page.getByTestId('current-clerk')).toHaveText(FIRST_CLERK.fullName);
});

test('a supervisor adds a clerk who can then sign in; the setup form explains bad input', async ({ counter: { page } }) => {
  await page.getByLabel('Cơ quan chủ quản').press('Enter');
  await expect(page.getByText('Mã cơ quan có dạng 000.00.15.H27')).toBeVisible();
  await page.reload();
  await completeSetup(page);
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { name: 'Cài đặt', exact: true })).toBeVisible();
  const addForm = page.getByRole('form', { name: 'Thêm cán bộ' });
  await addForm.getByLabel('Họ và tên').fill('Trần Văn Bình');
  await addForm.getByLabel('Tên đăng nhập').fill('binhtv');
  await addForm.getByLabel('Mật khẩu').fill('1234567');
  await addForm.getByLabel('Mật khẩu').press('Enter');
  await expect(addForm.getByText('Mật khẩu phải có ít nhất 8 ký tự.')).toBeVisible();
  // The focus stays in the form submitted, not on the Máy chủ văn phòng form's own "Mật khẩu" further up.
  await expect(page.getByRole('form', { name: 'Máy chủ văn phòng' }).getByLabel('Mật khẩu')).toHaveCount(1);
  await expect(addForm.getByLabel('Mật khẩu')).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('add-clerk-error.png') });
  await addForm.getByLabel('Mật khẩu').fill('12345678');
  await addForm.getByLabel('Mật khẩu').press('Enter');
  await expect(page.getByRole('cell', { name: 'binhtv' })).toBeVisible();
  // Said in words, the form emptied for the next clerk and the focus back on its first field.
  await expect(addForm.getByRole('status')).toHaveText('Đã thêm cán bộ Trần Văn Bình (tên đăng nhập binhtv).');
  await expect(addForm.getByLabel('Họ và tên')).toHaveValue('');
  await expect(addForm.getByLabel('Họ và tên')).toBeFocused();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, 'binhtv', '12345678');
  await expect(page.getByTestId('current-clerk')).toHaveText('Trần Văn Bình');
});

test('wrong passwords in a row: the sign-in screen says when to try again; a locked clerk is unlocked in Cài đặt', async ({ counter: { page, dataDir } }) => {
  await completeSetup(page);
  await page.keyboard.press('Alt+6');
  const addForm = page.getByRole('form', { name: 'Thêm cán bộ' });
  await addForm.getByLabel('Họ và tên').fill('Trần Văn Bình');
  await addForm.getByLabel('Tên đăng nhập').fill('binhtv');
  await addForm.getByLabel('Mật khẩu').fill('12345678');
  await addForm.getByLabel('Mật khẩu').press('Enter');
  await expect(page.getByRole('cell', { name: 'binhtv' })).toBeVisible();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();

  await signIn(page, 'binhtv', 'sai-lan-1');
  const password = page.getByLabel('Mật khẩu');
  await expect(password).toHaveValue('');
  for (const attempt of ['sai-lan-2', 'sai-lan-3', 'sai-lan-4']) {
    await page.keyboard.type(attempt);
    await page.keyboard.press('Enter');
    await expect(password).toHaveValue('');
  }
  await expect(page.getByRole('alert')).toHaveText(/^Tên đăng nhập hoặc mật khẩu không đúng\. Hãy thử lại sau \d\d:\d\d:\d\d \(còn \d giây\)\.$/);
  // Within the wait even the right password is refused, unchecked.
  await page.keyboard.type('12345678');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/^Đã nhập sai mật khẩu nhiều lần liên tiếp\. Hãy thử lại sau \d\d:\d\d:\d\d/);

  // Ten failures in a row would take a minute of waits here (the unit tests count them): lock the name directly.
  const db = new BetterSqlite3(join(dataDir, DATABASE_FILE));
  db.prepare("UPDATE sign_in_throttle SET locked_at = '2026-01-01T08:00:00+07:00' WHERE scope = 'user' AND key = 'binhtv'").run();
  db.close();
  await page.keyboard.type('12345678');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/Tài khoản đã bị khóa vì nhập sai mật khẩu nhiều lần liên tiếp/);

  // The counter itself waits a second or two after its fourth failure.
  await page.waitForTimeout(2_000);
  await page.getByLabel('Tên đăng nhập').fill(FIRST_CLERK.username);
  await password.fill(FIRST_CLERK.password);
  await password.press('Enter');
  await expect(page.getByTestId('current-clerk')).toHaveText(FIRST_CLERK.fullName);
  await page.keyboard.press('Alt+6');
  const row = page.getByRole('row', { name: /binhtv/ });
  await expect(row).toContainText('Đã khóa do nhập sai mật khẩu nhiều lần');
  await row.getByRole('button', { name: 'Mở khóa tài khoản' }).click();
  await expect(row).toContainText('Đang hoạt động');
  await expect(row.getByRole('button', { name: 'Mở khóa tài khoản' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, 'binhtv', '12345678');
  await expect(page.getByTestId('current-clerk')).toHaveText('Trần Văn Bình');
});

test('Nối máy chủ says it is checking and is not sent twice while a silent host keeps it waiting', async ({ counter: { page } }) => {
  // A host that takes the connection and never answers: the join waits out its connect timeout.
  const sockets: Socket[] = [];
  let connections = 0;
  const silent = createServer((socket) => {
    connections++;
    sockets.push(socket);
  });
  await new Promise<void>((listening) => silent.listen(0, '127.0.0.1', listening));
  const port = (silent.address() as { port: number }).port;
  try {
    await completeSetup(page);
    await page.keyboard.press('Alt+6');
    const form = page.getByRole('form', { name: 'Máy chủ văn phòng' });
    await form.getByLabel('Địa chỉ (máy:cổng/cơ sở dữ liệu)').fill(`127.0.0.1:${port}/motcua`);
    await form.getByLabel('Tài khoản của quầy').fill('motcua_counter_3');
    await form.getByLabel('Mật khẩu').fill('mat-khau-quay');
    const button = form.getByRole('button', { name: 'Nối máy chủ' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(form.getByRole('status')).toHaveText('Đang kiểm tra kết nối…');
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await page.screenshot({ path: test.info().outputPath('hub-joining.png') });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // The wait ends in words on the address, the button usable again, and the host was asked once.
    await expect(form.getByLabel('Địa chỉ (máy:cổng/cơ sở dữ liệu)')).toHaveAccessibleDescription(/127\.0\.0\.1/, { timeout: 15_000 });
    await expect(button).toHaveAttribute('aria-busy', 'false');
    await expect(form.getByText('Đang kiểm tra kết nối…')).toHaveCount(0);
    expect(connections).toBe(1);
  } finally {
    for (const socket of sockets) socket.destroy();
    silent.close();
  }
});
