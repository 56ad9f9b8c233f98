// @runs: renderer
// The clerk's screen turned to the citizen: full screen, one factor at a time,
// five very large buttons (or number keys 1–5) then Enter, an optional comment,
// thanks. Esc hands the screen back to the clerk at any step. A full-screen
// overlay in the same window: the browser shell cannot open a second window.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { FACTORS, factorNames, levelNames, satisfactionUi as t, type Factor } from '../../src-main/shared/vi/satisfaction';
import { call } from '../api';
import { FormError, Kbd } from '../ui/form';
import { Layer } from '../ui/layers';

type Levels = Partial<Record<Factor, number>>;

export function CitizenRating({ dossierId, code, onDone }: { dossierId: number; code: string; onDone: (stored: boolean) => void }) {
  const [step, setStep] = useState(0);
  const [levels, setLevels] = useState<Levels>({});
  const [comment, setComment] = useState('');
  const [stored, setStored] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const factor = FACTORS[step];

  useEffect(() => {
    // The comment step focuses its text box itself.
    if (step < FACTORS.length || stored) root.current?.focus();
  }, [step, stored]);

  async function send() {
    const [procedureQuality, staffAttitude, resultQuality] = FACTORS.map((f) => levels[f] ?? 0) as [number, number, number];
    const result = await call('satisfaction.rate', { dossierId, procedureQuality, staffAttitude, resultQuality, ...(comment.trim() ? { comment } : {}) });
    if (!result.ok) return setError(result.error.message);
    setStored(true);
  }

  function keys(event: KeyboardEvent) {
    if (stored) {
      if (event.key === 'Enter') {
        event.preventDefault();
        onDone(true);
      }
      return;
    }
    if (factor && /^[1-5]$/.test(event.key)) {
      event.preventDefault();
      setLevels((l) => ({ ...l, [factor]: Number(event.key) }));
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      if (factor && levels[factor]) setStep((s) => s + 1);
      else if (!factor) void send();
    } else if (event.key === 'Backspace' && factor && step > 0) {
      event.preventDefault();
      setStep((s) => s - 1);
    }
  }

  return (
    <Layer className="sat-screen" label={t.title} onClose={() => onDone(stored)} testId="citizen-rating">
      <div className="sat-screen__body" tabIndex={-1} ref={root} onKeyDown={keys}>
      <p className="sat-screen__dossier">{t.dossier(code)}</p>
      {stored ? (
        <div className="sat-screen__thanks" role="status">
          <h1>{t.thanks}</h1>
          <button type="button" className="primary" onClick={() => onDone(true)}>
            {t.handBack} <Kbd>Enter</Kbd>
          </button>
        </div>
      ) : factor ? (
        <>
          <h1>{t.title}</h1>
          <p className="sat-screen__step">{t.step(step + 1, FACTORS.length)}</p>
          <h2 className="sat-screen__factor" id="sat-factor">
            {factorNames[factor]}
          </h2>
          <div className="sat-screen__levels" role="radiogroup" aria-labelledby="sat-factor">
            {levelNames.map((name, i) => (
              <button
                key={name}
                type="button"
                role="radio"
                aria-checked={levels[factor] === i + 1}
                className={`sat-level sat-level--${i + 1}${levels[factor] === i + 1 ? ' sat-level--chosen' : ''}`}
                onClick={() => {
                  setLevels((l) => ({ ...l, [factor]: i + 1 }));
                  setStep((s) => s + 1);
                }}
              >
                <span className="sat-level__number">{i + 1}</span>
                <span>{name}</span>
              </button>
            ))}
          </div>
        </>
      ) : (
        <div className="sat-screen__comment">
          <h1>{t.comment}</h1>
          <textarea aria-label={t.comment} value={comment} maxLength={1000} autoFocus onChange={(e) => setComment(e.target.value)} rows={4} />
          <p>{t.commentHint}</p>
          <button type="button" className="primary sat-screen__send" onClick={() => void send()}>
            {t.send} <Kbd>Enter</Kbd>
          </button>
          <FormError message={error} />
        </div>
      )}
      <p className="sat-screen__keys">{t.keysHint}</p>
      </div>
    </Layer>
  );
}
