// @runs: main
// The catalogue shipped with the app: resources/catalogue/procedures.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { findResource } from '../services/resources';
import { settingKey } from '../settings/store';

const FILE = join('catalogue', 'procedures.json');

export function shippedCatalogueFile(): string | null {
  const root = findResource(FILE);
  return root ? join(root, FILE) : null;
}

export function shippedCatalogueText(): string | null {
  const file = shippedCatalogueFile();
  return file ? readFileSync(file, 'utf8') : null;
}

/**
 * The `effectiveFrom` of the last shipped catalogue applied to this database ('' = none). A newer
 * shipped edition (the Law 41/2024 catalogue, effective 01/07/2025) is applied once at start-up as
 * new procedure versions; dossiers received earlier keep the versions they were received under.
 */
export const shippedEditionSetting = settingKey('catalogue.shippedEdition', z.string(), '');
