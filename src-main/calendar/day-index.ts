// @runs: shared
// Working-day flags of a run of whole years plus running counts of working
// days, so "N working days after" is a binary search and "working days between"
// a subtraction, instead of a walk through the calendar for every dossier.
import { addWorkingDays as scanBy, type WorkingDayLookup } from './appointment';
import { firstDayOfYear, yearOfDay } from './days';

export class DayIndex implements WorkingDayLookup {
  private start = 0;
  private firstYear = 0;
  private lastYear = -1;
  private flags = new Uint8Array(0);
  /** counts[i] = working days from the window's first day through day i, inclusive. */
  private counts = new Int32Array(0);

  /**
   * yearFlags(year)[i] is 1 when day i of the year (0 = 1 January) is a working day; isHoliday says
   * whether a day is off for a holiday, Tết, a compensatory or swapped day (not a plain weekend).
   */
  constructor(
    private readonly yearFlags: (year: number) => Uint8Array,
    readonly isHoliday: (day: number) => boolean,
  ) {}

  readonly isWorking = (day: number): boolean => {
    const i = day - this.start;
    if (i >= 0 && i < this.flags.length) return this.flags[i] === 1;
    this.cover(yearOfDay(day));
    return this.flags[day - this.start] === 1;
  };

  addWorkingDays(day: number, n: number): number {
    if (n < 0) return scanBy(day, n, this.isWorking);
    if (day < this.start || day >= this.start + this.flags.length) this.cover(yearOfDay(day));
    for (;;) {
      const target = (this.counts[day - this.start] as number) + n;
      let lo = day - this.start;
      let hi = this.counts.length - 1;
      if ((this.counts[hi] as number) >= target) {
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((this.counts[mid] as number) >= target) hi = mid;
          else lo = mid + 1;
        }
        return this.start + lo;
      }
      // A whole run of years without one working day is a broken calendar, not a long wait.
      if (this.lastYear - yearOfDay(day) > 20) throw new Error('no working day within twenty years');
      this.cover(this.lastYear + 1);
    }
  }

  /** Working days d with from < d ≤ to (negative when to is before from). */
  between(from: number, to: number): number {
    this.cover(yearOfDay(from));
    this.cover(yearOfDay(to));
    return (this.counts[to - this.start] as number) - (this.counts[from - this.start] as number);
  }

  private cover(year: number): void {
    if (year >= this.firstYear && year <= this.lastYear) return;
    const empty = this.lastYear < this.firstYear;
    this.rebuild(empty ? year - 1 : Math.min(this.firstYear, year), empty ? year + 1 : Math.max(this.lastYear, year));
  }

  private rebuild(firstYear: number, lastYear: number): void {
    const start = firstDayOfYear(firstYear);
    const flags = new Uint8Array(firstDayOfYear(lastYear + 1) - start);
    for (let y = firstYear; y <= lastYear; y++) flags.set(this.yearFlags(y), firstDayOfYear(y) - start);
    const counts = new Int32Array(flags.length);
    let running = 0;
    for (let i = 0; i < flags.length; i++) counts[i] = running += flags[i] as number;
    this.start = start;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.flags = flags;
    this.counts = counts;
  }
}
