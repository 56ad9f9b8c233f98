// @runs: test
// Electronegativity, Doyensec's audit of Electron apps, on src-main: no HIGH or
// MEDIUM finding of CERTAIN or FIRM confidence. A window written the wrong way
// is audited too, to show the check sees what it should.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Level {
  name: string;
  value: number;
}
interface Finding {
  id: string;
  file: string;
  location: { line: number };
  severity: Level;
  confidence: Level;
}
interface Audit {
  issues: Finding[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
type Electronegativity = (options: Record<string, unknown>, forCli: boolean) => Promise<Audit>;

const require = createRequire(import.meta.url);
const electronegativity = require('@doyensec/electronegativity') as Electronegativity;
const electronVersion = (require('electron/package.json') as { version: string }).version;

/**
 * Audits a folder as `electronegativity -i DIR -e VERSION` would. Without a package.json the tool
 * cannot tell the Electron version, so it is given the installed one. The check of newer Electron
 * releases is left out: it downloads their list, and a unit test must not depend on the network.
 */
function audit(input: string): Promise<Audit> {
  return electronegativity({ input, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: ['availablesecurityfixesglobalcheck'] }, false);
}

/** HIGH or MEDIUM, CERTAIN or FIRM: what the audit must not report. */
function serious(audited: Audit): string[] {
  return audited.issues
    .filter((i) => ['HIGH', 'MEDIUM'].includes(i.severity.name) && ['CERTAIN', 'FIRM'].includes(i.confidence.name))
    .map((i) => `${i.id} ${i.severity.name}/${i.confidence.name} ${i.file}:${i.location.line}`);
}

describe('electronegativity on src-main', () => {
  it('reports no HIGH or MEDIUM finding of CERTAIN or FIRM confidence, and reads every file', async () => {
    const audited = await audit(resolve(__dirname, '../../src-main'));
    expect(audited.errors.filter((e) => !e.tolerable)).toEqual([]);
    expect(serious(audited)).toEqual([]);
  }, 60_000);

  it('does report a window whose settings come out of a function, as src-main/shell/main.ts had them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mot-cua-audit-'));
    try {
      writeFileSync(
        join(dir, 'main.ts'),
        "import { BrowserWindow } from 'electron';\nconst prefs = (preload: string) => ({ preload, contextIsolation: true, sandbox: true });\nnew BrowserWindow({ webPreferences: prefs('x.js') });\n",
      );
      const ids = serious(await audit(dir)).map((line) => line.split(' ')[0]);
      expect(ids).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'AUXCLICK_JS_CHECK']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
