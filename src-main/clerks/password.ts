// @runs: main
// Passwords are stored as scrypt hashes with a per-clerk salt, never in clear,
// as `scrypt$N$r$p$salt$hash`: the cost travels with each hash, so raising the
// cost never breaks an old hash, and sign-in redoes a weaker one (needsRehash).
import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP Password Storage Cheat Sheet: N=2^17, r=8, p=1 (128 MiB, about half a second). */
export const RECOMMENDED_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

// Node refuses scrypt above 32 MiB unless told; 128 × N × r bytes is 128 MiB at the recommended cost.
const MAX_MEM = 256 * 1024 * 1024;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

interface StoredHash {
  cost: ScryptCost;
  salt: Buffer;
  hash: Buffer;
}

function parse(stored: string): StoredHash | null {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return null;
  return { cost: { N: Number(n), r: Number(r), p: Number(p) }, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

function format({ cost, salt, hash }: StoredHash): string {
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

const options = (cost: ScryptCost) => ({ ...cost, maxmem: MAX_MEM });

/** Takes a password and a cost; gives the string to store. Blocks for the hash's time (adding a clerk, first run). */
export function hashPassword(password: string, cost: ScryptCost = RECOMMENDED_COST): string {
  const salt = randomBytes(SALT_LENGTH);
  return format({ cost, salt, hash: scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, options(cost)) });
}

/** Like hashPassword, on libuv's thread pool so the main process keeps answering (the rehash at sign-in). */
export async function hashPasswordAsync(password: string, cost: ScryptCost): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  return format({ cost, salt, hash: await scryptAsync(password, salt, KEY_LENGTH, cost) });
}

/** Takes a password and a stored hash; true when they match (a malformed hash or cost matches nothing). On libuv's thread pool. */
export async function checkPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  try {
    return timingSafeEqual(await scryptAsync(password, parsed.salt, parsed.hash.length, parsed.cost), parsed.hash);
  } catch {
    return false;
  }
}

/** True when a stored hash is weaker than `cost` in any parameter (or unreadable): redo it at the next success. */
export function needsRehash(stored: string, cost: ScryptCost): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  const { N, r, p } = parsed.cost;
  return N < cost.N || r < cost.r || p < cost.p || parsed.hash.length < KEY_LENGTH;
}

/**
 * A hash at `cost` that no password matches (its expected output is all zeros).
 * An unknown user name is checked against it, so it takes as long as a known one.
 */
export function dummyHash(cost: ScryptCost): string {
  return format({ cost, salt: randomBytes(SALT_LENGTH), hash: Buffer.alloc(KEY_LENGTH) });
}

function scryptAsync(password: string, salt: Buffer, length: number, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options(cost), (error, key) => (error ? reject(error) : resolve(key)));
  });
}
