// The dossier is the record: a citizen comes back with the same personal ID
// and the name typed with a typo. The clerk sees both names before deciding;
// the earlier dossier's queue row, search hit, papers, register row and
// exported package stay exactly as received; the directory changes only by choice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pdfText } from '../documents/pdf-text';
import { expect, test } from './fixtures';
import { completeSetup } from './helpers';

const ID = '045192004321';
const RECEIVED = 'Phạm Thị Hồng Nhung';
const TYPO = 'Phạm Thị Hồng Nhunh';

async function intake(page: Page, name: string) {
  await expect(page.getByRole('combobox', { name: /Tìm thủ tục/ })).toBeFocused();
  await page.keyboard.type('cap lai the bhyt');
  await expect(page.getByRole('option').first()).toHaveText(/Cấp lại thẻ BHYT/);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Số định danh cá nhân (12 số)')).toBeFocused();
  await page.keyboard.type(ID);
  await page.keyboard.press('Tab');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type('14/08/1992');
  await page.keyboard.press('Shift+F4');
}

/** Set-up, the first dossier accepted as received, then the same ID typed with the typo (not yet decided). */
async function secondVisitWithTypo(page: Page) {
  await completeSetup(page);
  await intake(page, RECEIVED);
  await page.keyboard.press('F9');
  await expect(page.getByTestId('dossier-code')).toHaveText(/-3001$/);
  await page.keyboard.press('F2');
  await intake(page, TYPO);
}

async function invoke<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([m, i]) => {
      const result = await window.motCua.invoke(m as never, i as never);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value as unknown;
    },
    [method, input] as const,
  ) as Promise<T>;
}

test.describe('a known ID typed with another name', () => {
  test.use({ startAt: '2026-03-02T09:00:00+07:00' });

  test('the earlier dossier stays as received everywhere; the directory update is the clerk’s choice', async ({ counter: { page, dataDir } }) => {
    await secondVisitWithTypo(page);
    const notice = page.getByRole('alert', { name: 'Số định danh này đã có trong danh bạ' });
    await expect(notice).toContainText(`Danh bạ ghi: ${RECEIVED}, sinh 14/08/1992, Nữ`);
    await expect(notice).toContainText(`Hồ sơ này ghi: ${TYPO}, sinh 14/08/1992, Nữ`);
    await page.keyboard.press('F9');
    await expect(page.getByTestId('dossier-code')).toHaveText(/-3002$/);

    // The queue: each row as received.
    await page.keyboard.press('Alt+2');
    const rows = page.getByRole('row');
    await expect(rows.filter({ hasText: '-3001' })).toContainText(RECEIVED);
    await expect(rows.filter({ hasText: '-3002' })).toContainText(TYPO);

    // Search: the old name still finds the first dossier, which opens as received.
    await page.keyboard.press('Control+f');
    const search = page.getByRole('dialog', { name: 'Tìm hồ sơ' });
    await expect(search.getByRole('combobox')).toBeFocused();
    await page.keyboard.type('pham thi hong nhung');
    await expect(search.getByRole('option')).toHaveCount(1);
    await expect(search.getByRole('option').first()).toContainText('-3001');
    await page.keyboard.press('Enter');
    const view = page.getByRole('dialog', { name: /^Hồ sơ/ });
    await expect(view.getByTestId('dossier-view-code')).toHaveText(/-3001$/);
    await expect(view).toContainText(RECEIVED);
    await page.keyboard.press('Escape');

    // The directory kept the name it had: the clerk did not tick the update.
    const lookup = await invoke<{ applicants: { fullName: string }[] }>(page, 'applicants.lookup', { query: ID });
    expect(lookup.applicants[0]?.fullName).toBe(RECEIVED);

    // The register and the day's signed package agree with what was received.
    const register = await invoke<{ documentId: number }>(page, 'documents.renderRegister', { from: '2026-03-02', to: '2026-03-02' });
    const registerPdf = await invoke<{ pdfBase64: string }>(page, 'documents.get', { documentId: register.documentId });
    expect(pdfText(Buffer.from(registerPdf.pdfBase64, 'base64')).replace(/\s+/g, ' ')).toMatch(/-3001 .*Nhung .*-3002 .*Nhunh /);
    await invoke(page, 'endOfDay.close', { date: '2026-03-02', confirmOpenItems: true });
    const exported = await invoke<{ folder: string }>(page, 'endOfDay.export', { date: '2026-03-02' });
    expect(exported.folder.startsWith(dataDir)).toBe(true);
    const day = JSON.parse(readFileSync(join(exported.folder, 'day.json'), 'utf8')) as { dossiers: { code: string; applicant: { fullName: string } }[] };
    expect(day.dossiers.map((d) => [d.code.slice(-4), d.applicant.fullName])).toEqual([
      ['3001', RECEIVED],
      ['3002', TYPO],
    ]);
  });

  test('ticking “Cập nhật danh bạ” updates the suggestions, never the earlier dossier', async ({ counter: { page } }) => {
    await secondVisitWithTypo(page);
    const update = page.getByRole('checkbox', { name: 'Cập nhật danh bạ theo hồ sơ này' });
    await update.focus();
    await page.keyboard.press('Space');
    await expect(update).toBeChecked();
    await page.keyboard.press('F9');
    await expect(page.getByTestId('dossier-code')).toHaveText(/-3002$/);
    const lookup = await invoke<{ applicants: { fullName: string }[] }>(page, 'applicants.lookup', { query: ID });
    expect(lookup.applicants[0]?.fullName).toBe(TYPO);
    const first = await invoke<{ applicant: { fullName: string } }>(page, 'dossiers.get', { dossierId: 1 });
    expect(first.applicant.fullName).toBe(RECEIVED);

    // The clerk corrects the second dossier's name: a logged event with its reason.
    await page.keyboard.press('Control+f');
    await page.keyboard.type('nhunh');
    await expect(page.getByRole('dialog', { name: 'Tìm hồ sơ' }).getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Enter');
    const view = page.getByRole('dialog', { name: /^Hồ sơ/ });
    await expect(view.getByTestId('dossier-view-code')).toHaveText(/-3002$/);
    await page.keyboard.press('s');
    const correction = page.getByRole('dialog', { name: 'Sửa thông tin' });
    await expect(correction.getByLabel('Thông tin cần sửa')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(RECEIVED);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Gõ nhầm tên khi tiếp nhận');
    await page.keyboard.press('Control+Enter');
    await expect(correction).toHaveCount(0);
    await expect(view.getByTestId('dossier-history')).toContainText(`Sửa thông tin hồ sơ`);
    await expect(view.getByTestId('dossier-history')).toContainText(`Gõ nhầm tên khi tiếp nhận — Họ và tên người nộp: «${TYPO}» → «${RECEIVED}»`);
    await expect(view).toContainText(RECEIVED);
  });
});
