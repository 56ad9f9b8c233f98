// Search from anywhere: Ctrl+F, a name typed without diacritics, the right
// dossier first among people sharing the family name, Enter opens it.
import type { Page } from '@playwright/test';
import { sampleIntakeForm } from '../support/samples/dossiers';
import { expect, test } from './fixtures';
import { completeSetup } from './helpers';

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
});
