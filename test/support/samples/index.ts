// @runs: test
// One valid input for every contract method, each feature in its own file. The
// type makes adding a method without a sample a compile error, so the
// malformed-input test (test/unit/api-boundary.test.ts) covers every method.
import type { Input, MethodName } from '../../../src-main/api/contract';
import type { ContractShape, InputOf } from '../../../src-main/api/kit';
import { calendarSamples } from './calendar';
import { catalogueSamples } from './catalogue';
import { documentsSamples } from './documents';
import { dossiersSamples } from './dossiers';
import { endOfDaySamples } from './end-of-day';
import { backupSamples } from './backup';
import { reportsSamples } from './reports';
import { foundationSamples } from './foundation';
import { satisfactionSamples } from './satisfaction';
import { attachmentsSamples } from './attachments';
import { peopleSamples } from './people';
import { searchSamples } from './search';
import { queueSamples } from './queue';
import { hubSamples } from './hub';

export type Samples<C extends ContractShape> = { [M in keyof C]: InputOf<C, M> };

export const validSamples: { [M in MethodName]: Input<M> } = {
  ...foundationSamples,
  ...catalogueSamples,
  ...calendarSamples,
  ...documentsSamples,
  ...dossiersSamples,
  ...peopleSamples,
  ...queueSamples,
  ...searchSamples,
  ...attachmentsSamples,
  ...satisfactionSamples,
  ...endOfDaySamples,
  ...backupSamples,
  ...reportsSamples,
  ...hubSamples,
};
