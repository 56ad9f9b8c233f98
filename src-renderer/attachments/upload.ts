// @runs: renderer
// Sends a file to the main process the way the API takes it: announce it (first
// bytes, size, SHA-256), then 1 MiB chunks as base64, then finish.
import type { Output } from '../../src-main/api/contract';
import { call, type Result } from '../api';

type Attached = Output<'attachments.finishUpload'>;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function sha256(bytes: Uint8Array): Promise<string | undefined> {
  if (!crypto.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function uploadScan(file: File, dossierId: number, target: string, onProgress: (percent: number) => void): Promise<Result<Attached>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const hash = await sha256(bytes);
  const begun = await call('attachments.beginUpload', {
    dossierId,
    target,
    fileName: file.name,
    size: bytes.length,
    head: toBase64(bytes.subarray(0, 16)),
    ...(hash ? { sha256: hash } : {}),
  });
  if (!begun.ok) return begun;
  const { uploadId, chunkBytes } = begun.value;
  for (let index = 0; index * chunkBytes < bytes.length; index++) {
    const sent = await call('attachments.uploadChunk', { uploadId, index, data: toBase64(bytes.subarray(index * chunkBytes, (index + 1) * chunkBytes)) });
    if (!sent.ok) return sent;
    onProgress(Math.round((sent.value.received / bytes.length) * 100));
  }
  return call('attachments.finishUpload', { uploadId });
}
