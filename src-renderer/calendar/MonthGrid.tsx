// @runs: renderer
// One month as a Monday-first grid. The focused day is the only tab stop;
// arrows move by day and week, PageUp/PageDown by month, Enter opens the day.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { dateOfDay, dayNumber } from '../../src-main/calendar/days';
import { calendarUi as t, dayKinds, dayMarks, weekdayNames, weekdayShort } from '../../src-main/shared/vi/calendar';
import { formatVnDate } from '../../src-main/shared/time';

export type CalendarDay = Output<'calendar.get'>['days'][number];

const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];

/** The same day of another month, clamped to that month's last day. */
export function shiftMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), last);
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function dayState(day: CalendarDay): string {
  if (day.kind) return `${dayKinds[day.kind]}${day.name ? ` — ${day.name}` : ''}${day.provisional ? ` (${t.statusProvisional.toLowerCase()})` : ''}`;
  return day.working ? t.working : t.weekend;
}

export function dayMark(day: CalendarDay): string {
  return (day.kind ? dayMarks[day.kind] : '') + (day.provisional ? dayMarks.provisional : '');
}

function cellClass(day: CalendarDay, focused: boolean, today: boolean): string {
  const classes = ['cal-day', day.working ? 'cal-day--working' : 'cal-day--off'];
  if (day.kind) classes.push(`cal-day--${day.kind}`);
  if (day.provisional) classes.push('cal-day--provisional');
  if (focused) classes.push('cal-day--focused');
  if (today) classes.push('cal-day--today');
  return classes.join(' ');
}

interface Props {
  monthDays: CalendarDay[];
  focusDate: string;
  today: string;
  /** Whether to move the keyboard focus into the grid when focusDate changes. */
  takeFocus: boolean;
  onMove(date: string): void;
  onOpen(date: string): void;
}

export function MonthGrid({ monthDays, focusDate, today, takeFocus, onMove, onOpen }: Props) {
  const table = useRef<HTMLTableElement>(null);

  useEffect(() => {
    if (takeFocus) table.current?.querySelector<HTMLButtonElement>(`[data-date="${focusDate}"]`)?.focus();
  }, [focusDate, takeFocus, monthDays]);

  const first = monthDays[0];
  if (!first) return null;
  const leading = MONDAY_FIRST.indexOf(first.weekday);
  const cells: (CalendarDay | null)[] = [...Array<null>(leading).fill(null), ...monthDays];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));

  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, () => string> = {
      ArrowLeft: () => dateOfDay(dayNumber(focusDate) - 1),
      ArrowRight: () => dateOfDay(dayNumber(focusDate) + 1),
      ArrowUp: () => dateOfDay(dayNumber(focusDate) - 7),
      ArrowDown: () => dateOfDay(dayNumber(focusDate) + 7),
      PageUp: () => shiftMonths(focusDate, -1),
      PageDown: () => shiftMonths(focusDate, 1),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      onMove(move());
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(focusDate);
    }
  }

  const month = Number(first.date.slice(5, 7));
  return (
    <table ref={table} className="cal-grid" aria-label={`${t.month(month)}/${first.date.slice(0, 4)}`} onKeyDown={onKeyDown}>
      <thead>
        <tr>
          {MONDAY_FIRST.map((w) => (
            <th key={w} scope="col" abbr={weekdayNames[w]}>
              {weekdayShort[w]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, i) => (
          <tr key={i}>
            {week.map((day, j) =>
              day ? (
                <td key={day.date}>
                  <button
                    type="button"
                    data-date={day.date}
                    tabIndex={day.date === focusDate ? 0 : -1}
                    className={cellClass(day, day.date === focusDate, day.date === today)}
                    aria-label={t.dayLabel(weekdayNames[day.weekday] ?? '', formatVnDate(day.date), dayState(day))}
                    onClick={() => (day.date === focusDate ? onOpen(day.date) : onMove(day.date))}
                  >
                    <span className="cal-day__number">{Number(day.date.slice(8, 10))}</span>
                    <span className="cal-day__mark" aria-hidden="true">
                      {dayMark(day)}
                    </span>
                  </button>
                </td>
              ) : (
                <td key={`empty-${j}`} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Legend() {
  const items: [string, string, string][] = [
    ['cal-day--working', '', t.working],
    ['cal-day--off', '', t.weekend],
    ['cal-day--off cal-day--holiday', dayMarks.holiday, dayKinds.holiday],
    ['cal-day--off cal-day--compensatory', dayMarks.compensatory, dayKinds.compensatory],
    ['cal-day--off cal-day--swap_off', dayMarks.swap_off, dayKinds.swap_off],
    ['cal-day--working cal-day--swap_workday', dayMarks.swap_workday, dayKinds.swap_workday],
    ['cal-day--off cal-day--provisional', dayMarks.provisional, t.provisional],
  ];
  return (
    <section aria-labelledby="cal-legend" className="cal-legend">
      <h3 id="cal-legend">{t.legend}</h3>
      <ul>
        {items.map(([className, mark, label]) => (
          <li key={label}>
            <span className={`cal-day cal-day--sample ${className}`} aria-hidden="true">
              <span className="cal-day__mark">{mark}</span>
            </span>
            {mark ? <strong>{mark}</strong> : null} {label}
          </li>
        ))}
      </ul>
    </section>
  );
}
