// @runs: test
// At the return, the screen turns to the citizen: three factors rated with
// the number keys and Enter, a comment, thanks; the rating is stored once.
import { sampleIntakeForm } from '../support/samples/dossiers';
import { expect, test } from './fixtures';
import { completeSetup, keyboard } from './helpers';

/** The clerk's keys for a return at the counter with the citizen's rating (issue 14). */
const RETURN_BUDGET = 8;

test.describe('the citizen rates the service at the return', () => {
  test.use({ startAt: '2026-03-02T09:00:00+07:00' });

  test('keys 1–5 and Enter per factor in the citizen-facing screen; stored with the dossier', async ({ counter: { page } }) => {
    await completeSetup(page);
    const dossierId = await page.evaluate(async (form) => {
      const accepted = await window.motCua.invoke('intake.accept', { form });
      if (!accepted.ok) throw new Error(JSON.stringify(accepted.error));
      const id = accepted.value.dossierId;
      const result = await window.motCua.invoke('queue.receiveResult', { dossierId: id, resultNumber: 'HC4454512345678', items: [{ name: 'Thẻ BHYT', count: 1 }] });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return id;
    }, sampleIntakeForm);

    await page.keyboard.press('Alt+3');
    const clerk = keyboard(page);
    await expect(page.getByTestId('returns-row')).toHaveCount(1);
    await page.getByTestId('returns-list').focus();
    await clerk.press('Enter');
    const giving = page.getByRole('dialog', { name: /^Trả kết quả hồ sơ/ });
    await expect(giving.getByRole('radio', { name: 'Tại quầy' })).toBeFocused();
    await clerk.press('Tab');
    await clerk.press('Tab');
    await clerk.press('Space');
    await clerk.press('Control+Enter');
    await expect(page.getByRole('heading', { name: /Đã trả kết quả hồ sơ/ })).toBeVisible();

    await expect(page.getByTestId('satisfaction-offer')).toContainText('Mời công dân đánh giá');
    await clerk.press('F8');
    const screen = page.getByTestId('citizen-rating');
    await expect(screen.getByRole('heading', { name: 'Chất lượng thủ tục' })).toBeVisible();
    await page.keyboard.press('5');
    await expect(screen.getByRole('radio', { name: /5 Rất hài lòng/ })).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Enter');
    await expect(screen.getByRole('heading', { name: 'Thái độ phục vụ của cán bộ' })).toBeVisible();
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');
    await expect(screen.getByRole('heading', { name: 'Kết quả giải quyết' })).toBeVisible();
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    await expect(screen.getByRole('textbox', { name: 'Góp ý thêm (không bắt buộc)' })).toBeFocused();
    await page.keyboard.type('Cán bộ hướng dẫn tận tình');
    await page.keyboard.press('Enter');
    await expect(screen.getByRole('heading', { name: 'Xin cảm ơn Ông/Bà đã đánh giá!' })).toBeVisible();
    await clerk.press('Escape');
    await expect(screen).toHaveCount(0);
    expect(clerk.presses).toBeLessThanOrEqual(RETURN_BUDGET);
    await expect(page.getByTestId('satisfaction-offer')).toContainText('Đã lưu đánh giá của công dân.');

    const stored = await page.evaluate((id) => window.motCua.invoke('satisfaction.get', { dossierId: id }), dossierId);
    expect(stored).toMatchObject({ ok: true, value: { rating: { procedureQuality: 5, staffAttitude: 4, resultQuality: 3, comment: 'Cán bộ hướng dẫn tận tình' } } });
  });
});
