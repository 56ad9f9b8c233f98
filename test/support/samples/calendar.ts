// @runs: test
import type { calendarContract } from '../../../src-main/calendar/contract';
import type { Samples } from './index';

export const calendarSamples: Samples<typeof calendarContract> = {};
