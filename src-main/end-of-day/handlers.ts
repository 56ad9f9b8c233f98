// @runs: main
import type { HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { endOfDayContract } from './contract';

export function endOfDayHandlers(services: Services): HandlersOf<typeof endOfDayContract> {
  void services;
  return {};
}
