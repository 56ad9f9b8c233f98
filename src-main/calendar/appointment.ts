// @runs: shared
// THE appointment date (ngày hẹn trả): the one rule intake, the queue and the
// documents all use, so the slip, the register and the queue never disagree.
// Pure: the working-day lookup is passed in.
import { dateOfDay } from './days';

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;
/** More than ten years without a working day means the calendar is broken, not that the dossier waits. */
const MAX_SEARCH_DAYS = 3660;

/** "HH:MM", 24-hour, Vietnam time. */
export type ClockTime = string;
export const clockTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

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
}

export const defaultAppointmentRules: AppointmentRules = { cutoff: '15:00', sameDayTime: '16:00', dueTime: 'receipt', opensAt: '07:30', closesAt: '17:00' };

export type IsWorking = (day: number) => boolean;

/** What the rule needs to know about days; day numbers count from 1970-01-01. */
export interface WorkingDayLookup {
  isWorking(day: number): boolean;
  /** The n-th working day after day (before it when n < 0); n = 0 is the day itself. */
  addWorkingDays(day: number, n: number): number;
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

/** Day by day: for a plain predicate (tests, a proposed edit). The calendar itself answers from prefix counts. */
export function scanLookup(isWorking: IsWorking): WorkingDayLookup {
  return { isWorking, addWorkingDays: (day, n) => addWorkingDays(day, n, isWorking) };
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

export function computeAppointment(receivedAt: Date, workingDays: number, rules: AppointmentRules, days: WorkingDayLookup): Appointment {
  const { cutoff, sameDay, due: dueMinute, opens, closes } = minutesFor(rules);
  const local = receivedAt.getTime() + VN_OFFSET_MS;
  const receivedDay = Math.floor(local / DAY_MS);
  const secondOfDay = Math.floor((local - receivedDay * DAY_MS) / 1000);
  const receiptMinute = Math.floor(secondOfDay / 60);
  const shifted = secondOfDay > cutoff * 60 || !days.isWorking(receivedDay);
  const countedFrom = shifted ? days.addWorkingDays(receivedDay, 1) : receivedDay;
  const due = days.addWorkingDays(countedFrom, workingDays);
  let minute: number;
  if (workingDays === 0) {
    // "Trả ngay" can never be promised for a time before the dossier was handed in.
    minute = shifted ? sameDay : Math.max(sameDay, receiptMinute);
  } else {
    minute = dueMinute ?? Math.min(Math.max(receiptMinute, opens), closes);
  }
  const dueDate = dateOfDay(due);
  return { countedFrom: dateOfDay(countedFrom), dueDate, dueAt: `${dueDate}T${clock(minute)}:00+07:00` };
}
