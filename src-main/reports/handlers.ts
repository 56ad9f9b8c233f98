// @runs: main
import type { HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { reportsContract } from './contract';

export function reportsHandlers(services: Services): HandlersOf<typeof reportsContract> {
  void services;
  return {};
}
