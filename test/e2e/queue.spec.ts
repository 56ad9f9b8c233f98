// A dossier followed to its return, keyboard first, checked by what was printed:
// handed over, result back, returned by post (GIẤY GIAO NHẬN HỒ SƠ), its
// control sheet listing each step; and a late one: apology with a new date,
// returned after the original date and counted late.
import type { Page } from '@playwright/test';
import { createDispatcher } from '../../src-main/api/dispatch';
import { createServices } from '../../src-main/services';
import { FixedClock } from '../../src-main/services/clock';
import { vnInstant } from '../../src-main/shared/time';
import { sampleIntakeForm } from '../support/samples/dossiers';
import { expect, test } from './fixtures';
import { completeSetup, FIRST_CLERK } from './helpers';
import { lastPrintedText } from './printed';

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** These scenarios count a card re-issue in 2 working days (the limit before Law 41/2024), set as a supervisor would. */
const OLD_CARD_LIMIT = { procedureId: 'cap-lai-the-bhyt', changes: { timeLimitDays: 2, timeLimitUnit: 'working_days' }, changeNote: 'Số liệu thử' } as const;

/** The intake itself is not under test here: accept a card re-issue through the API. */
async function acceptThroughApi(page: Page): Promise<{ dossierId: number; code: string }> {
  return page.evaluate(async ([form, limit]) => {
    await window.motCua.invoke('catalogue.update', limit);
    const result = await window.motCua.invoke('intake.accept', { form });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return { dossierId: result.value.dossierId, code: result.value.code };
  }, [sampleIntakeForm, OLD_CARD_LIMIT] as const);
}

/** A dossier received days before the scenario's "today": the same API, on a clock set back. */
async function acceptedInThePast(dataDir: string, at: Date): Promise<void> {
  const services = createServices({ dataDir, clock: new FixedClock(at) });
  try {
    const dispatch = createDispatcher(services);
    expect((await dispatch('session.signIn', { username: FIRST_CLERK.username, password: FIRST_CLERK.password })).ok).toBe(true);
    await dispatch('catalogue.update', OLD_CARD_LIMIT);
    const accepted = await dispatch('intake.accept', { form: sampleIntakeForm });
    expect(accepted.ok).toBe(true);
  } finally {
    services.close();
  }
}

async function openFirstRowOfView(page: Page, viewKey: string, viewName: RegExp) {
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Hàng đợi hồ sơ' })).toBeVisible();
  await page.getByTestId('queue-list').focus();
  await page.keyboard.press(viewKey);
  await expect(page.getByRole('tab', { selected: true })).toHaveText(viewName);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await page.keyboard.press('Enter');
  const view = page.getByRole('dialog', { name: /^Hồ sơ/ });
  await expect(view.getByTestId('dossier-state')).toBeVisible();
  return view;
}

test.describe('received → handed over → result back → returned by post', () => {
  test.use({ startAt: '2026-03-02T09:00:00+07:00' });

  test('each step from the keyboard; the postal slip and the control sheet are printed', async ({ counter: { page, dataDir } }) => {
    await completeSetup(page);
    const { code } = await acceptThroughApi(page);

    const view = await openFirstRowOfView(page, '2', /Chờ chuyển phòng/);
    await expect(view.getByTestId('dossier-view-code')).toHaveText(code);
    await expect(view.getByTestId('dossier-state')).toHaveText('Đã tiếp nhận');
    // Only the actions the state allows are offered.
    await expect(view.getByRole('button', { name: /Trả kết quả/ })).toHaveCount(0);

    await page.keyboard.press('c');
    const handOver = page.getByRole('dialog', { name: 'Chuyển phòng giải quyết' });
    await expect(handOver.getByLabel('Phòng (cơ quan) giải quyết')).toBeFocused();
    await page.keyboard.type('Phòng Quản lý thu - Sổ, thẻ');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lê Văn Tâm');
    await page.keyboard.press('Control+Enter');
    await expect(view.getByTestId('dossier-state')).toHaveText('Đang giải quyết');
    await expect(view.getByTestId('action-message')).toContainText('Chuyển phòng giải quyết: Đã lưu.');

    await page.keyboard.press('k');
    await expect(page.getByRole('dialog', { name: 'Nhận kết quả' }).getByLabel(/Số kết quả/)).toBeFocused();
    await page.keyboard.type('HC4454512345678');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Thẻ BHYT');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lê Văn Tâm');
    await page.keyboard.press('Control+Enter');
    await expect(view.getByTestId('dossier-state')).toHaveText('Có kết quả, chờ trả');

    await page.keyboard.press('t');
    const giving = page.getByRole('dialog', { name: `Trả kết quả hồ sơ ${code}` });
    await expect(giving.getByRole('radio', { name: 'Tại quầy' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(giving.getByRole('radio', { name: 'Qua bưu điện' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(giving.getByLabel('Số hiệu bưu gửi')).toBeFocused();
    await page.keyboard.type('EB123456789VN');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Bưu cục Đông Hà');
    await expect(giving.getByLabel('Địa chỉ nhận kết quả')).toHaveValue('Số 12 đường Lê Lợi, phường Đông Hà, tỉnh Quảng Trị');
    await page.keyboard.press('Control+Enter');
    await expect(view.getByTestId('dossier-state')).toHaveText('Đã trả kết quả');

    const slip = flat(lastPrintedText(dataDir));
    for (const expected of ['GIẤY GIAO NHẬN HỒ SƠ', 'Bưu cục Đông Hà', 'Nguyễn Thị Minh Khai', code, 'Số 12 đường Lê Lợi', 'Thẻ BHYT']) expect(slip).toContain(expected);

    await page.keyboard.press('p');
    await expect(view.getByTestId('action-message')).toContainText('Chưa cấu hình máy in');
    const sheet = flat(lastPrintedText(dataDir));
    expect(sheet).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    // One row per step, its cells wrapped in narrow columns: what the step was, who handed over and who received.
    expect(sheet).toMatch(/Tiếp nhận hồ .*Nguyễn Thị Minh Khai.*Chuyển hồ .*Lê Văn Tâm.*Nhận kết .*Lê Văn Tâm.*Trả qua bưu .*Bưu cục Đông/);
    expect(sheet.match(/Trước hạn(?!\/)/g)?.length).toBe(4);

    const history = view.getByTestId('dossier-history');
    await expect(history.getByRole('row')).toHaveCount(5);
    await expect(history).toContainText('Chuyển cơ quan giải quyết');
    await expect(history).toContainText('Quầy 3');

    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: /^Hồ sơ/ })).toHaveCount(0);
  });
});

test.describe('a late dossier', () => {
  // Thursday; the dossier was received on Monday and was due on Wednesday.
  test.use({ startAt: '2026-03-05T09:00:00+07:00' });

  test('shows as overdue, gets an apology with a new date, and is returned late and counted late', async ({ counter: { page, dataDir } }) => {
    await completeSetup(page);
    await acceptedInThePast(dataDir, vnInstant('2026-03-02', 9, 0));

    await page.keyboard.press('Alt+2');
    await expect(page.getByTestId('count-overdue')).toHaveText('1');
    const view = await openFirstRowOfView(page, '5', /Quá hạn/);
    await expect(view).toContainText('Quá hạn 1 ngày làm việc');

    await page.keyboard.press('x');
    const apology = page.getByRole('dialog', { name: 'Xin lỗi, hẹn lại ngày' });
    await expect(apology).toContainText('Hẹn trả hiện tại: 04/03/2026');
    await page.keyboard.type('Chờ dữ liệu thẻ từ hệ thống cấp thẻ tập trung');
    await page.keyboard.press('Tab');
    await apology.getByLabel('Ngày hẹn trả mới').fill('07/03/2026'); // a Saturday
    await page.keyboard.press('Control+Enter');
    await expect(apology.getByText('Ngày hẹn mới phải là ngày làm việc.')).toBeVisible();
    await apology.getByLabel('Ngày hẹn trả mới').fill('10/03/2026');
    await page.keyboard.press('Control+Enter');
    await expect(view.getByTestId('action-message')).toContainText('Xin lỗi, hẹn lại ngày: Đã lưu.');

    const letter = flat(lastPrintedText(dataDir));
    expect(letter).toContain('XIN LỖI');
    expect(letter).toContain('09 giờ 00 phút, ngày 04/03/2026');
    expect(letter).toContain('Chờ dữ liệu thẻ từ hệ thống cấp thẻ tập trung');
    expect(letter).toContain('09 giờ 00 phút, ngày 10/03/2026');
    expect(letter.indexOf('04/03/2026')).toBeLessThan(letter.indexOf('10/03/2026'));
    await expect(view).toContainText('09:00 04/03/2026');
    await expect(view).toContainText('09:00 10/03/2026');

    await page.keyboard.press('k');
    await page.keyboard.type('HC4454512345678');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Thẻ BHYT');
    await page.keyboard.press('Control+Enter');
    await expect(view.getByTestId('dossier-state')).toHaveText('Có kết quả, chờ trả');
    await page.keyboard.press('Escape');

    // The return itself, from the Trả kết quả screen.
    await page.keyboard.press('Alt+3');
    await expect(page.getByTestId('returns-row')).toHaveCount(1);
    await page.getByTestId('returns-list').focus();
    await page.keyboard.press('Enter');
    const giving = page.getByRole('dialog', { name: /^Trả kết quả hồ sơ/ });
    await expect(giving.getByRole('radio', { name: 'Tại quầy' })).toBeFocused();
    await expect(giving.getByText('Chính người nộp: Nguyễn Thị Minh Khai')).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(giving.getByRole('checkbox', { name: 'Người nhận đã ký nhận' })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('heading', { name: /Đã trả kết quả hồ sơ/ })).toBeVisible();

    await page.keyboard.press('Alt+2');
    await page.getByTestId('queue-list').focus();
    await page.keyboard.press('8');
    await expect(page.getByTestId('queue-row')).toHaveCount(1);
    await expect(page.getByTestId('queue-row')).toContainText('Trễ hạn');
    await expect(page.getByTestId('returned-stats')).toHaveText('Trước hạn: 0 · Đúng hạn: 0 · Trễ hạn: 1');
  });
});
