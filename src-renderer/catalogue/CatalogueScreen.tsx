// @runs: renderer
// "Thủ tục hành chính": find a procedure by typing (no diacritics needed), walk
// the results with ↑/↓, Enter for the details. Supervisors also import, export
// and edit the catalogue here.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ProcedureSummary } from '../../src-main/catalogue/model';
import { catalogueText } from '../../src-main/shared/vi/catalogue';
import { call } from '../api';
import type { SectionProps } from '../shell/Shell';
import { FormError, Kbd } from '../ui/form';
import { screenKeysAllowed } from '../ui/layers';
import { CatalogueExport, CatalogueImport } from './CatalogueTransfer';
import { ProcedureDetailView } from './ProcedureDetail';
import { OnTheSpotBadge, timeLimitText } from './parts';

const t = catalogueText.screen;

type Panel = 'none' | 'import' | 'export';

export function CatalogueScreen({ status }: SectionProps) {
  const supervisor = status.clerk?.role === 'supervisor';
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ProcedureSummary[]>([]);
  const [selected, setSelected] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>('none');
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const searchBox = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    void call('catalogue.search', { query, limit: 100 }).then((result) => {
      if (ticket !== latest.current) return;
      if (result.ok) {
        setResults(result.value.results);
        setError(null);
      } else setError(result.error.message);
      setSelected(0);
    });
  }, [query, generation]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  const backToList = useCallback(() => {
    setOpenId(null);
    requestAnimationFrame(() => searchBox.current?.focus());
  }, []);

  useEffect(() => {
    if (!supervisor) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || !screenKeysAllowed()) return;
      if (event.code === 'KeyN') setPanel('import');
      else if (event.code === 'KeyX') setPanel('export');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [supervisor]);

  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') setSelected((i) => Math.min(i + 1, results.length - 1));
    else if (event.key === 'ArrowUp') setSelected((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && results[selected]) setOpenId(results[selected].procedureId);
    else return;
    event.preventDefault();
  }

  useEffect(() => {
    document.getElementById(`cat-result-${selected}`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <div className="stack">
      <div className="cat-toolbar">
        <h1>{t.title}</h1>
        {supervisor ? (
          <div className="actions">
            <button type="button" onClick={() => setPanel('import')}>
              {t.importButton} <Kbd>Alt+N</Kbd>
            </button>
            <button type="button" onClick={() => setPanel('export')}>
              {t.exportButton} <Kbd>Alt+X</Kbd>
            </button>
          </div>
        ) : (
          <p className="muted">{t.readOnly}</p>
        )}
      </div>
      {panel === 'import' ? (
        <CatalogueImport
          onClose={() => setPanel('none')}
          onImported={() => {
            refresh();
            setOpenId(null);
          }}
        />
      ) : null}
      {panel === 'export' ? <CatalogueExport onClose={() => setPanel('none')} /> : null}
      {openId ? (
        <ProcedureDetailView procedureId={openId} supervisor={supervisor} onBack={backToList} onChanged={refresh} />
      ) : (
        <section className="card card--wide">
          <div className="field">
            <label id="cat-search-label" htmlFor="cat-search">
              {t.search}
            </label>
            <input
              id="cat-search"
              ref={searchBox}
              type="search"
              autoFocus
              autoComplete="off"
              value={query}
              role="combobox"
              aria-expanded={results.length > 0}
              aria-controls="cat-results"
              aria-activedescendant={results.length ? `cat-result-${selected}` : undefined}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={onSearchKey}
            />
            <small className="field__hint">
              {t.searchHint} · {t.count(results.length)}
            </small>
          </div>
          <FormError message={error} />
          {results.length === 0 ? <p className="muted">{t.noResults}</p> : null}
          <ul id="cat-results" role="listbox" aria-label={t.title} className="cat-results">
            {results.map((procedure, index) => (
              <li
                key={procedure.procedureId}
                id={`cat-result-${index}`}
                role="option"
                aria-selected={index === selected}
                className={index === selected ? 'cat-result cat-result--selected' : 'cat-result'}
                onClick={() => setOpenId(procedure.procedureId)}
              >
                <span className="cat-result__name">{procedure.name}</span>
                <span className="cat-result__meta">
                  {catalogueText.fields[procedure.field]} · {timeLimitText(procedure.timeLimitDays, procedure.timeLimitUnit)}
                  {procedure.code ? ` · ${procedure.code}` : ''}
                  {procedure.onTheSpot ? <OnTheSpotBadge /> : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
