// @runs: node-script
// Procedure search as the clerk types: p95 per keystroke-query over the shipped
// catalogue and over 2,000 synthetic procedures (a generous upper bound for one
// office), plus the cost of rebuilding the in-memory index after a change.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedCatalogueFile } from '../src-main/catalogue/seed';
import { createServices, type Services } from '../src-main/services';
import { figure, millisecondsSince, percentile, type Figure } from './report';

const QUERIES = ['d', 'do', 'doi', 'doi t', 'doi the', 'cap lai the bhyt', 'dang ky', 'huong luong huu', 'tk1', '14-hsb', 'thai san', 'bhxh mot lan', 'x', 'tu tuat', 'thanh toan truc tiep'];

interface ShippedEntry {
  id: string;
  name: string;
  [key: string]: unknown;
}

function syntheticCatalogue(count: number): string {
  const shipped = JSON.parse(readFileSync(shippedCatalogueFile() as string, 'utf8')) as { procedures: ShippedEntry[] };
  const words = [...new Set(shipped.procedures.flatMap((p) => p.name.split(/\s+/)))];
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const procedures = Array.from({ length: count }, (_, i) => {
    const base = shipped.procedures[i % shipped.procedures.length] as ShippedEntry;
    const extra = Array.from({ length: 4 }, () => words[Math.floor(random() * words.length)]).join(' ');
    return { ...base, id: `${base.id}-${i}`, code: `1.${String(100000 + i)}`, name: `${base.name} ${extra}` };
  });
  return JSON.stringify({ format: 'mot-cua-desk/catalogue', version: 1, procedures });
}

function searchP95(services: Services): number {
  const samples: number[] = [];
  for (let round = 0; round < 40; round++) {
    for (const query of QUERIES) {
      const start = process.hrtime.bigint();
      services.catalogue.search(query);
      samples.push(millisecondsSince(start));
    }
  }
  return percentile(samples, 95);
}

export function benchCatalogue(): Figure[] {
  const dataDir = mkdtempSync(join(tmpdir(), 'mot-cua-bench-catalogue-'));
  const services = createServices({ dataDir });
  try {
    const figures: Figure[] = [];
    services.catalogue.search('');
    const shippedCount = services.catalogue.list().length;
    const shipped = searchP95(services);
    figures.push(figure(`search p95, shipped catalogue (${shippedCount} procedures)`, shipped, 'ms', '< 5 ms', shipped < 5));

    const text = syntheticCatalogue(2000);
    const importStart = process.hrtime.bigint();
    const report = services.catalogue.importCatalogue(text, null);
    const importMs = millisecondsSince(importStart);
    if (!report.imported) throw new Error(report.issues[0]?.text);
    const rebuildStart = process.hrtime.bigint();
    services.catalogue.search('doi the');
    const rebuildMs = millisecondsSince(rebuildStart);
    const large = searchP95(services);
    const total = services.catalogue.list().length;
    figures.push(figure(`search p95, ${total} procedures`, large, 'ms', '< 5 ms', large < 5));
    figures.push(figure(`first search after a change (index rebuild), ${total} procedures`, rebuildMs, 'ms', '< 100 ms', rebuildMs < 100));
    figures.push(figure('import of a 2,000-procedure file (validate + write versions)', importMs, 'ms', '< 2000 ms', importMs < 2000));
    return figures;
  } finally {
    services.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
