// @runs: main
import type { FeatureDeps } from '../services/deps';

export class Catalogue {
  constructor(private readonly deps: FeatureDeps) {}
}
