// @runs: main
import type { FeatureDeps } from '../services/deps';

export class Documents {
  constructor(private readonly deps: FeatureDeps) {}
}
