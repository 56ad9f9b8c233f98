// @runs: renderer
// Long work in the main process (export, backup, restore) pushes progress events;
// a panel follows one task's latest event and shows it as a labelled bar.
import { useEffect, useState } from 'react';
import type { ProgressEvent } from '../../src-main/api/contract';

/** The latest progress event of one long task, pushed by the main process. */
export function useProgress(task: string): ProgressEvent | null {
  const [event, setEvent] = useState<ProgressEvent | null>(null);
  useEffect(
    () =>
      window.motCua.onProgress((e) => {
        if (e.task === task) setEvent(e);
      }),
    [task],
  );
  return event;
}

export function ProgressLine({ event }: { event: ProgressEvent | null }) {
  if (!event) return null;
  return (
    <p className="progress-line" role="status">
      <span>{event.label}</span>
      <progress value={event.done} max={Math.max(event.total, 1)} aria-label={event.label} />
    </p>
  );
}
