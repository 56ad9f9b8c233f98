// @runs: main
// CLI commands of the backup feature (filled in by it).
import type { CliCommand } from './index';

export const backupCommands: Record<string, CliCommand> = {};
