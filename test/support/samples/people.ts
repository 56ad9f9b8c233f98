// @runs: test
import type { peopleContract } from '../../../src-main/people/contract';
import type { Samples } from './index';

export const peopleSamples: Samples<typeof peopleContract> = {
  'people.documentTypes': {},
  'people.setDocumentTypes': { types: ['Hộ chiếu', 'Thẻ thường trú', 'Giấy phép lao động'] },
};
