// @runs: main
import type { HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { queueContract } from './contract';

export function queueHandlers(services: Services): HandlersOf<typeof queueContract> {
  void services;
  return {};
}
