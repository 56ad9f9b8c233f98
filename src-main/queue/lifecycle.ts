// @runs: main
// What happens to a dossier between intake and its return: each action is one
// transaction through transition() (the state machine decides, the event keeps
// who, when, which counter and why). Papers are printed by the handlers after
// the commit, so a printer problem never undoes a recorded step.
import { DomainError } from '../api/kit';
import type { WorkingCalendar } from '../calendar/calendar';
import type { Sql } from '../db/sql';
import { dossierRow, transition, type Actor } from '../dossiers/store';
import type { Clock } from '../services/clock';
import { formatVnDate, toVnIso } from '../shared/time';
import { queueMessages as m } from '../shared/vi/queue';

export interface ResultItem {
  name: string;
  count: number;
}

/** Someone the applicant authorised, identified by personal ID or by another document (passport…: then its type and nationality). */
export interface AuthorisedCollector {
  kind: 'authorised';
  fullName: string;
  personalId?: string | undefined;
  documentType?: string | undefined;
  documentNumber?: string | undefined;
  nationality?: string | undefined;
}

export type Collector = { kind: 'applicant'; fullName: string } | AuthorisedCollector;

export type ReturnDetails =
  | { method: 'counter'; collector: Collector; signatureNoted: boolean }
  | { method: 'post'; trackingNumber: string; postOffice: string; address: string };

export type ReturnInput =
  | { method: 'counter'; collector: { kind: 'applicant' } | AuthorisedCollector; signatureNoted: boolean }
  | { method: 'post'; trackingNumber: string; postOffice: string; address: string };

export type StopKind = 'applicantRequest' | 'withdrawn';

interface LifecycleDeps {
  sql: Sql;
  clock: Clock;
  calendar: WorkingCalendar;
}

export class Lifecycle {
  constructor(private readonly s: LifecycleDeps) {}

  private now(): string {
    return toVnIso(this.s.clock.now());
  }

  handOver(dossierId: number, input: { department: string; receiverName: string }, actor: Actor): void {
    const at = this.now();
    this.s.sql.tx(() =>
      transition(this.s.sql, dossierId, 'handOver', at, actor, { department: input.department, handed_over_at: at }, { payload: { department: input.department, receiverName: input.receiverName } }),
    );
  }

  requestSupplement(dossierId: number, input: { reason: string }, actor: Actor): void {
    this.s.sql.tx(() => transition(this.s.sql, dossierId, 'requestSupplement', this.now(), actor, {}, { reason: input.reason }));
  }

  receiveSupplement(dossierId: number, input: { documents: string }, actor: Actor): void {
    this.s.sql.tx(() => transition(this.s.sql, dossierId, 'receiveSupplement', this.now(), actor, {}, { payload: { documents: input.documents } }));
  }

  receiveResult(dossierId: number, input: { resultNumber: string; items: ResultItem[]; deliveredBy?: string | undefined }, actor: Actor): void {
    const at = this.now();
    this.s.sql.tx(() =>
      transition(
        this.s.sql,
        dossierId,
        'receiveResult',
        at,
        actor,
        { result_number: input.resultNumber, result_items: JSON.stringify(input.items), result_received_at: at },
        { payload: { resultNumber: input.resultNumber, items: input.items, ...(input.deliveredBy ? { deliveredBy: input.deliveredBy } : {}) } },
      ),
    );
  }

  returnResult(dossierId: number, input: ReturnInput, actor: Actor, applicantName: () => string): ReturnDetails {
    if (input.method === 'counter' && !input.signatureNoted) throw new DomainError('INVALID_INPUT', m.signatureRequired, 'delivery.signatureNoted');
    const at = this.now();
    return this.s.sql.tx(() => {
      const details: ReturnDetails =
        input.method === 'post'
          ? input
          : { ...input, collector: input.collector.kind === 'applicant' ? { kind: 'applicant', fullName: applicantName() } : input.collector };
      transition(
        this.s.sql,
        dossierId,
        'returnResult',
        at,
        actor,
        { returned_at: at, result_delivery: input.method, return_details: JSON.stringify(details), ...(input.method === 'post' ? { delivery_address: input.address } : {}) },
        { payload: details },
      );
      return details;
    });
  }

  stop(dossierId: number, input: { kind: StopKind; reason: string }, actor: Actor): void {
    this.s.sql.tx(() => transition(this.s.sql, dossierId, 'stop', this.now(), actor, {}, { reason: input.reason, payload: { kind: input.kind } }));
  }

  /**
   * A late result: the new date must be a working day after the date now owed.
   * The original due date stays in its column; the extension sits beside it.
   */
  apologise(dossierId: number, input: { reason: string; newDueDate: string }, actor: Actor): { originalDueAt: string; previousDueAt: string; newDueAt: string; extension: number } {
    const at = this.now();
    return this.s.sql.tx(() => {
      const row = dossierRow(this.s.sql, dossierId);
      if (!row.due_date || !row.due_at) throw new DomainError('CONFLICT', m.noDueDate);
      const currentDate = row.extended_due_date ?? row.due_date;
      const previousDueAt = row.extended_due_at ?? row.due_at;
      if (input.newDueDate <= currentDate) throw new DomainError('INVALID_INPUT', m.newDateNotLater(formatVnDate(currentDate)), 'newDueDate');
      if (!this.s.calendar.isWorkingDay(input.newDueDate)) throw new DomainError('INVALID_INPUT', m.newDateNotWorking, 'newDueDate');
      // The same time of day as the original appointment.
      const newDueAt = `${input.newDueDate}${row.due_at.slice(10)}`;
      const extension = row.extension_count + 1;
      transition(
        this.s.sql,
        dossierId,
        'apologise',
        at,
        actor,
        { extended_due_date: input.newDueDate, extended_due_at: newDueAt, extension_count: extension },
        { reason: input.reason, payload: { originalDueAt: row.due_at, previousDueAt, newDueAt, reason: input.reason, extension } },
      );
      return { originalDueAt: row.due_at, previousDueAt, newDueAt, extension };
    });
  }
}
