// @runs: renderer
// "Cuối ngày" → "Sao lưu, phục hồi": the backups, backing up now, restoring one
// (supervisor, confirmed with the password) and the backup settings.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { backupWords as t } from '../../src-main/shared/vi/backup';
import { ui } from '../../src-main/shared/vi/ui';
import { call, notifyStatusChanged } from '../api';
import type { SectionProps } from '../shell/Shell';
import { Layer } from '../ui/layers';
import { Field, FormError, useFieldErrors } from '../ui/form';
import { ProgressLine, useProgress } from '../ui/progress';
import { BackupTable, backupTime, type BackupRow } from './parts';

type Listing = Output<'backup.list'>;

export function BackupPanel({ status }: SectionProps) {
  const supervisor = status.clerk?.role === 'supervisor';
  const [listing, setListing] = useState<Listing | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupRow | null>(null);
  const { formError, clear, show } = useFieldErrors();
  const progress = useProgress('backup');

  const load = useCallback(async () => {
    const result = await call('backup.list', {});
    if (result.ok) setListing(result.value);
    else show(result.error);
  }, [show]);

  useEffect(() => void load(), [load]);

  async function backupNow() {
    clear();
    setDone(null);
    setBusy(true);
    const result = await call('backup.run', {});
    setBusy(false);
    if (result.ok) {
      setDone(t.done(backupTime(result.value.at)));
      await load();
    } else show(result.error);
  }

  return (
    <div className="stack">
      <section className="card card--wide" aria-labelledby="backup-title">
        <h2 id="backup-title">{t.panelTitle}</h2>
        <p className="muted">{t.panelIntro}</p>
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void backupNow()}>
            {busy ? t.backingUp : t.backupNow}
          </button>
        </div>
        {busy ? <ProgressLine event={progress} /> : null}
        {done ? <p role="status">{done}</p> : null}
        <FormError message={formError} />
        <h3>{t.listTitle}</h3>
        {listing ? (
          <BackupTable
            backups={listing.backups}
            action={
              supervisor
                ? (row) => (
                    <button type="button" disabled={row.state !== 'ok'} aria-label={t.restoreThisLabel(backupTime(row.at))} onClick={() => setRestoring(row)}>
                      {t.restoreThis}
                    </button>
                  )
                : undefined
            }
          />
        ) : null}
        {supervisor ? null : <p className="muted">{t.supervisorOnly}</p>}
      </section>
      {supervisor && listing ? <BackupSettings current={listing.settings} onSaved={load} /> : null}
      {restoring ? <ConfirmRestore row={restoring} onCancel={() => setRestoring(null)} /> : null}
    </div>
  );
}

function BackupSettings({ current, onSaved }: { current: Listing['settings']; onSaved: () => Promise<void> }) {
  const [saved, setSaved] = useState(false);
  const { errors, formError, clear, show } = useFieldErrors();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    clear();
    setSaved(false);
    const result = await call('backup.updateSettings', { folder: String(data.get('folder') ?? ''), keep: Number(data.get('keep')), dailyTime: String(data.get('dailyTime') ?? '') });
    if (result.ok) {
      setSaved(true);
      await onSaved();
    } else show(result.error);
  }

  return (
    <form className="card card--wide" onSubmit={submit} noValidate aria-labelledby="backup-settings-title">
      <h2 id="backup-settings-title">{t.settingsTitle}</h2>
      <Field label={t.folder} field="folder" name="folder" defaultValue={current.folder} placeholder={current.resolvedFolder} hint={t.folderHint} error={errors.folder} />
      <div className="row">
        <Field label={t.keep} field="keep" name="keep" type="number" min={1} max={365} defaultValue={current.keep} error={errors.keep} />
        <Field label={t.dailyTime} field="dailyTime" name="dailyTime" inputMode="numeric" placeholder="17:30" maxLength={5} defaultValue={current.dailyTime} hint={t.timeFormat} error={errors.dailyTime} />
      </div>
      <FormError message={formError} />
      {saved ? <p role="status">{t.saved}</p> : null}
      <button type="submit" className="primary">
        {t.saveSettings}
      </button>
    </form>
  );
}

function ConfirmRestore({ row, onCancel }: { row: BackupRow; onCancel: () => void }) {
  const [busy, setBusy] = useState(false);
  const { errors, formError, clear, show } = useFieldErrors();
  const progress = useProgress('restore');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    clear();
    setBusy(true);
    const result = await call('backup.restore', { id: row.id, password: String(new FormData(form).get('password') ?? '') });
    setBusy(false);
    if (result.ok) notifyStatusChanged();
    else {
      (form.elements.namedItem('password') as HTMLInputElement).value = '';
      show(result.error);
    }
  }

  return (
    <Layer labelledBy="restore-title" onClose={onCancel}>
      <form className="card card--wide" onSubmit={submit} noValidate>
        <h2 id="restore-title">{t.confirmTitle}</h2>
        <p>{t.confirmText(backupTime(row.at))}</p>
        <Field label={t.confirmPassword} field="password" name="password" type="password" autoComplete="current-password" autoFocus error={errors.password} />
        {busy ? <ProgressLine event={progress} /> : null}
        <FormError message={formError} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t.restoring : t.confirm}
          </button>
          <button type="button" onClick={onCancel}>
            {t.cancel}
          </button>
        </div>
        <p className="muted">{ui.shortcuts}: Enter, Esc</p>
      </form>
    </Layer>
  );
}
