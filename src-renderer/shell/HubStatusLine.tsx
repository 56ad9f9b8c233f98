// @runs: renderer
// The navigation footer's line about the office hub: synced, or working
// offline with the number of changes waiting, and the time of the last exchange;
// the conflicts waiting for a supervisor open the conflict screen.
import { useEffect, useState } from 'react';
import type { Output } from '../../src-main/api/contract';
import { hubWords } from '../../src-main/shared/vi/hub';
import { call } from '../api';
import { queueChanged } from '../queue/events';
import { ConflictsDialog } from '../hub/ConflictsDialog';
import { useNavigation } from './navigation';

const REFRESH_MS = 3_000;

export function HubStatusLine() {
  const [status, setStatus] = useState<Output<'hub.status'> | null>(null);
  const [conflicts, setConflicts] = useState(false);
  const { openDossier } = useNavigation();

  useEffect(() => {
    let alive = true;
    const refresh = () => void call('hub.status', {}).then((r) => alive && r.ok && setStatus(r.value));
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    // A clerk's action adds a waiting change; a received one moves the last exchange: show both at once.
    queueChanged.addEventListener('change', refresh);
    return () => {
      alive = false;
      clearInterval(timer);
      queueChanged.removeEventListener('change', refresh);
    };
    // Asked again when the conflict screen closes: a settlement there lowers the count at once.
  }, [conflicts]);

  if (!status?.joined) return null;
  return (
    <div className={status.connected ? 'nav__hub' : 'nav__hub nav__hub--offline'} role="status" data-testid="hub-status">
      <div>{status.label}</div>
      {status.lastExchangeAt ? <div className="muted">{hubWords.lastExchange(status.lastExchangeAt.slice(11, 19))}</div> : null}
      {status.conflicts > 0 ? (
        <button type="button" onClick={() => setConflicts(true)} data-testid="hub-conflicts">
          {hubWords.ui.conflicts(status.conflicts)}
        </button>
      ) : null}
      {conflicts ? (
        <ConflictsDialog
          onClose={() => setConflicts(false)}
          onOpenDossier={(dossierId) => {
            setConflicts(false);
            openDossier(dossierId);
          }}
        />
      ) : null}
    </div>
  );
}
