// @runs: renderer
import { useState, type FormEvent } from 'react';
import { ui } from '../../src-main/shared/vi/ui';
import { call, notifyStatusChanged } from '../api';
import type { AppStatus } from '../App';
import { Field, FormError, useFieldErrors } from '../ui/form';

const t = ui.signIn;

export function SignInScreen({ status }: { status: AppStatus }) {
  const [busy, setBusy] = useState(false);
  const { errors, formError, clear, show } = useFieldErrors();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    clear();
    setBusy(true);
    const result = await call('session.signIn', { username: String(data.get('username') ?? ''), password: String(data.get('password') ?? '') });
    setBusy(false);
    if (result.ok) notifyStatusChanged();
    else {
      (form.elements.namedItem('password') as HTMLInputElement).value = '';
      show(result.error);
    }
  }

  return (
    <main className="center">
      <form className="card" onSubmit={submit} noValidate aria-labelledby="signin-title">
        <p className="muted">
          {status.office?.officeName} · {ui.counter(status.counterNumber)}
        </p>
        <h1 id="signin-title">{t.title}</h1>
        <Field label={t.username} field="username" name="username" autoComplete="username" autoFocus error={errors.username} />
        <Field label={t.password} field="password" name="password" type="password" autoComplete="current-password" error={errors.password} />
        <FormError message={formError} />
        <button type="submit" className="primary" disabled={busy}>
          {t.submit}
        </button>
      </form>
    </main>
  );
}
