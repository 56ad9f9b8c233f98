// @runs: renderer
// The intake's function keys, shown on the buttons they trigger.
import { useEffect, useRef } from 'react';
import { screenKeysAllowed } from '../ui/layers';

interface IntakeKeys {
  enabled: boolean;
  onProcedure: () => void;
  onApplicant: () => void;
  onChecklist: () => void;
  onTickAll: () => void;
  onReturning: () => void;
  onGuidance: () => void;
  onRefuse: () => void;
  onAccept: () => void;
  onOnTheSpot: () => void;
}

export function useIntakeKeys(keys: IntakeKeys): void {
  const latest = useRef(keys);
  latest.current = keys;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const k = latest.current;
      if (!k.enabled || !screenKeysAllowed() || event.ctrlKey || event.altKey || event.metaKey) return;
      const action = {
        F2: k.onProcedure,
        F3: k.onApplicant,
        F4: event.shiftKey ? k.onTickAll : k.onChecklist,
        F6: k.onReturning,
        F8: event.shiftKey ? k.onRefuse : k.onGuidance,
        F9: event.shiftKey ? k.onOnTheSpot : k.onAccept,
      }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
