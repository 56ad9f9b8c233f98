// @runs: main
// CLI commands of the end-of-day feature (filled in by it).
import type { CliCommand } from './index';

export const endOfDayCommands: Record<string, CliCommand> = {};
