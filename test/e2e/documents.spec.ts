import { existsSync } from 'node:fs';
import { completeSetup } from './helpers';
import { expect, test } from './fixtures';

test('printing settings, "In thử": the sample receipt is drawn, printed to the folder, then reprinted — keyboard first', async ({ counter: { page, dataDir } }) => {
  await completeSetup(page);
  await page.keyboard.press('Alt+6');
  const settings = page.getByRole('form', { name: 'In ấn và mẫu văn bản' });
  await expect(settings.getByLabel('Máy in')).toHaveValue('');
  await expect(settings.getByText('Không tìm thấy máy in nào trên máy này')).toBeVisible();

  await settings.getByLabel('Khổ giấy').selectOption('A5');
  await settings.getByLabel('Bộ mẫu văn bản').selectOption('2018');
  await settings.getByLabel('Số bản mỗi lần in').fill('2');
  await settings.getByLabel('Số bản mỗi lần in').press('Enter');
  await expect(settings.getByRole('status')).toHaveText('Đã lưu.');

  await settings.getByRole('button', { name: 'In thử' }).focus();
  await page.keyboard.press('Enter');
  const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
  await expect(preview.getByText('Giấy tiếp nhận hồ sơ và hẹn trả kết quả')).toBeVisible();
  await expect(preview.getByTestId('page-count')).toHaveText('2 trang');
  const pages = preview.locator('canvas.doc-preview__page');
  await expect(pages).toHaveCount(2);
  const width = await pages.first().evaluate((c: HTMLCanvasElement) => c.width);
  expect(width).toBeGreaterThan(300);
  // The canvas really has ink on it, not a blank page.
  const inked = await pages.first().evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] as number) < 100) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(1000);

  await page.keyboard.press('+');
  await expect(preview.getByText('125%')).toBeVisible();
  await expect.poll(() => pages.first().evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(width);
  await page.keyboard.press('-');
  await expect(preview.getByText('100%')).toBeVisible();

  await page.keyboard.press('Control+P');
  const result = preview.getByTestId('print-result');
  await expect(result).toContainText('Chưa cấu hình máy in: đã lưu bản PDF tại');
  const savedTo = (await result.textContent())?.split('đã lưu bản PDF tại ')[1] ?? '';
  expect(savedTo.startsWith(dataDir)).toBe(true);
  expect(existsSync(savedTo)).toBe(true);

  await preview.getByRole('button', { name: 'In lại' }).click();
  await expect(preview.getByText('Đã in lại 1 lần')).toBeVisible();
  await expect(result).toContainText('in-lai-1');
});
