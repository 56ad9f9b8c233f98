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
import { asDiskFull } from '../services/disk-full';
import { cliWords } from '../shared/vi/cli';
import { accountCommands } from './account-commands';
import { backupCommands } from './backup-commands';
import { endOfDayCommands } from './end-of-day-commands';
import { hubCommands } from './hub-commands';

export interface CliCommand {
  /** The command's arguments and what it does, for the usage text (the command's name is put before it). */
  usage: string;
  run?(services: Services, args: string[]): Promise<number> | number;
  /** Instead of run, for commands that must work when the database is damaged (verify, restore): no services are opened for them. */
  runOnDataDir?(dataDir: string, args: string[]): Promise<number> | number;
}

export const commands: Record<string, CliCommand> = { ...backupCommands, ...endOfDayCommands, ...accountCommands, ...hubCommands };

const HELP = new Set(['--help', '-h', 'help']);

/** The usage text: the heading, then one line per command. */
export function usageText(): string {
  return [cliWords.heading, ...Object.entries(commands).map(([name, c]) => `  ${name} ${c.usage}`), cliWords.help].join('\n');
}

/** Electron's userData folder for this app, so the CLI finds the counter's data by default. */
function defaultDataDir(): string {
  const name = 'mot-cua-desk';
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), name);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), name);
}

/**
 * Runs one command line (without node and the script). Takes the arguments; gives the exit code:
 * 0 done (or help asked for, printed on stdout), 1 failed, 2 no or unknown command (usage on stderr).
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv.filter((a) => !a.startsWith('--data-dir'));
  if (name && HELP.has(name)) {
    console.log(usageText());
    return 0;
  }
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error([...(name ? [cliWords.unknown(name)] : []), usageText()].join('\n'));
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
  } catch (thrown) {
    const error = asDiskFull(thrown, 'data', dataDir);
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    services?.close();
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => process.exit(code));
