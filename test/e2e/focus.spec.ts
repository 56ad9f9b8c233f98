// @runs: test
// One focus and dialog manager: dialogs open on top of what is open, hold the
// focus, Esc closes the top one only and the focus goes back where it was;
// the lock hides the work and lets no key through. The fixture's guard fails
// any key that leaves the focus on the body or under a dialog.
import type { Page } from '@playwright/test';
import { sampleIntakeForm } from '../support/samples/dossiers';
import { expect, test } from './fixtures';
import { completeSetup, FIRST_CLERK } from './helpers';

async function accept(page: Page): Promise<string> {
  return page.evaluate(async (form) => {
    const result = await window.motCua.invoke('intake.accept', { form });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value.code;
  }, sampleIntakeForm);
}

/** Opens a dossier through Ctrl+F and its code. */
async function openDossier(page: Page, code: string) {
  await page.keyboard.press('Control+f');
  await page.keyboard.type(code.slice(-4));
  await expect(page.getByRole('dialog', { name: 'Tìm hồ sơ' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  const view = page.getByRole('dialog', { name: /^Hồ sơ/ });
  await expect(view.getByTestId('dossier-view-code')).toHaveText(code);
  return view;
}

/** True when the element's centre is drawn on top, not hidden under another layer. */
function onTop(page: Page, testSelector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) return false;
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return Boolean(hit && el.contains(hit));
  }, testSelector);
}

test.use({ startAt: '2026-03-02T09:00:00+07:00' });

test('over an open dossier, the close-day keys do nothing blind and Ctrl+F opens the search on top', async ({ counter: { page } }) => {
  await completeSetup(page);
  const code = await accept(page);
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('eod-state')).toHaveText('Chưa chốt sổ');
  const view = await openDossier(page, code);

  await page.keyboard.press('Alt+c');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Xác nhận chốt sổ' })).toHaveCount(0);
  await expect(page.getByTestId('eod-state')).toHaveText('Chưa chốt sổ');

  await page.keyboard.press('Control+f');
  const search = page.getByRole('dialog', { name: 'Tìm hồ sơ' });
  await expect(search.getByRole('combobox')).toBeFocused();
  expect(await onTop(page, '#search-query')).toBe(true);
  await page.keyboard.type('khai');
  await expect(search.getByRole('combobox')).toHaveValue('khai');
  await page.keyboard.press('Escape');
  await expect(search).toHaveCount(0);
  await expect(view).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Cuối ngày', exact: true })).toBeVisible();
});

test('the close-day confirmation is on top and Esc gives the focus back to the screen', async ({ counter: { page } }) => {
  await completeSetup(page);
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('eod-state')).toHaveText('Chưa chốt sổ');
  await page.keyboard.press('Alt+c');
  const confirm = page.getByRole('dialog', { name: 'Xác nhận chốt sổ' });
  await expect(confirm.getByRole('button', { name: 'Xác nhận chốt sổ' })).toBeFocused();
  expect(await onTop(page, '[role="dialog"] .primary')).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Xác nhận chốt sổ' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(page.getByTestId('eod-state')).toHaveText('Chưa chốt sổ');
});

test('after Esc on a dialog and after "Nhập tiếp" the focus is in the form, and F2 works', async ({ counter: { page } }) => {
  await completeSetup(page);
  const picker = page.getByRole('combobox', { name: /Tìm thủ tục/ });
  await page.keyboard.type('cap lai the bhyt');
  await page.keyboard.press('Enter');
  const id = page.getByLabel('Số định danh cá nhân (12 số)');
  await expect(id).toBeFocused();
  await page.keyboard.press('F8');
  await expect(page.getByRole('dialog', { name: 'Hướng dẫn bổ sung' }).getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(id).toBeFocused();
  await page.keyboard.type('045186001234');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nguyễn Thị Minh Khai');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12/05/1986');
  await page.keyboard.press('Shift+F4');
  await page.keyboard.press('F9');
  await expect(page.getByTestId('dossier-code')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(picker).toBeFocused();
  await page.keyboard.type('luong huu');
  await page.keyboard.press('Enter');
  await expect(id).toBeFocused();
  await page.keyboard.press('F2');
  await expect(picker).toBeFocused();
});

test('after the citizen rates and after search closes, the focus stays where Esc and F2 still work', async ({ counter: { page } }) => {
  await completeSetup(page);
  await page.evaluate(async (form) => {
    const accepted = await window.motCua.invoke('intake.accept', { form });
    if (!accepted.ok) throw new Error(JSON.stringify(accepted.error));
    await window.motCua.invoke('queue.receiveResult', { dossierId: accepted.value.dossierId, resultNumber: 'HC4454512345678', items: [{ name: 'Thẻ BHYT', count: 1 }] });
  }, sampleIntakeForm);
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('returns-row')).toHaveCount(1);
  await page.getByTestId('returns-list').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('satisfaction-offer')).toBeVisible();
  await page.keyboard.press('F8');
  await expect(page.getByTestId('citizen-rating')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('citizen-rating')).toHaveCount(0);

  await page.keyboard.press('Control+f');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('F2');
  await expect(page.getByTestId('returns-list')).toBeVisible();
});

test('the lock hides the work, keeps every key, and gives the clerk back the field they were in', async ({ counter: { page } }) => {
  await completeSetup(page);
  await page.keyboard.type('cap lai the bhyt');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Số định danh cá nhân (12 số)')).toBeFocused();
  const name = page.getByLabel('Họ và tên', { exact: true });
  await name.focus();
  await page.keyboard.type('Nguyễn Thị Minh Khai');
  await page.keyboard.press('Control+l');
  const lock = page.getByRole('dialog', { name: /Máy đang khóa/ });
  await expect(lock.getByLabel('Mật khẩu')).toBeFocused();
  await expect(page.getByText('Cấp lại thẻ BHYT')).toBeHidden();
  await expect(name).toBeHidden();

  await page.keyboard.press('Alt+2');
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('dialog', { name: 'Tìm hồ sơ' })).toHaveCount(0);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(lock.getByLabel('Mật khẩu')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(lock.getByRole('button', { name: 'Đăng nhập tài khoản khác' })).toBeFocused();
  await page.keyboard.press('Tab');

  await page.keyboard.type(FIRST_CLERK.password);
  await page.keyboard.press('Enter');
  await expect(lock).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' })).toBeVisible();
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Nguyễn Thị Minh Khai');
});

test('a refused intake focuses its first wrong field in form order, and a message goes as soon as its field is changed', async ({ counter: { page } }) => {
  await completeSetup(page);
  await page.keyboard.type('cap lai the bhyt');
  await expect(page.getByRole('option').first()).toHaveText(/Cấp lại thẻ BHYT/);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Số định danh cá nhân (12 số)')).toBeFocused();
  await page.keyboard.type('045186001234');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('31/02/1986');
  await page.keyboard.press('Shift+F4');
  await page.keyboard.press('F9');
  const name = page.getByLabel('Họ và tên', { exact: true });
  const birth = page.getByLabel('Ngày sinh (dd/mm/yyyy hoặc năm)');
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(birth).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.type('Nguyễn Thị Minh Khai');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(birth).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('31/02/1986', { exact: false }).first()).toBeVisible();
});
