// @runs: main
import type { HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { dossiersContract } from './contract';

export function dossiersHandlers(services: Services): HandlersOf<typeof dossiersContract> {
  void services;
  return {};
}
