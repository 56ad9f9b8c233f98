// @runs: main
import type { HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { catalogueContract } from './contract';

export function catalogueHandlers(services: Services): HandlersOf<typeof catalogueContract> {
  void services;
  return {};
}
