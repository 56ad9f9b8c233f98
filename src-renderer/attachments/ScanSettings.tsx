// @runs: renderer
// Cài đặt → Số hóa hồ sơ: accepted scan types, the size limit per file and the
// scanner folder whose new files the dossier view offers. Supervisors change it.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { attachmentsUi as t } from '../../src-main/shared/vi/attachments';
import { ui } from '../../src-main/shared/vi/ui';
import { call } from '../api';
import { Field, FormError, useFieldErrors } from '../ui/form';

type Kind = 'pdf' | 'jpeg' | 'png';
const KINDS: Kind[] = ['pdf', 'jpeg', 'png'];

export function ScanSettings({ readOnly }: { readOnly: boolean }) {
  const [kinds, setKinds] = useState<Kind[]>([]);
  const [maxMegabytes, setMax] = useState('25');
  const [folder, setFolder] = useState('');
  const [saved, setSaved] = useState(false);
  const errors = useFieldErrors();

  const [version, setVersion] = useState<string | undefined>(undefined);

  const load = useCallback(async () => {
    const result = await call('attachments.settings', {});
    if (!result.ok) return;
    setKinds(result.value.acceptedKinds);
    setMax(String(result.value.maxMegabytes));
    setFolder(result.value.scannerFolder);
    setVersion(result.value.version);
  }, []);

  useEffect(() => void load(), [load]);

  async function save(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setSaved(false);
    const result = await call('attachments.updateSettings', { acceptedKinds: kinds, maxMegabytes: Number(maxMegabytes), scannerFolder: folder, version });
    if (!result.ok) {
      errors.show(result.error);
      // Refused because the stored values changed since the form loaded: show them.
      if (result.error.code === 'CONFLICT') await load();
      return;
    }
    setVersion(result.value.version);
    setSaved(true);
  }

  // Drawn once loaded, like the sections above it: a form drawn early took the screen's first focus, far down the page.
  if (version === undefined) return null;
  return (
    <section className="card card--wide" aria-labelledby="scan-settings">
      <h2 id="scan-settings">{t.settingsTitle}</h2>
      <p className="muted">{t.intro}</p>
      <form onSubmit={save}>
        <fieldset disabled={readOnly}>
          <legend>{t.acceptedTypes}</legend>
          {KINDS.map((kind) => (
            <label key={kind} className="scans__kind">
              <input type="checkbox" checked={kinds.includes(kind)} onChange={(e) => setKinds((k) => (e.target.checked ? [...k, kind] : k.filter((x) => x !== kind)))} />{' '}
              {t.kinds[kind]}
            </label>
          ))}
          <Field label={t.maxMegabytes} field="maxMegabytes" type="number" min={1} max={200} value={maxMegabytes} onChange={(e) => setMax(e.target.value)} error={errors.errors.maxMegabytes} />
          <Field label={t.scannerFolder} field="scannerFolder" value={folder} onChange={(e) => setFolder(e.target.value)} error={errors.errors.scannerFolder} hint={t.scannerFolderHint} />
          <FormError message={errors.formError} />
          {saved ? <p role="status">{ui.saved}</p> : null}
          <div className="actions">
            <button type="submit" className="primary">
              {ui.save}
            </button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
