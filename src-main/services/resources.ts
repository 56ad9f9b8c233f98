// @runs: main
// Where the app's resources/ folder (fonts, the shipped catalogue) is, wherever
// the code runs: given by the shell (a packaged app's process.resourcesPath),
// MOTCUA_RESOURCES_DIR, next to the bundle in out/main or the sources in
// src-main/<feature>, or the project folder a script was started from.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The first resources folder that holds `relativeFile`, or null. */
export function findResource(relativeFile: string, explicit?: string): string | null {
  const packaged = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  const candidates = [
    explicit,
    process.env.MOTCUA_RESOURCES_DIR,
    packaged ? join(packaged, 'resources') : undefined,
    resolve(__dirname, '../../resources'),
    resolve(process.cwd(), 'resources'),
  ];
  return candidates.find((dir): dir is string => Boolean(dir) && existsSync(join(dir as string, relativeFile))) ?? null;
}
