// @runs: shared
import { z } from 'zod';
import { method } from '../api/kit';
import { text } from '../shared/schemas';
import { identityMessages } from '../shared/vi/identity';

const types = z.object({ types: z.array(z.string()) });

export const peopleContract = {
  /** The identity document types the office accepts besides the personal ID, "Hộ chiếu" first. */
  'people.documentTypes': method(z.strictObject({}), types, 'clerk'),
  'people.setDocumentTypes': method(
    z.strictObject({ types: z.array(text(60)).max(30, { error: identityMessages.typesTooMany }) }),
    types,
    'supervisor',
  ),
};
