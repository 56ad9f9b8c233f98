// @runs: test
// The day's report at the end of the day, keyboard only: figures, chart, Excel
// download; and the Sổ theo dõi hồ sơ of the day printed from the same screen.
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import type { IntakeFormInput } from '../../src-main/dossiers/intake-form';
import { sampleIntakeForm } from '../support/samples/dossiers';
import { expect, test } from './fixtures';
import { completeSetup } from './helpers';
import { lastPrintedText } from './printed';

async function invoke<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(([m, i]) => window.motCua.invoke(m as never, i as never), [method, input] as const);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const card = (overrides: Partial<IntakeFormInput> = {}): IntakeFormInput => ({ ...structuredClone(sampleIntakeForm), ...overrides });

/** Cuối ngày › Báo cáo from the keyboard: Alt+4, Tab to the tab, Enter. */
async function openReports(page: Page): Promise<void> {
  await page.keyboard.press('Alt+4');
  const tab = page.getByRole('tab', { name: 'Báo cáo' });
  for (let i = 0; i < 30 && !(await tab.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(tab).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: 'Hôm nay' })).toBeFocused();
}

/** From the period's first choice, picks "Khoảng ngày" with the arrows and types its two dates (dd/mm/yyyy). */
async function typeRange(page: Page, from: string, to: string): Promise<void> {
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Khoảng ngày' })).toBeChecked();
  await page.getByLabel('Từ ngày').focus();
  await page.keyboard.type(from);
  await page.keyboard.press('Tab');
  await page.keyboard.type(to);
}

test('the day\'s report shows the counter\'s figures and chart and downloads as Excel', async ({ counter: { page } }) => {
  await completeSetup(page);
  for (let i = 0; i < 3; i++) await invoke(page, 'intake.accept', { form: card() });
  await invoke(page, 'intake.accept', { form: card({ channel: 'online', channelReference: 'DVC-2026-000777' }) });
  await invoke(page, 'intake.resolveOnTheSpot', { form: card(), resultNumber: 'HC4454512345678', receiverName: 'Nguyễn Thị Minh Khai' });
  await invoke(page, 'intake.refuse', { form: card(), reasons: ['Không thuộc thẩm quyền'] });

  await openReports(page);
  const report = page.getByTestId('report');
  await expect(report.getByRole('heading', { level: 3 })).toHaveText(/^Quầy số 3 — Ngày \d{2}\/\d{2}\/\d{4}$/);
  const outcomes = report.getByTestId('table-outcomes');
  await expect(outcomes.getByRole('row', { name: /Tiếp nhận \(hẹn trả\)/ })).toContainText('4');
  await expect(outcomes.getByRole('row', { name: /Giải quyết tại chỗ/ })).toContainText('1');
  await expect(outcomes.getByRole('row', { name: /Từ chối/ })).toContainText('1');
  await expect(report.getByTestId('report-summary')).toContainText('Lượt quyết định tiếp nhận (tiếp nhận, hướng dẫn, từ chối, tại chỗ)6');
  await expect(report.getByTestId('table-channels').getByRole('row', { name: /Trực tuyến/ })).toContainText('1');

  const chart = report.getByTestId('chart-outcomes').getByRole('img');
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute('aria-label', /Tiếp nhận \(hẹn trả\) 4, Hướng dẫn bổ sung 0, Từ chối 1, Giải quyết tại chỗ 1/);
  await expect(report.getByTestId('chart-procedures')).toContainText('Cấp lại thẻ BHYT');

  // This month, then the clerk-by-clerk scope, by arrow keys in the radio groups.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Tháng này' })).toBeChecked();
  await expect(report.getByRole('heading', { level: 3 })).toHaveText(/^Quầy số 3 — Từ ngày 01\/\d{2}\/\d{4} đến ngày \d{2}\/\d{2}\/\d{4}$/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Quầy này' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(report.getByTestId('table-clerks').getByRole('row', { name: /Nguyễn Thị Thu Hương/ })).toContainText('4');

  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Alt+E');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^bao-cao-\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByTestId('report-notice')).toContainText(`Đã tải xuống ${download.suggestedFilename()}`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const outcomesSheet = book.getWorksheet('Theo kết quả');
  expect(outcomesSheet?.getRow(5).values).toEqual([undefined, 'Kết quả', 'Số lượng']);
  expect(outcomesSheet?.getRow(6).values).toEqual([undefined, 'Tiếp nhận (hẹn trả)', 4]);
});

test.describe('Sổ theo dõi hồ sơ', () => {
  test.use({ startAt: '2026-03-02T09:00:00+07:00' });

  test('the day\'s register prints from the reports screen (Alt+S) with the dossier received that day', async ({ counter: { page, dataDir } }) => {
    await completeSetup(page);
    const applicant = { ...sampleIntakeForm.applicant, fullName: 'Lê Văn An' };
    const { code } = await invoke<{ code: string }>(page, 'intake.accept', { form: card({ applicant }) });
    await openReports(page);
    const button = page.getByRole('button', { name: /^In sổ theo dõi hồ sơ/ });
    await expect(button).toContainText('Alt+S');

    // Clerk by clerk has no register: said in words, nothing issued.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Theo cán bộ' })).toBeChecked();
    await page.keyboard.press('Alt+S');
    await expect(page.getByRole('alert')).toContainText('Sổ theo dõi hồ sơ in cho quầy hoặc cả văn phòng, không theo từng cán bộ');
    await expect(page.getByRole('region', { name: 'Xem trước văn bản' })).toHaveCount(0);
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: 'Quầy này' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Cả văn phòng' })).toHaveCount(0);

    await page.keyboard.press('Alt+S');
    const preview = page.getByRole('region', { name: 'Xem trước văn bản' }).first();
    await expect(preview.getByText('Sổ theo dõi hồ sơ', { exact: true })).toBeVisible();
    await expect(preview.getByTestId('page-count')).toHaveText('1 trang');
    await page.keyboard.press('Control+p');
    await expect(preview.getByTestId('print-result')).toContainText('đã lưu bản PDF');

    const printed = lastPrintedText(dataDir).replace(/\s+/g, ' ');
    expect(printed).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(printed).toContain('Từ ngày 02/03/2026 đến ngày 02/03/2026');
    expect(printed).toMatch(new RegExp(`${code} .*Lê Văn An .*02/03/2026`));
  });

  test('a range longer than the register allows is refused on its last date', async ({ counter: { page } }) => {
    await completeSetup(page);
    await openReports(page);
    await typeRange(page, '01/01/2025', '02/03/2026');
    await page.keyboard.press('Alt+S');
    const to = page.getByLabel('Đến ngày');
    await expect(to).toBeFocused();
    await expect(to).toHaveAccessibleDescription(/Chỉ in sổ theo dõi cho tối đa 366 ngày mỗi lần/);
  });
});

test('a reversed range is refused in one wording by Enter and Alt+S, and the previous report is no longer shown', async ({ counter: { page } }) => {
  await completeSetup(page);
  await openReports(page);
  const report = page.getByTestId('report');
  await expect(report.getByRole('heading', { level: 3 })).toHaveText(/^Quầy số 3 — Ngày /);
  await typeRange(page, '10/03/2026', '01/03/2026');
  const to = page.getByLabel('Đến ngày');
  const reversed = /Ngày kết thúc phải sau hoặc bằng ngày bắt đầu\./;

  await page.keyboard.press('Enter');
  await expect(to).toBeFocused();
  await expect(to).toHaveAccessibleDescription(reversed);
  await expect(report).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('reversed-enter.png') });

  await page.keyboard.press('Alt+S');
  await expect(to).toBeFocused();
  await expect(to).toHaveAccessibleDescription(reversed);
  await expect(page.getByRole('region', { name: 'Xem trước văn bản' })).toHaveCount(0);
});
