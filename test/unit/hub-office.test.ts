// @runs: test
// Clerks, the office's settings and scans across counters, through a real
// office hub (a PostgreSQL cluster of the test's own): a clerk created at one
// counter signs in at another, also with the hub down; an office setting
// changed at one counter shows at the other; a scan attached at one counter
// opens at the other with the same bytes, and a tampered blob is refused.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pgLib from 'pg';
import { describe, expect, it } from 'vitest';
import { hubWords } from '../../src-main/shared/vi/hub';
import { cardReissueForm } from '../support/intake';
import { openCounter, syncAll } from '../support/hub';
import { useOfficeHub } from '../support/office-hub';
import { samplePdf, samplePng } from '../support/samples/attachments';
import { addCounter } from '../../src-main/hub/init';
import { makeTestApp, SUPERVISOR, type TestApp } from '../support/services';

const officeHub = useOfficeHub();

async function asUser(url: string, text: string, values: unknown[] = []) {
  const client = new pgLib.Client(url);
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}


const BINH = { fullName: 'Trần Văn Bình', username: 'binhtv', password: 'mat-khau-binh', role: 'clerk' as const };
const supervisorOf = (counter: number) => ({ username: `${SUPERVISOR.username}${counter}`, password: SUPERVISOR.password });
const signIn = (app: TestApp, who: { username: string; password: string }) => app.call('session.signIn', { username: who.username, password: who.password });

async function asSupervisor(app: TestApp, counter: number): Promise<void> {
  await app.ok('session.signIn', supervisorOf(counter));
}

function clerkRow(app: TestApp, username: string) {
  return app.services.sqlite.prepare('SELECT id, full_name, username, role, active FROM clerks WHERE username = ?').get(username) as
    | { id: number; full_name: string; username: string; role: string; active: number }
    | undefined;
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('clerks office-wide', () => {
  it('a clerk created at counter 1 signs in at counter 2, also with the hub down, and the histories name that same account', async () => {
    const [one, two_] = await officeHub.two();
    await one.ok('clerks.add', BINH);
    await one.ok('session.signIn', { username: BINH.username, password: BINH.password });
    const dossierId = (await one.ok('intake.accept', { form: cardReissueForm() })).dossierId;
    const { code } = await one.ok('dossiers.get', { dossierId });
    await syncAll([one, two_]);
    officeHub.pg.crash();
    try {
      expect(await signIn(two_, BINH)).toMatchObject({ ok: true, value: { clerk: { fullName: 'Trần Văn Bình', role: 'clerk' } } });
    } finally {
      officeHub.pg.start();
    }
    // The dossier's history at counter 2 names the account that signs in there, not a stand-in.
    const there = two_.services.sqlite.prepare('SELECT e.clerk_id FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = ?').get(code) as { clerk_id: number };
    expect(there.clerk_id).toBe(clerkRow(two_, 'binhtv')?.id);
    expect(two_.services.sqlite.prepare("SELECT count(*) AS n FROM clerks WHERE username LIKE 'hub:%'").get()).toEqual({ n: 0 });
  });

  it('a supervisor at counter 2 deactivates counter 1’s clerk; counter 1 refuses the sign-in after the exchange', async () => {
    const [one, two_] = await officeHub.two();
    await one.ok('clerks.add', BINH);
    await syncAll([one, two_]);
    await asSupervisor(two_, 2);
    await two_.ok('clerks.setActive', { clerkId: clerkRow(two_, 'binhtv')?.id as number, active: false });
    expect(await signIn(one, BINH)).toMatchObject({ ok: true });
    await syncAll([two_, one]);
    expect(await signIn(one, BINH)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_INACTIVE' } });
    expect(clerkRow(one, 'binhtv')).toMatchObject({ active: 0, full_name: 'Trần Văn Bình' });
  });

  it('throttling stays per counter; a supervisor’s unlock at counter 1 ends the lockout at counter 2', async () => {
    const [one, two_] = await officeHub.two();
    await one.ok('clerks.add', BINH);
    await syncAll([one, two_]);
    for (let i = 0; i < 10; i++) {
      two_.at(new Date(two_.clock.now().getTime() + 10 * 60_000));
      await signIn(two_, { ...BINH, password: `sai-${i}` });
    }
    two_.at(new Date(two_.clock.now().getTime() + 10 * 60_000));
    expect(await signIn(two_, BINH)).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
    // Counter 1 knows nothing of counter 2's failures.
    expect(await signIn(one, BINH)).toMatchObject({ ok: true });
    await asSupervisor(one, 1);
    one.at(new Date(two_.clock.now().getTime() + 60_000));
    await one.ok('clerks.unlockAccount', { clerkId: clerkRow(one, 'binhtv')?.id as number });
    await syncAll([one, two_]);
    expect(await signIn(two_, BINH)).toMatchObject({ ok: true });
  });

  it('two clerks created apart under one user name: the first in the hub’s order keeps it on both counters, the other is parked and listed', async () => {
    const [one, two_] = await officeHub.two();
    officeHub.pg.crash();
    try {
      await one.ok('clerks.add', { ...BINH, username: 'lantt', fullName: 'Trần Thị Lan' });
      await two_.ok('clerks.add', { ...BINH, username: 'lantt', fullName: 'Lê Thị Lan', password: 'mat-khau-lan-2' });
    } finally {
      officeHub.pg.start();
    }
    await syncAll([one, two_], 3);
    // Counter 1 reached the hub first: its Lan keeps the name; counter 2's (id n there) is parked as lantt~2-n.
    const parked = `lantt~2-${idOfName(two_, 'Lê Thị Lan')}`;
    for (const app of [one, two_]) {
      expect(clerkRow(app, 'lantt')?.full_name).toBe('Trần Thị Lan');
      expect(clerkRow(app, parked)?.full_name).toBe('Lê Thị Lan');
      expect(await signIn(app, { username: 'lantt', password: BINH.password })).toMatchObject({ ok: true, value: { clerk: { fullName: 'Trần Thị Lan' } } });
      expect(await signIn(app, { username: parked, password: 'mat-khau-lan-2' })).toMatchObject({ ok: true, value: { clerk: { fullName: 'Lê Thị Lan' } } });
      await asSupervisor(app, app === one ? 1 : 2);
      expect((await app.ok('hub.clerkClashes', {})).clashes).toEqual([expect.objectContaining({ username: 'lantt', parkedAs: parked, parkedName: 'Lê Thị Lan' })]);
    }
  });
});

function idOfName(app: TestApp, fullName: string): number {
  return (app.services.sqlite.prepare('SELECT id FROM clerks WHERE full_name = ?').get(fullName) as { id: number }).id;
}

describe('office settings from the hub', () => {
  it('an office setting changed at one counter shows at the other, with who and when, the counter’s own number untouched', async () => {
    const [one, two_] = await officeHub.two();
    await asSupervisor(one, 1);
    const before = await one.ok('settings.get', {});
    await one.ok('settings.update', { office: { ...before.office, phone: '0233 3999 888', counterNumber: 1 }, idleMinutes: 15 });
    await one.ok('attachments.updateSettings', { acceptedKinds: ['pdf'], maxMegabytes: 10, scannerFolder: '' });
    await syncAll([one, two_]);
    await asSupervisor(two_, 2);
    const there = await two_.ok('settings.get', {});
    expect(there).toMatchObject({ office: { phone: '0233 3999 888', officeName: before.office.officeName }, counterNumber: 2, idleMinutes: 15 });
    expect(await two_.ok('attachments.settings', {})).toMatchObject({ acceptedKinds: ['pdf'], maxMegabytes: 10 });
    const history = (await two_.ok('hub.settingHistory', { key: 'office' })).changes;
    expect(history[0]).toMatchObject({ clerkName: SUPERVISOR.fullName, counter: 1, value: expect.objectContaining({ phone: '0233 3999 888' }) });
  });

  it('the first counter to join configures the office; a counter joining later takes the office’s settings over its own setup', async () => {
    const [one] = await officeHub.two();
    const late = makeTestApp();
    officeHub.counters.push(late);
    await late.ok('setup.complete', {
      office: { parentAgency: 'BẢO HIỂM XÃ HỘI VIỆT NAM', officeName: 'Tên gõ nhầm', officeCode: '000.00.15.H27', place: 'Đông Hà', address: '01 Trần Hưng Đạo, Đông Hà', phone: '0233 3851 000', counterNumber: 3 },
      clerk: { ...SUPERVISOR, username: `${SUPERVISOR.username}3` },
    });
    const { role, password } = await addCounter(officeHub.pg.adminUrl, 3, 'quay-3-mat-khau');
    await late.ok('hub.join', { address: `127.0.0.1:${officeHub.pg.port}/postgres`, user: role, password });
    await asSupervisor(one, 1);
    const office = (await one.ok('settings.get', {})).office;
    expect((await late.ok('settings.get', {})).office).toEqual(office);
    expect((await late.ok('hub.settingHistory', { key: 'office' })).changes.at(-1)).toMatchObject({ counter: 1 });
  });

  it('the last change in the hub’s order wins on every counter; the earlier value stays in the history', async () => {
    const [one, two_] = await officeHub.two();
    await asSupervisor(one, 1);
    await asSupervisor(two_, 2);
    const office = (await one.ok('settings.get', {})).office;
    officeHub.pg.crash();
    try {
      await one.ok('settings.update', { office: { ...office, phone: '0233 3000 001', counterNumber: 1 }, idleMinutes: 10 });
      await two_.ok('settings.update', { office: { ...office, phone: '0233 3000 002', counterNumber: 2 }, idleMinutes: 10 });
    } finally {
      officeHub.pg.start();
    }
    // Counter 2 reaches the hub first, counter 1 after: counter 1's value is last.
    await syncAll([two_, one], 3);
    for (const app of [one, two_]) {
      expect((await app.ok('settings.get', {})).office.phone).toBe('0233 3000 001');
      const phones = (await app.ok('hub.settingHistory', { key: 'office' })).changes.map((c) => (c.value as { phone: string }).phone);
      expect(phones).toEqual(expect.arrayContaining(['0233 3000 001', '0233 3000 002']));
    }
  });
});

describe('scans by content hash', () => {
  async function attachAtOne(one: TestApp, bytes: Buffer, fileName: string): Promise<{ code: string; sha256: string }> {
    const dossierId = (await one.ok('intake.accept', { form: cardReissueForm() })).dossierId;
    const begun = await one.ok('attachments.beginUpload', { dossierId, target: 'result', fileName, size: bytes.length, head: bytes.subarray(0, 16).toString('base64'), sha256: sha(bytes) });
    await one.ok('attachments.uploadChunk', { uploadId: begun.uploadId, index: 0, data: bytes.toString('base64') });
    await one.ok('attachments.finishUpload', { uploadId: begun.uploadId });
    return { code: (await one.ok('dossiers.get', { dossierId })).code as string, sha256: sha(bytes) };
  }

  function attachmentAt(app: TestApp, code: string): number {
    return (app.services.sqlite.prepare('SELECT a.id FROM attachments a JOIN dossiers d ON d.id = a.dossier_id WHERE d.code = ?').get(code) as { id: number }).id;
  }

  it('a scan attached at counter 1 opens at counter 2 with the same bytes, fetched once; before that, offline, it says where it is', async () => {
    const [one, two_] = await officeHub.two();
    const pdf = samplePdf(3, 'Quay 1');
    const { code, sha256 } = await attachAtOne(one, pdf, 'ket-qua.pdf');
    await syncAll([one, two_]);
    const attachmentId = attachmentAt(two_, code);
    const listed = await two_.ok('attachments.list', { dossierId: (two_.services.sqlite.prepare('SELECT id FROM dossiers WHERE code = ?').get(code) as { id: number }).id });
    expect(listed.targets.find((t) => t.target === 'result')?.attachments).toEqual([expect.objectContaining({ fileName: 'ket-qua.pdf', sha256, addedBy: SUPERVISOR.fullName })]);
    officeHub.pg.crash();
    try {
      expect(await two_.call('attachments.open', { attachmentId })).toMatchObject({ ok: false, error: { message: hubWords.scanAway(1) } });
    } finally {
      officeHub.pg.start();
    }
    const opened = await two_.ok('attachments.open', { attachmentId });
    expect(Buffer.from(opened.dataBase64, 'base64').equals(pdf)).toBe(true);
    // Kept at counter 2 under its hash: it opens again with the hub down.
    officeHub.pg.crash();
    try {
      expect(Buffer.from((await two_.ok('attachments.open', { attachmentId })).dataBase64, 'base64').equals(pdf)).toBe(true);
    } finally {
      officeHub.pg.start();
    }
    const stored = await asUser(officeHub.pg.adminUrl, 'SELECT hash, size, origin FROM motcua.blobs');
    expect(stored.rows).toEqual([{ hash: sha256, size: pdf.length, origin: 1 }]);
    // Checked against the paper at counter 2: counter 1's record says so, by counter 2's supervisor.
    await two_.ok('attachments.verify', { attachmentId });
    await syncAll([two_, one]);
    const atOne = one.services.sqlite.prepare('SELECT c.username FROM attachments a JOIN clerks c ON c.id = a.verified_by WHERE a.id = ?').get(attachmentAt(one, code));
    expect(atOne).toEqual({ username: `${SUPERVISOR.username}2` });
  });

  it('with the office’s shared folder chosen, the bytes go there instead of the hub; a file changed there is refused, the right one opens', async () => {
    const [one, two_] = await officeHub.two();
    const share = mkdtempSync(join(tmpdir(), 'mot-cua-share-'));
    try {
      await asSupervisor(one, 1);
      expect(await one.ok('hub.setScanFolder', { folder: share })).toMatchObject({ folder: share });
      await syncAll([one, two_]);
      await asSupervisor(two_, 2);
      expect(await two_.ok('hub.scanFolder', {})).toMatchObject({ folder: share });
      const png = samplePng({ seed: 3 });
      const { code, sha256 } = await attachAtOne(one, png, 'the.png');
      await syncAll([one, two_]);
      const shared = join(share, sha256.slice(0, 2), `${sha256}.png`);
      expect(readFileSync(shared).equals(png)).toBe(true);
      expect((await asUser(officeHub.pg.adminUrl, 'SELECT count(*)::int AS n FROM motcua.blobs')).rows[0].n).toBe(0);
      const attachmentId = attachmentAt(two_, code);
      writeFileSync(shared, samplePng({ seed: 4 }));
      expect(await two_.call('attachments.open', { attachmentId })).toMatchObject({ ok: false, error: { code: 'ATTACHMENT_DAMAGED', message: hubWords.scanMismatch('the.png') } });
      writeFileSync(shared, png);
      expect(Buffer.from((await two_.ok('attachments.open', { attachmentId })).dataBase64, 'base64').equals(png)).toBe(true);
    } finally {
      rmSync(share, { recursive: true, force: true });
    }
  });

  it('a counter’s role cannot overwrite another’s blob, write one as another counter, store bytes under a wrong hash, or change rows', async () => {
    const [one, two_] = await officeHub.two();
    const png = samplePng({ seed: 7 });
    const { sha256 } = await attachAtOne(one, png, 'anh.png');
    await syncAll([one, two_]);
    const counter2 = officeHub.pg.urlFor('motcua_counter_2', 'quay-2-mat-khau');
    const other = samplePng({ seed: 8 });
    const insert = 'INSERT INTO motcua.blobs (hash, bytes, size, origin) VALUES ($1, $2, $3, $4)';
    await expect(asUser(counter2, `${insert} ON CONFLICT (hash) DO UPDATE SET bytes = EXCLUDED.bytes`, [sha256, other, other.length, 2])).rejects.toThrow(/permission denied/);
    await expect(asUser(counter2, 'UPDATE motcua.blobs SET bytes = $1', [other])).rejects.toThrow(/permission denied/);
    await expect(asUser(counter2, 'DELETE FROM motcua.blobs')).rejects.toThrow(/permission denied/);
    await expect(asUser(counter2, insert, [sha(other), other, other.length, 1])).rejects.toThrow(/row-level security/);
    await expect(asUser(counter2, insert, [sha(png), other, other.length, 2])).rejects.toThrow(/duplicate key|check constraint/);
    await expect(asUser(counter2, insert, ['0'.repeat(64), other, other.length, 2])).rejects.toThrow(/check constraint/);
    await expect(asUser(counter2, "UPDATE motcua.changes SET body = '{}' WHERE origin = 1")).rejects.toThrow(/permission denied/);
    const blob = await asUser(officeHub.pg.adminUrl, 'SELECT bytes FROM motcua.blobs WHERE hash = $1', [sha256]);
    expect((blob.rows[0].bytes as Buffer).equals(png)).toBe(true);
  });

  it('a blob changed on the hub behind the counters’ back is refused at opening, never shown nor kept', async () => {
    const [one, two_] = await officeHub.two();
    const pdf = samplePdf(1, 'That');
    const { code, sha256 } = await attachAtOne(one, pdf, 'giay-to.pdf');
    await syncAll([one, two_]);
    // Only the hub's owner can do this, and only by removing the hub's own check first.
    await asUser(officeHub.pg.adminUrl, 'ALTER TABLE motcua.blobs DROP CONSTRAINT blobs_hash');
    try {
      const forged = samplePdf(1, 'Gia');
      await asUser(officeHub.pg.adminUrl, 'UPDATE motcua.blobs SET bytes = $1, size = $2 WHERE hash = $3', [forged, forged.length, sha256]);
      const attachmentId = attachmentAt(two_, code);
      expect(await two_.call('attachments.open', { attachmentId })).toMatchObject({ ok: false, error: { code: 'ATTACHMENT_DAMAGED', message: hubWords.scanMismatch('giay-to.pdf') } });
      expect(existsSync(join(two_.dataDir, 'scans', sha256.slice(0, 2), `${sha256}.pdf`))).toBe(false);
    } finally {
      await asUser(officeHub.pg.adminUrl, 'TRUNCATE motcua.blobs');
      await asUser(officeHub.pg.adminUrl, "ALTER TABLE motcua.blobs ADD CONSTRAINT blobs_hash CHECK (hash = encode(sha256(bytes), 'hex'))");
    }
  });
});
