// @runs: shared
import { z } from 'zod';
import { method } from '../api/kit';
import { fieldMessages } from '../shared/vi/fields';
import { officeInput } from '../setup/contract';

const counterSettings = z.object({
  office: z.object({ parentAgency: z.string(), officeName: z.string(), officeCode: z.string(), place: z.string(), address: z.string(), phone: z.string() }),
  counterNumber: z.number(),
  idleMinutes: z.number(),
});

export const settingsContract = {
  'settings.get': method(z.strictObject({}), counterSettings, 'clerk'),
  'settings.update': method(
    z.strictObject({
      office: officeInput,
      idleMinutes: z.number({ error: fieldMessages.idleMinutes }).int({ error: fieldMessages.idleMinutes }).min(1, { error: fieldMessages.idleMinutes }).max(240, { error: fieldMessages.idleMinutes }),
    }),
    counterSettings,
    'supervisor',
  ),
};
