// @runs: test
// Keyboard-first steps shared by the scenarios.
import { expect, type Page } from '@playwright/test';

export const OFFICE = {
  parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM',
  officeName: 'Bảo hiểm xã hội cơ sở Đông Hà',
  officeCode: '000.00.15.H27',
  place: 'Đông Hà',
  counter: '3',
  address: '01 Trần Hưng Đạo, phường Đông Hà, tỉnh Quảng Trị',
  phone: '0233 3851 234',
};
export const FIRST_CLERK = { fullName: 'Nguyễn Thị Thu Hương', username: 'huongntt', password: 'mat-khau-8' };

/** Types into the focused field, then Tab to the next. */
export async function typeAndTab(page: Page, text: string): Promise<void> {
  if (text) await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** The first-run setup from the keyboard: OFFICE at counter 3 and FIRST_CLERK, unless another counter or clerk is given. */
export async function completeSetup(page: Page, counter = OFFICE.counter, clerk = FIRST_CLERK): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Cài đặt ban đầu' })).toBeVisible();
  const agency = page.getByLabel('Cơ quan chủ quản');
  await expect(agency).toBeFocused();
  await agency.fill(OFFICE.parentAgency);
  await page.keyboard.press('Tab');
  await typeAndTab(page, OFFICE.officeName);
  await typeAndTab(page, OFFICE.officeCode);
  await typeAndTab(page, OFFICE.place);
  await page.keyboard.press('Control+A');
  await typeAndTab(page, counter);
  await typeAndTab(page, OFFICE.address);
  await typeAndTab(page, OFFICE.phone);
  await typeAndTab(page, clerk.fullName);
  await typeAndTab(page, clerk.username);
  await page.keyboard.type(clerk.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-clerk')).toHaveText(clerk.fullName);
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();
  await typeAndTab(page, username);
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

/** Counts the keys pressed beyond the typed data: the keystroke budgets. */
export function keyboard(page: Page) {
  let presses = 0;
  return {
    press: async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    },
    type: (text: string) => page.keyboard.type(text),
    get presses() {
      return presses;
    },
  };
}
