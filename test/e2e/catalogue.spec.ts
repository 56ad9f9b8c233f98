import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { completeSetup } from './helpers';
import { expect, test } from './fixtures';

const BAD_ROW = resolve('test/fixtures/catalogue/bad-row.json');
const GOOD = resolve('test/fixtures/catalogue/good.json');

function lineOf(file: string, needle: string): number {
  const text = readFileSync(file, 'utf8');
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

test('a supervisor imports a catalogue (a bad file is refused with its line), then a clerk-style search finds "Đổi thẻ BHYT" first', async ({ counter: { page } }) => {
  await completeSetup(page);
  await page.keyboard.press('Alt+5');
  const search = page.getByLabel(/Tìm thủ tục/);
  await expect(search).toBeFocused();
  const results = page.getByRole('listbox', { name: 'Thủ tục hành chính' }).getByRole('option');
  await expect(results).toHaveCount(26);

  await page.keyboard.press('Alt+N');
  const fileInput = page.getByLabel(/Tệp danh mục/);
  await expect(fileInput).toBeFocused();
  await fileInput.setInputFiles(BAD_ROW);
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('Không nhập: tệp có 1 lỗi. Danh mục giữ nguyên.');
  await expect(refusal).toContainText(`Dòng ${lineOf(BAD_ROW, '"timeLimitDays": -1')}, thủ tục 'doi-the-bhyt', trường timeLimitDays: phải là số nguyên ≥ 0`);
  await expect(results).toHaveCount(26);

  await fileInput.setInputFiles(GOOD);
  await expect(page.getByRole('status')).toHaveText('Đã nhập: 1 thủ tục mới, 1 thủ tục có phiên bản mới, 25 thủ tục không đổi.');
  await page.keyboard.press('Escape');
  await expect(results).toHaveCount(27);

  await search.focus();
  await page.keyboard.type('doi the');
  await expect(results.first()).toContainText('Đổi thẻ BHYT');
  await expect(results.first()).toContainText('2 ngày làm việc');
  await expect(results.first()).toContainText('4 tại chỗ');
  await page.keyboard.press('Enter');

  const detail = page.getByRole('article');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText('Đổi thẻ BHYT');
  await expect(detail.getByRole('cell', { name: 'TK1-TS' })).toBeVisible();
  await expect(detail.getByRole('cell', { name: 'Bản chính' }).first()).toBeVisible();
  await expect(detail.getByRole('row', { name: /2 \(hiện hành\).*Nguyễn Thị Thu Hương.*Cập nhật từ tệp danh mục/ })).toBeVisible();
  await expect(detail.getByRole('row', { name: /^1 .*Cài sẵn.*Danh mục cài sẵn/ })).toBeVisible();

  await page.keyboard.press('Alt+S');
  const days = page.getByLabel(/Thời hạn giải quyết/);
  await days.fill('1');
  await page.getByLabel('Ghi chú thay đổi').fill('Quyết định rút ngắn thời hạn');
  await page.getByLabel('Ghi chú thay đổi').press('Enter');
  await expect(page.getByRole('status')).toHaveText('Đã lưu phiên bản 3.');
  await expect(detail).toContainText('1 ngày làm việc');

  await page.keyboard.press('Escape');
  await expect(search).toBeFocused();
  await page.keyboard.press('Alt+X');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Tải tệp danh-muc-thu-tuc-/ }).press('Enter');
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { procedures: { id: string; timeLimitDays: number }[] };
  expect(exported.procedures).toHaveLength(27);
  expect(exported.procedures.find((p) => p.id === 'doi-the-bhyt')?.timeLimitDays).toBe(1);
});

test('the results follow ↑/↓ and Enter; diacritics and đ are optional', async ({ counter: { page } }) => {
  await completeSetup(page);
  await page.keyboard.press('Alt+5');
  await page.keyboard.type('dang ky');
  const results = page.getByRole('listbox', { name: 'Thủ tục hành chính' }).getByRole('option');
  await expect(results.first()).toContainText(/^Đăng ký/);
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = (await results.nth(1).locator('.cat-result__name').textContent()) as string;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toContainText(second);
});
