// @runs: main
// Finds the catalogue shipped with the app (resources/catalogue/procedures.json)
// wherever this code runs: the packaged app (process.resourcesPath), the bundle
// in out/main and the sources in src-main/catalogue (both two levels below the
// project), or a script started from the project folder.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function shippedCatalogueFile(): string | null {
  const roots = [
    process.env.MOTCUA_RESOURCES_DIR,
    (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath,
    resolve(__dirname, '../../resources'),
    resolve(process.cwd(), 'resources'),
  ];
  for (const root of roots) {
    if (!root) continue;
    const file = join(root, 'catalogue', 'procedures.json');
    if (existsSync(file)) return file;
  }
  return null;
}

export function shippedCatalogueText(): string | null {
  const file = shippedCatalogueFile();
  return file ? readFileSync(file, 'utf8') : null;
}
