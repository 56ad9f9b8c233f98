// @runs: main
import type { SettingsStore } from '../settings/store';
import { counterSetting } from '../settings/keys';
import type { OfficeScope } from './scope';

/** The counter number a list is narrowed to for a scope, or null for the whole office (also when no scope was given). */
export function counterOfScope(settings: Pick<SettingsStore, 'get'>, scope: OfficeScope | undefined): number | null {
  return scope === 'counter' ? settings.get(counterSetting) : null;
}
