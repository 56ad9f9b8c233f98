// @runs: shared
import { z } from 'zod';
import { method, okOutput } from '../api/kit';
import { clerkString, id, loadedVersion, text } from '../shared/schemas';
import { fieldMessages } from '../shared/vi/fields';

/** One chunk of 1 MiB as base64 (4/3 of it), safely under the API's 2 MB per call. */
const MAX_CHUNK_BASE64 = 1_400_000;

const base64 = (max: number) =>
  z
    .string({ error: fieldMessages.wrongType })
    .max(max, { error: fieldMessages.tooLong(max) })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: fieldMessages.wrongType });

const target = text(80);
const scanKind = z.enum(['pdf', 'jpeg', 'png']);

const attachment = z.object({
  attachmentId: z.number(),
  dossierId: z.number(),
  target: z.string(),
  fileName: z.string(),
  mimeType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
  size: z.number(),
  sha256: z.string(),
  pages: z.number().nullable(),
  dpi: z.number().nullable(),
  colour: z.boolean().nullable(),
  source: z.enum(['upload', 'scanner']),
  addedBy: z.string(),
  addedById: z.number(),
  addedAt: z.string(),
  verifiedBy: z.string().nullable(),
  verifiedAt: z.string().nullable(),
});

const settings = z.object({ acceptedKinds: z.array(scanKind), maxMegabytes: z.number(), scannerFolder: z.string(), version: z.string() });

export const attachmentsContract = {
  /** What is digitised, per component of the dossier and for the result. */
  'attachments.list': method(
    z.strictObject({ dossierId: id }),
    z.object({ targets: z.array(z.object({ target: z.string(), name: z.string(), required: z.boolean(), attachments: z.array(attachment) })), maxMegabytes: z.number(), acceptedKinds: z.array(scanKind) }),
  ),
  /** Starts sending a file: refused here already when its type (from `head`, its first bytes) or size is not accepted. */
  'attachments.beginUpload': method(
    z.strictObject({
      dossierId: id,
      target,
      fileName: text(255),
      size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      head: base64(64),
      sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, { error: fieldMessages.wrongType }).optional(),
    }),
    z.object({ uploadId: z.string(), chunkBytes: z.number() }),
  ),
  'attachments.uploadChunk': method(
    z.strictObject({ uploadId: z.string().regex(/^[0-9a-f]{32}$/, { error: fieldMessages.wrongType }), index: z.number().int().min(0).max(10_000), data: base64(MAX_CHUNK_BASE64) }),
    z.object({ received: z.number() }),
  ),
  'attachments.finishUpload': method(z.strictObject({ uploadId: z.string().regex(/^[0-9a-f]{32}$/, { error: fieldMessages.wrongType }) }), z.object({ attachment })),
  /** The scan's bytes, re-hashed against what was attached. */
  'attachments.open': method(z.strictObject({ attachmentId: id }), z.object({ attachment, dataBase64: z.string() })),
  'attachments.verify': method(z.strictObject({ attachmentId: id }), z.object({ attachment })),
  'attachments.remove': method(z.strictObject({ attachmentId: id, reason: text(300) }), okOutput),
  'attachments.scannerFiles': method(z.strictObject({}), z.object({ folder: z.string(), files: z.array(z.object({ name: z.string(), size: z.number(), modifiedAt: z.string() })) })),
  'attachments.attachFromScanner': method(z.strictObject({ dossierId: id, target, name: text(255) }), z.object({ attachment })),
  'attachments.settings': method(z.strictObject({}), settings),
  'attachments.updateSettings': method(
    z.strictObject({
      acceptedKinds: z.array(scanKind).min(1, { error: fieldMessages.required }).max(3),
      maxMegabytes: z.number({ error: fieldMessages.wrongType }).int().min(1).max(200),
      scannerFolder: clerkString(500).transform((s) => s.trim()),
      /** Refused (CONFLICT, nothing written) when the stored settings changed since the form loaded this version. */
      version: loadedVersion,
    }),
    settings,
    'supervisor',
  ),
};
