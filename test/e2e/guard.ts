// @runs: test
// What every scenario holds to, whatever it tests: after each key the focus is
// on an element of the top layer (never the page body, never under an overlay),
// and the screens pass axe-core with no critical or serious violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Where the focus is wrong, in words, or null. Runs in the page. */
function focusFault(): string | null {
  const active = document.activeElement;
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  if (!active || active === document.body || active === document.documentElement) return 'the focus is on the page body';
  const layers = [...document.querySelectorAll<HTMLElement>('[role="dialog"][aria-modal="true"]')].filter((el) => el.getClientRects().length > 0);
  if (!layers.length) return null;
  const z = (el: HTMLElement) => Number.parseInt(getComputedStyle(el).zIndex, 10) || 0;
  const top = layers.reduce((best, el) => (z(el) >= z(best) ? el : best));
  return top.contains(active) ? null : `the focus is on ${describe(active)}, not in the top dialog "${top.getAttribute('aria-label') ?? top.textContent?.slice(0, 40)}"`;
}

/** Fails unless the focus settles on a reachable element within two seconds. */
export async function expectFocusHeld(page: Page, after: string): Promise<void> {
  await expect.poll(() => page.evaluate(focusFault), { message: `focus after ${after}`, timeout: 2_000 }).toBeNull();
}

/** Every key pressed in a scenario is followed by the focus check. */
export function guardKeyboard(page: Page): void {
  const press = page.keyboard.press.bind(page.keyboard);
  page.keyboard.press = async (key, options) => {
    await press(key, options);
    await expectFocusHeld(page, `pressing ${key}`);
  };
}

/** axe-core on what is on screen now: no critical and no serious violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const grave = violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect.soft(grave, `axe on ${screen}`).toEqual([]);
}
