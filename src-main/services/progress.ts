// @runs: main
// Long work (export, backup, big reports) reports progress here; each shell
// forwards it to the renderer (IPC in Electron, server-sent events in the browser shell).
import type { ProgressEvent } from '../api/contract';

export class Progress {
  private readonly listeners = new Set<(event: ProgressEvent) => void>();

  subscribe(listener: (event: ProgressEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  report(event: ProgressEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
