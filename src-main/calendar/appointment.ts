// @runs: shared
// THE appointment date (ngày hẹn trả): the one rule intake, the queue and the
// documents all use, so the slip, the register and the queue never disagree.
// Pure: the working-day lookup is passed in.
import { dateOfDay, isWeekend } from './days';

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;
/** More than ten years without a working day means the calendar is broken, not that the dossier waits. */
const MAX_SEARCH_DAYS = 3660;

/** "HH:MM", 24-hour, Vietnam time. */
export type ClockTime = string;
export const clockTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * What a procedure's time limit counts (REFERENCE §0.1): working days ("ngày làm
 * việc"), days not counting public holidays and Tết ("ngày, không kể ngày nghỉ
 * lễ, tết": Law 41/2024 Art. 79.3 for the pension; weekends count), calendar days
 * ("ngày") and "within the day" ("trong ngày").
 */
export const TIME_LIMIT_UNITS = ['working_days', 'days_excluding_holidays', 'calendar_days', 'same_day'] as const;
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

/** A time limit as a procedure states it; `same_day` always has 0 days. */
export interface TimeLimit {
  days: number;
  unit: TimeLimitUnit;
}

/** When a limit not counted in working days ends on a day off: the next working day, or that day as counted. */
export const DUE_ON_DAY_OFF = ['next_working_day', 'as_counted'] as const;
export type DueOnDayOff = (typeof DUE_ON_DAY_OFF)[number];

export interface AppointmentRules {
  /** Received after this time (strictly), the dossier counts as received on the next working day. */
  cutoff: ClockTime;
  /** Time of day for "trả ngay" (N = 0). */
  sameDayTime: ClockTime;
  /** Time of day for N > 0: the receipt's own time, or a fixed time. */
  dueTime: 'receipt' | ClockTime;
  /**
   * Office hours. An appointment "at the receipt's time" is kept inside them: a
   * dossier received by post or online at 01:45 is promised for the opening time,
   * one received at 20:00 for the closing time, never for the middle of the night.
   */
  opensAt: ClockTime;
  closesAt: ClockTime;
  /**
   * A limit in days excluding holidays or in calendar days that ends on a day off
   * ends on the next working day (default; Civil Code 2015 Art. 148.5, see
   * docs/calendar-notes.md), or on that day as counted.
   */
  dueOnDayOff: DueOnDayOff;
}

export const defaultAppointmentRules: AppointmentRules = {
  cutoff: '15:00',
  sameDayTime: '16:00',
  dueTime: 'receipt',
  opensAt: '07:30',
  closesAt: '17:00',
  dueOnDayOff: 'next_working_day',
};

export type IsWorking = (day: number) => boolean;

/** What the rule needs to know about days; day numbers count from 1970-01-01. */
export interface WorkingDayLookup {
  isWorking(day: number): boolean;
  /** The n-th working day after day (before it when n < 0); n = 0 is the day itself. */
  addWorkingDays(day: number, n: number): number;
  /** Off for a public holiday, Tết, a compensatory or a swapped day: not a plain weekend day. */
  isHoliday(day: number): boolean;
}

export interface Appointment {
  /** The effective receipt day the time limit is counted from (YYYY-MM-DD). */
  countedFrom: string;
  dueDate: string;
  /** ISO-8601 with +07:00. */
  dueAt: string;
}

function minutesOf(time: ClockTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function clock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/**
 * Day by day: for a plain predicate (tests, a proposed edit). The calendar itself answers from prefix counts.
 * Without isHoliday, a weekday that is not working is taken as a holiday.
 */
export function scanLookup(isWorking: IsWorking, isHoliday: IsWorking = (day) => !isWorking(day) && !isWeekend(day)): WorkingDayLookup {
  return { isWorking, isHoliday, addWorkingDays: (day, n) => addWorkingDays(day, n, isWorking) };
}

/** The n-th day after day that is not a holiday (weekends count): Law 41/2024 Art. 79.3's "không kể ngày nghỉ lễ, tết". */
export function addDaysExcludingHolidays(day: number, n: number, days: WorkingDayLookup): number {
  let d = day;
  for (let left = n, searched = 0; left > 0; searched++) {
    if (searched > MAX_SEARCH_DAYS + n) throw new Error('no counted day within ten years');
    d++;
    if (!days.isHoliday(d)) left--;
  }
  return d;
}

/**
 * The days from `from` (excluded) to `to` (included) in a limit's own unit, negative when `to` is
 * earlier: the queue's "còn 2 ngày làm việc" or "còn 5 ngày". Same-day and calendar-day limits count
 * plain days.
 */
export function daysBetween(from: number, to: number, unit: TimeLimitUnit, days: WorkingDayLookup & { between?(a: number, b: number): number }): number {
  if (unit === 'calendar_days' || unit === 'same_day') return to - from;
  if (unit === 'working_days' && days.between) return days.between(from, to);
  const counts = unit === 'working_days' ? days.isWorking : (d: number) => !days.isHoliday(d);
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let n = 0;
  for (let d = lo + 1; d <= hi; d++) if (counts(d)) n++;
  return sign * n;
}

export function addWorkingDays(day: number, n: number, isWorking: IsWorking): number {
  const step = n < 0 ? -1 : 1;
  let d = day;
  for (let left = Math.abs(n), searched = 0; left > 0; searched++) {
    if (searched > MAX_SEARCH_DAYS + Math.abs(n) * 7) throw new Error('no working day within ten years');
    d += step;
    if (isWorking(d)) left--;
  }
  return d;
}

interface RuleMinutes {
  cutoff: number;
  sameDay: number;
  /** null: the receipt's own time. */
  due: number | null;
  opens: number;
  closes: number;
}

/** Parsed once per rules object: string parsing was a third of an appointment's cost. */
const parsedRules = new WeakMap<AppointmentRules, RuleMinutes>();

function minutesFor(rules: AppointmentRules): RuleMinutes {
  let parsed = parsedRules.get(rules);
  if (!parsed) {
    parsed = {
      cutoff: minutesOf(rules.cutoff),
      sameDay: minutesOf(rules.sameDayTime),
      due: rules.dueTime === 'receipt' ? null : minutesOf(rules.dueTime),
      opens: minutesOf(rules.opensAt),
      closes: minutesOf(rules.closesAt),
    };
    parsedRules.set(rules, parsed);
  }
  return parsed;
}

/** The due day of a limit counted from a working day, in the limit's own unit. */
function dueDay(countedFrom: number, limit: TimeLimit, rules: AppointmentRules, days: WorkingDayLookup): number {
  if (limit.unit === 'same_day' || limit.days === 0) return countedFrom;
  if (limit.unit === 'working_days') return days.addWorkingDays(countedFrom, limit.days);
  const counted = limit.unit === 'calendar_days' ? countedFrom + limit.days : addDaysExcludingHolidays(countedFrom, limit.days, days);
  return rules.dueOnDayOff === 'next_working_day' && !days.isWorking(counted) ? days.addWorkingDays(counted, 1) : counted;
}

/**
 * THE appointment: takes the receipt time, the procedure's limit in its own unit, the rules and the
 * calendar; gives the day counted from and the due date and time. Received after the cut-off or on a
 * day off, the limit counts from the next working day; the limit then runs from the day after
 * ("kể từ ngày nhận đủ hồ sơ hợp lệ", REFERENCE §4.4). Throws only if no working day exists within ten years.
 */
export function computeAppointment(receivedAt: Date, limit: TimeLimit, rules: AppointmentRules, days: WorkingDayLookup): Appointment {
  const { cutoff, sameDay, due: dueMinute, opens, closes } = minutesFor(rules);
  const local = receivedAt.getTime() + VN_OFFSET_MS;
  const receivedDay = Math.floor(local / DAY_MS);
  const secondOfDay = Math.floor((local - receivedDay * DAY_MS) / 1000);
  const receiptMinute = Math.floor(secondOfDay / 60);
  const shifted = secondOfDay > cutoff * 60 || !days.isWorking(receivedDay);
  const countedFrom = shifted ? days.addWorkingDays(receivedDay, 1) : receivedDay;
  const due = dueDay(countedFrom, limit, rules, days);
  let minute: number;
  if (limit.unit === 'same_day' || limit.days === 0) {
    // "Trả ngay" can never be promised for a time before the dossier was handed in.
    minute = shifted ? sameDay : Math.max(sameDay, receiptMinute);
  } else {
    minute = dueMinute ?? Math.min(Math.max(receiptMinute, opens), closes);
  }
  const dueDate = dateOfDay(due);
  return { countedFrom: dateOfDay(countedFrom), dueDate, dueAt: `${dueDate}T${clock(minute)}:00+07:00` };
}
