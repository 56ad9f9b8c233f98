// Digitisation from the dossier view: a PNG to a component and a PDF to the
// result through the file picker, listed as digitised, opened on screen, and
// the file kept once under its SHA-256.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { samplePdf, samplePng } from '../support/samples/attachments';
import { sampleIntakeForm } from '../support/samples/dossiers';
import { expect, test } from './fixtures';
import { completeSetup } from './helpers';

test.describe('digitising a dossier', () => {
  test.use({ startAt: '2026-03-02T09:00:00+07:00' });

  test('attach by the file picker, see it digitised, open it', async ({ counter: { page, dataDir } }) => {
    await completeSetup(page);
    const code = await page.evaluate(async (form) => {
      const result = await window.motCua.invoke('intake.accept', { form });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value.code;
    }, sampleIntakeForm);

    await page.keyboard.press('Control+f');
    await page.keyboard.type(code.slice(-4));
    await expect(page.getByRole('dialog', { name: 'Tìm hồ sơ' }).getByRole('option').first()).toContainText(code);
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('attachments-panel');
    const component = panel.getByTestId('scan-target-tk1-ts');
    await expect(component).toContainText('Chưa số hóa');

    const png = samplePng({ dpi: 300 });
    await panel.getByLabel('Đính kèm vào').selectOption({ label: 'Tờ khai tham gia, điều chỉnh thông tin BHXH, BHYT' });
    await panel.getByLabel('Đính kèm tệp…').setInputFiles({ name: 'to-khai-tk1.png', mimeType: 'image/png', buffer: png });
    await expect(component).toContainText('Đã số hóa (1)');
    await expect(component).toContainText('to-khai-tk1.png');
    await expect(component).toContainText('300 dpi');

    await panel.getByLabel('Đính kèm vào').selectOption({ label: 'Kết quả giải quyết' });
    await panel.getByLabel('Đính kèm tệp…').setInputFiles({ name: 'ket-qua.pdf', mimeType: 'application/pdf', buffer: samplePdf(2, 'The BHYT') });
    await expect(panel.getByTestId('scan-target-result')).toContainText('ket-qua.pdf');
    await expect(panel.getByTestId('scan-target-result')).toContainText('2 trang');

    await panel.getByLabel('Đính kèm tệp…').setInputFiles({ name: 'ghi-chu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a scan at all') });
    await expect(panel.getByRole('alert')).toContainText('"ghi-chu.pdf" không phải bản quét PDF, JPEG hoặc PNG');

    await component.getByRole('button', { name: 'Xem' }).click();
    await expect(panel.getByTestId('scan-preview').getByRole('img', { name: 'to-khai-tk1.png' })).toBeVisible();
    await panel.getByTestId('scan-target-result').getByRole('button', { name: 'Xem' }).click();
    await expect(panel.getByTestId('scan-preview').locator('canvas')).toHaveCount(2);

    const sha = createHash('sha256').update(png).digest('hex');
    expect(existsSync(join(dataDir, 'scans', sha.slice(0, 2), `${sha}.png`))).toBe(true);
  });
});
