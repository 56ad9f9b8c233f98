// @runs: shared
import { z } from 'zod';
import { method } from '../api/kit';
import { fieldMessages } from '../shared/vi/fields';
import { officeInput } from '../setup/contract';
import { loadedVersion } from '../shared/schemas';

const counterSettings = z.object({
  office: z.object({ parentAgency: z.string(), officeName: z.string(), officeCode: z.string(), place: z.string(), address: z.string(), phone: z.string() }),
  counterNumber: z.number(),
  idleMinutes: z.number(),
  /** What the form sends back as `version` when it saves. */
  version: z.string(),
});

export const settingsContract = {
  'settings.get': method(z.strictObject({}), counterSettings, 'clerk'),
  /** Refused (CONFLICT, nothing written) when `version` is not the stored values' one: they changed since the form loaded them. */
  'settings.update': method(
    z.strictObject({
      version: loadedVersion,
      office: officeInput,
      idleMinutes: z.number({ error: fieldMessages.idleMinutes }).int({ error: fieldMessages.idleMinutes }).min(1, { error: fieldMessages.idleMinutes }).max(240, { error: fieldMessages.idleMinutes }),
    }),
    counterSettings,
    'supervisor',
  ),
};
