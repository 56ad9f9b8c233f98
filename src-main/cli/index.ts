// @runs: main
// `npm run cli -- <command> [options]` for the IT officer's scheduled tasks, on
// the same data folder as the app (--data-dir / MOTCUA_DATA_DIR). No prompts;
// the exit code says how it went: 0 done, 1 failed, 2 wrong usage.
import { join } from 'node:path';
import { homedir } from 'node:os';
import { lostDatabaseReason } from '../backup/store';
import { createServices, type Services } from '../services';
import { backupWords } from '../shared/vi/backup';
import { dataDirOverride } from '../services/data-dir';
import { backupCommands } from './backup-commands';
import { endOfDayCommands } from './end-of-day-commands';

export interface CliCommand {
  /** One line for the usage text. */
  usage: string;
  run?(services: Services, args: string[]): Promise<number> | number;
  /** Instead of run, for commands that must work when the database is damaged (verify, restore): no services are opened for them. */
  runOnDataDir?(dataDir: string, args: string[]): Promise<number> | number;
}

export const commands: Record<string, CliCommand> = { ...backupCommands, ...endOfDayCommands };

/** Electron's userData folder for this app, so the CLI finds the counter's data by default. */
function defaultDataDir(): string {
  const name = 'mot-cua-desk';
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), name);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), name);
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv.filter((a) => !a.startsWith('--data-dir'));
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(['Cách dùng: npm run cli -- <lệnh> [tham số] [--data-dir=THƯ_MỤC]', ...Object.entries(commands).map(([n, c]) => `  ${n} ${c.usage}`)].join('\n'));
    return 2;
  }
  const dataDir = dataDirOverride(argv, process.env) ?? defaultDataDir();
  let services: Services | undefined;
  try {
    if (command.runOnDataDir) return await command.runOnDataDir(dataDir, rest);
    // Opening the services would create an empty database in place of the lost one.
    const lost = lostDatabaseReason(dataDir);
    if (lost) {
      console.error(`${lost} ${backupWords.cli.restoreFirst}`);
      return 1;
    }
    services = createServices({ dataDir });
    return command.run ? await command.run(services, rest) : 2;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    services?.close();
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => process.exit(code));
