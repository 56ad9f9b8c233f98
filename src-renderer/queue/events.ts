// @runs: renderer
// A dossier changed (an action in the dossier view, a return): open lists reload.
export const queueChanged = new EventTarget();

export function notifyQueueChanged(): void {
  queueChanged.dispatchEvent(new Event('change'));
}
