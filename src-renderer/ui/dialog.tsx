// @runs: renderer
// A small form over the screen (intake decisions, dossier actions): Ctrl+Enter
// confirms, Esc cancels and only cancels (what is under it stays open). Both
// are layers of the one stack (layers.tsx): on top of whatever opened them.
import { type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { ui } from '../../src-main/shared/vi/ui';
import { FormError, Kbd } from './form';
import { Layer } from './layers';

const t = ui.dialog;

/**
 * A dialog's box: its content scrolls and its actions stay in view beneath it,
 * so a dialog taller than the screen (1366×768) never hides its confirm button
 * below the fold. A form when given onSubmit: a submit button among the actions
 * submits it, and the keys typed in it reach onKeyDown.
 */
export function DialogCard({
  className,
  testId,
  onSubmit,
  onKeyDown,
  actions,
  children,
}: {
  className?: string;
  testId?: string;
  onSubmit?: (event: FormEvent) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  actions: ReactNode;
  children: ReactNode;
}) {
  const classes = ['card', 'card--wide', 'dialog-card', className].filter(Boolean).join(' ');
  const inside = (
    <>
      <div className="dialog-card__body">{children}</div>
      <div className="actions dialog-card__actions">{actions}</div>
    </>
  );
  return onSubmit ? (
    <form className={classes} onSubmit={onSubmit} onKeyDown={onKeyDown} data-testid={testId}>
      {inside}
    </form>
  ) : (
    <div className={classes} onKeyDown={onKeyDown} data-testid={testId}>
      {inside}
    </div>
  );
}

/** A question that needs a yes: the confirm button has the focus, Esc cancels. */
export function ConfirmDialog({ title, busy, confirm, onConfirm, onCancel, children }: { title: string; busy: boolean; confirm: string; onConfirm: () => void; onCancel: () => void; children: ReactNode }) {
  return (
    <Layer label={title} onClose={onCancel}>
      <DialogCard
        actions={
          <>
            <button type="button" className="primary" autoFocus disabled={busy} onClick={onConfirm}>
              {confirm}
            </button>
            <button type="button" onClick={onCancel}>
              {ui.cancel} <Kbd>Esc</Kbd>
            </button>
          </>
        }
      >
        <h2>{title}</h2>
        {children}
      </DialogCard>
    </Layer>
  );
}

/** A form over the screen, confirmed by Ctrl+Enter. */
export function ActionDialog({ title, busy, error, onClose, onSubmit, children }: { title: string; busy: boolean; error: string | null; onClose: () => void; onSubmit: () => void; children: ReactNode }) {
  function keys(event: KeyboardEvent) {
    if (event.key === 'Enter' && event.ctrlKey) {
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
    <Layer className="overlay q-action" label={title} onClose={onClose}>
      <DialogCard
        onSubmit={submit}
        onKeyDown={keys}
        actions={
          <>
            <button type="submit" className="primary" disabled={busy}>
              {t.confirm} <Kbd>Ctrl+Enter</Kbd>
            </button>
            <button type="button" onClick={onClose}>
              {t.cancel} <Kbd>Esc</Kbd>
            </button>
          </>
        }
      >
        <h2>{title}</h2>
        {children}
        <FormError message={error} />
        <p className="muted">{t.hint}</p>
      </DialogCard>
    </Layer>
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
