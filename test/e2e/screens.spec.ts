// @runs: test
// Every screen of the counter at 1366×768, keyboard only: axe-core finds no
// critical or serious violation, and a screenshot of each is kept for a look.
import type { Page } from '@playwright/test';
import { sampleIntakeForm } from '../support/samples/dossiers';
import { expect, test } from './fixtures';
import { expectAccessible } from './guard';
import { completeSetup } from './helpers';

const SHOTS = 'test-results/screens';

/** Checks the screen now shown with axe and keeps its picture. */
async function visit(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, name);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function accept(page: Page): Promise<string> {
  return page.evaluate(async (form) => {
    const result = await window.motCua.invoke('intake.accept', { form });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value.code;
  }, sampleIntakeForm);
}

test.use({ startAt: '2026-03-02T09:00:00+07:00' });

test('every screen passes axe with no critical or serious violation', async ({ counter: { page } }) => {
  await completeSetup(page);
  const code = await accept(page);
  await visit(page, '1-intake');
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Hàng đợi hồ sơ' })).toBeVisible();
  await expect(page.getByText(code).first()).toBeVisible();
  await visit(page, '2-queue');
  await page.keyboard.press('Alt+3');
  await visit(page, '3-returns');
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await visit(page, '4-end-of-day');
  await page.getByRole('tab', { name: 'Báo cáo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await visit(page, '4-reports');
  await page.keyboard.press('Alt+5');
  await visit(page, '5-catalogue');
  await page.getByRole('tab', { name: /Lịch/ }).click();
  await visit(page, '5-calendar');
  await page.keyboard.press('Alt+6');
  await visit(page, '6-settings');
  await page.keyboard.press('Control+f');
  await page.keyboard.type(code.slice(-4));
  await expect(page.getByRole('dialog', { name: 'Tìm hồ sơ' }).getByRole('option')).toHaveCount(1);
  await visit(page, 'search');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dossier-view-code')).toHaveText(code);
  await visit(page, 'dossier');
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('dialog', { name: /Máy đang khóa/ })).toBeVisible();
  await visit(page, 'lock');
});
