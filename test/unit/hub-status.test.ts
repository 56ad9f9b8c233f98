// @runs: test
// What the shell's hub line says when the counter is joined but cannot go on
// as usual, and what the counter keeps of the exchange: a catalogue that lacks a
// received procedure version, credentials that cannot be opened any more, an
// outbox that the hub has confirmed.
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dossierChecksums } from '../../src-main/hub/checksum';
import { keychainSealer, keyFileSealer, type OsKeychain } from '../../src-main/hub/credentials';
import { createServices } from '../../src-main/services';
import { hubWords } from '../../src-main/shared/vi/hub';
import { syncAll } from '../support/hub';
import { useOfficeHub } from '../support/office-hub';
import { accept, count, hubQuery, idOf } from '../support/hub-actions';
import type { TestApp } from '../support/services';

const officeHub = useOfficeHub();

const cursorOf = (app: TestApp) => (app.services.sqlite.prepare('SELECT cursor FROM hub_state').get() as { cursor: number }).cursor;

/** A supervisor's edit of the card re-issue: a new version of the procedure in this counter's catalogue. */
const newVersion = (app: TestApp) => app.ok('catalogue.update', { procedureId: 'cap-lai-the-bhyt', changes: { timeLimitDays: 2, timeLimitUnit: 'working_days' }, changeNote: 'Quyết định mới' });

describe('the hub line when the counter cannot go on as usual', () => {
  it('a catalogue lacking a received procedure version: its own line saying what to do, the cursor before the change, the counter still sending', async () => {
    const [one, two_] = await officeHub.two();
    await newVersion(one);
    const dossierId = await accept(one, 1);
    const { code } = await one.ok('dossiers.get', { dossierId });
    await syncAll([one]);
    const before = cursorOf(two_);
    await accept(two_, 2);
    await syncAll([two_]);
    const status = await two_.ok('hub.status', {});
    expect(status).toMatchObject({ connected: true, label: hubWords.catalogueDiffers('cap-lai-the-bhyt', 2) });
    expect(status.label).toContain('Nhập danh mục');
    expect(cursorOf(two_)).toBe(before);
    // Its own intake went out all the same: counter 1 has it.
    await syncAll([one]);
    expect(count(one, 'dossiers')).toBe(2);

    // The supervisor brings the catalogue up to date: the next exchange goes on from the change it stopped at.
    await newVersion(two_);
    await syncAll([two_, one]);
    expect(await two_.ok('hub.status', {})).toMatchObject({ connected: true, label: hubWords.synced });
    expect(idOf(two_, code as string)).toBeGreaterThan(0);
    expect(dossierChecksums(two_.services.sql, 2)).toEqual(dossierChecksums(one.services.sql, 1));
  });

  it('the outbox keeps only what the hub has not confirmed, and its numbering goes on', async () => {
    const [one, two_] = await officeHub.two();
    await accept(one, 1);
    expect(count(one, 'hub_outbox')).toBeGreaterThan(0);
    await syncAll([one, two_]);
    expect(count(one, 'hub_outbox')).toBe(0);
    await accept(one, 2);
    await syncAll([one, two_]);
    const ids = await hubQuery<{ change_id: string }>(officeHub.pg.adminUrl, 'SELECT change_id FROM motcua.changes WHERE origin = 1 ORDER BY seq');
    // Numbered on past the pruned rows, never reused (clerks and office settings travel too, so the count varies).
    expect(ids.map((r) => r.change_id)).toEqual(ids.map((_, i) => `1:${i + 1}`));
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(count(two_, 'dossiers')).toBe(2);
  });
});

/** A stand-in for the OS keychain: a reversible transform that no key file knows. */
const keychain: OsKeychain = {
  encryptString: (text) => Buffer.from(text, 'utf8').reverse(),
  decryptString: (sealed) => Buffer.from(sealed).reverse().toString('utf8'),
};

describe('the hub credentials, sealed by whichever sealer the shell has', () => {
  it('the Electron shell seals them in the OS keychain; a shell without it says to join again; the key file still opens its own', async () => {
    const [one] = await officeHub.two();
    const { dataDir } = one;
    const settingOf = () => (one.services.sqlite.prepare("SELECT value FROM settings WHERE key = 'hub.connection'").get() as { value: string }).value;
    expect(JSON.parse(settingOf()).sealed).toMatch(/^k1:/);
    const url = keyFileSealer(dataDir).unseal(JSON.parse(settingOf()).sealed) as string;
    expect(url).toContain('quay-1-mat-khau');
    // Counter 1 closes; the same data folder opens again in each shell.
    officeHub.counters = officeHub.counters.filter((app) => app !== one);
    await one.services.hub.stop();
    one.services.close();

    const electron = createServices({ dataDir, sealer: keychainSealer(keychain) });
    try {
      await electron.hub.syncOnce();
      // A value sealed by the key file opens still; a new join seals in the keychain.
      expect(electron.hub.status()).toMatchObject({ connected: true, label: hubWords.synced });
      const sealed = electron.sealer.seal(url);
      expect(sealed).toMatch(/^s1:/);
      expect(sealed).not.toContain('quay-1-mat-khau');
      electron.sqlite.prepare("UPDATE settings SET value = json_set(value, '$.sealed', ?) WHERE key = 'hub.connection'").run(sealed);
      await electron.hub.stop();
      await electron.hub.syncOnce();
      expect(electron.hub.status()).toMatchObject({ connected: true, label: hubWords.synced });
    } finally {
      await electron.hub.stop();
      electron.close();
    }

    // The same data folder in the browser shell (no keychain): joined, not connected, and told to join again.
    const browser = createServices({ dataDir });
    try {
      await browser.hub.syncOnce();
      expect(browser.hub.status()).toMatchObject({ joined: true, connected: false, label: hubWords.sealBroken });
    } finally {
      await browser.hub.stop();
      browser.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
