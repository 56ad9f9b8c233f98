// @runs: renderer
// The frame of the working day: left navigation (Alt+1…Alt+6), the signed-in
// clerk and the counter always visible, the current section on the right.
import { useEffect, useMemo, useState, type ComponentType } from 'react';
import { ui } from '../../src-main/shared/vi/ui';
import { call, notifyStatusChanged } from '../api';
import type { AppStatus } from '../App';
import { Kbd } from '../ui/form';
import { ComingSoon } from './ComingSoon';
import { HubStatusLine } from './HubStatusLine';
import { NavigationContext } from './navigation';
import { ReferencesScreen } from '../catalogue/ReferencesScreen';
import { DossierView } from '../dossiers/DossierView';
import { EndOfDayScreen } from '../end-of-day/EndOfDayScreen';
import { IntakeScreen } from '../intake/IntakeScreen';
import { followHubArrivals } from '../queue/events';
import { QueueScreen } from '../queue/QueueScreen';
import { ReturnsScreen } from '../queue/ReturnsScreen';
import { SearchDialog } from '../search/SearchDialog';
import { SettingsScreen } from '../settings/SettingsScreen';

export interface SectionProps {
  status: AppStatus;
}

interface Section {
  id: string;
  label: string;
  screen: ComponentType<SectionProps>;
}

const sections: Section[] = [
  { id: 'intake', label: ui.nav.intake, screen: IntakeScreen },
  { id: 'queue', label: ui.nav.queue, screen: QueueScreen },
  { id: 'returns', label: ui.nav.returns, screen: ReturnsScreen },
  { id: 'end-of-day', label: ui.nav.endOfDay, screen: EndOfDayScreen },
  { id: 'catalogue', label: ui.nav.catalogue, screen: ReferencesScreen },
  { id: 'settings', label: ui.nav.settings, screen: SettingsScreen },
];

export function Shell({ status }: { status: AppStatus }) {
  const [current, setCurrent] = useState(sections[0]?.id ?? 'intake');
  const [searching, setSearching] = useState(false);
  const [openDossier, setOpenDossier] = useState<number | null>(null);
  const navigation = useMemo(() => ({ openDossier: setOpenDossier }), []);

  // Another counter's change, received from the office hub, refreshes the open lists and dossier on their own.
  useEffect(followHubArrivals, []);

  useEffect(() => {
    if (status.locked) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && /^[1-9]$/.test(event.key)) {
        const section = sections[Number(event.key) - 1];
        if (section) {
          event.preventDefault();
          setCurrent(section.id);
        }
      } else if (event.ctrlKey && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setSearching(true);
      } else if (event.ctrlKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void lock();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [status.locked]);

  const section = sections.find((s) => s.id === current) ?? sections[0];
  const Screen = section?.screen ?? ComingSoon;

  return (
    <NavigationContext.Provider value={navigation}>
      <div className="shell">
        <nav className="nav" aria-label="Chức năng">
          <div className="nav__brand">
            <strong>{ui.appName}</strong>
            <span>{status.office?.officeName}</span>
          </div>
          <ul>
            {sections.map((s, index) => (
              <li key={s.id}>
                <button type="button" className={s.id === current ? 'nav__item nav__item--current' : 'nav__item'} aria-current={s.id === current ? 'page' : undefined} onClick={() => setCurrent(s.id)}>
                  <span>{s.label}</span>
                  <Kbd>Alt+{index + 1}</Kbd>
                </button>
              </li>
            ))}
          </ul>
          <div className="nav__who" aria-label="Người đang làm việc">
            <div className="nav__counter">{ui.counter(status.counterNumber)}</div>
            <div className="nav__clerk" data-testid="current-clerk">
              {status.clerk?.fullName}
            </div>
            <div className="muted">{status.clerk ? ui.roles[status.clerk.role] : ''}</div>
            <HubStatusLine />
            <div className="actions">
              <button type="button" onClick={() => setSearching(true)}>
                {ui.nav.search} <Kbd>Ctrl+F</Kbd>
              </button>
              <button type="button" onClick={() => void lock()}>
                {ui.nav.lock} <Kbd>Ctrl+L</Kbd>
              </button>
              <button type="button" onClick={() => void signOut()}>
                {ui.nav.signOut}
              </button>
            </div>
          </div>
        </nav>
        <main className="content" aria-label={section?.label} tabIndex={-1}>
          <Screen status={status} />
        </main>
        {searching ? (
          <SearchDialog
            clerkId={status.clerk?.id}
            onClose={() => setSearching(false)}
            onOpen={(dossierId) => {
              setSearching(false);
              setOpenDossier(dossierId);
            }}
          />
        ) : null}
        {openDossier !== null ? <DossierView dossierId={openDossier} onClose={() => setOpenDossier(null)} /> : null}
      </div>
    </NavigationContext.Provider>
  );
}

async function lock() {
  await call('session.lock', {});
  notifyStatusChanged();
}

async function signOut() {
  await call('session.signOut', {});
  notifyStatusChanged();
}
