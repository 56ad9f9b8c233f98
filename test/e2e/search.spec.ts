// Search from anywhere: Ctrl+F, a name typed without diacritics, the right
// dossier first among people sharing the family name, Enter opens it.
import type { Page } from '@playwright/test';
import { sampleIntakeForm } from '../support/samples/dossiers';
import { expect, test } from './fixtures';
import { completeSetup } from './helpers';

/** A guidance slip for the name: the dossier waits for F6 and the name is in the directory. */
async function guide(page: Page, fullName: string, personalId: string): Promise<void> {
  const form = { ...sampleIntakeForm, applicant: { ...sampleIntakeForm.applicant, fullName, personalId }, components: [{ key: 'tk1-ts', status: 'missing' as const }] };
  await page.evaluate(async (form) => {
    const result = await window.motCua.invoke('intake.issueGuidance', { form, reason: 'Thiếu tờ khai TK1-TS' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  }, form);
}

async function accept(page: Page, fullName: string, personalId: string): Promise<string> {
  const form = { ...sampleIntakeForm, applicant: { ...sampleIntakeForm.applicant, fullName, personalId } };
  return page.evaluate(async (form) => {
    const result = await window.motCua.invoke('intake.accept', { form });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value.code;
  }, form);
}

test.describe('search from anywhere', () => {
  test.use({ startAt: '2026-03-02T09:00:00+07:00' });

  test('Ctrl+F, a name without diacritics, ↓ and Enter open the right dossier', async ({ counter: { page } }) => {
    await completeSetup(page);
    const wanted = await accept(page, 'Nguyễn Văn Đức', '045090001111');
    await accept(page, 'Nguyễn Văn Được', '045090002222');
    await accept(page, 'Đặng Thị Đức Hạnh', '045190003333');
    const namesake = await accept(page, 'Nguyễn Văn Đức', '045090004444');

    await page.keyboard.press('Control+f');
    const dialog = page.getByRole('dialog', { name: 'Tìm hồ sơ' });
    await expect(dialog.getByRole('combobox')).toBeFocused();
    await page.keyboard.type('nguyen van duc');
    // Both Nguyễn Văn Đức, newest first; not Được ("duoc") nor Đặng Thị Đức Hạnh.
    const hits = dialog.getByRole('option');
    await expect(hits).toHaveCount(2);
    await expect(hits.first()).toContainText(namesake);
    await expect(hits.first()).toContainText('Cấp lại thẻ BHYT');
    await expect(hits.first()).toContainText('Đã tiếp nhận');
    await expect(hits.first()).toHaveAttribute('aria-selected', 'true');
    await expect(hits.nth(1)).toContainText(wanted);

    await page.keyboard.press('ArrowDown');
    await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    const view = page.getByRole('dialog', { name: /^Hồ sơ/ });
    await expect(view.getByTestId('dossier-view-code')).toHaveText(wanted);

    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+f');
    await page.keyboard.type(wanted.slice(-4));
    await expect(page.getByRole('dialog', { name: 'Tìm hồ sơ' }).getByRole('option').first()).toContainText(wanted);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Tìm hồ sơ' })).toHaveCount(0);
  });

  test('names saved with Ð and with an apostrophe are found by Ctrl+F, the suggestions and F6; a code typed without separators opens its dossier', async ({ counter: { page } }) => {
    await completeSetup(page);
    const saved = ['\u00D0ặng Thị Ngân', 'H’Lan Niê'];
    await guide(page, saved[0] as string, '045190005555');
    await guide(page, saved[1] as string, '066190006666');
    const code = await accept(page, 'Phan Văn Mã', '045090007777');
    const typed = [['dang thi ngan', saved[0]], ["h'lan", saved[1]]] as const;

    const find = page.getByRole('dialog', { name: 'Tìm hồ sơ' });
    for (const [query, name] of typed) {
      await page.keyboard.press('Control+f');
      await page.keyboard.type(query);
      await expect(find.getByRole('option').first()).toContainText(name as string);
      await page.keyboard.press('Escape');
    }

    await page.keyboard.press('F2');
    await expect(page.getByRole('combobox', { name: /Tìm thủ tục/ })).toBeFocused();
    await page.keyboard.type('cap lai the');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Số định danh cá nhân (12 số)')).toBeFocused();
    await page.keyboard.press('Tab');
    const suggestions = page.getByRole('listbox', { name: 'Người đã nộp hồ sơ trước đây' });
    for (const [query, name] of typed) {
      await page.keyboard.press('Control+a');
      await page.keyboard.type(query);
      await expect(suggestions.getByRole('option').first()).toContainText(name as string);
    }

    const returning = page.getByRole('dialog', { name: 'Hồ sơ quay lại bổ sung' });
    for (const [query, name] of typed) {
      await page.keyboard.press('F6');
      await page.keyboard.type(query);
      await expect(returning.getByRole('option').first()).toContainText(name as string);
      await page.keyboard.press('Escape');
    }

    await page.keyboard.press('Control+f');
    await page.keyboard.type(code.replace(/[.-]/g, '').toLowerCase());
    await expect(find.getByRole('option').first()).toContainText(code);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: /^Hồ sơ/ }).getByTestId('dossier-view-code')).toHaveText(code);
  });

  test('Tiếp nhận: a form code starting with a digit is searched; a digit and Enter on an empty box pick a most used procedure', async ({ counter: { page } }) => {
    await completeSetup(page);
    const box = page.getByRole('combobox', { name: /Tìm thủ tục/ });
    await expect(box).toBeFocused();
    await page.keyboard.type('14-HSB');
    await expect(box).toHaveValue('14-HSB');
    await expect(page.getByRole('listbox', { name: 'Thủ tục hành chính' }).getByRole('option').first()).toContainText(/lương hưu|một lần/);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    const first = await page.getByRole('listbox', { name: 'Thủ tục hành chính' }).getByRole('option').first().locator('.picker__name').textContent();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Số định danh cá nhân (12 số)')).toBeFocused();
    await expect(page.getByText(first as string).first()).toBeVisible();
  });
});
