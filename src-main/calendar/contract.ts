// @runs: shared
import { method } from '../api/kit';

export const calendarContract = {};
void method;
