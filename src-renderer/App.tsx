// @runs: renderer
// Decides what the counter shows: first-run setup, sign-in, the lock screen or the work.
// While locked the work stays mounted (the clerk comes back to it) but hidden and inert.
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../src-main/api/contract';
import { ui } from '../src-main/shared/vi/ui';
import { call, statusChanged } from './api';
import { RecoveryScreen } from './backup/RecoveryScreen';
import { StartupCheckScreen } from './backup/StartupCheckScreen';
import { LockScreen } from './shell/LockScreen';
import { SetupScreen } from './shell/SetupScreen';
import { Shell } from './shell/Shell';
import { SignInScreen } from './shell/SignInScreen';
import { useIdleLock } from './ui/idle';

export type AppStatus = Output<'app.status'>;

export function App() {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const result = await call('app.status', {});
    if (result.ok) {
      setStatus(result.value);
      setError(null);
    } else setError(result.error.message);
  }, []);

  useEffect(() => {
    void refresh();
    const onChange = () => void refresh();
    statusChanged.addEventListener('change', onChange);
    return () => statusChanged.removeEventListener('change', onChange);
  }, [refresh]);

  useIdleLock(status, refresh);

  if (!status) return <main className="center">{error ?? ui.loading}</main>;
  if (status.checking) return <StartupCheckScreen onAgain={refresh} />;
  if (status.recovery) return <RecoveryScreen recovery={status.recovery} />;
  if (!status.setupDone) return <SetupScreen onDone={setStatus} />;
  if (!status.clerk) return <SignInScreen status={status} />;
  return (
    <>
      <div className="app" hidden={status.locked}>
        <Shell status={status} />
      </div>
      {status.locked ? <LockScreen status={status} /> : null}
    </>
  );
}
