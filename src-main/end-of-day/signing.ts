// @runs: main
// The office's Ed25519 key: it signs every package's manifest so the central
// system can tell the package came from this office and was not altered.
import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { SettingsStore } from '../settings/store';
import { signingKeySetting } from './settings';

export interface SigningKey {
  publicKeyPem: string;
  privateKeyPem: string;
}

export function signingKey(settings: SettingsStore): SigningKey {
  const stored = settings.get(signingKeySetting);
  if (stored) return stored;
  const pair = generateKeyPairSync('ed25519', { publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  const key = { publicKeyPem: pair.publicKey, privateKeyPem: pair.privateKey };
  settings.set(signingKeySetting, key);
  return key;
}

/** SHA-256 of the public key's DER bytes, grouped for reading aloud over the phone. */
export function fingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').toUpperCase();
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}

/** Ed25519 is deterministic: the same manifest always gets the same signature. */
export function signBytes(privateKeyPem: string, data: Buffer): Buffer {
  return sign(null, data, privateKeyPem);
}

export function verifyBytes(publicKeyPem: string, data: Buffer, signature: Buffer): boolean {
  return verify(null, data, publicKeyPem, signature);
}
