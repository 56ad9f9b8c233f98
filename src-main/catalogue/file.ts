// @runs: shared
// Reading and writing the catalogue file (format "mot-cua-desk/catalogue",
// version 1; see docs/catalogue-notes.md). A file is checked as a whole and
// every problem is reported with its line, procedure and field, in Vietnamese.
import type { z } from 'zod';
import { catalogueText } from '../shared/vi/catalogue';
import { JsonSyntaxError, parseJsonWithLines, type LocatedJson } from './json-lines';
import { CATALOGUE_FORMAT, CATALOGUE_FORMAT_VERSION, catalogueFileSchema, type CatalogueEntry, type CatalogueFile, type ImportIssue } from './model';

const MAX_ISSUES = 200;

export type ParsedCatalogue = { ok: true; file: CatalogueFile } | { ok: false; issues: ImportIssue[] };

export function parseCatalogueFile(text: string): ParsedCatalogue {
  let located: LocatedJson;
  try {
    located = parseJsonWithLines(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const message = catalogueText.syntax(error.line, error.column);
    return { ok: false, issues: [{ line: error.line, procedureId: null, field: '', message, text: message }] };
  }
  const parsed = catalogueFileSchema.safeParse(located.value);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issues = parsed.error.issues.flatMap((issue) => describe(issue, located));
  const unique = [...new Map(issues.map((i) => [i.text, i])).values()];
  unique.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ok: false, issues: unique.slice(0, MAX_ISSUES) };
}

export function serialiseCatalogue(entries: CatalogueEntry[], exportedAt: string, description: string): string {
  const file = {
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_FORMAT_VERSION,
    description,
    exportedAt,
    procedures: entries.map((e) => ({
      id: e.id,
      code: e.code ?? '',
      name: e.name,
      field: e.field,
      timeLimitDays: e.timeLimitDays,
      timeLimitUnit: e.timeLimitUnit,
      onTheSpot: e.onTheSpot,
      legalBasis: e.legalBasis,
      legalBasisDate: e.legalBasisDate,
      result: e.result,
      fee: e.fee,
      components: e.components.map((c) => ({
        key: c.key,
        name: c.name,
        formCode: c.formCode,
        copyType: c.copyType,
        count: c.count,
        required: c.required,
        ...(c.group ? { group: c.group } : {}),
      })),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function describe(issue: z.core.$ZodIssue, located: LocatedJson): ImportIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => toIssue([...issue.path, key], catalogueText.issues.unexpected, located));
  }
  const missing = isMissing(located.value, issue.path);
  return [toIssue(issue.path, missing ? catalogueText.issues.missing : issue.message, located)];
}

function toIssue(path: PropertyKey[], message: string, located: LocatedJson): ImportIssue {
  const line = located.lineOf(path);
  const [head, index, ...rest] = path;
  if (head !== 'procedures' || typeof index !== 'number') {
    const field = path.map(String).join('.');
    return { line, procedureId: null, field, message, text: catalogueText.importLine(line, '', field, message) };
  }
  const procedure = at(located.value, ['procedures', index]);
  const id = typeof at(procedure, ['id']) === 'string' ? (at(procedure, ['id']) as string) : null;
  const where = id ? catalogueText.procedureRef(id) : catalogueText.procedureAt(index);
  const field = fieldName(procedure, rest);
  return { line, procedureId: id, field, message, text: catalogueText.importLine(line, where, field, message) };
}

function fieldName(procedure: unknown, rest: PropertyKey[]): string {
  const [head, index, ...inner] = rest;
  if (head === 'components' && typeof index === 'number') {
    const key = at(procedure, ['components', index, 'key']);
    return catalogueText.componentField(index, typeof key === 'string' ? key : '', inner.map(String).join('.'));
  }
  return rest.map(String).join('.');
}

function at(value: unknown, path: PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function isMissing(value: unknown, path: PropertyKey[]): boolean {
  const parent = at(value, path.slice(0, -1));
  const key = path.at(-1);
  return key !== undefined && parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !Object.hasOwn(parent, key);
}
