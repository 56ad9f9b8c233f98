// @runs: test
import type { catalogueContract } from '../../../src-main/catalogue/contract';
import type { Samples } from './index';

export const catalogueSamples: Samples<typeof catalogueContract> = {};
