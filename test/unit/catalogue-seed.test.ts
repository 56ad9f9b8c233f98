import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCatalogueFile } from '../../src-main/catalogue/file';
import { shippedCatalogueFile } from '../../src-main/catalogue/seed';
import { createServices } from '../../src-main/services';
import { makeTestApp, type TestApp } from '../support/services';

const shipped = parseCatalogueFile(readFileSync(shippedCatalogueFile() as string, 'utf8'));
const procedures = shipped.ok ? shipped.file.procedures : [];

let app: TestApp;
afterEach(() => app?.close());

describe('the shipped catalogue (resources/catalogue/procedures.json)', () => {
  it('is a valid catalogue file with at least the 25 counter procedures of the reference', () => {
    expect(shipped.ok ? [] : shipped.issues.map((i) => i.text)).toEqual([]);
    expect(procedures.length).toBeGreaterThanOrEqual(25);
    expect(new Set(procedures.map((p) => p.id)).size).toBe(procedures.length);
    for (const id of ['cap-lai-the-bhyt', 'doi-the-bhyt', 'huong-luong-huu', 'huong-bhxh-mot-lan', 'thanh-toan-truc-tiep-kcb', 'uy-quyen-linh-thay']) {
      expect(procedures.map((p) => p.id)).toContain(id);
    }
  });

  it('leaves out the unemployment-benefit claim, which the job-service centre receives, not BHXH', () => {
    expect(procedures.some((p) => /giải quyết trợ cấp thất nghiệp/i.test(p.name))).toBe(false);
  });

  it('gives every procedure a dossier component, a result and a legal basis', () => {
    for (const p of procedures) {
      expect(p.components.length, p.id).toBeGreaterThanOrEqual(1);
      expect(p.components.some((c) => c.required), p.id).toBe(true);
      expect(p.result, p.id).not.toBe('');
      expect(p.legalBasis, p.id).toMatch(/Quyết định|Luật/);
    }
  });

  it('marks the "4 tại chỗ" procedures, each with a short time limit', () => {
    const onTheSpot = procedures.filter((p) => p.onTheSpot).map((p) => p.id);
    expect(onTheSpot).toEqual(expect.arrayContaining(['cap-lai-the-bhyt', 'doi-the-bhyt', 'uy-quyen-linh-thay', 'cap-lai-the-bhyt-nguoi-huong-luong-huu']));
    for (const p of procedures.filter((x) => x.onTheSpot)) expect(p.timeLimitDays, p.id).toBeLessThanOrEqual(5);
  });

  it('carries the shortened limits of the source documents: card and book 5 days, pension 20', () => {
    const limit = (id: string) => procedures.find((p) => p.id === id)?.timeLimitDays;
    expect(limit('dang-ky-dong-bhxh-bat-buoc')).toBe(5);
    expect(limit('dang-ky-bhxh-tu-nguyen')).toBe(5);
    expect(limit('huong-luong-huu')).toBe(20);
    expect(limit('cap-the-bhyt-nguoi-huong-tctn')).toBe(2);
  });

  it('is loaded into an empty database at start-up, once', () => {
    app = makeTestApp();
    const { catalogue } = app.services;
    expect(catalogue.list()).toHaveLength(procedures.length);
    const doiThe = catalogue.currentVersion('doi-the-bhyt');
    expect(doiThe).toMatchObject({ version: 1, name: expect.stringMatching(/^Đổi thẻ BHYT/), code: null, field: 'thu_so_the', onTheSpot: true });
    expect(doiThe?.components[0]).toMatchObject({ formCode: 'TK1-TS', copyType: 'ban_chinh', count: 1, required: true });
    const second = createServices({ dataDir: app.dataDir });
    try {
      expect(second.catalogue.list()).toHaveLength(procedures.length);
      expect(second.sqlite.prepare('SELECT count(*) AS n FROM procedure_versions').get()).toEqual({ n: procedures.length });
    } finally {
      second.close();
    }
  });
});
