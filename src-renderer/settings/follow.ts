// @runs: renderer
// A settings form shows what is stored: when the office hub brings other
// counters' changes, a form the clerk is not editing loads again. A form being
// edited keeps what was typed; its save carries the version it loaded and is
// refused by the main process if its values changed meanwhile (settings/version.ts).
import type { RefObject } from 'react';
import { HUB_RECEIVED_TASK } from '../../src-main/hub/contract';

/** Takes the form and its loader; reloads on every hub arrival while the focus is outside the form; gives the unsubscribe. */
export function followSettingsChanges(form: RefObject<HTMLElement | null>, load: () => Promise<void>): () => void {
  return window.motCua.onProgress((event) => {
    if (event.task !== HUB_RECEIVED_TASK) return;
    if (form.current && form.current.contains(document.activeElement)) return;
    void load();
  });
}
