import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Output } from '../../src-main/api/contract';
import { expect, test } from './fixtures';
import { completeSetup, signIn } from './helpers';

const SCHEDULE = resolve('test/fixtures/calendar/2027.json');

test('a supervisor marks a day off with a reason, keyboard only; the API then reports it as off', async ({ counter: { page } }) => {
  await completeSetup(page);
  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'Lịch làm việc' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Lịch làm việc' })).toBeVisible();

  await page.getByLabel('Đi tới ngày (dd/mm/yyyy)').press('Enter');
  await expect(page.getByText('Ngày không hợp lệ. Nhập theo dạng dd/mm/yyyy.')).toBeVisible();
  await page.keyboard.type('15/02/2027');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-date="2027-02-15"]')).toBeFocused();
  await expect(page.getByText('Lịch dự kiến — chưa xác nhận')).toBeVisible();
  // Tết 2027 computed from the law: Thursday 11/02 is a compensatory day off.
  await expect(page.locator('[data-date="2027-02-11"]')).toHaveAccessibleName(/Nghỉ bù/);

  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  const day = page.locator('[data-date="2027-03-16"]');
  await expect(day).toBeFocused();
  await expect(day).toHaveAccessibleName('Thứ Ba, 16/03/2027: Ngày làm việc');

  await page.keyboard.press('Enter');
  const editor = page.getByRole('form', { name: 'Ngày 16/03/2027' });
  await expect(editor.getByLabel('Loại ngày')).toBeFocused();
  await expect(editor.getByLabel('Loại ngày')).toHaveValue('holiday');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nghỉ theo quyết định của UBND tỉnh');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Quyết định 12/QĐ-UBND ngày 01/03/2027');
  await page.keyboard.press('Enter');

  await expect(page.getByText('Đã lưu ngày 16/03/2027.')).toBeVisible();
  await expect(page.getByText('Không có hồ sơ đang giải quyết nào bị thay đổi ngày hẹn.')).toBeVisible();
  await expect(day).toBeFocused();
  await expect(day).toHaveAccessibleName('Thứ Ba, 16/03/2027: Nghỉ lễ, Tết — Nghỉ theo quyết định của UBND tỉnh');
  await expect(day).toContainText('L');
  await expect(page.getByText('Phiên bản lịch: 3')).toBeVisible();

  const reread = (await page.evaluate(() => window.motCua.invoke('calendar.get', { year: 2027, month: 3 }))) as { ok: true; value: Output<'calendar.get'> };
  expect(reread.ok).toBe(true);
  expect(reread.value.version).toBe(3);
  expect(reread.value.days.find((d) => d.date === '2027-03-16')).toMatchObject({
    working: false,
    kind: 'holiday',
    name: 'Nghỉ theo quyết định của UBND tỉnh',
    legalSource: 'Quyết định 12/QĐ-UBND ngày 01/03/2027',
    provisional: false,
  });
});

test('a supervisor confirms a provisional year; a clerk sees the calendar read-only', async ({ counter: { page } }) => {
  await completeSetup(page);
  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'Lịch làm việc' }).press('Enter');
  await page.getByLabel('Đi tới ngày (dd/mm/yyyy)').press('Enter');
  await page.keyboard.type('06/02/2027');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-date="2027-02-06"]')).toHaveAccessibleName(/Tết Nguyên đán \(mùng 1\) \(dự kiến\)/);
  await page.getByRole('button', { name: 'Xác nhận lịch năm 2027' }).press('Enter');
  await expect(page.getByText('Đã xác nhận lịch năm 2027.')).toBeVisible();
  await expect(page.getByText('✓ Lịch chính thức')).toBeVisible();
  await expect(page.locator('[data-date="2027-02-06"]')).toHaveAccessibleName('Thứ Bảy, 06/02/2027: Nghỉ lễ, Tết — Tết Nguyên đán (mùng 1)');
  const year = (await page.evaluate(() => window.motCua.invoke('calendar.get', { year: 2027, month: 2 }))) as { ok: true; value: Output<'calendar.get'> };
  expect(year.value).toMatchObject({ provisional: false, version: 3 });

  await page.evaluate(() => window.motCua.invoke('clerks.add', { fullName: 'Trần Văn Bình', username: 'binhtv', password: '12345678', role: 'clerk' }));
  await page.getByRole('button', { name: 'Đăng xuất' }).press('Enter');
  await signIn(page, 'binhtv', '12345678');
  await expect(page.getByTestId('current-clerk')).toHaveText('Trần Văn Bình');
  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'Lịch làm việc' }).press('Enter');
  await page.getByLabel('Đi tới ngày (dd/mm/yyyy)').press('Enter');
  await page.keyboard.type('27/04/2026');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-date="2026-04-27"]')).toHaveAccessibleName(/Nghỉ bù — Nghỉ bù Giỗ Tổ Hùng Vương/);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Chỉ tài khoản giám sát được sửa lịch làm việc.')).toBeVisible();
  await expect(page.getByLabel('Loại ngày')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-date="2026-04-27"]')).toBeFocused();
  await expect(page.getByRole('button', { name: /Xác nhận lịch năm/ })).toHaveCount(0);
});

test('a supervisor sets office hours; a dossier received by post at 01:45 is promised for the opening time', async ({ counter: { page } }) => {
  await completeSetup(page);
  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'Lịch làm việc' }).press('Enter');
  const opens = page.getByLabel('Giờ bắt đầu làm việc');
  await expect(opens).toHaveValue('07:30');
  await opens.fill('08:00');
  await page.getByLabel('Giờ kết thúc làm việc').fill('07:00');
  await page.getByRole('button', { name: 'Lưu quy tắc' }).press('Enter');
  await expect(page.getByText('Giờ kết thúc làm việc phải sau giờ bắt đầu.')).toBeVisible();
  await page.getByLabel('Giờ kết thúc làm việc').fill('17:00');
  await page.getByRole('button', { name: 'Lưu quy tắc' }).press('Enter');
  await expect(page.getByText('Đã lưu quy tắc tính ngày hẹn.')).toBeVisible();

  await page.getByLabel('Thời điểm tiếp nhận').fill('2026-03-10T01:45');
  await page.getByLabel('Thời hạn (ngày làm việc)').fill('2');
  await page.getByRole('button', { name: 'Tính', exact: true }).press('Enter');
  await expect(page.getByText(/^Tính từ ngày/)).toHaveText('Tính từ ngày 10/03/2026 — hẹn trả 08:00 12/03/2026');
});

test('a supervisor imports the 2027 schedule with Alt+N: a bad file is refused with its line, a good one is confirmed and shown', async ({ counter: { page } }) => {
  await completeSetup(page);
  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'Lịch làm việc' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Lịch làm việc' })).toBeVisible();
  await page.keyboard.press('Alt+N');
  const fileInput = page.getByLabel('Tệp lịch năm (.json)');
  await expect(fileInput).toBeFocused();
  const good = readFileSync(SCHEDULE, 'utf8');
  const bad = good.replace('"date": "2027-02-20", "kind": "swap_workday"', '"date": "2027-02-19", "kind": "swap_workday"');
  await fileInput.setInputFiles({ name: 'lich-2027.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('Không nhập: tệp có 1 lỗi. Lịch giữ nguyên.');
  await expect(refusal).toContainText(`Dòng ${bad.slice(0, bad.indexOf('2027-02-19')).split('\n').length}, ngày thứ 10 (2027-02-19), trường kind:`);

  await fileInput.setInputFiles(SCHEDULE);
  await expect(page.getByText('Lịch năm 2027: 17 ngày đặc biệt, nguồn: Thông báo nghỉ lễ, Tết năm 2027 (tệp thử).')).toBeVisible();
  await page.getByRole('button', { name: 'Xác nhận nhập lịch' }).click();
  await expect(page.getByRole('status').first()).toContainText('Đã nhập lịch năm 2027 (phiên bản lịch 3).');
  await expect(page.getByText('✓ Lịch chính thức')).toBeVisible();
});
