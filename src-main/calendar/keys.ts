// @runs: main
// The supervisor's appointment-time rules (ngày hẹn): no migration needed to add one.
import { z } from 'zod';
import { settingKey } from '../settings/store';
import { clockTimePattern, defaultAppointmentRules, DUE_ON_DAY_OFF, type DueOnDayOff } from './appointment';

const clockTime = z.string().regex(clockTimePattern);

export const cutoffSetting = settingKey('calendar.cutoff', clockTime, defaultAppointmentRules.cutoff);
export const sameDayTimeSetting = settingKey('calendar.sameDayTime', clockTime, defaultAppointmentRules.sameDayTime);
export const opensAtSetting = settingKey('calendar.opensAt', clockTime, defaultAppointmentRules.opensAt);
export const closesAtSetting = settingKey('calendar.closesAt', clockTime, defaultAppointmentRules.closesAt);
export const dueTimeSetting = settingKey<'receipt' | string>('calendar.dueTime', z.union([z.literal('receipt'), clockTime]), defaultAppointmentRules.dueTime);
export const dueOnDayOffSetting = settingKey<DueOnDayOff>('calendar.dueOnDayOff', z.enum(DUE_ON_DAY_OFF), defaultAppointmentRules.dueOnDayOff);
