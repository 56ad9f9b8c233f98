// @runs: test
import type { searchContract } from '../../../src-main/search/contract';
import type { Samples } from './index';

export const searchSamples: Samples<typeof searchContract> = {
  'search.dossiers': { query: 'nguyen van an', limit: 20 },
};
