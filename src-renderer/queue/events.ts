// @runs: renderer
// A dossier changed (an action in the dossier view, a return, another
// counter's change received from the office hub): open lists and the open dossier reload.
import { HUB_RECEIVED_TASK } from '../../src-main/hub/contract';

export const queueChanged = new EventTarget();

export function notifyQueueChanged(): void {
  queueChanged.dispatchEvent(new Event('change'));
}

/** Reloads what is on screen whenever the main process applied other counters' changes; gives the unsubscribe. */
export function followHubArrivals(): () => void {
  return window.motCua.onProgress((event) => {
    if (event.task === HUB_RECEIVED_TASK) notifyQueueChanged();
  });
}
