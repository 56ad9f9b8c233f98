// @runs: renderer
// The lock (Ctrl+L, or idle): an opaque layer over everything that no key
// gets past; the password gives the clerk back the screen as it was.
import { useState, type FormEvent } from 'react';
import { ui } from '../../src-main/shared/vi/ui';
import { call, notifyStatusChanged } from '../api';
import type { AppStatus } from '../App';
import { Field, FormError, useFieldErrors } from '../ui/form';
import { Layer } from '../ui/layers';

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
    <Layer className="overlay overlay--lock" labelledBy="lock-title" exclusive>
      <form className="card" onSubmit={submit} noValidate>
        <h1 id="lock-title">
          {/* Drawn, not an emoji: counter PCs without an emoji font show a box. */}
          <svg className="lock-icon" aria-hidden="true" viewBox="0 0 24 24" width="26" height="26">
            <path fill="currentColor" d="M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1zm2 0h6V7a3 3 0 0 0-6 0z" />
          </svg>{' '}
          {t.title}
        </h1>
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
    </Layer>
  );
}
