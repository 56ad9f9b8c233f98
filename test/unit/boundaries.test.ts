// Every source file says where it may run (`// @runs: …` in its first lines),
// and may import only what exists there: the renderer never reaches Node or
// Electron, shared code stays pure, and only the Electron shell imports 'electron'.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

type Runtime = 'shared' | 'main' | 'electron' | 'preload' | 'renderer' | 'node-script' | 'test';

/** Which runtimes a file of each runtime may import from. */
const mayImport: Record<Runtime, Runtime[]> = {
  shared: ['shared'],
  renderer: ['renderer', 'shared'],
  main: ['main', 'shared'],
  electron: ['electron', 'main', 'shared'],
  preload: ['shared'],
  'node-script': ['node-script', 'main', 'shared'],
  test: ['test', 'main', 'shared', 'node-script'],
};

/** npm packages each runtime may use (main and scripts may use any but electron). */
const packagesFor: Partial<Record<Runtime, RegExp>> = {
  shared: /^zod$/,
  renderer: /^(react|react-dom|react-dom\/client|react\/jsx-runtime|pdfjs-dist(\/.*)?)$/,
  preload: /^electron$/,
};

const ROOT = resolve(__dirname, '../..');
const SOURCE_DIRS = ['src-main', 'src-renderer', 'scripts', 'test/support', 'test/e2e', 'test/harness', 'bench'];

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(ROOT, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) && !/\.(test|spec)\.tsx?$/.test(e.name) ? [path] : [];
  });
}

function runtimeOf(file: string): Runtime | null {
  const head = readFileSync(join(ROOT, file), 'utf8').split('\n').slice(0, 3).join('\n');
  return (head.match(/@runs: ([a-z-]+)/)?.[1] as Runtime | undefined) ?? null;
}

function importsOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const pattern = /(?:^|\n)\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...source.matchAll(pattern)].map((m) => (m[1] ?? m[2]) as string);
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = join(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (sourceFiles(dirname(candidate)).includes(candidate)) return candidate;
  }
  return null;
}

const files = SOURCE_DIRS.flatMap(sourceFiles);

describe('process boundaries', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('every file declares where it runs', () => {
    const undeclared = files.filter((f) => runtimeOf(f) === null);
    expect(undeclared).toEqual([]);
  });

  it('every import respects the runtime of the importing file', () => {
    const violations: string[] = [];
    for (const file of files) {
      const runtime = runtimeOf(file);
      if (!runtime) continue;
      for (const specifier of importsOf(file)) {
        if (specifier.startsWith('.')) {
          if (specifier.endsWith('.css')) continue;
          const target = resolveLocal(file, specifier);
          const targetRuntime = target ? runtimeOf(target) : null;
          if (!target || !targetRuntime || !mayImport[runtime].includes(targetRuntime)) {
            violations.push(`${file} (${runtime}) → ${specifier} (${targetRuntime ?? 'unknown'})`);
          }
          continue;
        }
        const isNodeBuiltin = specifier.startsWith('node:') || builtinModules.includes(specifier);
        const allowed = packagesFor[runtime];
        if (allowed ? !allowed.test(specifier) : specifier === 'electron' && runtime !== 'electron' && runtime !== 'test') {
          violations.push(`${file} (${runtime}) → package ${specifier}`);
        } else if (isNodeBuiltin && (runtime === 'renderer' || runtime === 'shared' || runtime === 'preload')) {
          violations.push(`${file} (${runtime}) → ${specifier}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('only src-main/shell imports electron', () => {
    const electronFiles = files.filter((f) => importsOf(f).includes('electron')).map((f) => relative(ROOT, join(ROOT, f)));
    expect(electronFiles.every((f) => f.startsWith(join('src-main', 'shell')) || f.startsWith(join('test', 'e2e')))).toBe(true);
  });
});
