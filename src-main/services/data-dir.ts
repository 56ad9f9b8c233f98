// @runs: main
// Where the counter's data lives: --data-dir=PATH or MOTCUA_DATA_DIR override
// the default (Electron's user-data folder), e.g. for tests or a second counter on one PC.
export function dataDirOverride(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const index = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (index >= 0) {
    const arg = argv[index] as string;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
    if (value) return value;
  }
  return env.MOTCUA_DATA_DIR || undefined;
}
