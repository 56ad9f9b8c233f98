// @runs: test
// The office-wide screens with a real office hub (a PostgreSQL cluster of the
// test's own): counter 3 is the page; counter 1 runs in the test process. Trả
// kết quả and the search list the whole office's dossiers (each naming its
// counter), F4 narrows to this counter's; a conflict on a dossier both counters acted on is opened
// from the footer, both histories shown, settled by the supervisor from the
// keyboard, and counter 1 sees it settled; Cuối ngày › Các quầy shows which
// counters closed their day.
import type { Page } from '@playwright/test';
import { addCounter } from '../../src-main/hub/init';
import { vnInstant } from '../../src-main/shared/time';
import { closeCounter, openCounter, prepareHub } from '../support/hub';
import { cardReissueForm } from '../support/intake';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import type { TestApp } from '../support/services';
import { expect, test } from './fixtures';
import { expectAccessible } from './guard';
import { completeSetup } from './helpers';

let pg: TestPostgres;

test.beforeAll(async () => {
  pg = await startTestPostgres();
  await prepareHub(pg);
});
test.afterAll(() => pg?.stop());

const PASSWORD = 'quay-3-mat-khau';

/** Joins the page's counter as a supervisor would; joining again is also how this scenario makes it exchange now. */
async function joinOrExchange(page: Page): Promise<void> {
  await page.evaluate(
    async ({ address, password }) => {
      const result = await window.motCua.invoke('hub.join', { address, user: 'motcua_counter_3', password });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
    },
    { address: `127.0.0.1:${pg.port}/postgres`, password: PASSWORD },
  );
}

/** Counter 3 (the page) acts on a dossier found by its code, as its screens would. */
async function actAtPage(page: Page, code: string, method: 'queue.returnResult' | 'queue.handOver', input: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async ({ code, method, input }) => {
      const found = await window.motCua.invoke('search.dossiers', { query: code });
      if (!found.ok || !found.value.results[0]) throw new Error('not found');
      const result = await window.motCua.invoke(method, { dossierId: found.value.results[0].dossierId, ...input } as never);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
    },
    { code, method, input },
  );
}

async function resultReadyAt(one: TestApp, personalId: string): Promise<string> {
  const form = cardReissueForm();
  form.applicant = { ...form.applicant, personalId, fullName: 'Phạm Thị Mai' } as typeof form.applicant;
  const { dossierId } = await one.ok('intake.accept', { form });
  await one.ok('queue.handOver', { dossierId, department: 'Phòng Quản lý thu - Sổ, thẻ', receiverName: 'Lê Văn Tâm' });
  await one.ok('queue.receiveResult', { dossierId, resultNumber: 'HC4454512345678', items: [{ name: 'Thẻ BHYT', count: 1 }] });
  return (await one.ok('dossiers.get', { dossierId })).code as string;
}

test.describe('the office-wide screens', () => {
  test.use({ startAt: '2026-03-02T09:30:00+07:00' });

  test('Trả kết quả for the whole office, F4 for this counter; a conflict settled from the footer is settled at counter 1 too', async ({ counter: { page } }) => {
    const one = await openCounter(pg, 1);
    try {
      await completeSetup(page);
      await addCounter(pg.adminUrl, 3, PASSWORD);
      const code = await resultReadyAt(one, '045090007777');
      await one.services.hub.syncOnce();
      await joinOrExchange(page);

      // Trả kết quả: the whole office by default, the row names counter 1.
      await page.keyboard.press('Alt+3');
      const toggle = page.getByTestId('scope-toggle');
      await expect(toggle.getByLabel('Cả văn phòng')).toBeChecked();
      const row = page.getByTestId('returns-row').filter({ hasText: code });
      await expect(row).toContainText('Quầy 1');
      await expectAccessible(page, 'Trả kết quả with the scope choice');
      await page.getByTestId('returns-list').focus();
      await page.keyboard.press('F4');
      await expect(toggle.getByLabel('Quầy này')).toBeChecked();
      await expect(page.getByTestId('returns-row')).toHaveCount(0);

      // Hàng đợi keeps its own choice (the whole office); Trả kết quả remembers "Quầy này".
      await page.keyboard.press('Alt+2');
      await expect(page.getByTestId('scope-toggle').getByLabel('Cả văn phòng')).toBeChecked();
      await page.keyboard.press('7');
      await expect(page.getByTestId('queue-row').filter({ hasText: code })).toContainText('Quầy 1');
      await page.keyboard.press('Alt+3');
      await expect(page.getByTestId('scope-toggle').getByLabel('Quầy này')).toBeChecked();
      await page.getByTestId('returns-list').focus();
      await page.keyboard.press('F4');
      await expect(row).toBeVisible();

      // The search: the whole office's dossiers by default, F4 for this counter's (nothing here).
      await page.keyboard.press('Control+f');
      const search = page.getByRole('dialog', { name: 'Tìm hồ sơ' });
      await page.keyboard.type(code);
      await expect(search.getByRole('option')).toContainText('Quầy 1');
      await page.keyboard.press('F4');
      await expect(search.getByLabel('Quầy này')).toBeChecked();
      await expect(search.getByText('Không tìm thấy hồ sơ nào')).toBeVisible();
      await page.keyboard.press('F4');
      await expect(search.getByRole('option')).toHaveCount(1);
      await page.keyboard.press('Escape');

      // A second dossier, received at counter 1 and known at counter 3 before the hub goes quiet for them.
      const form = cardReissueForm();
      form.applicant = { ...form.applicant, personalId: '045090008888', fullName: 'Đỗ Văn Hùng' } as typeof form.applicant;
      const second = await one.ok('intake.accept', { form });
      const secondCode = (await one.ok('dossiers.get', { dossierId: second.dossierId })).code as string;
      await one.services.hub.syncOnce();
      await joinOrExchange(page);

      // Both counters act on both dossiers: counter 3 reaches the hub first, so counter 1's stop and result are flagged.
      await one.ok('queue.stop', { dossierId: (one.services.sqlite.prepare('SELECT id FROM dossiers WHERE code = ?').get(code) as { id: number }).id, kind: 'withdrawn', reason: 'Người nộp rút hồ sơ' });
      await one.ok('queue.receiveResult', { dossierId: second.dossierId, resultNumber: 'HC4454599999999', items: [{ name: 'Thẻ BHYT', count: 1 }] });
      await actAtPage(page, code, 'queue.returnResult', { delivery: { method: 'counter', collector: { kind: 'applicant' }, signatureNoted: true } });
      await actAtPage(page, secondCode, 'queue.handOver', { department: 'Phòng Thu', receiverName: 'Hoàng Văn Nam' });
      await joinOrExchange(page);
      await one.services.hub.syncOnce();
      await joinOrExchange(page);

      const footer = page.getByTestId('hub-conflicts');
      await expect(footer).toHaveText('2 xung đột cần cán bộ phụ trách xem xét');
      await footer.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Xung đột đồng bộ' });
      await expect(dialog.getByTestId('conflict-row')).toHaveCount(2);
      await expect(dialog.getByTestId('conflict-row').first().getByRole('button')).toBeFocused();
      await dialog.getByRole('button', { name: code }).focus();
      await page.keyboard.press('Enter');

      const detail = dialog.getByTestId('conflict-detail');
      await expect(detail.getByRole('region', { name: 'Theo thứ tự của máy chủ (được chấp nhận)' })).toContainText('Trả kết quả');
      // What each step did, not only its name: the hand-over's department and receiver, the result's number.
      await expect(detail.getByRole('region', { name: 'Theo thứ tự của máy chủ (được chấp nhận)' })).toContainText('Đơn vị giải quyết: Phòng Quản lý thu - Sổ, thẻ; Người nhận: Lê Văn Tâm');
      await expect(detail.getByRole('region', { name: 'Theo thứ tự của máy chủ (được chấp nhận)' })).toContainText('Nhận kết quả, số HC4454512345678');
      await expect(detail.getByRole('region', { name: 'Thao tác khi mất kết nối' })).toContainText('Dừng giải quyết: Người nộp rút hồ sơ');
      // A stop cannot follow a return: said before the choice, and the choice cannot be taken.
      const keepDisconnected = dialog.getByLabel('Giữ thao tác khi mất kết nối (thực hiện lại thao tác này)');
      await expect(keepDisconnected).toBeDisabled();
      await expect(keepDisconnected).toHaveAccessibleDescription(/Không giữ được thao tác "Dừng giải quyết": hồ sơ đang ở trạng thái "Đã trả kết quả"/);
      await expect(dialog.getByLabel('Giữ kết quả theo thứ tự máy chủ')).toBeFocused();
      // At 1366×768 the confirm button is on screen without scrolling, however long the histories.
      await expect(dialog.getByRole('button', { name: 'Ghi nhận Ctrl+Enter' })).toBeInViewport({ ratio: 1 });
      await expectAccessible(page, 'the conflict screen');
      await page.screenshot({ path: 'test-results/screens/hub-conflict.png' });
      await page.keyboard.press('Tab');
      await page.keyboard.type('Công dân đã nhận kết quả tại quầy 3');
      await page.keyboard.press('Control+Enter');
      await expect(detail.getByTestId('conflict-settlement')).toContainText('Đã giải quyết: Nguyễn Thị Thu Hương (quầy 3)');

      // The settlement leaves counter 3 right after it is recorded; counter 1 receives it at its next exchange.
      await expect
        .poll(async () => {
          await one.services.hub.syncOnce();
          return (await one.ok('hub.conflicts', {})).conflicts.find((c) => c.action === 'stop')?.settlement;
        })
        .toMatchObject({ kept: 'accepted', counter: 3, reason: 'Công dân đã nhận kết quả tại quầy 3' });

      // The second: the result can stand. A reason written for one choice is not kept for the other.
      await page.keyboard.press('Escape');
      await dialog.getByRole('button', { name: secondCode }).focus();
      await page.keyboard.press('Enter');
      await expect(detail.getByRole('region', { name: 'Thao tác khi mất kết nối' })).toContainText('Nhận kết quả, số HC4454599999999');
      await expect(detail.getByRole('region', { name: 'Theo thứ tự của máy chủ (được chấp nhận)' })).toContainText('Đơn vị giải quyết: Phòng Thu; Người nhận: Hoàng Văn Nam');
      await expect(dialog.getByLabel('Giữ kết quả theo thứ tự máy chủ')).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(keepDisconnected).toBeChecked();
      await page.keyboard.press('Tab');
      await page.keyboard.type('Hai quầy cùng chuyển; giữ thao tác quầy 2');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('ArrowUp');
      await expect(dialog.getByLabel('Giữ kết quả theo thứ tự máy chủ')).toBeChecked();
      await expect(dialog.getByLabel('Lý do', { exact: true })).toHaveValue('');
      await expect(dialog.getByTestId('reason-cleared')).toBeInViewport();
      await page.screenshot({ path: 'test-results/screens/hub-conflict-reason-cleared.png' });
      await page.keyboard.press('Tab');
      await page.keyboard.type('Kết quả về sau khi đã chuyển phòng; giữ thứ tự máy chủ');
      await page.keyboard.press('Control+Enter');
      await expect(detail.getByTestId('conflict-settlement')).toContainText('Giữ kết quả theo thứ tự máy chủ. Lý do: Kết quả về sau khi đã chuyển phòng; giữ thứ tự máy chủ');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(page.getByTestId('hub-conflicts')).toHaveCount(0);

      // Cuối ngày › Các quầy: counter 1 closed its day, counter 3 not yet.
      one.at(vnInstant('2026-03-02', 17, 0));
      await one.ok('endOfDay.close', { date: '2026-03-02', confirmOpenItems: true });
      await one.services.hub.syncOnce();
      await joinOrExchange(page);
      await page.keyboard.press('Alt+4');
      await page.getByRole('tab', { name: 'Các quầy' }).focus();
      await page.keyboard.press('Enter');
      const days = page.getByTestId('office-day-row');
      await expect(days.filter({ hasText: 'Quầy 1' })).toContainText('Đã chốt — Nguyễn Thị Thu Hương, 17:00 02/03/2026');
      await expect(days.filter({ hasText: 'Quầy 3' })).toContainText('Chưa chốt sổ');
      const office = page.getByTestId('office-day');
      await expect(office.getByTestId('office-day-table')).toContainText('Ngày 02/03/2026');
      // "Ngày" names the box once.
      await expect(office.getByText('Ngày', { exact: true })).toHaveCount(1);

      // An impossible date: the message, and no table left beneath to read as its answer.
      await office.getByLabel('Ngày', { exact: true }).fill('31/02/2026');
      await page.keyboard.press('Enter');
      await expect(office.getByRole('alert').first()).toBeVisible();
      await expect(office.getByTestId('office-day-table')).toHaveCount(0);
      await page.screenshot({ path: 'test-results/screens/hub-office-day-bad-date.png' });
      await office.getByLabel('Ngày', { exact: true }).fill('02/03/2026');
      await page.keyboard.press('Enter');
      await expect(office.getByTestId('office-day-table')).toContainText('Ngày 02/03/2026');
      await expect(office.getByRole('alert')).toHaveCount(0);
    } finally {
      await closeCounter(one);
    }
  });
});
