// Closing the counter's day: what is unfinished, the frozen intake record
// (enforced by the database itself), the supervisor's correction and reopen,
// and the export package: the same bytes twice, hashes and signature that check.
import { createHash, verify } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vnInstant } from '../../src-main/shared/time';
import { pdfText } from '../documents/pdf-text';
import { cardReissueForm, pensionForm } from '../support/intake';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

let app: TestApp;
beforeEach(async () => {
  app = makeTestApp(vnInstant('2026-03-02', 8, 0)); // Monday
  await setUpOffice(app); // counter 3, signed in as supervisor
});
afterEach(() => app.close());

const DAY = '2026-03-02';
const DEPARTMENT = 'Phòng Quản lý thu - Sổ, thẻ';

/** A morning at the counter: every kind of decision and step, one each. */
async function busyMorning() {
  app.at(vnInstant(DAY, 8, 5));
  const accepted = (await app.ok('intake.accept', { form: cardReissueForm() })).dossierId;
  app.at(vnInstant(DAY, 8, 20));
  const handed = (await app.ok('intake.accept', { form: pensionForm() })).dossierId;
  await app.ok('queue.handOver', { dossierId: handed, department: DEPARTMENT, receiverName: 'Lê Văn Tâm' });
  app.at(vnInstant(DAY, 8, 40));
  await app.ok('intake.issueGuidance', { form: pensionForm('missing-book'), reason: 'Thiếu sổ BHXH' });
  await app.ok('intake.refuse', { form: cardReissueForm(), reasons: ['Thủ tục không thuộc thẩm quyền'] });
  app.at(vnInstant(DAY, 9, 0));
  await app.ok('intake.resolveOnTheSpot', { form: cardReissueForm(), resultNumber: 'HC4454512345678', receiverName: 'Nguyễn Thị Minh Khai' });
  return { accepted, handed };
}

function sqlError(run: () => unknown): string {
  try {
    run();
    return 'no error';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('closing the day', () => {
  it('shows what is unfinished and closes only once the closer confirms, recording what was open', async () => {
    const { handed } = await busyMorning();
    await app.ok('queue.receiveResult', { dossierId: handed, resultNumber: 'QD-123', items: [{ name: 'Quyết định hưởng lương hưu', count: 1 }] });
    await app.ok('intake.saveDraft', { content: '{"applicant":"Trần Văn Bình"}' });
    app.at(vnInstant(DAY, 17, 0));
    const status = await app.ok('endOfDay.status', {});
    expect(status.day).toBe(DAY);
    expect(status.closure).toBeNull();
    expect(status.openItems.drafts).toHaveLength(1);
    expect(status.openItems.resultsNotReturned.map((d) => d.dossierId)).toEqual([handed]);
    expect(status.openItems.withoutReceipt).toEqual([]);

    const refused = await app.call('endOfDay.close', { date: DAY, confirmOpenItems: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'DAY_OPEN_ITEMS', message: expect.stringContaining('Còn 2 việc chưa xong') } });
    expect((await app.ok('endOfDay.status', { date: DAY })).closure).toBeNull();

    const closed = await app.ok('endOfDay.close', { date: DAY, confirmOpenItems: true });
    expect(closed.closure).toMatchObject({ status: 'closed', closedAt: '2026-03-02T17:00:00+07:00', closedBy: 'Nguyễn Thị Thu Hương' });
    expect(closed.closure?.openItemsAtClose.resultsNotReturned).toHaveLength(1);
    expect(closed.revisions).toEqual([{ revision: 1, madeAt: '2026-03-02T17:00:00+07:00' }]);
    expect(closed.counts).toMatchObject({ dossiers: 5, registerRows: 3, actions: { accept: 2, handOver: 1, issueGuidance: 1, refuse: 1, resolveOnTheSpot: 1, receiveResult: 1 } });
    expect(await app.call('endOfDay.close', { date: DAY, confirmOpenItems: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses a day that has not come yet', async () => {
    expect(await app.call('endOfDay.close', { date: '2026-03-03', confirmOpenItems: true })).toMatchObject({ ok: false, error: { field: 'date' } });
  });

  it('freezes the intake record in the database while later lifecycle steps stay allowed', async () => {
    const { accepted } = await busyMorning();
    const handed = (await app.ok('intake.accept', { form: pensionForm() })).dossierId;
    app.at(vnInstant(DAY, 17, 0));
    await app.ok('endOfDay.close', { date: DAY, confirmOpenItems: true });
    const db = app.services.sqlite;

    expect(sqlError(() => db.prepare('UPDATE dossiers SET set_count = 3 WHERE id = ?').run(accepted))).toBe('DAY_CLOSED');
    expect(sqlError(() => db.prepare('UPDATE dossiers SET applicant_id = applicant_id + 1 WHERE id = ?').run(accepted))).toBe('DAY_CLOSED');
    expect(sqlError(() => db.prepare('UPDATE dossier_components SET count = 9 WHERE dossier_id = ?').run(accepted))).toBe('DAY_CLOSED');
    expect(sqlError(() => db.prepare('DELETE FROM dossier_components WHERE dossier_id = ?').run(accepted))).toBe('DAY_CLOSED');
    expect(sqlError(() => db.prepare('DELETE FROM dossiers WHERE id = ?').run(accepted))).toBe('DAY_CLOSED');
    // The rest of the closed day: no new intake at this counter, with the Vietnamese message…
    expect(await app.call('intake.accept', { form: cardReissueForm() })).toMatchObject({ ok: false, error: { code: 'DAY_CLOSED', message: expect.stringContaining('đã được chốt sổ') } });
    // …but a later step is never blocked; the panel says it is not in the frozen package.
    app.at(vnInstant(DAY, 17, 20));
    await app.ok('queue.handOver', { dossierId: handed, department: DEPARTMENT, receiverName: 'Lê Văn Tâm' });
    expect((await app.ok('endOfDay.status', { date: DAY })).stepsAfterClose).toBe(1);

    // The next working day, the dossier of the closed day moves on: that is the new day's work.
    app.at(vnInstant('2026-03-03', 8, 30));
    await app.ok('queue.handOver', { dossierId: accepted, department: DEPARTMENT, receiverName: 'Lê Văn Tâm' });
    await app.ok('queue.receiveResult', { dossierId: accepted, resultNumber: 'HC4454512345678', items: [{ name: 'Thẻ BHYT', count: 1 }] });
    await app.ok('queue.returnResult', { dossierId: accepted, delivery: { method: 'post', trackingNumber: 'EB123456789VN', postOffice: 'Bưu cục Đông Hà', address: 'Số 12 đường Lê Lợi' } });
    expect(await app.ok('dossiers.get', { dossierId: accepted })).toMatchObject({ state: 'returned', setCount: 1 });
    // …but its intake columns stay frozen whatever the state.
    expect(sqlError(() => db.prepare(`UPDATE dossiers SET delivery_address = 'khác' WHERE id = ?`).run(accepted))).toBe('DAY_CLOSED');
  });
});

describe('correcting and reopening a closed day', () => {
  it('applies a supervisor correction through the logged path and makes the package revision 2 that lists it', async () => {
    const { accepted } = await busyMorning();
    app.at(vnInstant(DAY, 17, 0));
    await app.ok('endOfDay.close', { date: DAY, confirmOpenItems: true });
    app.at(vnInstant('2026-03-03', 9, 0));
    const corrected = await app.ok('endOfDay.correct', { dossierId: accepted, field: 'setCount', value: '2', reason: 'Ghi nhầm số bộ hồ sơ' });
    expect(corrected).toEqual({ day: DAY, revision: 2 });
    expect(await app.ok('dossiers.get', { dossierId: accepted })).toMatchObject({ setCount: 2 });
    await app.ok('endOfDay.correct', { dossierId: accepted, field: 'component.tk1-ts.note', value: 'Bản khai có chữ ký', reason: 'Bổ sung ghi chú' });

    const status = await app.ok('endOfDay.status', { date: DAY });
    expect(status.revisions.map((r) => r.revision)).toEqual([1, 2, 3]);
    expect(status.corrections[0]).toMatchObject({ revision: 2, dossierId: accepted, field: 'setCount', oldValue: '1', newValue: '2', reason: 'Ghi nhầm số bộ hồ sơ', by: 'Nguyễn Thị Thu Hương', at: '2026-03-03T09:00:00+07:00' });

    const exported = await app.ok('endOfDay.export', { date: DAY });
    expect(exported).toMatchObject({ revision: 3, packageName: '000.00.15.H27_quay03_2026-03-02_r3' });
    const record = JSON.parse(readFileSync(join(exported.folder, 'day.json'), 'utf8'));
    expect(record.revision).toBe(3);
    expect(record.corrections.map((c: { field: string; revision: number }) => [c.revision, c.field])).toEqual([
      [2, 'setCount'],
      [3, 'component.tk1-ts.note'],
    ]);
    const dossier = record.dossiers.find((d: { id: number }) => d.id === accepted);
    expect(dossier.setCount).toBe(2);
    expect(dossier.components[0].note).toBe('Bản khai có chữ ký');
    const history = await app.ok('dossiers.get', { dossierId: accepted });
    expect(history.history.at(-1)).toMatchObject({ action: 'correct', reason: 'Bổ sung ghi chú' });
  });

  it('refuses corrections that are not allowed or change nothing, and those of a day still open', async () => {
    const { accepted } = await busyMorning();
    expect(await app.call('endOfDay.correct', { dossierId: accepted, field: 'setCount', value: '2', reason: 'x' })).toMatchObject({ ok: false, error: { code: 'DAY_NOT_CLOSED' } });
    app.at(vnInstant(DAY, 17, 0));
    await app.ok('endOfDay.close', { date: DAY, confirmOpenItems: true });
    expect(await app.call('endOfDay.correct', { dossierId: accepted, field: 'state', value: 'returned', reason: 'x' })).toMatchObject({ ok: false, error: { field: 'field' } });
    expect(await app.call('endOfDay.correct', { dossierId: accepted, field: 'setCount', value: '1', reason: 'x' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await app.ok('endOfDay.status', { date: DAY })).revisions).toHaveLength(1);
  });

  it('reopens only for a supervisor with a reason, logged; closing again is the next revision', async () => {
    await busyMorning();
    app.at(vnInstant(DAY, 17, 0));
    await app.ok('endOfDay.close', { date: DAY, confirmOpenItems: true });
    expect(await app.call('endOfDay.reopen', { date: DAY, reason: '   ' })).toMatchObject({ ok: false, error: { field: 'reason' } });

    await app.ok('clerks.add', { fullName: 'Phạm Thị Lan', username: 'lanpt', password: 'mat-khau-9', role: 'clerk' });
    await app.ok('session.signOut', {});
    await app.ok('session.signIn', { username: 'lanpt', password: 'mat-khau-9' });
    expect(await app.call('endOfDay.reopen', { date: DAY, reason: 'Quên một hồ sơ' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await app.ok('session.signOut', {});
    await app.ok('session.signIn', { username: 'huongntt', password: 'mat-khau-8' });

    app.at(vnInstant(DAY, 17, 10));
    const reopened = await app.ok('endOfDay.reopen', { date: DAY, reason: 'Nhập thiếu hồ sơ nhận qua bưu điện' });
    expect(reopened.closure).toMatchObject({ status: 'reopened', reopenReason: 'Nhập thiếu hồ sơ nhận qua bưu điện' });
    const audit = app.services.sqlite.prepare(`SELECT detail FROM audit_log WHERE action = 'endOfDay.reopen'`).all() as { detail: string }[];
    expect(audit.map((a) => JSON.parse(a.detail).reason)).toEqual(['Nhập thiếu hồ sơ nhận qua bưu điện']);

    await app.ok('intake.accept', { form: cardReissueForm({ channel: 'post', channelReference: 'EB987654321VN' }) });
    app.at(vnInstant(DAY, 17, 30));
    const again = await app.ok('endOfDay.close', { date: DAY, confirmOpenItems: true });
    expect(again.revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(again.counts?.registerRows).toBe(4);
  });
});

describe('the export package', () => {
  async function closedDay() {
    await busyMorning();
    app.at(vnInstant(DAY, 17, 0));
    await app.ok('endOfDay.close', { date: DAY, confirmOpenItems: true });
  }

  const FILES = ['day.json', 'register-mau06.pdf', 'register-mau06.xlsx', 'manifest.json', 'manifest.sig'];
  const read = (folder: string) => FILES.map((f) => readFileSync(join(folder, f)));

  it('is byte for byte the same when exported twice, even later', async () => {
    await closedDay();
    const first = await app.ok('endOfDay.export', { date: DAY });
    const bytes = read(first.folder);
    app.at(vnInstant('2026-03-05', 14, 33));
    const second = await app.ok('endOfDay.export', { date: DAY });
    expect(second.folder).toBe(first.folder);
    read(second.folder).forEach((b, i) => expect(b.equals(bytes[i] as Buffer), FILES[i]).toBe(true));
  });

  it('leaves a delivered package folder untouched when the same revision is exported again', async () => {
    await closedDay();
    const first = await app.ok('endOfDay.export', { date: DAY });
    const inodes = FILES.map((f) => statSync(join(first.folder, f)).ino);
    await app.ok('endOfDay.export', { date: DAY });
    expect(FILES.map((f) => statSync(join(first.folder, f)).ino)).toEqual(inodes);
  });

  it('has a manifest whose hashes match the files and whose signature verifies with the public key in Settings', async () => {
    await closedDay();
    const exported = await app.ok('endOfDay.export', { date: DAY });
    const manifestBytes = readFileSync(join(exported.folder, 'manifest.json'));
    const manifest = JSON.parse(manifestBytes.toString('utf8'));
    expect(manifest).toMatchObject({ format: 'motcua-day-export', version: 1, counter: 3, day: DAY, revision: 1, idempotencyKey: '000.00.15.H27/3/2026-03-02/r1' });
    for (const f of manifest.files) {
      const bytes = readFileSync(join(exported.folder, f.name));
      expect(createHash('sha256').update(bytes).digest('hex'), f.name).toBe(f.sha256);
      expect(bytes.length).toBe(f.bytes);
    }
    const { publicKeyPem, fingerprint } = await app.ok('endOfDay.sendingSettings', {});
    expect(manifest.signature.publicKeyFingerprint).toBe(fingerprint);
    const signature = Buffer.from(readFileSync(join(exported.folder, 'manifest.sig'), 'utf8').trim(), 'base64');
    expect(verify(null, manifestBytes, publicKeyPem, signature)).toBe(true);
    const tampered = Buffer.from(manifestBytes.toString('utf8').replace('"revision":1', '"revision":2'));
    expect(verify(null, tampered, publicKeyPem, signature)).toBe(false);
  });

  it('holds every dossier of the day with its components, papers and history, and the register with one row per received dossier', async () => {
    await closedDay();
    const exported = await app.ok('endOfDay.export', { date: DAY });
    const record = JSON.parse(readFileSync(join(exported.folder, 'day.json'), 'utf8'));
    expect(record.dossiers).toHaveLength(5);
    expect(record.dossiers.map((d: { stateAtDayEnd: string }) => d.stateAtDayEnd).sort()).toEqual(['guidance_issued', 'in_processing', 'received', 'refused', 'returned']);
    const accepted = record.dossiers.find((d: { stateAtDayEnd: string }) => d.stateAtDayEnd === 'received');
    expect(accepted.documents.map((d: { kind: string }) => d.kind)).toEqual(['receipt']);
    expect(accepted.documents[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(accepted.components.length).toBeGreaterThan(0);
    expect(accepted.history.map((h: { action: string }) => h.action)).toEqual(['accept']);
    const text = pdfText(readFileSync(join(exported.folder, 'register-mau06.pdf')));
    for (const d of record.dossiers.filter((x: { code: string | null; receivedAt: string | null }) => x.code && x.receivedAt)) expect(text).toContain(d.code);
    expect(record.register.rows).toHaveLength(3);
    expect(exported.counts.registerRows).toBe(3);
  });

  it('carries the citizen’s rating given at the return that day', async () => {
    const { handed } = await busyMorning();
    await app.ok('queue.receiveResult', { dossierId: handed, resultNumber: 'QD-123', items: [{ name: 'Quyết định hưởng lương hưu', count: 1 }] });
    await app.ok('queue.returnResult', { dossierId: handed, delivery: { method: 'counter', collector: { kind: 'applicant' }, signatureNoted: true } });
    await app.ok('satisfaction.rate', { dossierId: handed, procedureQuality: 5, staffAttitude: 4, resultQuality: 5, comment: 'Cán bộ hướng dẫn tận tình' });
    app.at(vnInstant(DAY, 17, 0));
    await app.ok('endOfDay.close', { date: DAY, confirmOpenItems: true });
    const exported = await app.ok('endOfDay.export', { date: DAY });
    const record = JSON.parse(readFileSync(join(exported.folder, 'day.json'), 'utf8'));
    expect(record.sources.satisfaction).toBe(true);
    expect(exported.counts.ratings).toBe(1);
    const dossier = record.dossiers.find((d: { id: number }) => d.id === handed);
    expect(dossier.ratings).toMatchObject([{ procedure_quality: 5, staff_attitude: 4, result_quality: 5, comment: 'Cán bộ hướng dẫn tận tình' }]);
    expect(dossier.stateAtDayEnd).toBe('returned');
  });
});
