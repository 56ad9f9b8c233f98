// @runs: renderer
// Cài đặt: the identity document types the office accepts besides the 12-digit
// personal ID, one a line; "Hộ chiếu" is always kept (people.setDocumentTypes).
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { identityWords as w } from '../../src-main/shared/vi/identity';
import { ui } from '../../src-main/shared/vi/ui';
import { call } from '../api';
import { FormError, useFieldErrors } from '../ui/form';

export function DocumentTypeSettings({ readOnly }: { readOnly: boolean }) {
  const [types, setTypes] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { errors, formError, clear, show } = useFieldErrors();

  const [version, setVersion] = useState<string | undefined>(undefined);

  const load = useCallback(async () => {
    const r = await call('people.documentTypes', {});
    if (!r.ok) return show(r.error);
    setTypes(r.value.types.join('\n'));
    setVersion(r.value.version);
  }, [show]);

  useEffect(() => void load(), [load]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clear();
    setSaved(false);
    const lines = (types ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
    const result = await call('people.setDocumentTypes', { types: lines, version });
    if (result.ok) {
      setTypes(result.value.types.join('\n'));
      setVersion(result.value.version);
      setSaved(true);
    } else {
      show(result.error);
      // Refused because the stored types changed since the form loaded: show them.
      if (result.error.code === 'CONFLICT') await load();
    }
  }

  if (types === null) return <FormError message={formError} />;
  const error = Object.entries(errors).find(([field]) => field.startsWith('types'))?.[1];
  return (
    <form className="card card--wide" onSubmit={submit} noValidate aria-labelledby="document-type-settings">
      <h2 id="document-type-settings">{w.settingsTitle}</h2>
      <fieldset disabled={readOnly}>
        <p className="muted">{w.settingsHint}</p>
        <div className={error ? 'field field--error' : 'field'}>
          <label htmlFor="document-types">{w.settingsTitle}</label>
          <textarea id="document-types" data-field="types" rows={5} value={types} onChange={(e) => setTypes(e.target.value)} aria-invalid={error ? true : undefined} />
          {error ? <small className="field__error" role="alert">{error}</small> : null}
        </div>
        <FormError message={formError} />
        {saved ? <p role="status">{ui.saved}</p> : null}
        <button type="submit" className="primary">
          {ui.save}
        </button>
      </fieldset>
    </form>
  );
}
