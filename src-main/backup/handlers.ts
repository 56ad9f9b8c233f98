// @runs: main
import type { HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { backupContract } from './contract';

export function backupHandlers(services: Services): HandlersOf<typeof backupContract> {
  void services;
  return {};
}
