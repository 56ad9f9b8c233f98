// @runs: renderer
import { useState, type FormEvent } from 'react';
import { ui } from '../../src-main/shared/vi/ui';
import { call, notifyStatusChanged } from '../api';
import type { AppStatus } from '../App';
import { Field, FormError, useFieldErrors } from '../ui/form';

const t = ui.lock;

export function LockScreen({ status }: { status: AppStatus }) {
  const [busy, setBusy] = useState(false);
  const { errors, formError, clear, show } = useFieldErrors();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    clear();
    setBusy(true);
    const result = await call('session.unlock', { password: String(new FormData(form).get('password') ?? '') });
    setBusy(false);
    if (result.ok) notifyStatusChanged();
    else {
      (form.elements.namedItem('password') as HTMLInputElement).value = '';
      show(result.error);
    }
  }

  async function switchUser() {
    await call('session.signOut', {});
    notifyStatusChanged();
  }

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <form className="card" onSubmit={submit} noValidate>
        <h1 id="lock-title">🔒 {t.title}</h1>
        <p>{t.body(status.clerk?.fullName ?? '')}</p>
        <Field label={t.password} field="password" name="password" type="password" autoComplete="current-password" autoFocus error={errors.password} />
        <FormError message={formError} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t.submit}
          </button>
          <button type="button" onClick={() => void switchUser()}>
            {t.switchUser}
          </button>
        </div>
      </form>
    </div>
  );
}
