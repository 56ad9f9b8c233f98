// @runs: renderer
// The supervisor's queue settings: the departments offered at hand-over, how
// many working days ahead "due soon" starts, the postal and signer details.
import { useEffect, useState } from 'react';
import type { Output } from '../../src-main/api/contract';
import { queueUi as t } from '../../src-main/shared/vi/queue';
import { call } from '../api';
import { Field, FormError, useFieldErrors } from '../ui/form';
import { TextBox } from '../ui/dialog';

type Settings = Output<'queue.settings'>;

export function QueueSettingsPanel({ onSaved }: { onSaved: () => void }) {
  const [open, setOpen] = useState(false);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [departments, setDepartments] = useState('');
  const [saved, setSaved] = useState(false);
  const { errors, formError, clear, show } = useFieldErrors();

  useEffect(() => {
    if (!open) return;
    void call('queue.settings', {}).then((r) => {
      if (!r.ok) return show(r.error);
      setSettings(r.value);
      setDepartments(r.value.departments.join('\n'));
    });
  }, [open, show]);

  async function save() {
    if (!settings) return;
    clear();
    setSaved(false);
    const list = departments.split('\n').map((d) => d.trim()).filter(Boolean);
    const result = await call('queue.updateSettings', { ...settings, departments: list });
    if (!result.ok) return show(result.error);
    setSettings(result.value);
    setSaved(true);
    onSaved();
  }

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setSettings((s) => (s ? { ...s, [key]: value } : s));
  const setSigner = (key: keyof Settings['signer'], value: string) => setSettings((s) => (s ? { ...s, signer: { ...s.signer, [key]: value } } : s));

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t.settingsTitle}
      </button>
    );
  }
  return (
    <form
      className="card card--wide q-settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{t.settingsTitle}</h2>
      {settings ? (
        <>
          <TextBox label={t.settingsDepartments} field="departments" value={departments} onChange={setDepartments} rows={4} error={errors.departments} />
          <Field label={t.settingsDueSoon} field="dueSoonDays" type="number" min={0} max={20} value={settings.dueSoonDays} onChange={(e) => set('dueSoonDays', Number(e.target.value))} error={errors.dueSoonDays} />
          <Field label={t.settingsPostOffice} field="postOffice" value={settings.postOffice} onChange={(e) => set('postOffice', e.target.value)} error={errors.postOffice} />
          <div className="row">
            <Field label={t.settingsSignerOnBehalf} field="signer.onBehalf" value={settings.signer.onBehalf} onChange={(e) => setSigner('onBehalf', e.target.value)} error={errors['signer.onBehalf']} />
            <Field label={t.settingsSignerTitle} field="signer.title" value={settings.signer.title} onChange={(e) => setSigner('title', e.target.value)} error={errors['signer.title']} />
            <Field label={t.settingsSignerName} field="signer.name" value={settings.signer.name} onChange={(e) => setSigner('name', e.target.value)} error={errors['signer.name']} />
          </div>
          <FormError message={formError} />
          {saved ? <p role="status">{t.saved}</p> : null}
          <div className="actions">
            <button type="submit" className="primary">
              {t.save}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t.close}
            </button>
          </div>
        </>
      ) : null}
    </form>
  );
}
