// The clerk's day (issue 14), keyboard only: optional papers and guidance notes,
// papers with nothing blank, the rating where the citizen stands, counter returns
// signed, drafts kept or discarded, a closed day said first, satisfaction figures.
import type { Page } from '@playwright/test';
import { sampleIntakeForm } from '../support/samples/dossiers';
import { expect, test } from './fixtures';
import { completeSetup, OFFICE } from './helpers';
import { lastPrintedText } from './printed';

test.use({ startAt: '2026-03-02T09:00:00+07:00' });

const flat = (text: string) => text.replace(/\s+/g, ' ');

async function invoke(page: Page, method: string, input: unknown): Promise<Record<string, unknown>> {
  return page.evaluate(
    async ([m, i]) => {
      const result = await window.motCua.invoke(m as never, i as never);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value as Record<string, unknown>;
    },
    [method, input] as const,
  );
}

/** A dossier accepted through the API whose result is back: it waits on Trả kết quả. */
async function resultReady(page: Page): Promise<number> {
  const accepted = await invoke(page, 'intake.accept', { form: sampleIntakeForm });
  await invoke(page, 'queue.receiveResult', { dossierId: accepted.dossierId, resultNumber: 'HC4454512345678', items: [{ name: 'Thẻ BHYT', count: 1 }] });
  return accepted.dossierId as number;
}

async function pickPension(page: Page) {
  await expect(page.getByRole('combobox', { name: /Tìm thủ tục/ })).toBeFocused();
  await page.keyboard.type('luong huu');
  await expect(page.getByRole('option').first()).toHaveText(/lương hưu/);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Số định danh cá nhân (12 số)')).toBeFocused();
  await page.keyboard.type('045066004321');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Trần Văn Đức');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1966');
}

const statusOf = (page: Page, row: number) => page.locator('.checklist__row').nth(row).locator('select');

test('optional papers start as "Không áp dụng", Shift+F4 leaves them so, and a guidance note stays on the guidance slip', async ({ counter: { page, dataDir } }) => {
  await completeSetup(page);
  await pickPension(page);
  // Law 41/2024: the book (paper or looked up), the termination paper or the request (one of each group), the optional medical record.
  for (const row of [0, 1, 2, 3]) await expect(statusOf(page, row)).toHaveValue('missing');
  await expect(statusOf(page, 4)).toHaveValue('not_needed');

  // The book is handed in; the citizen has no request on form 14-HSB yet: the clerk notes it on that paper.
  await page.locator('.checklist__tick').first().focus();
  await page.keyboard.press('Space');
  await expect(statusOf(page, 0)).toHaveValue('received');
  await page.locator('.checklist__row').nth(2).getByRole('textbox').focus();
  await page.keyboard.type('Chưa có đơn theo mẫu 14-HSB');
  await page.keyboard.press('F8');
  const guidance = page.getByRole('dialog', { name: 'Hướng dẫn bổ sung' });
  await expect(guidance).toContainText('Một trong các giấy tờ');
  await expect(guidance).not.toContainText('Biên bản');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: /Phiếu yêu cầu bổ sung/ })).toBeVisible();
  const slip = flat(lastPrintedText(dataDir));
  expect(slip).toMatch(/Chưa có đơn .*theo mẫu 14-HSB/); // the note, wrapped in its table cell
  expect(slip).toContain(`số điện thoại ${OFFICE.phone} để được hướng dẫn`);

  // He comes back with the request: the note stays on the slip, the optional paper stays "Không áp dụng".
  await page.keyboard.press('F2');
  await page.keyboard.press('F6');
  await page.keyboard.type('tran van duc');
  await expect(page.getByRole('option', { name: /Trần Văn Đức/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/chỉ được hướng dẫn một lần/)).toBeVisible();
  await expect(page.locator('.checklist__row').nth(2).getByRole('textbox')).toHaveValue('');
  await page.keyboard.press('Shift+F4');
  for (const row of [0, 2]) await expect(statusOf(page, row)).toHaveValue('received');
  await expect(statusOf(page, 4)).toHaveValue('not_needed');
  await page.keyboard.press('F9');
  await expect(page.getByTestId('dossier-code')).toHaveText(/-3001$/);
  const receipt = flat(lastPrintedText(dataDir));
  expect(receipt).toContain('Sổ BHXH');
  expect(receipt).not.toContain('Chưa có đơn theo mẫu 14-HSB');
  expect(receipt).not.toContain('Biên bản');
});

test('the office address and phone are set at setup and in Cài đặt; the postal slip carries them and the tracking number, and offers no rating', async ({ counter: { page, dataDir } }) => {
  await completeSetup(page);
  await page.keyboard.press('Alt+6');
  const phone = page.getByLabel('Điện thoại cơ quan (in trên văn bản)');
  await expect(page.getByLabel('Địa chỉ cơ quan (in trên văn bản)')).toHaveValue(OFFICE.address);
  await expect(phone).toHaveValue(OFFICE.phone);
  await phone.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0233 3999 888');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' }).first()).toBeVisible();

  await resultReady(page);
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('returns-row')).toHaveCount(1);
  await page.getByTestId('returns-list').focus();
  await page.keyboard.press('Enter');
  const giving = page.getByRole('dialog', { name: /^Trả kết quả hồ sơ/ });
  await expect(giving.getByRole('radio', { name: 'Tại quầy' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await expect(giving.getByLabel('Số hiệu bưu gửi')).toBeFocused();
  await page.keyboard.type('EB987654321VN');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: /Đã trả kết quả hồ sơ/ })).toBeVisible();
  const slip = flat(lastPrintedText(dataDir));
  expect(slip).toContain('EB987654321VN');
  expect(slip).toContain(OFFICE.address);
  expect(slip).toContain('0233 3999 888');
  expect(slip).not.toContain('…');

  await expect(page.getByTestId('satisfaction-offer')).toHaveCount(0);
  await page.keyboard.press('F8');
  await expect(page.getByTestId('citizen-rating')).toHaveCount(0);
});

test('the citizen at the counter rates right from the "4 tại chỗ" outcome with F8', async ({ counter: { page } }) => {
  await completeSetup(page);
  await expect(page.getByRole('combobox', { name: /Tìm thủ tục/ })).toBeFocused();
  await page.keyboard.type('cap lai the bhyt');
  await expect(page.getByRole('option').first()).toHaveText(/Cấp lại thẻ BHYT/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('045186001234');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nguyễn Thị Minh Khai');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12/05/1986');
  await page.keyboard.press('Shift+F4');
  await page.keyboard.press('Shift+F9');
  await expect(page.getByRole('dialog', { name: 'Giải quyết, trả tại chỗ' })).toBeVisible();
  await page.keyboard.type('4512345678');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dossier-code')).toBeVisible();

  await expect(page.getByTestId('satisfaction-offer')).toContainText('Mời công dân đánh giá');
  await page.keyboard.press('F8');
  const screen = page.getByTestId('citizen-rating');
  await expect(screen.getByRole('heading', { name: 'Chất lượng thủ tục' })).toBeVisible();
  for (const level of ['5', '5', '4']) {
    await page.keyboard.press(level);
    await page.keyboard.press('Enter');
  }
  await expect(screen.getByRole('textbox', { name: 'Góp ý thêm (không bắt buộc)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(screen.getByRole('heading', { name: 'Xin cảm ơn Ông/Bà đã đánh giá!' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('satisfaction-offer')).toContainText('Đã lưu đánh giá của công dân.');
  const stats = await invoke(page, 'satisfaction.stats', { from: '2026-03-02', to: '2026-03-02' });
  expect(stats.count).toBe(1);
});

test('a counter return needs "người nhận đã ký nhận"', async ({ counter: { page } }) => {
  await completeSetup(page);
  await resultReady(page);
  await page.keyboard.press('Alt+3');
  await page.getByTestId('returns-list').focus();
  await page.keyboard.press('Enter');
  const giving = page.getByRole('dialog', { name: /^Trả kết quả hồ sơ/ });
  await expect(giving.getByRole('radio', { name: 'Tại quầy' })).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(giving.getByRole('alert')).toContainText('ký nhận');
  const signed = giving.getByRole('checkbox', { name: 'Người nhận đã ký nhận' });
  await expect(signed).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: /Đã trả kết quả hồ sơ/ })).toBeVisible();
});

test('"Hồ sơ mới" asks to keep or discard the draft; the end of day names each draft and discards it', async ({ counter: { page } }) => {
  await completeSetup(page);
  await pickPension(page);
  await page.waitForTimeout(700); // the draft is saved 0.4 s after the last key
  await page.getByRole('button', { name: 'Hồ sơ mới' }).focus();
  await page.keyboard.press('Enter');
  const ask = page.getByRole('dialog', { name: 'Hồ sơ mới: còn bản nháp đang nhập' });
  await expect(ask.getByRole('radio', { name: /Giữ bản nháp/ })).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(ask).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: /Tìm thủ tục/ })).toHaveValue('');
  await expect(page.getByText('Có 1 hồ sơ đang nhập dở.')).toBeVisible();

  await expect(page.getByRole('combobox', { name: /Tìm thủ tục/ })).toBeFocused();
  await page.keyboard.type('cap lai the bhyt');
  await expect(page.getByRole('option').first()).toHaveText(/Cấp lại thẻ BHYT/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('045186001234');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nguyễn Thị Minh Khai');
  await page.waitForTimeout(700);
  await page.getByRole('button', { name: 'Hồ sơ mới' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(ask.getByRole('radio', { name: 'Bỏ bản nháp này' })).toBeChecked();
  await page.keyboard.press('Control+Enter');
  await expect(ask).toHaveCount(0);

  await page.keyboard.press('Alt+4');
  const drafts = page.getByTestId('eod-draft');
  await expect(drafts).toHaveCount(1);
  await expect(drafts).toContainText('Trần Văn Đức – Giải quyết hưởng lương hưu');
  await drafts.getByRole('button', { name: 'Bỏ bản nháp' }).focus();
  await page.keyboard.press('Enter');
  await expect(drafts).toHaveCount(0);
  await expect(page.getByText('Không còn việc nào chưa xong.')).toBeVisible();
});

test('a closed day is said on Tiếp nhận before any typing', async ({ counter: { page } }) => {
  await completeSetup(page);
  await expect(page.getByTestId('day-closed-banner')).toHaveCount(0);
  await invoke(page, 'endOfDay.close', { date: '2026-03-02', confirmOpenItems: true });
  await page.keyboard.press('Alt+2');
  await page.keyboard.press('Alt+1');
  await expect(page.getByTestId('day-closed-banner')).toContainText('Hôm nay đã chốt sổ tại quầy này');
});

test('Cuối ngày → Mức độ hài lòng shows the figures per factor and clerk; a clerk limited to their own sees only theirs', async ({ counter: { page } }) => {
  await completeSetup(page);
  for (const [personalId, level] of [['045186001230', 5], ['045186001231', 3]] as const) {
    const done = await invoke(page, 'intake.resolveOnTheSpot', { form: { ...sampleIntakeForm, applicant: { ...sampleIntakeForm.applicant, personalId } }, resultNumber: 'HC4', receiverName: 'Nguyễn Thị Minh Khai' });
    await invoke(page, 'satisfaction.rate', { dossierId: done.dossierId, procedureQuality: level, staffAttitude: level, resultQuality: level });
  }
  await page.keyboard.press('Alt+4');
  const tab = page.getByRole('tab', { name: 'Mức độ hài lòng' });
  for (let i = 0; i < 30 && !(await tab.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: 'Hôm nay' })).toBeFocused();
  const stats = page.getByTestId('satisfaction-stats');
  await expect(stats.getByRole('heading', { level: 3 })).toContainText('2 lượt đánh giá');
  await expect(stats.getByTestId('satisfaction-factors').getByRole('row', { name: /Chất lượng thủ tục/ })).toContainText('4,00');
  await expect(stats.getByTestId('satisfaction-factors').getByRole('row', { name: /Chất lượng thủ tục/ })).toContainText('50,0 %');
  await expect(stats.getByTestId('satisfaction-clerks').getByRole('row', { name: /Nguyễn Thị Thu Hương/ })).toContainText('2');

  await page.keyboard.press('Alt+6');
  const own = page.getByRole('checkbox', { name: /chỉ xem số liệu/ });
  await own.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(own).toBeChecked();
  expect(await invoke(page, 'reports.settings', {})).toEqual({ ownFiguresOnly: true });
});

test('Alt+6 puts the focus on a field the clerk can see at 1366×768, however the sections of Cài đặt load', async ({ counter: { page } }) => {
  await completeSetup(page);
  await page.keyboard.press('Alt+6');
  await expect(page.getByLabel('Địa chỉ cơ quan (in trên văn bản)')).toBeVisible();
  // The focused field, once the screen settled: inside the window, not a checkbox 1,900 px down (a tester's finding).
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      return { visible: r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0, label: el.getAttribute('aria-label') ?? el.id };
    });
  await expect.poll(async () => (await focused())?.visible, { timeout: 5_000 }).toBe(true);
  await page.waitForTimeout(500);
  expect(await focused()).toEqual({ visible: true, label: expect.stringContaining('parentAgency') });
  // Saved with Enter, the form is drawn again from what was stored: the focus is still somewhere the clerk can see.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' }).first()).toBeVisible();
  await expect.poll(async () => (await focused())?.visible, { timeout: 2_000 }).toBe(true);
});
