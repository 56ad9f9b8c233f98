// @runs: main
// Corrections of what a dossier recorded at intake: one field at a time, with
// a reason, as an event in the dossier's "4 Rõ" history. The dossier's own
// snapshot changes; the applicant directory and the issued papers do not. A
// closed day's dossier is refused by the database (migrations 0010, 0014) unless
// the supervisor's closed-day correction (end-of-day/closure.ts) unlocks it.
import { z } from 'zod';
import { DomainError } from '../api/kit';
import { qb, type Sql } from '../db/sql';
import { foldVietnamese } from '../shared/fold';
import { endOfDayMessages as m } from '../shared/vi/end-of-day';
import { optionalText } from '../shared/schemas';
import { organisationApplicant, personApplicant, setCount } from './intake-form';
import { dossierRow, recordEvent, type Actor } from './store';

const COMPONENT_FIELD = /^component\.([\w-]{1,80})\.(count|note|status)$/;
const COMPONENT_STATUSES = ['received', 'missing', 'faulty', 'not_needed'];
const APPLICANT_COLUMNS = { 'applicant.fullName': 'full_name', 'applicant.address': 'address', 'applicant.phone': 'phone', 'applicant.email': 'email' } as const;

export interface CorrectionInput {
  dossierId: number;
  /** `setCount`, `channelReference`, `deliveryAddress`, `applicant.fullName|address|phone|email`, or `component.<key>.count|note|status`. */
  field: string;
  /** The new value as text; empty clears an optional field. */
  value: string;
  reason: string;
}

export interface Changed {
  oldValue: string | null;
  newValue: string | null;
}

type DossierFields = { id: number; set_count: number; channel_reference: string | null; delivery_address: string | null };

function changed(oldValue: string | null, newValue: string | null): Changed {
  if (oldValue === newValue) throw new DomainError('CONFLICT', m.valueUnchanged, 'value');
  return { oldValue, newValue };
}

// A corrected value obeys the rule the intake form applies to the same field (dossiers/intake-form.ts).
const FIELD_RULES: Record<string, z.ZodType> = {
  setCount: z.string().transform((v) => (/^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN)).pipe(setCount),
  channelReference: optionalText(60),
  deliveryAddress: optionalText(300),
  'applicant.phone': personApplicant.shape.phone,
  'applicant.email': personApplicant.shape.email,
  'applicant.address': personApplicant.shape.address,
};

// A name obeys the rule of the applicant's own kind: an organisation's may be longer than a person's.
const NAME_RULES = { person: personApplicant.shape.fullName, organisation: organisationApplicant.shape.fullName };

/** The value as the intake form would store it ('' for a cleared optional field); INVALID_INPUT with the form's own message. */
function checked(field: string, value: string, rule: z.ZodType | undefined = FIELD_RULES[field]): string {
  if (!rule) return value;
  const parsed = rule.safeParse(value);
  if (!parsed.success) throw new DomainError('INVALID_INPUT', parsed.error.issues[0]?.message ?? m.valueInvalid, 'value');
  return parsed.data === undefined ? '' : String(parsed.data);
}

/**
 * Changes one field of a dossier in the caller's transaction and says what it was and became.
 * Refuses an unknown field, a value the intake form would refuse for that field (with its
 * message), or a value equal to the current one. Logs nothing: the callers record the event
 * (an open day's correction, or a closed day's new revision).
 */
export function applyCorrection(sql: Sql, dossier: DossierFields, field: string, raw: string): Changed {
  const value = checked(field, raw);
  switch (field) {
    case 'setCount': {
      const n = Number(value);
      const result = changed(String(dossier.set_count), String(n));
      sql.run(qb.updateTable('dossiers').set({ set_count: n }).where('id', '=', dossier.id));
      return result;
    }
    case 'channelReference':
    case 'deliveryAddress': {
      const column = field === 'channelReference' ? 'channel_reference' : 'delivery_address';
      const result = changed(dossier[column], value || null);
      sql.run(qb.updateTable('dossiers').set({ [column]: value || null }).where('id', '=', dossier.id));
      return result;
    }
    case 'applicant.fullName':
    case 'applicant.address':
    case 'applicant.phone':
    case 'applicant.email':
      return correctApplicant(sql, dossier.id, APPLICANT_COLUMNS[field], value);
    default:
      return correctComponent(sql, dossier.id, field, value);
  }
}

function correctApplicant(sql: Sql, dossierId: number, column: 'full_name' | 'address' | 'phone' | 'email', value: string): Changed {
  const row = sql.one(qb.selectFrom('dossier_applicants').select(['kind', 'full_name', 'address', 'phone', 'email']).where('dossier_id', '=', dossierId));
  if (!row) throw new DomainError('NOT_FOUND');
  if (column === 'full_name') value = checked('applicant.fullName', value, NAME_RULES[row.kind]);
  const result = changed(row[column], value || null);
  const set = column === 'full_name' ? { full_name: value, folded_name: foldVietnamese(value) } : { [column]: value || null };
  sql.run(qb.updateTable('dossier_applicants').set(set).where('dossier_id', '=', dossierId));
  return result;
}

function correctComponent(sql: Sql, dossierId: number, field: string, value: string): Changed {
  const match = COMPONENT_FIELD.exec(field);
  if (!match) throw new DomainError('INVALID_INPUT', m.fieldUnknown, 'field');
  const [, key, part] = match as unknown as [string, string, 'count' | 'note' | 'status'];
  const row = sql.one(qb.selectFrom('dossier_components').selectAll().where('dossier_id', '=', dossierId).where('component_key', '=', key));
  if (!row) throw new DomainError('INVALID_INPUT', m.componentUnknown, 'field');
  const where = qb.updateTable('dossier_components').where('id', '=', row.id);
  if (part === 'count') {
    const n = Number(value);
    if (!/^\d{1,2}$/.test(value)) throw new DomainError('INVALID_INPUT', m.valueInvalid, 'value');
    const result = changed(String(row.count), String(n));
    sql.run(where.set({ count: n }));
    return result;
  }
  if (part === 'status') {
    if (!COMPONENT_STATUSES.includes(value)) throw new DomainError('INVALID_INPUT', m.valueInvalid, 'value');
    const result = changed(row.status, value);
    sql.run(where.set({ status: value as (typeof row)['status'] }));
    return result;
  }
  const result = changed(row.note, value || null);
  sql.run(where.set({ note: value || null }));
  return result;
}

/**
 * A clerk's correction of a dossier whose day is still open: one transaction that changes the
 * field and appends a `correct` event (who, when, counter, reason, old and new value).
 * A closed day's dossier is refused with DAY_CLOSED: that is the supervisor's correction.
 */
export function correctDossier(sql: Sql, actor: Actor, input: CorrectionInput, at: string): Changed {
  return sql.tx(() => {
    const dossier = dossierRow(sql, input.dossierId);
    const result = applyCorrection(sql, dossier, input.field, input.value);
    sql.run(qb.updateTable('dossiers').set({ updated_at: at }).where('id', '=', dossier.id));
    recordEvent(sql, {
      dossierId: dossier.id,
      at,
      actor,
      action: 'correct',
      from: dossier.state,
      to: dossier.state,
      reason: input.reason,
      payload: { field: input.field, ...result },
    });
    return result;
  });
}
