// @runs: renderer
// The period of a report or of the satisfaction figures: today, this month, or
// a range of two dates typed dd/mm/yyyy (ui/date-field.tsx), chosen with the arrow keys.
import type { RefObject } from 'react';
import { reportsUi as t } from '../../src-main/shared/vi/reports';
import { DateField } from '../ui/date-field';

export type PeriodKind = 'today' | 'month' | 'range';

export interface DateRange {
  /** YYYY-MM-DD, '' while not typed. */
  from: string;
  to: string;
}

interface Props {
  /** The radio group's name, unique on the screen. */
  name: string;
  kind: PeriodKind;
  onKind: (kind: PeriodKind) => void;
  range: DateRange;
  onRange: (range: DateRange) => void;
  /** The field names of the two dates, as the API's errors name them (e.g. "period.from"). */
  fields: { from: string; to: string };
  errors: Record<string, string>;
  /** The first choice, focused when the screen opens. */
  first: RefObject<HTMLInputElement | null>;
}

/** The days a period covers, from the counter's today (YYYY-MM-DD): a range as typed, this month from its 1st to its last day. */
export function periodDays(kind: PeriodKind, today: string, range: DateRange): DateRange {
  if (kind === 'today') return { from: today, to: today };
  if (kind === 'range') return range;
  const [year, month] = today.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${today.slice(0, 7)}-01`, to: `${today.slice(0, 7)}-${String(last).padStart(2, '0')}` };
}

const PERIODS: [PeriodKind, string][] = [
  ['today', t.today],
  ['month', t.thisMonth],
  ['range', t.range],
];

export function PeriodPicker({ name, kind, onKind, range, onRange, fields, errors, first }: Props) {
  return (
    <>
      <fieldset className="rep-choice">
        <legend>{t.period}</legend>
        {PERIODS.map(([value, label], i) => (
          <label key={value}>
            <input ref={i === 0 ? first : undefined} type="radio" name={name} value={value} checked={kind === value} onChange={() => onKind(value)} /> {label}
          </label>
        ))}
      </fieldset>
      {kind === 'range' ? (
        <div className="row rep-range">
          <DateField label={t.from} field={fields.from} value={range.from} onChange={(from) => onRange({ ...range, from })} error={errors[fields.from]} />
          <DateField label={t.to} field={fields.to} value={range.to} onChange={(to) => onRange({ ...range, to })} error={errors[fields.to]} />
        </div>
      ) : null}
    </>
  );
}
