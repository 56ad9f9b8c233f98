// @runs: test
// Property test of the one door: for every method of the contract, fast-check
// builds malformed inputs from the method's valid sample (wrong types, missing
// and extra fields, prototype keys, control/invisible/unprintable characters,
// impossible dates, NaN/Infinity, huge strings, deep nesting, arrays for
// objects) and sends them through the dispatcher as a signed-in supervisor.
// Every answer must be a refusal in Vietnamese, nothing may throw, and the
// database and the data folder must be exactly as they were.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../src-main/api/contract';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';
import { validSamples } from '../support/samples/index';

/** Runs per method: 92 methods × 64 ≈ 5,900 inputs, well under a minute on two cores. */
const RUNS_PER_METHOD = 64;
const TEN_MEGABYTES = 'Ư'.repeat(10 * 1024 * 1024);
const BIG = 'x'.repeat(1_500_000);

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const LIBRARY_WORDING = /Invalid|Expected|Received|Required|Too (small|big)|Unrecognized|mong đợi|nhận được|Quá (nhỏ|lớn):|instanceof|\b(number|string|boolean|object|array|undefined|NaN)\b/;

/**
 * Strings the contract passes on untouched, so a control character in them is not malformed input:
 * passwords (checked against a hash, never printed or normalised), the draft blob (JSON the form writes)
 * and a catalogue file's text (its content is refused in the import report, an ok answer).
 */
const OPAQUE: Partial<Record<MethodName, string[]>> = {
  'session.signIn': ['username', 'password'],
  'session.unlock': ['password'],
  'backup.restore': ['password'],
  'clerks.add': ['password'],
  'setup.complete': ['clerk.password'],
  'intake.saveDraft': ['content'],
  'catalogue.import': ['text'],
  'calendar.previewImport': ['text'],
  'calendar.import': ['text'],
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];
interface Node {
  path: Path;
  value: Json;
}

/** Every node of a sample below the root, with its path. */
function nodesOf(value: Json, path: Path = []): Node[] {
  const children: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : value !== null && typeof value === 'object' ? Object.entries(value) : [];
  return children.flatMap(([key, child]) => [{ path: [...path, key], value: child }, ...nodesOf(child, [...path, key])]);
}

/** A fresh copy of the sample with the node at `path` set (an own property, even for "__proto__") or deleted. */
function withNode(sample: Json, path: Path, replacement: unknown, remove = false): unknown {
  const root = JSON.parse(JSON.stringify(sample)) as Record<string | number, unknown>;
  let target = root;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (remove) delete target[last];
  else Object.defineProperty(target, last, { value: replacement, enumerable: true, configurable: true, writable: true });
  return root;
}

function deeplyNested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'đáy';
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

const nonFinite = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
const outOfRange = fc.constantFrom(-1e300, 1e300, -(2 ** 53), 2 ** 60);
const deep = fc.tuple(fc.integer({ min: 50, max: 400 }), fc.boolean()).map(([depth, asArray]) => deeplyNested(depth, asArray));
const anObject = fc.dictionary(fc.string({ maxLength: 8 }).map((k) => `x${k}`), fc.jsonValue(), { minKeys: 0, maxKeys: 3 });
const prototypeKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__');
const extraKey = fc.oneof(prototypeKey, fc.string({ maxLength: 12 }).map((k) => `thuaRa${k}`));

/** Characters no clerk text may hold: C0/C1 controls, format characters, lone surrogates, what Tinos cannot draw. */
const badChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).filter((c) => c !== 0x0a && c !== 0x09),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.constantFrom(0x00ad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069, 0x2060, 0xfeff, 0x2028, 0x2029),
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.constantFrom(0x1f600, 0x1f4a9, 0x4e2d, 0x0e01, 0x0627, 0xe000, 0x10ffff),
).map((c) => (c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c)));
const impossibleDate = fc.oneof(
  fc.constantFrom('2026-13-01', '0000-00-00', '2026-02-30', '2026-02-29', '2100-02-29', '2026-04-31', '1899-12-31', '2200-01-01', '9999-99-99', '2026-3-2', '02/03/2026', ' 2026-03-02', '2026-03-02T00:00'),
  fc.tuple(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 99 }))
    .filter(([y, m, d]) => new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d)
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

/** A value of another JSON type than `value` (null aside: some fields are nullable). */
function wrongType(value: Json): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [deep, nonFinite];
  if (typeof value !== 'string') options.push(fc.string({ maxLength: 20 }));
  if (typeof value !== 'number') options.push(fc.integer(), fc.double());
  if (typeof value !== 'boolean') options.push(fc.boolean());
  if (!Array.isArray(value)) options.push(fc.array(fc.jsonValue(), { maxLength: 3 }));
  if (Array.isArray(value) || typeof value !== 'object' || value === null) options.push(anObject);
  return fc.oneof(...options);
}

function malformed(method: MethodName): fc.Arbitrary<unknown> {
  const sample = validSamples[method] as Json;
  const schema = contract[method].input;
  const nodes = nodesOf(sample);
  const opaque = new Set(OPAQUE[method] ?? []);
  const strings = nodes.filter((n) => typeof n.value === 'string' && !opaque.has(n.path.join('.')));
  const dates = nodes.filter((n) => typeof n.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(n.value));
  const numbers = nodes.filter((n) => typeof n.value === 'number');
  const containers = [{ path: [] as Path, value: sample }, ...nodes].filter((n) => n.value !== null && typeof n.value === 'object' && !Array.isArray(n.value));
  // Only required nodes: dropping an optional one leaves a valid input.
  const required = nodes.filter((n) => !schema.safeParse(withNode(sample, n.path, undefined, true)).success);

  const notAnObject = fc.oneof(fc.constant(null), fc.integer(), fc.double(), nonFinite, fc.string({ maxLength: 30 }), fc.boolean(), fc.array(fc.jsonValue(), { maxLength: 3 }), deep, fc.constant([sample]));
  const pick = <T,>(list: T[]) => fc.constantFrom(...list);
  const cases: fc.Arbitrary<unknown>[] = [
    notAnObject,
    fc.tuple(pick(containers), extraKey, fc.jsonValue()).map(([node, key, value]) => withNode(sample, [...node.path, key], value)),
  ];
  if (nodes.length > 0) cases.push(pick(nodes).chain((node) => wrongType(node.value).map((value) => withNode(sample, node.path, value))));
  if (required.length > 0) cases.push(pick(required).map((node) => withNode(sample, node.path, undefined, true)));
  if (strings.length > 0) {
    cases.push(
      fc.tuple(pick(strings), badChar, fc.nat()).map(([node, char, at]) => {
        const text = node.value as string;
        const cut = at % (text.length + 1);
        return withNode(sample, node.path, `${text.slice(0, cut)}${char}${text.slice(cut)}`);
      }),
      fc.tuple(pick(strings), fc.constantFrom(BIG, `${BIG}\u0000`)).map(([node, big]) => withNode(sample, node.path, big)),
    );
  }
  if (dates.length > 0) cases.push(fc.tuple(pick(dates), impossibleDate).map(([node, date]) => withNode(sample, node.path, date)));
  if (numbers.length > 0) cases.push(fc.tuple(pick(numbers), fc.oneof(outOfRange, nonFinite)).map(([node, n]) => withNode(sample, node.path, n)));
  return fc.oneof(...cases);
}

function databaseDigest(app: TestApp): string {
  const sqlite = app.services.sqlite;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  const hash = createHash('sha256');
  for (const { name } of tables) hash.update(JSON.stringify([name, sqlite.prepare(`SELECT * FROM "${name}"`).raw().all()]));
  return hash.digest('hex');
}

/** Every file of the data folder but the database's own (its content is the dump above; its bytes move with WAL checkpoints). */
function folderDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || /\.(db|sqlite)(-wal|-shm|-journal)?$/.test(entry.name)) continue;
    hash.update(relative(dir, file)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

describe('fuzzing every method of the contract with malformed input', () => {
  let app: TestApp;
  let sent = 0;
  const started = performance.now();
  beforeAll(async () => {
    app = makeTestApp();
    await setUpOffice(app);
  });
  afterAll(() => {
    console.info(`[api-fuzz] ${Object.keys(contract).length} methods, ${sent} malformed inputs, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    app.close();
  });

  async function refused(method: MethodName, input: unknown): Promise<void> {
    sent++;
    const result = await app.dispatch(method, input);
    const shown = JSON.stringify(input)?.slice(0, 200);
    if (result.ok) throw new Error(`${method} accepted ${shown}`);
    const { code, message, issues = [] } = result.error;
    expect(code, `${method} ${shown}`).not.toBe('INTERNAL');
    for (const text of [message, ...issues.map((issue) => issue.message)]) {
      expect(text, `${method} ${shown}`).toMatch(VIETNAMESE);
      expect(text, `${method} ${shown}`).not.toMatch(LIBRARY_WORDING);
    }
  }

  for (const method of Object.keys(contract) as MethodName[]) {
    it(method, async () => {
      const before = [databaseDigest(app), folderDigest(app.dataDir)];
      await fc.assert(
        fc.asyncProperty(malformed(method), (input) => refused(method, input)),
        { numRuns: RUNS_PER_METHOD },
      );
      expect([databaseDigest(app), folderDigest(app.dataDir)]).toEqual(before);
      expect(app.services.session.state()).toMatchObject({ clerk: { username: 'huongntt', role: 'supervisor' }, locked: false });
    });
  }

  it('refuses 10 MB inputs whole, before any schema runs', async () => {
    for (const method of ['intake.accept', 'catalogue.import', 'attachments.uploadChunk', 'search.dossiers', 'app.status'] as MethodName[]) {
      await refused(method, { ...(validSamples[method] as object), padding: TEN_MEGABYTES });
      await refused(method, TEN_MEGABYTES);
    }
  });
});
