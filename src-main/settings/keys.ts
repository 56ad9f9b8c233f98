// @runs: main
// Settings that belong to the office and the counter as a whole.
import { z } from 'zod';
import { settingKey } from './store';

export const officeSchema = z.object({
  parentAgency: z.string(),
  officeName: z.string(),
  officeCode: z.string(),
  /** Place name printed before "ngày … tháng … năm …". */
  place: z.string(),
  /** The office's address and phone, printed on the papers (guidance slip, postal hand-over); asked at setup. */
  address: z.string().default(''),
  phone: z.string().default(''),
});
export type Office = z.infer<typeof officeSchema>;

export const officeSetting = settingKey<Office | null>('office', officeSchema.nullable(), null);
export const counterSetting = settingKey<number>('counter.number', z.number().int(), 1);
export const idleMinutesSetting = settingKey<number>('session.idleMinutes', z.number().int(), 10);
