// @runs: test
import type { dossiersContract } from '../../../src-main/dossiers/contract';
import type { Samples } from './index';

export const dossiersSamples: Samples<typeof dossiersContract> = {};
