// @runs: renderer
import { useState, type FormEvent } from 'react';
import { ui } from '../../src-main/shared/vi/ui';
import { call } from '../api';
import type { AppStatus } from '../App';
import { Field, FormError, useFieldErrors } from '../ui/form';

const t = ui.setup;

export function SetupScreen({ onDone }: { onDone: (status: AppStatus) => void }) {
  const [busy, setBusy] = useState(false);
  const { errors, formError, clear, show } = useFieldErrors();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const get = (name: string) => String(data.get(name) ?? '');
    clear();
    setBusy(true);
    const result = await call('setup.complete', {
      office: {
        parentAgency: get('parentAgency'),
        officeName: get('officeName'),
        officeCode: get('officeCode'),
        place: get('place'),
        address: get('address'),
        phone: get('phone'),
        counterNumber: Number(get('counterNumber')),
      },
      clerk: { fullName: get('fullName'), username: get('username'), password: get('password') },
    });
    setBusy(false);
    if (result.ok) onDone(result.value);
    else show(result.error);
  }

  return (
    <main className="center">
      <form className="card card--wide" onSubmit={submit} noValidate aria-labelledby="setup-title">
        <h1 id="setup-title">{t.title}</h1>
        <p>{t.intro}</p>
        <fieldset>
          <legend>{t.officeSection}</legend>
          <Field label={t.parentAgency} field="office.parentAgency" name="parentAgency" hint={t.parentAgencyHint} defaultValue="BẢO HIỂM XÃ HỘI VIỆT NAM" error={errors['office.parentAgency']} autoFocus />
          <Field label={t.officeName} field="office.officeName" name="officeName" hint={t.officeNameHint} error={errors['office.officeName']} />
          <div className="row">
            <Field label={t.officeCode} field="office.officeCode" name="officeCode" hint={t.officeCodeHint} error={errors['office.officeCode']} />
            <Field label={t.place} field="office.place" name="place" hint={t.placeHint} error={errors['office.place']} />
            <Field label={t.counterNumber} field="office.counterNumber" name="counterNumber" type="number" min={1} max={99} defaultValue={1} error={errors['office.counterNumber']} />
          </div>
          <Field label={t.address} field="office.address" name="address" hint={t.addressHint} error={errors['office.address']} />
          <Field label={t.phone} field="office.phone" name="phone" hint={t.phoneHint} error={errors['office.phone']} />
        </fieldset>
        <fieldset>
          <legend>{t.clerkSection}</legend>
          <Field label={t.fullName} field="clerk.fullName" name="fullName" error={errors['clerk.fullName']} />
          <div className="row">
            <Field label={t.username} field="clerk.username" name="username" autoComplete="username" error={errors['clerk.username']} />
            <Field label={t.password} field="clerk.password" name="password" type="password" autoComplete="new-password" error={errors['clerk.password']} />
          </div>
        </fieldset>
        <FormError message={formError} />
        <button type="submit" className="primary" disabled={busy}>
          {t.submit}
        </button>
      </form>
    </main>
  );
}
