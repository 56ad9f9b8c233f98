// @runs: main
// The procedure catalogue (Danh mục thủ tục hành chính): which procedures the
// counter receives, each with its time limit, "4 tại chỗ" flag, legal basis and
// dossier components. Content is versioned and versions are append-only, so a
// dossier always shows the rules it was received under.
import { DomainError } from '../api/kit';
import { qb } from '../db/sql';
import type { FeatureDeps } from '../services/deps';
import { catalogueText } from '../shared/vi/catalogue';
import { toVnIso, vnDate } from '../shared/time';
import { parseCatalogueFile, serialiseCatalogue } from './file';
import {
  type CatalogueEntry,
  type ImportReport,
  type ProcedureComponent,
  type ProcedureContent,
  type ProcedureDetail,
  type ProcedureHead,
  type ProcedureSummary,
  type ProcedureVersion,
} from './model';
import { everydayWords } from './everyday-words';
import { SearchIndex } from './search';
import { shippedCatalogueText, shippedEditionSetting } from './seed';
import type { ProcedureVersionsTable } from './tables';

type VersionRow = Omit<ProcedureVersionsTable, 'id'> & { id: number };

export type ProcedureChanges = Partial<ProcedureContent> & { active?: boolean };

const MAX_SEARCH_RESULTS = 100;

export class Catalogue {
  private index: SearchIndex | null = null;
  private usageStale = false;

  constructor(private readonly deps: FeatureDeps) {
    this.loadShippedCatalogue();
  }

  search(query: string, limit = 20): ProcedureSummary[] {
    const index = this.searchIndex();
    if (this.usageStale) {
      index.setUsage(new Map(this.deps.sql.all(qb.selectFrom('procedures').select(['id', 'usage_count'])).map((r) => [r.id, r.usage_count])));
      this.usageStale = false;
    }
    return index.search(query, Math.min(Math.max(1, limit), MAX_SEARCH_RESULTS));
  }

  /** Every procedure in catalogue order, inactive ones included (marked). */
  list(): ProcedureSummary[] {
    return this.currentRows().map(({ row, active, usageCount }) => toSummary(row, active, usageCount));
  }

  /** The version a new dossier is received under; undefined when unknown or no longer offered. */
  currentVersion(procedureId: string): ProcedureVersion | undefined {
    const row = this.currentRows(procedureId)[0];
    return row?.active ? toVersion(row.row) : undefined;
  }

  version(versionId: number): ProcedureVersion {
    const row = this.deps.sql.one(qb.selectFrom('procedure_versions').selectAll().where('id', '=', versionId));
    if (!row) throw new DomainError('NOT_FOUND');
    return toVersion(row);
  }

  /** Called by intake inside the transaction that receives a dossier; ranks search results. */
  recordUse(procedureId: string): void {
    const { changes } = this.deps.sql.run(
      qb
        .updateTable('procedures')
        .set((eb) => ({ usage_count: eb('usage_count', '+', 1) }))
        .where('id', '=', procedureId),
    );
    if (changes === 0) throw new DomainError('NOT_FOUND');
    this.usageStale = true;
  }

  detail(procedureId: string): ProcedureDetail {
    const current = this.currentRows(procedureId)[0];
    if (!current) throw new DomainError('NOT_FOUND');
    const versions = this.deps.sql.all(
      qb
        .selectFrom('procedure_versions as v')
        .leftJoin('clerks as c', 'c.id', 'v.created_by')
        .select(['v.id', 'v.version', 'v.valid_from', 'v.created_at', 'v.change_note', 'c.full_name'])
        .where('v.procedure_id', '=', procedureId)
        .orderBy('v.version', 'desc'),
    );
    return {
      current: toVersion(current.row),
      active: current.active,
      usageCount: current.usageCount,
      versions: versions.map((v) => ({
        versionId: v.id,
        version: v.version,
        validFrom: v.valid_from,
        createdAt: v.created_at,
        createdBy: v.full_name,
        changeNote: v.change_note,
      })),
    };
  }

  /** All or nothing: a file with any error changes nothing and lists every error with its line. */
  importCatalogue(text: string, by: number | null): ImportReport {
    const parsed = parseCatalogueFile(text);
    if (!parsed.ok) return { imported: false, issues: parsed.issues };
    const counts = this.deps.sql.tx(() => this.apply(parsed.file.procedures, by, catalogueText.importNote, { validFrom: parsed.file.effectiveFrom }));
    this.index = null;
    return { imported: true, ...counts };
  }

  exportCatalogue(): string {
    const entries = this.currentRows().map(({ row }) => ({ id: row.procedure_id, ...content(toVersion(row)) }));
    return serialiseCatalogue(entries, toVnIso(this.deps.clock.now()), catalogueText.exportDescription);
  }

  /** A supervisor's edit: a new version when the content changed (the old one stays as it was). */
  update(procedureId: string, changes: ProcedureChanges, by: number, changeNote: string): ProcedureVersion {
    const result = this.deps.sql.tx(() => {
      const current = this.currentRows(procedureId)[0];
      if (!current) throw new DomainError('NOT_FOUND');
      const { active, ...contentChanges } = changes;
      const before = content(toVersion(current.row));
      const after: ProcedureContent = { ...before, ...contentChanges };
      if (after.timeLimitUnit === 'same_day' && after.timeLimitDays !== 0) throw new DomainError('INVALID_INPUT', catalogueText.issues.sameDayDays, 'changes.timeLimitDays');
      const contentChanged = canonical(after) !== canonical(before);
      const activeChanged = active !== undefined && active !== current.active;
      if (!contentChanged && !activeChanged) throw new DomainError('CATALOGUE_UNCHANGED');
      if (activeChanged) this.deps.sql.run(qb.updateTable('procedures').set({ active: active ? 1 : 0 }).where('id', '=', procedureId));
      if (contentChanged) this.insertVersion(procedureId, current.row.version + 1, after, by, changeNote);
      return this.currentRows(procedureId)[0]?.row as VersionRow;
    });
    this.index = null;
    return toVersion(result);
  }

  /**
   * Adds unknown procedures and a new version of each one whose content differs. validFrom: the file's
   * effectiveFrom, else today. keepCodes: a shipped file without a national code keeps the one the office entered.
   */
  private apply(entries: CatalogueEntry[], by: number | null, note: string, options: { validFrom?: string | undefined; keepCodes?: boolean } = {}) {
    const existing = new Map(this.currentRows().map((r) => [r.row.procedure_id, r.row]));
    let position = this.deps.sql.one(qb.selectFrom('procedures').select((eb) => eb.fn.max('position').as('p')))?.p ?? 0;
    const counts = { added: 0, changed: 0, unchanged: 0 };
    for (const { id, ...entry } of entries) {
      const row = existing.get(id);
      const next = options.keepCodes && row && !entry.code ? { ...entry, code: row.code } : entry;
      if (!row) {
        this.deps.sql.run(qb.insertInto('procedures').values({ id, current_version: 1, position: ++position, created_at: toVnIso(this.deps.clock.now()) }));
        this.insertVersion(id, 1, next, by, note, options.validFrom);
        counts.added++;
      } else if (canonical(content(toVersion(row))) !== canonical(next)) {
        this.insertVersion(id, row.version + 1, next, by, note, options.validFrom);
        counts.changed++;
      } else counts.unchanged++;
    }
    return counts;
  }

  private insertVersion(procedureId: string, version: number, c: ProcedureContent, by: number | null, note: string | null, validFrom?: string): void {
    const now = this.deps.clock.now();
    this.deps.sql.run(
      qb.insertInto('procedure_versions').values({
        procedure_id: procedureId,
        version,
        code: c.code,
        name: c.name,
        field: c.field,
        time_limit_days: c.timeLimitDays,
        time_limit_unit: c.timeLimitUnit,
        on_the_spot: c.onTheSpot ? 1 : 0,
        legal_basis: c.legalBasis,
        legal_basis_date: c.legalBasisDate,
        result: c.result,
        fee: c.fee,
        components: JSON.stringify(c.components),
        valid_from: validFrom ?? vnDate(now),
        created_at: toVnIso(now),
        created_by: by,
        change_note: note,
      }),
    );
    this.deps.sql.run(qb.updateTable('procedures').set({ current_version: version }).where('id', '=', procedureId));
  }

  private currentRows(procedureId?: string): { row: VersionRow; active: boolean; usageCount: number }[] {
    let query = qb
      .selectFrom('procedures as p')
      .innerJoin('procedure_versions as v', (join) => join.onRef('v.procedure_id', '=', 'p.id').onRef('v.version', '=', 'p.current_version'))
      .selectAll('v')
      .select(['p.active', 'p.usage_count'])
      .orderBy('p.position');
    if (procedureId !== undefined) query = query.where('p.id', '=', procedureId);
    return this.deps.sql.all(query).map(({ active, usage_count, ...row }) => ({ row, active: active === 1, usageCount: usage_count }));
  }

  private searchIndex(): SearchIndex {
    if (!this.index) {
      const everyday = everydayWords(this.deps.dataDir);
      this.index = new SearchIndex(
        this.currentRows()
          .filter((r) => r.active)
          .map(({ row, usageCount }) => ({
            summary: toSummary(row, true, usageCount),
            formCodes: toVersion(row).components.flatMap((c) => (c.formCode ? [c.formCode] : [])),
            everydayNames: everyday.get(row.procedure_id) ?? [],
          })),
      );
      this.usageStale = false;
    }
    return this.index;
  }

  /**
   * The catalogue shipped with the app goes into an empty database at first start; a newer shipped
   * edition (its effectiveFrom later than the one applied) goes into an existing one once, as new versions.
   */
  private loadShippedCatalogue(): void {
    const empty = !this.deps.sql.one(qb.selectFrom('procedures').select('id').limit(1));
    const text = shippedCatalogueText();
    if (text === null) {
      if (empty) console.warn('[catalogue] resources/catalogue/procedures.json not found; starting with an empty catalogue');
      return;
    }
    const { settings, sql } = this.deps;
    // Every start-up passes here: a glance at the edition spares parsing the file when it is already applied.
    const glance = /"effectiveFrom"\s*:\s*"([^"]*)"/.exec(text)?.[1] ?? '';
    if (!empty && settings.get(shippedEditionSetting) >= glance) return;
    const parsed = parseCatalogueFile(text);
    if (!parsed.ok) throw new Error(`Shipped catalogue is invalid: ${parsed.issues.map((i) => i.text).join('; ')}`);
    const edition = parsed.file.effectiveFrom ?? '';
    sql.tx(() => {
      const note = empty ? catalogueText.seedNote : catalogueText.editionNote(edition);
      this.apply(parsed.file.procedures, null, note, { validFrom: parsed.file.effectiveFrom, keepCodes: !empty });
      settings.set(shippedEditionSetting, edition);
    });
  }
}

function toHead(row: VersionRow): ProcedureHead {
  return {
    procedureId: row.procedure_id,
    versionId: row.id,
    version: row.version,
    code: row.code,
    name: row.name,
    field: row.field,
    timeLimitDays: row.time_limit_days,
    timeLimitUnit: row.time_limit_unit,
    onTheSpot: row.on_the_spot === 1,
  };
}

function toVersion(row: VersionRow): ProcedureVersion {
  return {
    ...toHead(row),
    legalBasis: row.legal_basis,
    legalBasisDate: row.legal_basis_date,
    result: row.result,
    fee: row.fee,
    // Written only after validation against componentSchema, so read back as is.
    components: JSON.parse(row.components) as ProcedureComponent[],
  };
}

function toSummary(row: VersionRow, active: boolean, usageCount: number): ProcedureSummary {
  return { ...toHead(row), usageCount, active };
}

function content(v: ProcedureVersion): ProcedureContent {
  const { versionId: _versionId, procedureId: _procedureId, version: _version, ...rest } = v;
  return rest;
}

/** Key order fixed, so two contents compare equal exactly when a clerk would see no difference. */
function canonical(c: ProcedureContent): string {
  return JSON.stringify([
    c.code,
    c.name,
    c.field,
    c.timeLimitDays,
    c.timeLimitUnit,
    c.onTheSpot,
    c.legalBasis,
    c.legalBasisDate,
    c.result,
    c.fee,
    c.components.map((k) => [k.key, k.name, k.formCode, k.copyType, k.count, k.required, k.group ?? null]),
  ]);
}
