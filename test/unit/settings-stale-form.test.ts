// A settings form left open while its stored values change underneath (the
// office hub brings another counter's change) must not write the stale values
// back: each save carries the version its form loaded and is refused, nothing
// written, when the stored values changed since.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptedKindsSetting } from '../../src-main/attachments/settings';
import { formSetSetting } from '../../src-main/documents/settings';
import { sharedScansFolderSetting } from '../../src-main/hub/scan-folder';
import { documentTypesSetting } from '../../src-main/people/document-types';
import { officeSetting } from '../../src-main/settings/keys';
import { vnInstant } from '../../src-main/shared/time';
import { settingsWords } from '../../src-main/shared/vi/settings';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

const stale = { ok: false, error: { code: 'CONFLICT', message: settingsWords.staleForm } };

describe('a settings form saved over values changed since it loaded', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = makeTestApp(vnInstant('2026-03-02', 9, 0));
    await setUpOffice(app);
  });
  afterEach(() => app.close());

  it("tester's case: counter 13 joined, the office's name arrived, the open form's save of the idle time is refused and the name kept", async () => {
    const setupOffice = (await app.ok('settings.get', {})).office;
    await app.ok('settings.update', { office: { ...setupOffice, officeName: 'BHXH Đông Hà (quầy 13 mới)', counterNumber: 13 }, idleMinutes: 10 });
    const form = await app.ok('settings.get', {});
    // The join takes over the office's values (as applySetting writes them).
    app.services.settings.set(officeSetting, { ...form.office, officeName: 'BHXH Đông Hà (quầy mới)' });

    const saved = await app.call('settings.update', { version: form.version, office: { ...form.office, counterNumber: form.counterNumber }, idleMinutes: 15 });
    expect(saved).toMatchObject(stale);
    const now = await app.ok('settings.get', {});
    expect(now.office.officeName).toBe('BHXH Đông Hà (quầy mới)');
    expect(now.idleMinutes).toBe(10);
    expect(now.version).not.toBe(form.version);

    // Loaded again, the same change is saved and the office's name stays.
    const again = await app.ok('settings.update', { version: now.version, office: { ...now.office, counterNumber: now.counterNumber }, idleMinutes: 15 });
    expect(again).toMatchObject({ idleMinutes: 15, office: { officeName: 'BHXH Đông Hà (quầy mới)' } });
  });

  it('a save with the version it loaded goes through, and gives the new version', async () => {
    const form = await app.ok('settings.get', {});
    const saved = await app.ok('settings.update', { version: form.version, office: { ...form.office, counterNumber: form.counterNumber }, idleMinutes: 20 });
    expect(saved.version).not.toBe(form.version);
    expect(await app.call('settings.update', { version: form.version, office: { ...form.office, counterNumber: form.counterNumber }, idleMinutes: 25 })).toMatchObject(stale);
  });

  it('covers every form of office settings: scans, document types, printing (form set), the shared scans folder', async () => {
    const scans = await app.ok('attachments.settings', {});
    const types = await app.ok('people.documentTypes', {});
    const printing = await app.ok('documents.printingSettings', {});
    const folder = await app.ok('hub.scanFolder', {});

    app.services.settings.set(acceptedKindsSetting, ['pdf']);
    app.services.settings.set(documentTypesSetting, ['Hộ chiếu', 'Giấy khai sinh']);
    app.services.settings.set(formSetSetting, printing.formSet === '2018' ? '2025' : '2018');
    app.services.settings.set(sharedScansFolderSetting, `${app.dataDir}/chung`);

    const { version: _v1, ...scanInput } = scans;
    expect(await app.call('attachments.updateSettings', { ...scanInput, maxMegabytes: 30, version: scans.version })).toMatchObject(stale);
    expect(await app.call('people.setDocumentTypes', { types: [...types.types, 'Thẻ quân nhân'], version: types.version })).toMatchObject(stale);
    const { version: _v2, ...printInput } = printing;
    expect(await app.call('documents.updatePrintingSettings', { ...printInput, copies: 3, version: printing.version })).toMatchObject(stale);
    expect(await app.call('hub.setScanFolder', { folder: '', version: folder.version })).toMatchObject(stale);

    expect(await app.ok('attachments.settings', {})).toMatchObject({ acceptedKinds: ['pdf'], maxMegabytes: scans.maxMegabytes });
    expect((await app.ok('people.documentTypes', {})).types).not.toContain('Thẻ quân nhân');
    expect((await app.ok('documents.printingSettings', {})).copies).toBe(printing.copies);
    expect((await app.ok('hub.scanFolder', {})).folder).toBe(`${app.dataDir}/chung`);
  });

  it('refuses a version that is not one at the boundary', async () => {
    const form = await app.ok('settings.get', {});
    expect(await app.call('settings.update', { version: 'x'.repeat(500), office: { ...form.office, counterNumber: form.counterNumber }, idleMinutes: 15 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'version', message: 'Dữ liệu nhập không hợp lệ. Không đúng định dạng.' } });
  });
});
