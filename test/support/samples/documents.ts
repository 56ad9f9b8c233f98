// @runs: test
import type { documentsContract } from '../../../src-main/documents/contract';
import type { Samples } from './index';

export const documentsSamples: Samples<typeof documentsContract> = {};
