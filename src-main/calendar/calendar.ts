// @runs: main
// The working-day calendar of the office: which days are working days, the
// one appointment rule on top of it, and the supervisor's edits (each one a new
// calendar version, so appointments already given never move).
import { DomainError } from '../api/kit';
import { qb } from '../db/sql';
import type { FeatureDeps } from '../services/deps';
import { toVnIso } from '../shared/time';
import { computeAppointment, daysBetween, scanLookup, type AppointmentRules, type TimeLimitUnit, type WorkingDayLookup } from './appointment';
import { DayIndex } from './day-index';
import { dateOfDay, dayNumber, daysInYear, firstDayOfYear, isWeekend, weekdayOf, yearOfDay } from './days';
import { closesAtSetting, cutoffSetting, dueOnDayOffSetting, dueTimeSetting, opensAtSetting, sameDayTimeSetting } from './keys';
import { lawDefaults, offKinds, type DayEntry, type DayKind } from './law';
import type { CalendarFile } from './file';
import type { CalendarDaysTable } from './tables';
import { calendarFileText } from '../shared/vi/calendar';

export interface CalendarDay {
  date: string;
  weekday: number;
  working: boolean;
  kind: DayKind | null;
  name: string | null;
  legalSource: string | null;
  provisional: boolean;
}

export interface CalendarYear {
  year: number;
  version: number;
  /** False when the year's days are computed from the law (no official notice entered). */
  stored: boolean;
  confirmedAt: string | null;
  provisional: boolean;
  days: CalendarDay[];
}

export interface DayMark {
  date: string;
  kind: DayKind;
  name: string;
  legalSource: string;
  provisional: boolean;
}

export interface ImpactItem {
  code: string;
  receivedAt: string;
  timeLimitDays: number;
  timeLimitUnit: TimeLimitUnit;
  storedDueDate: string;
  storedCalendarVersion: number | null;
  dueDateNow: string;
}

export type ProposedChange = { date: string; kind: DayKind | 'clear' };

interface Who {
  clerkId: number | null;
  counter: number | null;
}

interface YearData {
  start: number;
  /** 1 = working day, indexed by day of year. */
  flags: Uint8Array;
  /** 1 = off for a holiday, Tết, a compensatory or swapped day (a stored off kind), indexed by day of year. */
  holidays: Uint8Array;
  entries: Map<string, DayEntry & { provisional: boolean }>;
  stored: boolean;
  confirmedAt: string | null;
}

const OPEN_STATES = ['received', 'in_processing', 'awaiting_supplement', 'result_ready'] as const;

export class WorkingCalendar {
  private readonly years = new Map<number, YearData>();
  /** Rebuilt after every edit; the hot path of every appointment. */
  private index = this.newIndex();
  private cachedVersion: number | null = null;
  private cachedRules: AppointmentRules | null = null;

  constructor(private readonly deps: FeatureDeps) {}

  version(): number {
    this.cachedVersion ??= this.deps.sql.one(qb.selectFrom('calendar_edits').select((eb) => eb.fn.max('version').as('v')))?.v ?? 0;
    return this.cachedVersion;
  }

  isWorkingDay(date: string): boolean {
    return this.index.isWorking(dayNumber(date));
  }

  addWorkingDays(date: string, n: number): string {
    return dateOfDay(this.index.addWorkingDays(dayNumber(date), n));
  }

  /** Working days d with from < d ≤ to, negative when to is earlier: "hạn còn 2 ngày làm việc". */
  workingDaysBetween(from: string, to: string): number {
    return this.index.between(dayNumber(from), dayNumber(to));
  }

  /** Days from `from` (excluded) to `to` (included) in a limit's own unit, negative when `to` is earlier. */
  daysBetween(from: string, to: string, unit: TimeLimitUnit): number {
    return daysBetween(dayNumber(from), dayNumber(to), unit, this.index);
  }

  /** The appointment for a limit of `days` in `unit` (working days unless said), with the calendar version it used. */
  appointment(receivedAt: Date, days: number, unit: TimeLimitUnit = 'working_days'): { countedFrom: string; dueDate: string; dueAt: string; calendarVersion: number } {
    return { ...computeAppointment(receivedAt, { days, unit }, this.rules(), this.index), calendarVersion: this.version() };
  }

  rules(): AppointmentRules {
    const { settings } = this.deps;
    this.cachedRules ??= {
      cutoff: settings.get(cutoffSetting),
      sameDayTime: settings.get(sameDayTimeSetting),
      dueTime: settings.get(dueTimeSetting),
      opensAt: settings.get(opensAtSetting),
      closesAt: settings.get(closesAtSetting),
      dueOnDayOff: settings.get(dueOnDayOffSetting),
    };
    return this.cachedRules;
  }

  updateRules(rules: AppointmentRules, who: Who): AppointmentRules {
    const { settings, sql, audit } = this.deps;
    sql.tx(() => {
      settings.set(cutoffSetting, rules.cutoff);
      settings.set(sameDayTimeSetting, rules.sameDayTime);
      settings.set(dueTimeSetting, rules.dueTime);
      settings.set(opensAtSetting, rules.opensAt);
      settings.set(closesAtSetting, rules.closesAt);
      settings.set(dueOnDayOffSetting, rules.dueOnDayOff);
      audit.record('calendar.updateSettings', who, { ...rules });
    });
    this.cachedRules = null;
    return this.rules();
  }

  year(year: number, month?: number): CalendarYear {
    const data = this.yearData(year);
    const days: CalendarDay[] = [];
    for (let i = 0; i < data.flags.length; i++) {
      const date = dateOfDay(data.start + i);
      if (month !== undefined && Number(date.slice(5, 7)) !== month) continue;
      const entry = data.entries.get(date);
      days.push({
        date,
        weekday: weekdayOf(data.start + i),
        working: data.flags[i] === 1,
        kind: entry?.kind ?? null,
        name: entry?.name ?? null,
        legalSource: entry?.legalSource ?? null,
        provisional: entry?.provisional ?? false,
      });
    }
    const provisional = !data.stored || data.confirmedAt === null || [...data.entries.values()].some((e) => e.provisional);
    return { year, version: this.version(), stored: data.stored, confirmedAt: data.confirmedAt, provisional, days };
  }

  setDay(mark: DayMark, who: Who): number {
    if (mark.kind === 'swap_workday' && !isWeekend(dayNumber(mark.date))) throw new DomainError('CALENDAR_WORKDAY_NOT_WEEKEND', undefined, 'kind');
    return this.edit(() => {
      const year = Number(mark.date.slice(0, 4));
      const before = this.entryOf(mark.date);
      this.materialise(year);
      const row = { kind: mark.kind, name: mark.name, legal_source: mark.legalSource, status: mark.provisional ? 'provisional' : 'official', edited_by: who.clerkId, edited_at: this.now() } as const;
      this.deps.sql.run(qb.insertInto('calendar_days').values({ date: mark.date, ...row }).onConflict((oc) => oc.column('date').doUpdateSet(row)));
      return this.record(who, 'set', year, mark.date, before, mark, mark.name);
    });
  }

  clearDay(date: string, reason: string | undefined, who: Who): number {
    const before = this.entryOf(date);
    if (!before) throw new DomainError('CALENDAR_NOTHING_TO_CLEAR', undefined, 'date');
    return this.edit(() => {
      const year = Number(date.slice(0, 4));
      this.materialise(year);
      this.deps.sql.run(qb.deleteFrom('calendar_days').where('date', '=', date));
      return this.record(who, 'clear', year, date, before, null, reason ?? null);
    });
  }

  confirmYear(year: number, who: Who): number {
    if (!this.year(year).provisional) throw new DomainError('CALENDAR_YEAR_CONFIRMED', undefined, 'year');
    return this.edit(() => {
      this.materialise(year);
      const { sql } = this.deps;
      sql.run(qb.updateTable('calendar_days').set({ status: 'official' }).where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`));
      sql.run(qb.updateTable('calendar_years').set({ confirmed_by: who.clerkId, confirmed_at: this.now() }).where('year', '=', year));
      return this.record(who, 'confirm', year, null, null, null, null);
    });
  }

  /**
   * Open dossiers whose stored appointment differs from what the calendar gives now
   * (or would give with the proposed change). Stored dates are only reported, never rewritten.
   */
  impact(change?: ProposedChange | CalendarFile): ImpactItem[] {
    const days = !change ? this.index : 'days' in change ? this.withYear(change) : this.withChange(change);
    const rules = this.rules();
    const rows = this.deps.sql.all(
      qb
        .selectFrom('dossiers')
        .select(['code', 'received_at', 'time_limit_days', 'time_limit_unit', 'due_date', 'calendar_version'])
        .where('state', 'in', OPEN_STATES)
        .where('code', 'is not', null)
        .where('received_at', 'is not', null)
        .where('time_limit_days', 'is not', null)
        .where('due_date', 'is not', null)
        .orderBy('due_date'),
    );
    const items: ImpactItem[] = [];
    for (const row of rows) {
      const receivedAt = row.received_at as string;
      const timeLimitDays = row.time_limit_days as number;
      const timeLimitUnit = row.time_limit_unit ?? 'working_days';
      const dueDateNow = computeAppointment(new Date(receivedAt), { days: timeLimitDays, unit: timeLimitUnit }, rules, days).dueDate;
      if (dueDateNow === row.due_date) continue;
      items.push({ code: row.code as string, receivedAt, timeLimitDays, timeLimitUnit, storedDueDate: row.due_date as string, storedCalendarVersion: row.calendar_version, dueDateNow });
    }
    return items;
  }

  /**
   * Imports a year's official schedule (all or nothing, the file already checked by parseCalendarFile):
   * the year's stored days become exactly the file's, official, and the year is confirmed by the
   * supervisor, as one new calendar version. Appointments already given never move.
   */
  importYear(file: CalendarFile, who: Who): number {
    const before = this.year(file.year).days.filter((d) => d.kind !== null);
    return this.edit(() => {
      const { sql } = this.deps;
      const at = this.now();
      sql.run(qb.deleteFrom('calendar_days').where('date', '>=', `${file.year}-01-01`).where('date', '<=', `${file.year}-12-31`));
      for (const d of file.days) {
        sql.run(qb.insertInto('calendar_days').values({ date: d.date, kind: d.kind, name: d.name, legal_source: d.legalSource, status: 'official', edited_by: who.clerkId, edited_at: at }));
      }
      const confirmed = { confirmed_by: who.clerkId, confirmed_at: at };
      sql.run(qb.insertInto('calendar_years').values({ year: file.year, ...confirmed }).onConflict((oc) => oc.column('year').doUpdateSet(confirmed)));
      return this.record(who, 'set', file.year, null, before, file.days, calendarFileText.importReason(file.year, file.source));
    });
  }

  history(year?: number) {
    let query = qb
      .selectFrom('calendar_edits as e')
      .leftJoin('clerks as c', 'c.id', 'e.clerk_id')
      .select(['e.version', 'e.at', 'e.action', 'e.year', 'e.date', 'e.reason', 'c.full_name as clerkName'])
      .orderBy('e.version', 'desc')
      .limit(100);
    // The seed covers several years, so it belongs to every year's history.
    if (year !== undefined) query = query.where((eb) => eb.or([eb('e.year', '=', year), eb('e.action', '=', 'seed')]));
    return this.deps.sql.all(query);
  }

  private withChange(change: ProposedChange): WorkingDayLookup {
    const target = dayNumber(change.date);
    const working = change.kind === 'clear' ? !isWeekend(target) : !offKinds.has(change.kind);
    const holiday = change.kind !== 'clear' && offKinds.has(change.kind);
    return scanLookup(
      (day) => (day === target ? working : this.index.isWorking(day)),
      (day) => (day === target ? holiday : this.index.isHoliday(day)),
    );
  }

  /** The calendar as it would be with a year's imported schedule in place of the stored or computed one. */
  private withYear(file: CalendarFile): WorkingDayLookup {
    const start = firstDayOfYear(file.year);
    const end = start + daysInYear(file.year);
    const byDay = new Map(file.days.map((d) => [dayNumber(d.date), d.kind]));
    const inYear = (day: number) => day >= start && day < end;
    return scanLookup(
      (day) => {
        if (!inYear(day)) return this.index.isWorking(day);
        const kind = byDay.get(day);
        return kind ? !offKinds.has(kind) : !isWeekend(day);
      },
      (day) => {
        if (!inYear(day)) return this.index.isHoliday(day);
        const kind = byDay.get(day);
        return kind !== undefined && offKinds.has(kind);
      },
    );
  }

  private newIndex(): DayIndex {
    return new DayIndex(
      (year) => this.yearData(year).flags,
      (day) => {
        const data = this.yearData(yearOfDay(day));
        return data.holidays[day - data.start] === 1;
      },
    );
  }

  private edit(fn: () => number): number {
    try {
      return this.deps.sql.tx(fn);
    } finally {
      this.years.clear();
      this.index = this.newIndex();
      this.cachedVersion = null;
    }
  }

  private record(who: Who, action: 'set' | 'clear' | 'confirm', year: number, date: string | null, before: unknown, after: unknown, reason: string | null): number {
    const version = this.version() + 1;
    const at = this.now();
    this.deps.sql.run(
      qb.insertInto('calendar_edits').values({
        version,
        at,
        clerk_id: who.clerkId,
        action,
        year,
        date,
        before: before ? JSON.stringify(before) : null,
        after: after ? JSON.stringify(after) : null,
        reason,
      }),
    );
    this.deps.audit.record(`calendar.${action}`, who, { version, year, date });
    return version;
  }

  /** Stores a computed year's days so a supervisor's edit applies on top of them. */
  private materialise(year: number): void {
    const { sql } = this.deps;
    if (sql.one(qb.selectFrom('calendar_years').select('year').where('year', '=', year))) return;
    sql.run(qb.insertInto('calendar_years').values({ year, confirmed_by: null, confirmed_at: null }));
    const at = this.now();
    for (const e of lawDefaults(year)) {
      sql.run(qb.insertInto('calendar_days').values({ date: e.date, kind: e.kind, name: e.name, legal_source: e.legalSource, status: 'provisional', edited_by: null, edited_at: at }));
    }
  }

  private entryOf(date: string): (DayEntry & { provisional: boolean }) | undefined {
    return this.yearData(Number(date.slice(0, 4))).entries.get(date);
  }

  private yearData(year: number): YearData {
    const cached = this.years.get(year);
    if (cached) return cached;
    const { sql } = this.deps;
    const stored = sql.one(qb.selectFrom('calendar_years').selectAll().where('year', '=', year));
    const entries = new Map<string, DayEntry & { provisional: boolean }>();
    if (stored) {
      const rows = sql.all(qb.selectFrom('calendar_days').selectAll().where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`));
      for (const row of rows) entries.set(row.date, fromRow(row));
    } else {
      for (const e of lawDefaults(year)) entries.set(e.date, { ...e, provisional: true });
    }
    const start = firstDayOfYear(year);
    const flags = new Uint8Array(daysInYear(year));
    for (let i = 0; i < flags.length; i++) flags[i] = isWeekend(start + i) ? 0 : 1;
    const holidays = new Uint8Array(flags.length);
    for (const e of entries.values()) {
      flags[dayNumber(e.date) - start] = offKinds.has(e.kind) ? 0 : 1;
      holidays[dayNumber(e.date) - start] = offKinds.has(e.kind) ? 1 : 0;
    }
    const data: YearData = { start, flags, holidays, entries, stored: stored !== undefined, confirmedAt: stored?.confirmed_at ?? null };
    this.years.set(year, data);
    return data;
  }

  private now(): string {
    return toVnIso(this.deps.clock.now());
  }
}

function fromRow(row: CalendarDaysTable): DayEntry & { provisional: boolean } {
  return { date: row.date, kind: row.kind, name: row.name, legalSource: row.legal_source, provisional: row.status === 'provisional' };
}
