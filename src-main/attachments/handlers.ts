// @runs: main
import type { HandlersOf } from '../api/kit';
import { actorOf } from '../dossiers/store';
import type { Services } from '../services';
import { fetchScanIfAway } from '../hub/scans';
import { recordOfficeSettings } from '../hub/office-settings';
import { expectUnchanged, withVersion } from '../settings/version';
import { Attachments } from './attachments';
import type { attachmentsContract } from './contract';

export function attachmentsHandlers(services: Services): HandlersOf<typeof attachmentsContract> {
  const attachments = new Attachments(services);
  return {
    'attachments.list': ({ dossierId }) => ({ targets: attachments.list(dossierId), ...attachments.settings() }),
    'attachments.beginUpload': ({ head, ...input }, ctx) => attachments.beginUpload({ ...input, head: Buffer.from(head, 'base64') }, actorOf(ctx)),
    'attachments.uploadChunk': ({ uploadId, index, data }, ctx) => attachments.appendChunk(uploadId, index, Buffer.from(data, 'base64'), actorOf(ctx)),
    'attachments.finishUpload': ({ uploadId }, ctx) => ({ attachment: attachments.finishUpload(uploadId, actorOf(ctx)) }),
    'attachments.open': async ({ attachmentId }) => {
      // Another counter's scan is fetched from the office hub the first time it is opened here.
      await fetchScanIfAway(services, attachments, attachmentId);
      const { attachment, bytes } = attachments.open(attachmentId);
      return { attachment, dataBase64: bytes.toString('base64') };
    },
    'attachments.verify': ({ attachmentId }, ctx) => ({ attachment: attachments.markVerified(attachmentId, actorOf(ctx)) }),
    'attachments.remove': ({ attachmentId, reason }, ctx) => {
      attachments.remove(attachmentId, reason, actorOf(ctx));
      return { ok: true };
    },
    'attachments.scannerFiles': () => attachments.scannerFiles(),
    'attachments.attachFromScanner': (input, ctx) => ({ attachment: attachments.attachFromScanner(input, actorOf(ctx)) }),
    'attachments.settings': () => withVersion(attachments.settings()),
    'attachments.updateSettings': ({ version, ...input }, ctx) =>
      services.sql.tx(() => {
        expectUnchanged(version, attachments.settings());
        const next = attachments.updateSettings(input, actorOf(ctx));
        recordOfficeSettings(services, actorOf(ctx));
        return withVersion(next);
      }),
  };
}
