// @runs: renderer
// Search from anywhere (Ctrl+F): one box, results as the clerk types (debounced),
// ↑/↓ to choose, Enter opens the dossier, Esc closes; joined to a hub, F4
// switches between the whole office's dossiers and this counter's.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { dossierStateNames } from '../../src-main/shared/vi/intake';
import { searchUi as t } from '../../src-main/shared/vi/search';
import { formatVnDate } from '../../src-main/shared/time';
import { call } from '../api';
import { counterLabel, isScopeKey, ScopeToggle, useOfficeScope } from '../hub/scope';
import { FormError, Kbd } from '../ui/form';
import { Layer } from '../ui/layers';

type Hit = Output<'search.dossiers'>['results'][number];

const DEBOUNCE_MS = 150;

export function SearchDialog({ onClose, onOpen, clerkId }: { onClose: () => void; onOpen: (dossierId: number) => void; clerkId?: number | undefined }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Hit[] | null>(null);
  const [selected, setSelected] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const office = useOfficeScope('search', clerkId);
  const scope = office.input.scope;

  useEffect(() => {
    const ticket = ++latest.current;
    if (!query.trim()) {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => {
      void call('search.dossiers', { query, limit: 20, ...(scope ? { scope } : {}) }).then((result) => {
        if (ticket !== latest.current) return;
        if (!result.ok) return setError(result.error.message);
        setError(null);
        setResults(result.value.results);
        setSelected(0);
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, scope]);

  function keys(event: KeyboardEvent) {
    const count = results?.length ?? 0;
    if (office.joined && isScopeKey(event)) {
      event.preventDefault();
      office.toggle();
    } else if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      setSelected((s) => (s + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setSelected((s) => (s - 1 + count) % count);
    } else if (event.key === 'Enter' && results?.[selected]) {
      event.preventDefault();
      onOpen(results[selected].dossierId);
    }
  }

  useEffect(() => {
    document.getElementById(`search-hit-${selected}`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <Layer label={t.title} onClose={onClose}>
      <div className="card card--wide search" onKeyDown={keys}>
        <h2>{t.title}</h2>
        <label htmlFor="search-query">{t.label}</label>
        <input
          id="search-query"
          className="search__input"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          role="combobox"
          aria-expanded={Boolean(results?.length)}
          aria-controls="search-results"
          aria-activedescendant={results?.length ? `search-hit-${selected}` : undefined}
        />
        <small className="muted">{t.hint}</small>
        <ScopeToggle choice={office} />
        <FormError message={error} />
        {results && !results.length ? <p className="muted">{t.none}</p> : null}
        {results?.length ? (
          <ul id="search-results" className="search__results" role="listbox" aria-label={t.count(results.length)}>
            {results.map((hit, index) => (
              <li
                key={hit.dossierId}
                id={`search-hit-${index}`}
                role="option"
                aria-selected={index === selected}
                className={index === selected ? 'search__hit search__hit--selected' : 'search__hit'}
                onMouseEnter={() => setSelected(index)}
                onClick={() => onOpen(hit.dossierId)}
              >
                <HitLine hit={hit} showCounter={office.joined && office.scope === 'office'} />
              </li>
            ))}
          </ul>
        ) : null}
        <div className="actions">
          <span className="muted">{t.keys}</span>
          <button type="button" onClick={onClose}>
            {t.close} <Kbd>Esc</Kbd>
          </button>
        </div>
      </div>
    </Layer>
  );
}

function HitLine({ hit, showCounter }: { hit: Hit; showCounter: boolean }) {
  const dates = [
    [t.received, hit.receivedAt],
    [t.due, hit.dueDate],
    [t.returned, hit.returnedAt],
  ].filter((d): d is [string, string] => Boolean(d[1]));
  return (
    <>
      <div className="search__head">
        <strong className="search__code">{hit.code ?? t.noCode}</strong>
        <span className="search__name">{hit.applicantName}</span>
        <span className={`search__state search__state--${hit.state}`}>{dossierStateNames[hit.state]}</span>
        {showCounter ? <span className="search__counter">{counterLabel(hit.counter)}</span> : null}
      </div>
      <div className="search__meta">
        <span>{hit.procedureName}</span>
        {(dates.length ? dates : [[t.submitted, hit.submittedAt] as [string, string]]).map(([label, at]) => (
          <span key={label}>
            {label} {formatVnDate(at)}
          </span>
        ))}
      </div>
    </>
  );
}
