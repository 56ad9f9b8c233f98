// @runs: main
// The window's size and position, remembered between sessions in the data folder.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(800).max(10000),
  height: z.number().int().min(600).max(10000),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof boundsSchema>;

const FILE = 'window-state.json';

export function loadWindowState(dataDir: string): WindowBounds | null {
  try {
    const parsed = boundsSchema.safeParse(JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveWindowState(dataDir: string, bounds: WindowBounds): void {
  writeFileSync(join(dataDir, FILE), JSON.stringify(bounds));
}
