// @runs: renderer
// Shown instead of everything else when the database failed the start-up check:
// what happened, the backups, and one default action (Enter) to restore the
// newest good one. After a restore the app goes on to the sign-in screen.
import { useState } from 'react';
import type { AppStatus } from '../App';
import { backupWords } from '../../src-main/shared/vi/backup';
import { call, notifyStatusChanged } from '../api';
import { FormError, Kbd } from '../ui/form';
import { ProgressLine, useProgress } from '../ui/progress';
import { BackupTable, backupTime } from './parts';

const t = backupWords.recovery;

export function RecoveryScreen({ recovery }: { recovery: NonNullable<AppStatus['recovery']> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const progress = useProgress('restore');

  async function restore(id?: string) {
    setBusy(true);
    setError(null);
    const result = await call('backup.recover', id ? { id } : {});
    setBusy(false);
    if (result.ok) notifyStatusChanged();
    else setError(result.error.message);
  }

  const hasBackups = recovery.backups.length > 0;
  return (
    <main className="center">
      <section className="card card--wide bk-recovery" aria-labelledby="recovery-title">
        <h1 id="recovery-title">⚠ {t.title}</h1>
        <p>{t.what}</p>
        <p className="bk-reason">
          <strong>{t.reason}:</strong> {recovery.reason}
        </p>
        <p>{t.next}</p>
        {hasBackups ? (
          <button type="button" className="primary bk-default" autoFocus disabled={busy} onClick={() => void restore()}>
            {t.restoreLatest} <Kbd>Enter</Kbd>
          </button>
        ) : (
          <>
            <p role="alert">{t.noBackups}</p>
            <button type="button" autoFocus onClick={() => notifyStatusChanged()}>
              {t.retry}
            </button>
          </>
        )}
        {busy ? <ProgressLine event={progress} /> : null}
        <FormError message={error} />
        <p className="muted">{t.folder(recovery.folder)}</p>
        {hasBackups ? (
          <>
            <h2>{t.orChoose}</h2>
            <BackupTable
              backups={recovery.backups}
              action={(row) => (
                <button type="button" disabled={busy} aria-label={backupWords.restoreThisLabel(backupTime(row.at))} onClick={() => void restore(row.id)}>
                  {backupWords.restoreThis}
                </button>
              )}
            />
          </>
        ) : null}
      </section>
    </main>
  );
}
