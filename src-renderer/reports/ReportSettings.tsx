// @runs: renderer
// Cài đặt → Báo cáo (supervisor): whether each clerk sees only their own figures.
import { useEffect, useState, type FormEvent } from 'react';
import { reportsUi as t } from '../../src-main/shared/vi/reports';
import { ui } from '../../src-main/shared/vi/ui';
import { call } from '../api';
import { FormError, useFieldErrors } from '../ui/form';

/** Whether this clerk's figures are limited to their own (a supervisor's setting; supervisors see all). */
export function useOwnFiguresOnly(clerk: boolean): boolean {
  const [ownOnly, setOwnOnly] = useState(false);
  useEffect(() => {
    if (clerk) void call('reports.settings', {}).then((r) => r.ok && setOwnOnly(r.value.ownFiguresOnly));
  }, [clerk]);
  return ownOnly;
}

export function ReportSettings({ readOnly }: { readOnly: boolean }) {
  const [ownOnly, setOwnOnly] = useState<boolean | null>(null);
  const [saved, setSaved] = useState(false);
  const { formError, clear, show } = useFieldErrors();

  useEffect(() => {
    void call('reports.settings', {}).then((r) => (r.ok ? setOwnOnly(r.value.ownFiguresOnly) : show(r.error)));
  }, [show]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clear();
    setSaved(false);
    const result = await call('reports.updateSettings', { ownFiguresOnly: ownOnly === true });
    if (!result.ok) return show(result.error);
    setOwnOnly(result.value.ownFiguresOnly);
    setSaved(true);
  }

  if (ownOnly === null) return <FormError message={formError} />;
  return (
    <form className="card card--wide" onSubmit={submit} noValidate aria-labelledby="report-settings">
      <h2 id="report-settings">{t.settingsTitle}</h2>
      <fieldset disabled={readOnly}>
        <p>
          <label className="check">
            <input type="checkbox" name="ownFiguresOnly" checked={ownOnly} onChange={(e) => setOwnOnly(e.target.checked)} /> {t.settingsOwnFigures}
          </label>
        </p>
        <FormError message={formError} />
        {saved ? <p role="status">{ui.saved}</p> : null}
        <button type="submit" className="primary">
          {ui.save}
        </button>
      </fieldset>
    </form>
  );
}
