// @runs: renderer
// Shown while the main process runs the start-up integrity check on the database
// (in a worker thread); asks for the status again until the check is done.
import { useEffect } from 'react';
import { backupWords as t } from '../../src-main/shared/vi/backup';

const ASK_AGAIN_MS = 400;

export function StartupCheckScreen({ onAgain }: { onAgain: () => Promise<void> }) {
  useEffect(() => {
    const timer = setTimeout(() => void onAgain(), ASK_AGAIN_MS);
    return () => clearTimeout(timer);
  });
  return (
    <main className="center">
      <section className="card startup-check" role="status" aria-live="polite">
        <h1>{t.startupCheck.title}</h1>
        <progress aria-label={t.startupCheck.title} />
        <p className="muted">{t.startupCheck.why}</p>
      </section>
    </main>
  );
}
