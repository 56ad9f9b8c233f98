// @runs: renderer
// Step 1: pick the procedure. Typing searches the catalogue (no diacritics
// needed, everyday words too); with an empty box the nine most used procedures
// are a digit and Enter away. The digit stays in the box and picks nothing by
// itself, so a form code that starts with a digit (14-HSB) is searched as typed.
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { ProcedureSummary } from '../../src-main/catalogue/model';
import { intakeUi as t } from '../../src-main/shared/vi/intake';
import { call } from '../api';
import { Kbd } from '../ui/form';

/** A lone digit 1–9: the number of one of the most used procedures, not yet a search. */
const quickNumber = (query: string) => (/^[1-9]$/.test(query) ? Number(query) : null);

export function ProcedurePicker({ onPick, error }: { onPick: (procedure: ProcedureSummary) => void; error?: string }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ProcedureSummary[]>([]);
  const [highlight, setHighlight] = useState(0);

  const quick = query === '' || quickNumber(query) !== null;

  useEffect(() => {
    let live = true;
    const number = quickNumber(query);
    void call('catalogue.search', { query: number === null ? query : '', limit: 9 }).then((r) => {
      if (live && r.ok) {
        const active = r.value.results.filter((p) => p.active);
        setResults(active);
        setHighlight(number !== null && number <= active.length ? number - 1 : 0);
      }
    });
    return () => {
      live = false;
    };
  }, [query]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlight((h) => (h + step + results.length) % Math.max(results.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const picked = results[highlight];
      if (picked) onPick(picked);
    }
  }

  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor="intake-procedure">
        {t.procedureSearch} <Kbd>F2</Kbd>
      </label>
      <input
        id="intake-procedure"
        data-field="form.procedureId"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls="intake-procedure-list"
        aria-activedescendant={results[highlight] ? `proc-${results[highlight].procedureId}` : undefined}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        autoFocus
        autoComplete="off"
      />
      {error ? (
        <small className="field__error" role="alert">
          {error}
        </small>
      ) : (
        <small className="field__hint">{t.mostUsedHint}</small>
      )}
      <ul id="intake-procedure-list" role="listbox" className="picker" aria-label={t.procedureSection}>
        {results.map((p, index) => (
          <li
            key={p.procedureId}
            id={`proc-${p.procedureId}`}
            role="option"
            aria-selected={index === highlight}
            className={index === highlight ? 'picker__item picker__item--active' : 'picker__item'}
            onMouseDown={(e) => {
              e.preventDefault();
              onPick(p);
            }}
          >
            {quick ? <Kbd>{index + 1}</Kbd> : null}
            <span className="picker__name">{p.name}</span>
            <span className="muted">{t.timeLimit(p.timeLimitDays, p.timeLimitUnit)}</span>
            {p.onTheSpot ? <span className="badge">{t.onTheSpotBadge}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
