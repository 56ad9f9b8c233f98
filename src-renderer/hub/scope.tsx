// @runs: renderer
// "Quầy này / Cả văn phòng" on the screens that list dossiers. Shown when the
// counter is joined to an office hub or still holds other counters' dossiers
// from an earlier join (else every dossier is this counter's). The whole office by default, as a return desk needs; each
// clerk's choice is remembered per screen on this machine. F4 switches.
import { useCallback, useEffect, useState } from 'react';
import type { OfficeScope } from '../../src-main/hub/scope';
import { hubWords } from '../../src-main/shared/vi/hub';
import { call } from '../api';
import { Kbd } from '../ui/form';

const w = hubWords.scope;
export const SCOPE_KEY = 'F4';

export type ScopeScreen = 'queue' | 'returns' | 'search';

function storageKey(screen: ScopeScreen, clerkId: number | undefined): string {
  return `motcua.scope.${clerkId ?? 0}.${screen}`;
}

function remembered(screen: ScopeScreen, clerkId: number | undefined): OfficeScope {
  try {
    return window.localStorage.getItem(storageKey(screen, clerkId)) === 'counter' ? 'counter' : 'office';
  } catch {
    return 'office';
  }
}

export interface ScopeChoice {
  /** Joined to a hub, or holding other counters' dossiers: the toggle is shown and lists pass the scope. */
  joined: boolean;
  scope: OfficeScope;
  /** What a list method takes: the scope when joined, nothing otherwise. */
  input: { scope?: OfficeScope };
  choose(scope: OfficeScope): void;
  toggle(): void;
}

/** One yes/no of the hub's status, asked once per screen. */
function useHubFlag(flag: 'joined' | 'holdsOffice'): boolean {
  const [value, setValue] = useState(false);
  useEffect(() => {
    let alive = true;
    void call('hub.status', {}).then((r) => alive && r.ok && setValue(r.value[flag]));
    return () => {
      alive = false;
    };
  }, [flag]);
  return value;
}

/** Whether this counter is joined to an office hub (asked once per screen). */
export function useHubJoined(): boolean {
  return useHubFlag('joined');
}

/** The scope of one screen for the signed-in clerk. */
export function useOfficeScope(screen: ScopeScreen, clerkId: number | undefined): ScopeChoice {
  const joined = useHubFlag('holdsOffice');
  const [scope, setScope] = useState<OfficeScope>(() => remembered(screen, clerkId));

  const choose = useCallback(
    (next: OfficeScope) => {
      setScope(next);
      try {
        window.localStorage.setItem(storageKey(screen, clerkId), next);
      } catch {
        // A machine without storage keeps the choice for this visit only.
      }
    },
    [screen, clerkId],
  );

  return { joined, scope, input: joined ? { scope } : {}, choose, toggle: () => choose(scope === 'office' ? 'counter' : 'office') };
}

/** True when the key event is the scope shortcut (handled by the screen's own key handler). */
export function isScopeKey(event: { key: string; ctrlKey: boolean; altKey: boolean; shiftKey: boolean }): boolean {
  return event.key === SCOPE_KEY && !event.ctrlKey && !event.altKey && !event.shiftKey;
}

/** Two radio buttons (←/→ inside, Tab in and out) and the F4 hint; nothing when the counter works alone. */
export function ScopeToggle({ choice }: { choice: ScopeChoice }) {
  if (!choice.joined) return null;
  return (
    <fieldset className="scope" data-testid="scope-toggle">
      <legend>{w.legend}</legend>
      {(['counter', 'office'] as const).map((value) => (
        <label key={value} className="scope__option">
          <input type="radio" name="office-scope" value={value} checked={choice.scope === value} onChange={() => choice.choose(value)} />
          {w[value]}
        </label>
      ))}
      <Kbd>{SCOPE_KEY}</Kbd>
    </fieldset>
  );
}

/** The "Quầy nhận" cell of a row, shown when the list is the whole office's. */
export function counterLabel(counter: number): string {
  return w.counterName(counter);
}
