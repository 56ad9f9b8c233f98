// Every contract method, fed garbage: each call is refused with a Vietnamese
// message and the database is exactly as it was.
import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, type MethodName } from '../../src-main/api/contract';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';
import { validSamples } from '../support/samples/index';

const MEGABYTE_STRING = 'Ư'.repeat(1024 * 1024);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function databaseDump(sqlite: BetterSqlite3.Database): string {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}"`).all()]));
}

type Shaped = { shape?: Record<string, z.ZodType>; options?: z.ZodType[]; element?: z.ZodType; def?: { innerType?: z.ZodType } };

/** The object schema that governs a value: unions (applicant kinds) pick the option the sample is. */
function shapeFor(schema: z.ZodType, value: Record<string, Json>): Record<string, z.ZodType> {
  const s = schema as unknown as Shaped;
  if (s.shape) return s.shape;
  const option = s.options?.find((o) => o.safeParse(value).success) as Shaped | undefined;
  if (!option?.shape) throw new Error(`no object schema for ${JSON.stringify(value).slice(0, 80)}`);
  return option.shape;
}

/** Paths to every leaf of a sample, with the schema that governs it. */
function leaves(value: Json, schema: z.ZodType, path: string[] = []): { path: string[]; value: Json; optional: boolean }[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const shape = shapeFor(schema, value);
    return Object.entries(value).flatMap(([key, child]) => {
      const childSchema = shape[key] as z.ZodType;
      const optional = childSchema.safeParse(undefined).success;
      return [{ path: [...path, key], value: child, optional }, ...leaves(child, childSchema, [...path, key])];
    });
  }
  if (Array.isArray(value) && value.length > 0) {
    const element = elementSchema(schema);
    return value.flatMap((item, index) => [{ path: [...path, String(index)], value: item, optional: false }, ...leaves(item, element, [...path, String(index)])]);
  }
  return [];
}

/** The item schema of an array schema, through optional/default wrappers. */
function elementSchema(schema: z.ZodType): z.ZodType {
  let s = schema as unknown as Shaped;
  while (!s.element && s.def?.innerType) s = s.def.innerType as unknown as Shaped;
  if (!s.element) throw new Error('not an array schema');
  return s.element;
}

function withLeaf(sample: Json, path: string[], replacement: Json | undefined): Json {
  const copy = structuredClone(sample) as Record<string, Json>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, Json>;
  const last = path.at(-1) as string;
  if (replacement === undefined) delete target[last];
  else target[last] = replacement;
  return copy;
}

function wrongTypeFor(value: Json): Json {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'mười hai';
  if (typeof value === 'boolean') return 'có';
  if (Array.isArray(value)) return { not: 'an array' };
  return 'không phải đối tượng';
}

function malformedInputs(methodName: MethodName): { label: string; input: unknown }[] {
  const sample = validSamples[methodName] as Json;
  const schema = contract[methodName].input;
  const cases: { label: string; input: unknown }[] = [
    { label: 'a number instead of an object', input: 42 },
    { label: 'a string instead of an object', input: 'xin chào' },
    { label: 'an array instead of an object', input: [sample] },
    { label: 'null', input: null },
    { label: 'an extra field', input: { ...(sample as object), __proto_pollution: true, thuaRa: 'x' } },
    { label: 'a 3 MB payload', input: { ...(sample as object), padding: 'x'.repeat(3 * 1024 * 1024) } },
  ];
  for (const leaf of leaves(sample, schema)) {
    const at = leaf.path.join('.');
    if (!leaf.optional) cases.push({ label: `missing ${at}`, input: withLeaf(sample, leaf.path, undefined) });
    cases.push({ label: `wrong type at ${at}`, input: withLeaf(sample, leaf.path, wrongTypeFor(leaf.value)) });
    if (typeof leaf.value === 'string') cases.push({ label: `1 MB string at ${at}`, input: withLeaf(sample, leaf.path, MEGABYTE_STRING) });
  }
  return cases;
}

describe('the API boundary refuses malformed input for every method', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await setUpOffice(app);
  });
  afterAll(() => app.close());

  for (const methodName of Object.keys(contract) as MethodName[]) {
    it(methodName, async () => {
      const before = databaseDump(app.services.sqlite);
      for (const { label, input } of malformedInputs(methodName)) {
        const result = await app.dispatch(methodName, input);
        expect(result.ok, `${methodName}: ${label} was accepted`).toBe(false);
        if (!result.ok) expect(result.error.message, label).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
      }
      expect(databaseDump(app.services.sqlite)).toBe(before);
      expect(app.services.session.state().clerk?.username).toBe('huongntt');
    });
  }

  it('refuses a method that is not in the contract', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'db.exec', 42, null]) {
      const result = await app.dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });
});

describe('the API boundary names each wrong field on its own', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = makeTestApp();
    await setUpOffice(app);
  });
  afterAll(() => app.close());

  it('three unknown keys are three issues, each with its own field (not one dotted path)', async () => {
    const result = await app.dispatch('clerks.list', { address: 'x', user: 'y', choice: 'z' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = (result.error.issues ?? []).map((issue) => issue.field);
    expect(fields).toEqual(['address', 'user', 'choice']);
  });

  it('two unknown keys beside valid ones are two issues', async () => {
    const sample = validSamples['hub.join'] as Record<string, Json>;
    const result = await app.dispatch('hub.join', { ...sample, extra: 1, other: 2 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.map((issue) => issue.field).sort()).toEqual(['extra', 'other']);
  });

  it('a control character in the hub join password is refused on the password field, like clerk text', async () => {
    const sample = validSamples['hub.join'] as Record<string, Json>;
    const result = await app.dispatch('hub.join', { ...sample, password: 'x\u0001' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'password', message: expect.stringContaining('Ký tự điều khiển U+0001') } });
  });

  it('a clerk password may hold any printable character, but not a control character', async () => {
    const add = (password: string) => app.dispatch('clerks.add', { fullName: 'Lê Văn Tám', username: `tam${password.length}`, password, role: 'clerk' });
    expect(await add('mật-khẩu ✓ 𝔸 dài')).toMatchObject({ ok: true });
    expect(await add('matkhau\u0007dai')).toMatchObject({ ok: false, error: { field: 'password', message: expect.stringContaining('Ký tự điều khiển') } });
  });
});
