// @runs: main
import type { HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { searchContract } from './contract';

export function searchHandlers(services: Services): HandlersOf<typeof searchContract> {
  void services;
  return {};
}
