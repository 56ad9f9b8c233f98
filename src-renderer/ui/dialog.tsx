// @runs: renderer
// A small form over the screen (intake decisions, dossier actions): Ctrl+Enter
// confirms, Esc cancels and only cancels (what is under it stays open).
import { useEffect, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { ui } from '../../src-main/shared/vi/ui';
import { FormError, Kbd } from './form';

const t = ui.dialog;

/** Esc anywhere closes an overlay that holds no field of its own to listen on. */
export function useEscape(onClose: () => void): void {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
}

export function ActionDialog({ title, busy, error, onClose, onSubmit, children }: { title: string; busy: boolean; error: string | null; onClose: () => void; onSubmit: () => void; children: ReactNode }) {
  function keys(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Enter' && event.ctrlKey) {
      event.preventDefault();
      event.stopPropagation();
      if (!busy) onSubmit();
    }
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!busy) onSubmit();
  }
  return (
    <div className="overlay q-action" role="dialog" aria-modal="true" aria-label={title} onKeyDown={keys}>
      <form className="card card--wide" onSubmit={submit}>
        <h2>{title}</h2>
        {children}
        <FormError message={error} />
        <p className="muted">{t.hint}</p>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t.confirm} <Kbd>Ctrl+Enter</Kbd>
          </button>
          <button type="button" onClick={onClose}>
            {t.cancel} <Kbd>Esc</Kbd>
          </button>
        </div>
      </form>
    </div>
  );
}

export function TextBox({ label, field, value, onChange, error, rows = 3, autoFocus }: { label: string; field: string; value: string; onChange: (v: string) => void; error?: string | undefined; rows?: number; autoFocus?: boolean }) {
  const id = `q-${field}`;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} data-field={field} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} autoFocus={autoFocus} aria-invalid={error ? true : undefined} />
      {error ? (
        <small className="field__error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}
