// @runs: renderer
// Cài đặt › Dùng chung toàn cơ quan (supervisors, counters joined to the hub):
// where scans' bytes are kept, the user-name clashes the hub's order settled,
// and who changed the office's settings when.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { hubWords } from '../../src-main/shared/vi/hub';
import { call } from '../api';
import { Field, FormError, useFieldErrors } from '../ui/form';

const t = hubWords.office;
const HISTORY_SHOWN = 20;

export function HubOfficeSettings() {
  const [folder, setFolder] = useState<string | null>(null);
  const [version, setVersion] = useState<string | undefined>(undefined);
  const [clashes, setClashes] = useState<Output<'hub.clerkClashes'>['clashes']>([]);
  const [history, setHistory] = useState<Output<'hub.settingHistory'>['changes']>([]);
  const [saved, setSaved] = useState(false);
  const { errors, formError, clear, show } = useFieldErrors();

  const load = useCallback(async () => {
    const [f, c, h] = await Promise.all([call('hub.scanFolder', {}), call('hub.clerkClashes', {}), call('hub.settingHistory', {})]);
    if (f.ok) {
      setFolder(f.value.folder);
      setVersion(f.value.version);
    }
    if (c.ok) setClashes(c.value.clashes);
    if (h.ok) setHistory(h.value.changes.slice(0, HISTORY_SHOWN));
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clear();
    setSaved(false);
    const result = await call('hub.setScanFolder', { folder: String(new FormData(event.currentTarget).get('folder') ?? ''), version });
    if (!result.ok) {
      show(result.error);
      // Refused because the stored folder changed since the form loaded: show it.
      if (result.error.code === 'CONFLICT') await load();
      return;
    }
    setSaved(true);
    await load();
  }

  if (folder === null) return null;
  return (
    <form key={version} className="card card--wide" onSubmit={save} noValidate aria-labelledby="hub-office">
      <h2 id="hub-office">{t.title}</h2>
      <p className="muted">{t.explain}</p>
      <Field label={t.scanFolder} field="folder" name="folder" hint={t.scanFolderHint} defaultValue={folder} error={errors.folder} />
      <FormError message={formError} />
      {saved ? <p role="status">{t.saved}</p> : null}
      <div className="actions">
        <button type="submit" className="primary">
          {t.save}
        </button>
      </div>
      {clashes.length ? (
        <>
          <h3>{t.clashesTitle}</h3>
          <ul>
            {clashes.map((c) => (
              <li key={c.parkedAs}>{t.clash(c.username, c.parkedName, c.parkedAs)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t.historyTitle}</h3>
      {history.length ? (
        <ul>
          {history.map((h, i) => (
            <li key={i}>{t.historyEntry(hubWords.settingNames[h.key] ?? h.key, h.clerkName, h.counter, `${h.at.slice(8, 10)}/${h.at.slice(5, 7)}/${h.at.slice(0, 4)} ${h.at.slice(11, 16)}`)}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t.noHistory}</p>
      )}
    </form>
  );
}
