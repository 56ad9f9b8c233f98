// @runs: main
// The catalogue shipped with the app: resources/catalogue/procedures.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findResource } from '../services/resources';

const FILE = join('catalogue', 'procedures.json');

export function shippedCatalogueFile(): string | null {
  const root = findResource(FILE);
  return root ? join(root, FILE) : null;
}

export function shippedCatalogueText(): string | null {
  const file = shippedCatalogueFile();
  return file ? readFileSync(file, 'utf8') : null;
}
