// @runs: renderer
// Import and export of the catalogue file (supervisor). An import is all or
// nothing: a refused file lists every error with its line, and nothing changes.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { MAX_CATALOGUE_CHARS, type ImportReport } from '../../src-main/catalogue/model';
import { catalogueText } from '../../src-main/shared/vi/catalogue';
import { ui } from '../../src-main/shared/vi/ui';
import { call } from '../api';
import { chosenText, ImportIssues, JsonFileField } from '../ui/file-import';
import { Layer } from '../ui/layers';
import { FormError, Kbd } from '../ui/form';

const t = catalogueText.screen;

export function CatalogueImport({ onClose, onImported }: { onClose(): void; onImported(): void }) {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    setReport(null);
    setError(null);
    const text = await chosenText(event, MAX_CATALOGUE_CHARS);
    if (text === 'tooBig') return setError(t.tooBig);
    if (text === null) return;
    setBusy(true);
    const result = await call('catalogue.import', { text });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else {
      setReport(result.value);
      if (result.value.imported) onImported();
    }
  }

  return (
    <Layer labelledBy="cat-import-title" onClose={onClose}>
      <section className="card card--wide">
      <h2 id="cat-import-title">{t.importTitle}</h2>
      <JsonFileField id="cat-import-file" label={t.importFile} inputRef={input} busy={busy} onFile={(e) => void onFile(e)} />
      <FormError message={error} />
      {report && !report.imported ? <ImportIssues heading={t.importRefused(report.issues.length)} issues={report.issues} /> : null}
      {report?.imported ? <p role="status">{t.imported(report.added, report.changed, report.unchanged)}</p> : null}
      <button type="button" onClick={onClose}>
        {ui.cancel} <Kbd>Esc</Kbd>
      </button>
      </section>
    </Layer>
  );
}

export function CatalogueExport({ onClose }: { onClose(): void }) {
  const [file, setFile] = useState<{ url: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const link = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    let url: string | null = null;
    void call('catalogue.export', {}).then((result) => {
      if (!result.ok) return setError(result.error.message);
      url = URL.createObjectURL(new Blob([result.value.text], { type: 'application/json' }));
      setFile({ url, name: result.value.fileName });
    });
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, []);

  useEffect(() => link.current?.focus(), [file]);

  return (
    <Layer labelledBy="cat-export-title" onClose={onClose}>
      <section className="card card--wide">
      <h2 id="cat-export-title">{t.exportButton}</h2>
      <FormError message={error} />
      {file ? (
        <p>
          {t.exportReady}{' '}
          <a ref={link} href={file.url} download={file.name}>
            {t.download} {file.name}
          </a>
        </p>
      ) : (
        <p>{ui.loading}</p>
      )}
      <button type="button" onClick={onClose}>
        {ui.cancel} <Kbd>Esc</Kbd>
      </button>
      </section>
    </Layer>
  );
}
