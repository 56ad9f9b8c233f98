// @runs: test
// The packaged app's Electron fuses, as build/electron-builder.yml sets them:
// packaging cannot run here (no Electron binary), so the configuration is held.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync(resolve(__dirname, '../../build/electron-builder.yml'), 'utf8')) as {
  asar?: boolean;
  electronFuses?: Record<string, boolean>;
};

describe('Electron fuses in the packaging configuration', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['onlyLoadAppFromAsar', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['enableCookieEncryption', true],
  ])('%s is %s', (fuse, value) => {
    expect(config.electronFuses?.[fuse]).toBe(value);
  });

  it('packs the app into app.asar, which the asar fuses need', () => {
    expect(config.asar).toBe(true);
  });

  it('decides every fuse electron-builder knows, leaving none to a default', () => {
    expect(Object.keys(config.electronFuses ?? {}).sort()).toEqual(
      [
        'enableCookieEncryption',
        'enableEmbeddedAsarIntegrityValidation',
        'enableNodeCliInspectArguments',
        'enableNodeOptionsEnvironmentVariable',
        'grantFileProtocolExtraPrivileges',
        'loadBrowserProcessSpecificV8Snapshot',
        'onlyLoadAppFromAsar',
        'runAsNode',
      ].sort(),
    );
  });
});
