// @runs: renderer
// The one date box of the counter: typed and shown dd/mm/yyyy whatever the
// browser's language (a native date input shows the locale's order, month
// first in some), checked as the clerk leaves it, handed on as YYYY-MM-DD.
import { useEffect, useState } from 'react';
import { formatVnDate, parseVnDate, vnDateShape } from '../../src-main/shared/time';
import { fieldMessages } from '../../src-main/shared/vi/fields';
import { Field } from './form';

interface DateFieldProps {
  label: string;
  field: string;
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  /** YYYY-MM-DD when the typed date is a day of the calendar, '' when empty, else the text as typed. */
  onChange: (value: string) => void;
  error?: string | undefined;
  autoFocus?: boolean;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const shown = (value: string) => (ISO_DAY.test(value) ? formatVnDate(value) : value);

export function DateField({ label, field, value, onChange, error, autoFocus }: DateFieldProps) {
  const [text, setText] = useState(() => shown(value));
  const [wrong, setWrong] = useState(false);

  useEffect(() => {
    if ((parseVnDate(text) ?? vnDateShape(text) ?? text) !== value) setText(shown(value));
    // Only a new value from outside replaces what the clerk is typing.
  }, [value]);

  function change(typed: string) {
    setText(typed);
    setWrong(false);
    onChange(typed.trim() ? (parseVnDate(typed) ?? vnDateShape(typed) ?? typed) : '');
  }

  return (
    <Field
      label={label}
      field={field}
      value={text}
      inputMode="numeric"
      placeholder="dd/mm/yyyy"
      autoComplete="off"
      autoFocus={autoFocus}
      maxLength={10}
      onChange={(e) => change(e.target.value)}
      onBlur={() => setWrong(Boolean(text.trim()) && parseVnDate(text) === null)}
      error={wrong ? (vnDateShape(text) ? fieldMessages.dateNotInCalendar(text.trim()) : fieldMessages.vnDate) : error}
    />
  );
}
