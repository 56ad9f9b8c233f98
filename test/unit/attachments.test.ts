import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src-main/api/dispatch';
import { vnInstant } from '../../src-main/shared/time';
import { pensionForm } from '../support/intake';
import { samplePdf, samplePng } from '../support/samples/attachments';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

let app: TestApp;
let dossierId: number;
beforeEach(async () => {
  app = makeTestApp(vnInstant('2026-03-02', 9, 0));
  await setUpOffice(app);
  dossierId = (await app.ok('intake.accept', { form: pensionForm() })).dossierId;
});
afterEach(() => app.close());

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const count = (table: string) => (app.services.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const storedFiles = () => {
  const root = join(app.dataDir, 'scans');
  return existsSync(root) ? readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.parentPath.endsWith('incoming')).map((e) => e.name) : [];
};

/** What the panel does: announce the file (its first bytes, size and hash), send 1 MiB chunks, finish. */
async function upload(bytes: Buffer, fileName: string, target = 'so-bhxh', options: { sha256?: string; onto?: number } = {}) {
  const begun = await app.call('attachments.beginUpload', {
    dossierId: options.onto ?? dossierId,
    target,
    fileName,
    size: bytes.length,
    head: bytes.subarray(0, 16).toString('base64'),
    sha256: options.sha256 ?? sha(bytes),
  });
  if (!begun.ok) return begun;
  const { uploadId, chunkBytes } = begun.value;
  for (let index = 0; index * chunkBytes < bytes.length; index++) {
    const sent = await app.call('attachments.uploadChunk', { uploadId, index, data: bytes.subarray(index * chunkBytes, (index + 1) * chunkBytes).toString('base64') });
    if (!sent.ok) return sent;
  }
  return app.call('attachments.finishUpload', { uploadId });
}

async function attached(bytes: Buffer, fileName: string, target = 'so-bhxh') {
  const result = await upload(bytes, fileName, target);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.attachment;
}

const targetOf = async (target: string) => (await app.ok('attachments.list', { dossierId })).targets.find((t) => t.target === target);

describe('attaching scans to a dossier', () => {
  it('stores a PNG under its SHA-256, lists it under its component with what the scan is', async () => {
    const png = samplePng({ dpi: 300 });
    const attachment = await attached(png, 'so-bhxh.png');
    expect(attachment).toMatchObject({ fileName: 'so-bhxh.png', mimeType: 'image/png', size: png.length, sha256: sha(png), dpi: 300, colour: true, pages: 1, addedBy: 'Nguyễn Thị Thu Hương', verifiedAt: null });
    expect(readFileSync(join(app.dataDir, 'scans', sha(png).slice(0, 2), `${sha(png)}.png`)).equals(png)).toBe(true);
    const list = await app.ok('attachments.list', { dossierId });
    expect(list.targets.map((t) => t.target)).toEqual(['so-bhxh', 'tra-cuu-so-bhxh-dien-tu', '14-hsb', 'quyet-dinh-nghi-viec', 'bien-ban-gdyk', 'result']);
    expect(list.targets[0]?.attachments.map((a) => a.fileName)).toEqual(['so-bhxh.png']);
    expect(list.targets[1]?.attachments).toEqual([]);
  });

  it('sends a file bigger than one API call in 1 MiB chunks and checks the whole against the announced hash', async () => {
    const big = Buffer.concat([samplePdf(3), Buffer.alloc(5 * 1024 * 1024 + 17, 0x20)]);
    expect(big.length * (4 / 3)).toBeGreaterThan(MAX_INPUT_BYTES);
    const attachment = await attached(big, 'quyet-dinh.pdf', 'quyet-dinh-nghi-viec');
    expect(attachment).toMatchObject({ mimeType: 'application/pdf', pages: 3, size: big.length, sha256: sha(big) });
    const wrongHash = await upload(samplePdf(1), 'x.pdf', '14-hsb', { sha256: 'b'.repeat(64) });
    expect(wrongHash).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('mã băm không khớp') } });
    expect(readdirSync(join(app.dataDir, 'scans', 'incoming'))).toEqual([]);
  });

  it('keeps one file for the same content, and refuses the same scan twice on one component', async () => {
    const png = samplePng({ seed: 7 });
    await attached(png, 'lan-1.png', 'so-bhxh');
    await attached(png, 'lan-2.png', '14-hsb');
    expect(storedFiles()).toEqual([`${sha(png)}.png`]);
    expect(count('attachments')).toBe(2);
    const again = await upload(png, 'lan-3.png', 'so-bhxh');
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('đã được đính kèm') } });
    expect(count('attachments')).toBe(2);
  });

  it('believes the bytes, not the file name', async () => {
    const png = samplePng({ seed: 3 });
    expect(await attached(png, 'nhin-nhu-pdf.pdf')).toMatchObject({ mimeType: 'image/png' });
    const text = Buffer.from('Day la van ban, khong phai ban quet');
    const refused = await upload(text, 'gia-mao.pdf');
    expect(refused).toMatchObject({ ok: false, error: { code: 'ATTACHMENT_REFUSED', message: expect.stringContaining('"gia-mao.pdf" không phải bản quét PDF, JPEG hoặc PNG') } });
  });

  it('refuses a type or size the office does not accept, in words the clerk can act on', async () => {
    await app.ok('attachments.updateSettings', { acceptedKinds: ['pdf'], maxMegabytes: 1, scannerFolder: '' });
    expect(await upload(samplePng(), 'anh.png')).toMatchObject({ ok: false, error: { code: 'ATTACHMENT_REFUSED', message: 'Cơ quan không nhận bản quét dạng PNG. Chỉ nhận: PDF.' } });
    const tooBig = Buffer.concat([samplePdf(1), Buffer.alloc(1024 * 1024)]);
    expect(await upload(tooBig, 'day.pdf')).toMatchObject({ ok: false, error: { code: 'ATTACHMENT_REFUSED', message: expect.stringContaining('vượt quá 1 MB') } });
    expect(await upload(Buffer.alloc(0), 'rong.pdf')).toMatchObject({ ok: false, error: { code: 'ATTACHMENT_REFUSED' } });
    expect(count('attachments')).toBe(0);
  });

  it('attaches the result, and refuses a component the dossier does not have', async () => {
    expect(await attached(samplePdf(1, 'Ket qua'), 'ket-qua.pdf', 'result')).toMatchObject({ target: 'result' });
    expect((await targetOf('result'))?.attachments).toHaveLength(1);
    expect(await upload(samplePdf(1), 'x.pdf', 'tk1-ts')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'target' } });
  });

  it('refuses chunks out of order and a call bigger than the API allows', async () => {
    const pdf = samplePdf(1);
    const begun = await app.ok('attachments.beginUpload', { dossierId, target: 'so-bhxh', fileName: 'a.pdf', size: pdf.length, head: pdf.subarray(0, 16).toString('base64') });
    expect(await app.call('attachments.uploadChunk', { uploadId: begun.uploadId, index: 1, data: pdf.toString('base64') })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await app.call('attachments.finishUpload', { uploadId: begun.uploadId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const oversized = await app.call('attachments.uploadChunk', { uploadId: begun.uploadId, index: 0, data: 'A'.repeat(MAX_INPUT_BYTES + 4) });
    expect(oversized).toMatchObject({ ok: false, error: { code: 'REQUEST_TOO_LARGE' } });
  });
});

describe('opening a scan', () => {
  it('gives back the same bytes, and a clear message when the stored file was changed or lost', async () => {
    const png = samplePng({ seed: 11 });
    const { attachmentId } = await attached(png, 'the.png');
    const opened = await app.ok('attachments.open', { attachmentId });
    expect(Buffer.from(opened.dataBase64, 'base64').equals(png)).toBe(true);
    const path = join(app.dataDir, 'scans', sha(png).slice(0, 2), `${sha(png)}.png`);
    writeFileSync(path, Buffer.concat([png, Buffer.from([0])]));
    expect(await app.call('attachments.open', { attachmentId })).toMatchObject({
      ok: false,
      error: { code: 'ATTACHMENT_DAMAGED', message: expect.stringContaining('"the.png" trên đĩa đã bị thay đổi hoặc hỏng') },
    });
    rmSync(path);
    expect(await app.call('attachments.open', { attachmentId })).toMatchObject({ ok: false, error: { code: 'ATTACHMENT_DAMAGED', message: expect.stringContaining('Không tìm thấy tệp') } });
  });

  it('records who confirmed the scan matches the original', async () => {
    const { attachmentId } = await attached(samplePdf(2), 'to-khai.pdf');
    expect((await app.ok('attachments.verify', { attachmentId })).attachment).toMatchObject({ verifiedBy: 'Nguyễn Thị Thu Hương', verifiedAt: '2026-03-02T09:00:00+07:00' });
  });
});

describe('removing a scan attached by mistake', () => {
  it('is allowed the same day to the clerk who attached it; the row keeps who and why', async () => {
    const { attachmentId } = await attached(samplePdf(1), 'nham.pdf');
    await app.ok('attachments.remove', { attachmentId, reason: 'Đính kèm nhầm hồ sơ' });
    expect((await targetOf('so-bhxh'))?.attachments).toEqual([]);
    expect(app.services.sqlite.prepare('SELECT removed_reason FROM attachments WHERE id = ?').get(attachmentId)).toEqual({ removed_reason: 'Đính kèm nhầm hồ sơ' });
    expect(await app.call('attachments.remove', { attachmentId, reason: 'Lần nữa' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('is refused the next day', async () => {
    const { attachmentId } = await attached(samplePdf(1), 'hom-qua.pdf');
    app.at(vnInstant('2026-03-03', 8, 0));
    expect(await app.call('attachments.remove', { attachmentId, reason: 'Nhầm' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('trong ngày hôm nay') } });
  });
});

describe('the scanner folder', () => {
  it('offers new files, attaches the chosen one and moves it aside', async () => {
    const folder = join(app.dataDir, 'may-quet');
    mkdirSync(folder);
    writeFileSync(join(folder, 'scan0001.pdf'), samplePdf(2));
    writeFileSync(join(folder, 'ghi-chu.txt'), 'không phải bản quét');
    await app.ok('attachments.updateSettings', { acceptedKinds: ['pdf', 'jpeg', 'png'], maxMegabytes: 25, scannerFolder: folder });
    expect((await app.ok('attachments.scannerFiles', {})).files.map((f) => f.name)).toEqual(['scan0001.pdf']);
    const { attachment } = await app.ok('attachments.attachFromScanner', { dossierId, target: '14-hsb', name: 'scan0001.pdf' });
    expect(attachment).toMatchObject({ source: 'scanner', pages: 2, target: '14-hsb' });
    expect((await app.ok('attachments.scannerFiles', {})).files).toEqual([]);
    expect(readdirSync(join(folder, 'Da dinh kem'))).toHaveLength(1);
    expect(await app.call('attachments.attachFromScanner', { dossierId, target: '14-hsb', name: '../mot-cua.sqlite' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('needs a full path, and only a supervisor changes it', async () => {
    expect(await app.call('attachments.updateSettings', { acceptedKinds: ['pdf'], maxMegabytes: 25, scannerFolder: 'may-quet' })).toMatchObject({ ok: false, error: { field: 'scannerFolder' } });
    await app.ok('clerks.add', { fullName: 'Trần Văn Bình', username: 'binhtv', password: 'mat-khau-9', role: 'clerk' });
    await app.ok('session.signOut', {});
    await app.ok('session.signIn', { username: 'binhtv', password: 'mat-khau-9' });
    expect(await app.call('attachments.updateSettings', { acceptedKinds: ['pdf'], maxMegabytes: 25, scannerFolder: '' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await attached(samplePdf(1), 'boi-can-bo.pdf')).toMatchObject({ addedBy: 'Trần Văn Bình' });
  });
});
