// @runs: main
// The hub's address and credentials are kept sealed (AES-256-GCM) in the
// settings table, with a key in a file of its own in the data folder. Backups
// copy the database and the scans, never this file, so neither a backup nor an
// export holds the password in clear (restoring a backup onto another machine
// means joining the hub again in Cài đặt).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { settingKey } from '../settings/store';

export const HUB_KEY_FILE = 'hub.key';

/** What the settings table holds: the sealed URL, and the address without secrets for the screen. */
export const hubSetting = settingKey<{ sealed: string; address: string; user: string } | null>(
  'hub.connection',
  z.object({ sealed: z.string(), address: z.string(), user: z.string() }).nullable(),
  null,
);

const keys = new Map<string, Buffer>();

/** The data folder's key, created on first use (owner-only file), read once per process. */
function key(dataDir: string): Buffer {
  const file = join(dataDir, HUB_KEY_FILE);
  let known = keys.get(file);
  if (!known) {
    if (!existsSync(file)) writeFileSync(file, randomBytes(32), { mode: 0o600, flag: 'wx' });
    known = readFileSync(file);
    keys.set(file, known);
  }
  return known;
}

/** iv.tag.ciphertext, base64url. */
export function seal(dataDir: string, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(dataDir), iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

/** The sealed text, or null when the key file is not the one it was sealed with (a restored backup on another machine). */
export function unseal(dataDir: string, sealed: string): string | null {
  try {
    const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
    if (!iv || !tag || !body) return null;
    const decipher = createDecipheriv('aes-256-gcm', key(dataDir), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** postgres://user:password@address */
export function hubUrl(address: string, user: string, password: string): string {
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${address}`;
}
