// @runs: renderer
// Small form helpers: labelled fields that show the server's Vietnamese message
// next to the field and take the focus when it is wrong.
import { useCallback, useEffect, useId, useRef, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import type { ApiError } from '../api';

export type FieldErrors = Record<string, string>;

export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const shown = useRef(errors);
  shown.current = errors;

  const clear = useCallback(() => {
    setErrors({});
    setFormError(null);
  }, []);

  /**
   * Shows an ApiError: per-field messages where there is a field, and focuses the first wrong one of `within`
   * (by default the form or dialog holding the focus, else the whole page). Two forms on one screen may share
   * a field name ("password" in Máy chủ văn phòng and Thêm cán bộ): the focus must stay in the form submitted.
   */
  const show = useCallback((error: ApiError, within?: ParentNode | null) => {
    const byField: FieldErrors = {};
    for (const issue of error.issues ?? []) if (issue.field && !byField[issue.field]) byField[issue.field] = issue.message;
    if (error.field && !byField[error.field]) byField[error.field] = error.message;
    setErrors(byField);
    setFormError(Object.keys(byField).length ? null : error.message);
    // Read now, not in the frame: by then a re-render may have moved the focus.
    const scope = within ?? document.activeElement?.closest('form, [role="dialog"]') ?? document;
    // The first wrong field as the clerk reads the form, not as the server happened to list them.
    requestAnimationFrame(() => [...scope.querySelectorAll<HTMLElement>('[data-field]')].find((el) => el.dataset.field && byField[el.dataset.field])?.focus());
  }, []);

  // A message goes away as soon as the clerk changes its field: an old error must not sit beside a corrected value.
  useEffect(() => {
    const changed = (event: Event) => {
      // A text box's "change" fires on leaving it (the focus moving to the first wrong field would clear its own message): typing is "input".
      if (event.type === 'change' && event.target instanceof HTMLInputElement && !['checkbox', 'radio'].includes(event.target.type)) return;
      const field = event.target instanceof HTMLElement ? event.target.dataset.field : undefined;
      // Read through the ref: no state update at all (no render) for the keys typed into fields without a message.
      if (field && field in shown.current) setErrors((now) => Object.fromEntries(Object.entries(now).filter(([key]) => key !== field)));
    };
    // Bubbling, so React has handled the keystroke first: a render from here in the capture phase would put a
    // controlled box's old value back before React read the new one.
    document.addEventListener('input', changed);
    document.addEventListener('change', changed);
    return () => {
      document.removeEventListener('input', changed);
      document.removeEventListener('change', changed);
    };
  }, []);

  return { errors, formError, clear, show };
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  field: string;
  error?: string;
  hint?: string;
}

export function Field({ label, field, error, hint, id, ...input }: FieldProps) {
  // Unique per field on the page: two forms on one screen may share a field name (a password in each).
  const uniqueId = useId();
  const inputId = id ?? `f-${field.replace(/\W/g, '-')}${uniqueId.replace(/\W/g, '')}`;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} data-field={field} aria-invalid={error ? true : undefined} aria-describedby={error ? `${inputId}-error` : undefined} {...input} />
      {hint && !error ? <small className="field__hint">{hint}</small> : null}
      {error ? (
        <small id={`${inputId}-error`} className="field__error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}

export function FormError({ message }: { message: string | null }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}

export function Kbd({ children }: { children: ReactNode }) {
  return <kbd className="kbd">{children}</kbd>;
}
