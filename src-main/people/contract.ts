// @runs: shared
import { z } from 'zod';
import { method } from '../api/kit';
import { loadedVersion, text } from '../shared/schemas';
import { identityMessages } from '../shared/vi/identity';

const types = z.object({ types: z.array(z.string()), version: z.string() });

export const peopleContract = {
  /** The identity document types the office accepts besides the personal ID, "Hộ chiếu" first. */
  'people.documentTypes': method(z.strictObject({}), types, 'clerk'),
  'people.setDocumentTypes': method(
    z.strictObject({
      types: z.array(text(60)).max(30, { error: identityMessages.typesTooMany }),
      /** Refused (CONFLICT, nothing written) when the stored types changed since the form loaded this version. */
      version: loadedVersion,
    }),
    types,
    'supervisor',
  ),
};
