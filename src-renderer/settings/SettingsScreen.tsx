// @runs: renderer
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { ui } from '../../src-main/shared/vi/ui';
import { call, notifyStatusChanged } from '../api';
import { ScanSettings } from '../attachments/ScanSettings';
import { PrintingSettings } from '../documents/PrintingSettings';
import { SendingSettings } from '../end-of-day/SendingSettings';
import { ReportSettings } from '../reports/ReportSettings';
import { HubOfficeSettings } from './HubOfficeSettings';
import { HubSettings } from './HubSettings';
import { DocumentTypeSettings } from './DocumentTypeSettings';
import { followSettingsChanges } from './follow';
import { Field, FormError, useFieldErrors } from '../ui/form';
import type { SectionProps } from '../shell/Shell';

const t = ui.settings;
const s = ui.setup;

export function SettingsScreen({ status }: SectionProps) {
  const supervisor = status.clerk?.role === 'supervisor';
  return (
    <div className="stack">
      <h1>{t.title}</h1>
      {supervisor ? null : <p className="muted">{t.supervisorOnly}</p>}
      <OfficeSettings readOnly={!supervisor} />
      <DocumentTypeSettings readOnly={!supervisor} />
      <PrintingSettings readOnly={!supervisor} />
      <ScanSettings readOnly={!supervisor} />
      <SendingSettings readOnly={!supervisor} />
      <ReportSettings readOnly={!supervisor} />
      <HubSettings readOnly={!supervisor} />
      {supervisor ? <HubOfficeSettings /> : null}
      {supervisor ? <ClerkAccounts /> : null}
    </div>
  );
}

function OfficeSettings({ readOnly }: { readOnly: boolean }) {
  const [current, setCurrent] = useState<Output<'settings.get'> | null>(null);
  const [saved, setSaved] = useState(false);
  const { errors, formError, clear, show } = useFieldErrors();
  const formRef = useRef<HTMLFormElement>(null);

  const load = useCallback(async () => {
    const r = await call('settings.get', {});
    if (r.ok) setCurrent(r.value);
    else show(r.error);
  }, [show]);

  useEffect(() => void load(), [load]);
  // Another counter's change received from the office hub: the values shown follow, unless the clerk is typing in the form.
  useEffect(() => followSettingsChanges(formRef, load), [load]);
  // Alt+6 lands here once the form has loaded: the screen's first field, at the top. Before, the focus went to whichever
  // section drew first (the hub's address, pushed 3,000 px down when the sections above it loaded).
  const placed = useRef(false);
  useEffect(() => {
    if (!current || placed.current) return;
    placed.current = true;
    formRef.current?.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus();
  }, [current]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const get = (name: string) => String(data.get(name) ?? '');
    clear();
    setSaved(false);
    const result = await call('settings.update', {
      version: current?.version,
      office: { parentAgency: get('parentAgency'), officeName: get('officeName'), officeCode: get('officeCode'), place: get('place'), address: get('address'), phone: get('phone'), counterNumber: Number(get('counterNumber')) },
      idleMinutes: Number(get('idleMinutes')),
    });
    if (result.ok) {
      setCurrent(result.value);
      setSaved(true);
      notifyStatusChanged();
    } else {
      show(result.error, form);
      // Refused because the stored values changed since the form loaded: show them (the form is drawn again from them).
      if (result.error.code === 'CONFLICT') await load();
    }
  }

  if (!current) return <FormError message={formError} />;
  return (
    <form key={current.version} ref={formRef} className="card card--wide" onSubmit={submit} noValidate aria-labelledby="office-settings">
      <h2 id="office-settings">{t.officeSection}</h2>
      <fieldset disabled={readOnly}>
        <Field label={s.parentAgency} field="office.parentAgency" name="parentAgency" defaultValue={current.office.parentAgency} error={errors['office.parentAgency']} />
        <Field label={s.officeName} field="office.officeName" name="officeName" defaultValue={current.office.officeName} error={errors['office.officeName']} />
        <div className="row">
          <Field label={s.officeCode} field="office.officeCode" name="officeCode" defaultValue={current.office.officeCode} error={errors['office.officeCode']} />
          <Field label={s.place} field="office.place" name="place" defaultValue={current.office.place} error={errors['office.place']} />
          <Field label={s.counterNumber} field="office.counterNumber" name="counterNumber" type="number" defaultValue={current.counterNumber} error={errors['office.counterNumber']} />
          <Field label={t.idleMinutes} field="idleMinutes" name="idleMinutes" type="number" defaultValue={current.idleMinutes} error={errors.idleMinutes} />
        </div>
        <Field label={s.address} field="office.address" name="address" defaultValue={current.office.address} error={errors['office.address']} />
        <Field label={s.phone} field="office.phone" name="phone" defaultValue={current.office.phone} error={errors['office.phone']} />
        <FormError message={formError} />
        {saved ? <p role="status">{ui.saved}</p> : null}
        <button type="submit" className="primary">
          {ui.save}
        </button>
      </fieldset>
    </form>
  );
}

function ClerkAccounts() {
  const [clerks, setClerks] = useState<Output<'clerks.list'>['clerks']>([]);
  const [added, setAdded] = useState<string | null>(null);
  const { errors, formError, clear, show } = useFieldErrors();

  const load = useCallback(async () => {
    const result = await call('clerks.list', {});
    if (result.ok) setClerks(result.value.clerks);
    else show(result.error);
  }, [show]);

  useEffect(() => void load(), [load]);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    clear();
    setAdded(null);
    const result = await call('clerks.add', {
      fullName: String(data.get('fullName') ?? ''),
      username: String(data.get('username') ?? ''),
      password: String(data.get('password') ?? ''),
      role: data.get('role') === 'supervisor' ? 'supervisor' : 'clerk',
    });
    if (result.ok) {
      // Said in words and the form emptied for the next clerk, the focus back on its first field.
      setAdded(t.clerkAdded(String(data.get('fullName') ?? '').trim(), String(data.get('username') ?? '').trim()));
      form.reset();
      form.querySelector<HTMLElement>('[data-field="fullName"]')?.focus();
      await load();
    } else show(result.error, form);
  }

  async function setActive(clerkId: number, active: boolean) {
    clear();
    const result = await call('clerks.setActive', { clerkId, active });
    if (result.ok) await load();
    else show(result.error);
  }

  async function unlockAccount(clerkId: number) {
    clear();
    const result = await call('clerks.unlockAccount', { clerkId });
    if (result.ok) await load();
    else show(result.error);
  }

  return (
    <section className="card card--wide" aria-labelledby="clerks-title">
      <h2 id="clerks-title">{t.clerksSection}</h2>
      <table className="table">
        <thead>
          <tr>
            <th>{s.fullName}</th>
            <th>{s.username}</th>
            <th>{t.role}</th>
            <th>{t.status}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {clerks.map((c) => (
            <tr key={c.id} className={c.active ? undefined : 'muted'}>
              <td>{c.fullName}</td>
              <td>{c.username}</td>
              <td>{ui.roles[c.role]}</td>
              <td>{c.active ? (c.locked ? t.locked : t.active) : t.inactive}</td>
              <td>
                {c.locked ? (
                  <button type="button" onClick={() => void unlockAccount(c.id)}>
                    {t.unlockAccount}
                  </button>
                ) : null}{' '}
                <button type="button" onClick={() => void setActive(c.id, !c.active)}>
                  {c.active ? t.deactivate : t.activate}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={add} noValidate aria-label={t.addClerk}>
        <h3>{t.addClerk}</h3>
        <div className="row">
          <Field label={s.fullName} field="fullName" name="fullName" error={errors.fullName} />
          <Field label={s.username} field="username" name="username" autoComplete="off" error={errors.username} />
          <Field label={s.password} field="password" name="password" type="password" autoComplete="new-password" error={errors.password} />
          <div className="field">
            <label htmlFor="new-clerk-role">{t.role}</label>
            <select id="new-clerk-role" name="role" defaultValue="clerk">
              <option value="clerk">{ui.roles.clerk}</option>
              <option value="supervisor">{ui.roles.supervisor}</option>
            </select>
          </div>
        </div>
        <FormError message={formError} />
        {added ? <p role="status">{added}</p> : null}
        <button type="submit">{t.addClerk}</button>
      </form>
    </section>
  );
}
