// @runs: main
// One package per counter, day and revision: day.json (the frozen record), the
// register as PDF and spreadsheet, and manifest.json listing every file's size
// and SHA-256, signed with the office's Ed25519 key (manifest.sig). Every byte
// comes from the stored revision, so exporting it again gives the same files.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Documents } from '../documents/documents';
import type { RegisterModel } from '../documents/view-models';
import { canonicalJson } from './canonical';
import { fingerprint, signBytes, type SigningKey } from './signing';
import { EXPORT_FORMAT, EXPORT_VERSION, type DayRecord } from './snapshot';
import { registerWorkbook } from './xlsx';

export const FILES = { record: 'day.json', pdf: 'register-mau06.pdf', xlsx: 'register-mau06.xlsx', manifest: 'manifest.json', signature: 'manifest.sig' } as const;

export interface PackageFile {
  name: string;
  bytes: Buffer;
}

export interface BuiltPackage {
  name: string;
  idempotencyKey: string;
  files: PackageFile[];
  manifest: Manifest;
}

export interface Manifest {
  format: string;
  version: number;
  package: string;
  idempotencyKey: string;
  office: { code: string; name: string };
  counter: number;
  day: string;
  revision: number;
  madeAt: string;
  closedAt: string;
  counts: DayRecord['counts'];
  files: { name: string; bytes: number; sha256: string }[];
  signature: { algorithm: 'Ed25519'; file: string; publicKeyFingerprint: string };
}

export function packageName(officeCode: string, counter: number, day: string, revision: number): string {
  return `${officeCode}_quay${String(counter).padStart(2, '0')}_${day}_r${revision}`;
}

export function idempotencyKey(officeCode: string, counter: number, day: string, revision: number): string {
  return `${officeCode}/${counter}/${day}/r${revision}`;
}

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Lets the event loop run between the heavy steps, so each step's progress reaches the screen. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function buildPackage(content: string, documents: Documents, key: SigningKey, step: (label: 'pdf' | 'xlsx' | 'sign') => void): Promise<BuiltPackage> {
  const record = JSON.parse(content) as DayRecord;
  const { office, counter, day, revision } = record;
  step('pdf');
  await yieldToEventLoop();
  const model: RegisterModel = {
    office: { parentAgency: office.parentAgency, officeName: office.officeName, place: office.place },
    number: '',
    issuedAt: record.madeAt,
    from: day,
    to: day,
    rows: record.register.rows,
  };
  const pdf = documents.render('register', model);
  step('xlsx');
  await yieldToEventLoop();
  const xlsx = registerWorkbook({ officeName: office.officeName, counter, day, madeAt: record.madeAt, rows: record.register.rows });
  step('sign');
  await yieldToEventLoop();
  const files: PackageFile[] = [
    { name: FILES.record, bytes: Buffer.from(content, 'utf8') },
    { name: FILES.pdf, bytes: pdf },
    { name: FILES.xlsx, bytes: xlsx },
  ];
  const name = packageName(office.officeCode, counter, day, revision);
  const manifest: Manifest = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    package: name,
    idempotencyKey: idempotencyKey(office.officeCode, counter, day, revision),
    office: { code: office.officeCode, name: office.officeName },
    counter,
    day,
    revision,
    madeAt: record.madeAt,
    closedAt: record.closedAt,
    counts: record.counts,
    files: files.map((f) => ({ name: f.name, bytes: f.bytes.length, sha256: sha256(f.bytes) })),
    signature: { algorithm: 'Ed25519', file: FILES.signature, publicKeyFingerprint: fingerprint(key.publicKeyPem) },
  };
  const manifestBytes = Buffer.from(canonicalJson(manifest), 'utf8');
  const signature = Buffer.from(`${signBytes(key.privateKeyPem, manifestBytes).toString('base64')}\n`, 'utf8');
  files.push({ name: FILES.manifest, bytes: manifestBytes }, { name: FILES.signature, bytes: signature });
  return { name, idempotencyKey: manifest.idempotencyKey, files, manifest };
}

/**
 * Writes the package as <parent>/<name>/, whole or not at all (a temporary folder renamed at the end).
 * A package already there with the same bytes (the same revision exported again) is left untouched,
 * so a process killed during a re-export never takes away a package that was already delivered.
 */
export function writePackage(parent: string, pkg: { name: string; files: PackageFile[] }): string {
  mkdirSync(parent, { recursive: true });
  const target = join(parent, pkg.name);
  if (holds(target, pkg.files)) return target;
  const temporary = join(parent, `.${pkg.name}.partial`);
  const previous = join(parent, `.${pkg.name}.previous`);
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary);
  for (const file of pkg.files) writeFileSync(join(temporary, file.name), file.bytes);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(temporary, target);
  rmSync(previous, { recursive: true, force: true });
  return target;
}

function holds(folder: string, files: PackageFile[]): boolean {
  if (!existsSync(folder) || readdirSync(folder).length !== files.length) return false;
  return files.every((file) => {
    const path = join(folder, file.name);
    return existsSync(path) && readFileSync(path).equals(file.bytes);
  });
}

export function readPackage(folder: string): PackageFile[] {
  return Object.values(FILES).map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
}

export function packageExists(folder: string): boolean {
  return Object.values(FILES).every((name) => existsSync(join(folder, name)));
}
