// @runs: renderer
// The "Cài đặt" block of the end-of-day transfer: where packages go (folder or
// the central system's address; supervisor only) and the office's public key,
// read-only, for the central system to check the packages' signatures.
import { useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { endOfDayUi as t } from '../../src-main/shared/vi/end-of-day';
import { ui } from '../../src-main/shared/vi/ui';
import { call } from '../api';
import { Field, FormError, useFieldErrors } from '../ui/form';

type Sending = Output<'endOfDay.sendingSettings'>;

export function SendingSettings({ readOnly }: { readOnly: boolean }) {
  const [current, setCurrent] = useState<Sending | null>(null);
  const [destination, setDestination] = useState<Sending['destination']>('none');
  const [saved, setSaved] = useState(false);
  const { errors, formError, clear, show } = useFieldErrors();

  useEffect(() => {
    void call('endOfDay.sendingSettings', {}).then((r) => {
      if (!r.ok) return show(r.error);
      setCurrent(r.value);
      setDestination(r.value.destination);
    });
  }, [show]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    clear();
    setSaved(false);
    const result = await call('endOfDay.updateSendingSettings', { destination, folder: String(data.get('folder') ?? ''), url: String(data.get('url') ?? '') });
    if (result.ok) {
      setCurrent(result.value);
      setSaved(true);
    } else show(result.error);
  }

  if (!current) return <FormError message={formError} />;
  return (
    <form className="card card--wide" onSubmit={submit} noValidate aria-labelledby="eod-settings-title">
      <h2 id="eod-settings-title">{t.settingsTitle}</h2>
      <fieldset disabled={readOnly}>
        <div className="field">
          <label htmlFor="eod-destination">{t.destination}</label>
          <select id="eod-destination" value={destination} onChange={(e) => setDestination(e.target.value as Sending['destination'])}>
            {(['none', 'folder', 'http'] as const).map((d) => (
              <option key={d} value={d}>
                {t.destinationOptions[d]}
              </option>
            ))}
          </select>
        </div>
        <div className="row">
          <Field label={t.folder} field="folder" name="folder" defaultValue={current.folder} disabled={destination !== 'folder'} error={errors.folder} />
          <Field label={t.url} field="url" name="url" type="url" defaultValue={current.url} disabled={destination !== 'http'} error={errors.url} />
        </div>
        <FormError message={formError} />
        {saved ? <p role="status">{ui.saved}</p> : null}
        <button type="submit" className="primary">
          {ui.save}
        </button>
      </fieldset>
      <div className="field">
        <label htmlFor="eod-public-key">{t.publicKey}</label>
        <textarea id="eod-public-key" className="eod-key" readOnly rows={3} value={current.publicKeyPem} />
      </div>
      <p>
        {t.fingerprint}: <code data-testid="eod-fingerprint">{current.fingerprint}</code>
      </p>
    </form>
  );
}
