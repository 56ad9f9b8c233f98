// @runs: main
import type { HandlersOf } from '../api/kit';
import type { Services } from '../services';
import type { satisfactionContract } from './contract';

export function satisfactionHandlers(services: Services): HandlersOf<typeof satisfactionContract> {
  void services;
  return {};
}
