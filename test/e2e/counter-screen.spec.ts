// @runs: test
// The counter's own screen: 1366×768, a browser in any language. The intake's
// decision keys stay in sight; dates are typed and shown day first.
import { expect, test } from './fixtures';
import { completeSetup } from './helpers';

test.use({ startAt: '2026-03-02T09:00:00+07:00' });

test('at 1366×768 the decision keys of Tiếp nhận stay visible over a long form', async ({ counter: { page } }) => {
  await completeSetup(page);
  await page.keyboard.type('cap lai the bhyt');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Số định danh cá nhân (12 số)')).toBeFocused();
  for (const name of [/Tiếp nhận, in giấy hẹn\s*F9/, /Giải quyết, trả tại chỗ\s*Shift\+F9/, /Hướng dẫn bổ sung\s*F8/, /Từ chối tiếp nhận\s*Shift\+F8/]) {
    const button = page.getByRole('button', { name });
    await expect(button).toBeInViewport({ ratio: 1 });
    const box = await button.boundingBox();
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x as number, y as number)?.closest('button')?.textContent ?? '', [(box?.x ?? 0) + 5, (box?.y ?? 0) + 5]);
    expect(hit).toMatch(name);
    expect(box?.y).toBeGreaterThan(700);
  }
  await page.screenshot({ path: 'test-results/screens/intake-procedure-picked.png' });
});

test.describe('in a browser set to American English', () => {
  test.use({ locale: 'en-US' });

  test('the end-of-day date is shown and typed dd/mm/yyyy, and a day that does not exist is refused', async ({ counter: { page } }) => {
    await completeSetup(page);
    await page.keyboard.press('Alt+4');
    const date = page.getByLabel('Ngày', { exact: true });
    await expect(date).toHaveValue('02/03/2026');
    await date.fill('12/01/2026');
    await page.keyboard.press('Enter');
    await expect(date).toHaveValue('12/01/2026');
    // A day that does not exist is named, whether the clerk leaves the box or presses Enter in it.
    await date.fill('31/02/2026');
    await page.keyboard.press('Tab');
    await expect(page.getByText('Ngày 31/02/2026 không có trong lịch.').first()).toBeVisible();
    await date.fill('31/02/2026');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Ngày 31/02/2026 không có trong lịch.').first()).toBeVisible();
    await expect(page.getByText(/năm-tháng-ngày/)).toHaveCount(0);
    await date.fill('3l/02/2026');
    await page.keyboard.press('Tab');
    await expect(page.getByText('Ngày ghi theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 02/03/2026.')).toBeVisible();
  });
});
