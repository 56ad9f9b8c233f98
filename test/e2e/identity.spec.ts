// A foreign worker identified by passport (Law 41/2024/QH15 Art. 2.2) is
// received at the counter, the receipt shows the passport, and Ctrl+F finds
// the dossier by the passport number.
import { expect, test } from './fixtures';
import { completeSetup } from './helpers';
import { lastPrintedText } from './printed';

test.describe('a foreign worker with a passport', () => {
  test.use({ startAt: '2026-03-02T09:00:00+07:00' });

  test('is received, printed with the passport and found by search', async ({ counter: { page, dataDir } }) => {
    await completeSetup(page);
    await expect(page.getByRole('combobox', { name: /Tìm thủ tục/ })).toBeFocused();
    await page.keyboard.type('cap lai the bhyt');
    await expect(page.getByRole('option').first()).toHaveText(/Cấp lại thẻ BHYT/);
    await page.keyboard.press('Enter');

    await page.getByLabel('Giấy tờ tùy thân', { exact: true }).selectOption('Hộ chiếu');
    await page.getByLabel('Số giấy tờ', { exact: true }).fill('m12345678');
    await page.getByLabel('Quốc tịch', { exact: true }).fill('Hàn Quốc');
    await page.getByLabel('Họ và tên', { exact: true }).fill('KIM MIN JUN');
    await page.getByLabel('Ngày sinh (dd/mm/yyyy hoặc năm)').fill('12/05/1990');
    await page.getByLabel('Giới tính').selectOption('nam');
    // No warning about the 12-digit ID's province or century for a passport.
    await expect(page.getByRole('list', { name: 'Lưu ý' })).toHaveCount(0);
    await page.keyboard.press('Shift+F4');
    await page.keyboard.press('F9');

    const code = page.getByTestId('dossier-code');
    await expect(code).toHaveText('000.00.15.H27-260302-3001');
    expect(lastPrintedText(dataDir).replace(/\s+/g, ' ')).toContain('Giấy tờ tùy thân: Hộ chiếu số M12345678 (Hàn Quốc)');

    await page.keyboard.press('Control+f');
    const dialog = page.getByRole('dialog', { name: 'Tìm hồ sơ' });
    await expect(dialog.getByRole('combobox')).toBeFocused();
    await page.keyboard.type('M12345678');
    await expect(dialog.getByRole('option')).toHaveCount(1);
    await expect(dialog.getByRole('option').first()).toContainText('000.00.15.H27-260302-3001');
    await expect(dialog.getByRole('option').first()).toContainText('KIM MIN JUN');
  });
});
