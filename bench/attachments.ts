// @runs: node-script
// Digitisation: attaching a 20 MB scan end to end through the service — type
// and limits checked, SHA-256 over the bytes, the file written once under its
// hash (flushed) and the row recorded — and the same through the API's chunked
// upload (20 calls of 1 MiB as base64), as the renderer sends it.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher, type Dispatch } from '../src-main/api/dispatch';
import { Attachments } from '../src-main/attachments/attachments';
import { Intake } from '../src-main/dossiers/intake';
import { intakeForm } from '../src-main/dossiers/intake-form';
import { createServices } from '../src-main/services';
import { OffsetClock } from '../src-main/services/clock';
import { vnInstant } from '../src-main/shared/time';
import { figure, percentile, type Figure } from './report';

const SIZE = 20 * 1024 * 1024;

/** A PDF header then incompressible bytes: each round a different scan, so nothing is deduplicated away. */
function scan(): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n', 'latin1'), randomBytes(SIZE - 44)]);
}

async function throughApi(dispatch: Dispatch, dossierId: number, bytes: Buffer): Promise<void> {
  const begun = await dispatch('attachments.beginUpload', {
    dossierId,
    target: 'tk1-ts',
    fileName: 'scan.pdf',
    size: bytes.length,
    head: bytes.subarray(0, 16).toString('base64'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  });
  if (!begun.ok) throw new Error(JSON.stringify(begun.error));
  const { uploadId, chunkBytes } = begun.value as { uploadId: string; chunkBytes: number };
  for (let index = 0; index * chunkBytes < bytes.length; index++) {
    const sent = await dispatch('attachments.uploadChunk', { uploadId, index, data: bytes.subarray(index * chunkBytes, (index + 1) * chunkBytes).toString('base64') });
    if (!sent.ok) throw new Error(JSON.stringify(sent.error));
  }
  const finished = await dispatch('attachments.finishUpload', { uploadId });
  if (!finished.ok) throw new Error(JSON.stringify(finished.error));
}

export async function benchAttachments(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mot-cua-bench-scans-'));
  const services = createServices({ dataDir: dir, clock: new OffsetClock(vnInstant('2026-03-02', 9, 0)) });
  try {
    const dispatch = createDispatcher(services);
    await dispatch('setup.complete', {
      office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 234', counterNumber: 3 },
      clerk: { fullName: 'Nguyễn Thị Thu Hương', username: 'huongntt', password: 'mat-khau-8' },
    });
    const actor = { clerkId: 1, counter: 3 };
    const form = intakeForm.parse({
      procedureId: 'cap-lai-the-bhyt',
      applicant: { kind: 'person', fullName: 'Nguyễn Thị Minh Khai', personalId: '045186001234', birthDate: '12/05/1986', sex: 'nu' },
      channel: 'counter',
      resultDelivery: 'counter',
      setCount: 1,
      components: [{ key: 'tk1-ts', status: 'received' }],
    });
    const { dossierId } = new Intake(services).accept(form, actor);
    const attachments = new Attachments(services);
    const service: number[] = [];
    const api: number[] = [];
    for (let round = 0; round < 8; round++) {
      const bytes = scan();
      const t = performance.now();
      attachments.attach({ dossierId, target: 'tk1-ts', fileName: 'scan.pdf', bytes, source: 'upload' }, actor);
      if (round > 0) service.push(performance.now() - t);
    }
    for (let round = 0; round < 5; round++) {
      const bytes = scan();
      const t = performance.now();
      await throughApi(dispatch, dossierId, bytes);
      if (round > 0) api.push(performance.now() - t);
    }
    const p95 = percentile(service, 95);
    return [
      figure('attach a 20 MB scan through the service (sniff, SHA-256, write once, row), p95', p95, 'ms', '< 300 ms', p95 < 300),
      figure('attach a 20 MB scan through the API in 1 MiB base64 chunks, median', percentile(api, 50), 'ms', '—', true),
    ];
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
