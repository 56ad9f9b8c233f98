// @runs: renderer
// Cài đặt › Máy chủ văn phòng: a supervisor joins this counter to the office
// hub with the address and the counter's credentials (kept sealed), or leaves it.
import { useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { hubWords } from '../../src-main/shared/vi/hub';
import { call } from '../api';
import { Field, FormError, useFieldErrors } from '../ui/form';

const t = hubWords.ui;

export function HubSettings({ readOnly }: { readOnly: boolean }) {
  const [status, setStatus] = useState<Output<'hub.status'> | null>(null);
  const { errors, formError, clear, show } = useFieldErrors();
  // A join to an unknown host takes seconds to fail: said, and not sent twice.
  const [connecting, setConnecting] = useState(false);

  useEffect(() => {
    void call('hub.status', {}).then((r) => (r.ok ? setStatus(r.value) : show(r.error)));
  }, [show]);

  // A first join copies the office's dossiers in the background: its progress is read again every second.
  const joining = status?.progress != null;
  useEffect(() => {
    if (!joining) return;
    const timer = setInterval(() => void call('hub.status', {}).then((r) => r.ok && setStatus(r.value)), 1_000);
    return () => clearInterval(timer);
  }, [joining]);

  async function join(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (connecting) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const get = (name: string) => String(data.get(name) ?? '');
    clear();
    setConnecting(true);
    const result = await call('hub.join', { address: get('address'), user: get('user'), password: get('password') });
    setConnecting(false);
    if (result.ok) setStatus(result.value);
    else show(result.error, form);
  }

  async function leave() {
    clear();
    const result = await call('hub.leave', {});
    if (result.ok) setStatus(result.value);
    else show(result.error);
  }

  return (
    <form className="card card--wide" onSubmit={join} noValidate aria-labelledby="hub-settings">
      <h2 id="hub-settings">{t.title}</h2>
      <p className="muted">{t.explain}</p>
      {/* One status line: the join's wait, then what the join gave. */}
      {connecting ? <p role="status">{t.connecting}</p> : status ? <p role="status">{status.joined ? `${t.joinedAs(status.user ?? '', status.address ?? '')} — ${status.label}` : status.label}</p> : null}
      <fieldset disabled={readOnly}>
        <div className="row">
          <Field label={t.address} field="address" name="address" hint={t.addressHint} defaultValue={status?.address ?? ''} error={errors.address} />
          <Field label={t.user} field="user" name="user" defaultValue={status?.user ?? ''} error={errors.user} />
          <Field label={t.password} field="password" name="password" type="password" autoComplete="off" error={errors.password} />
        </div>
        <p className="muted">{t.sealed}</p>
        <FormError message={formError} />
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={connecting} aria-busy={connecting}>
            {t.join}
          </button>
          {status?.joined ? (
            <button type="button" onClick={() => void leave()}>
              {t.leave}
            </button>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
