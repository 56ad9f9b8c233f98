// @runs: test
import type { satisfactionContract } from '../../../src-main/satisfaction/contract';
import type { Samples } from './index';

export const satisfactionSamples: Samples<typeof satisfactionContract> = {
  'satisfaction.rate': { dossierId: 1, procedureQuality: 5, staffAttitude: 4, resultQuality: 5, comment: 'Cán bộ hướng dẫn tận tình' },
  'satisfaction.get': { dossierId: 1 },
  'satisfaction.stats': { from: '2026-03-01', to: '2026-03-31' },
};
