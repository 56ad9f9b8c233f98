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
  await addForm.getByLabel('Mật khẩu').fill('12345678');
  await addForm.getByLabel('Mật khẩu').press('Enter');
  await expect(page.getByRole('cell', { name: 'binhtv' })).toBeVisible();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, 'binhtv', '12345678');
  await expect(page.getByTestId('current-clerk')).toHaveText('Trần Văn Bình');
});
