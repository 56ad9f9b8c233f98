// @runs: main
// The hub's address and credentials are kept sealed in the settings table: by
// the operating system's keychain (Electron safeStorage) where the Electron
// shell has one, else AES-256-GCM with a key in a file of its own in the data
// folder. Backups copy the database and the scans, never the key file nor the
// keychain, so neither a backup nor an export holds the password in clear (a
// value that cannot be opened any more means joining the hub again in Cài đặt).
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

/** Seals the hub's URL for the settings table and opens it again; null when this sealer cannot open it. */
export interface SecretSealer {
  /** What starts every value this sealer makes, so that opening picks the sealer that made it. */
  readonly prefix: string;
  seal(text: string): string;
  unseal(sealed: string): string | null;
}

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

/** AES-256-GCM with the data folder's key file: "k1:" iv.tag.ciphertext, base64url (the browser shell, the CLI, tests). */
export function keyFileSealer(dataDir: string): SecretSealer {
  const prefix = 'k1:';
  return {
    prefix,
    seal(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key(dataDir), iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return prefix + [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
    },
    unseal(sealed) {
      try {
        // Values sealed before the prefix existed are the same three parts without it.
        const [iv, tag, body] = sealed.replace(prefix, '').split('.').map((part) => Buffer.from(part, 'base64url'));
        if (!iv || !tag || !body) return null;
        const decipher = createDecipheriv('aes-256-gcm', key(dataDir), iv);
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}

/** The part of Electron's safeStorage a sealer needs (the OS keychain / DPAPI / libsecret). */
export interface OsKeychain {
  encryptString(text: string): Buffer;
  decryptString(sealed: Buffer): string;
}

/** The operating system's keychain through Electron's safeStorage: "s1:" base64 (the Electron shell, when encryption is available). */
export function keychainSealer(keychain: OsKeychain): SecretSealer {
  const prefix = 's1:';
  return {
    prefix,
    seal: (text) => prefix + keychain.encryptString(text).toString('base64'),
    unseal(sealed) {
      if (!sealed.startsWith(prefix)) return null;
      try {
        return keychain.decryptString(Buffer.from(sealed.slice(prefix.length), 'base64'));
      } catch {
        return null;
      }
    },
  };
}

/**
 * Takes the sealer that seals new values and the key-file sealer of the data
 * folder; gives one that seals with the first and opens a value with whichever
 * made it (by prefix), so a counter that moves from one to the other keeps working.
 */
export function sealerFor(preferred: SecretSealer, keyFile: SecretSealer): SecretSealer {
  return {
    prefix: preferred.prefix,
    seal: (text) => preferred.seal(text),
    unseal: (sealed) => (sealed.startsWith(preferred.prefix) ? preferred : keyFile).unseal(sealed),
  };
}

/** postgres://user:password@address */
export function hubUrl(address: string, user: string, password: string): string {
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${address}`;
}
