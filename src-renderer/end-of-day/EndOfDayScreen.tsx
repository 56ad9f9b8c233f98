// @runs: renderer
// "Cuối ngày": close the day and send its work, the reports, the citizens' satisfaction, the backups.
import { useState } from 'react';
import { ui } from '../../src-main/shared/vi/ui';
import { BackupPanel } from '../backup/BackupPanel';
import { ReportsPanel } from '../reports/ReportsPanel';
import { SatisfactionPanel } from '../reports/SatisfactionPanel';
import type { SectionProps } from '../shell/Shell';
import { CloseDayPanel } from './CloseDayPanel';

type Tab = 'close' | 'reports' | 'satisfaction' | 'backup';

export function EndOfDayScreen(props: SectionProps) {
  const [tab, setTab] = useState<Tab>('close');
  const tabs: [Tab, string][] = [
    ['close', ui.endOfDay.close],
    ['reports', ui.endOfDay.reports],
    ['satisfaction', ui.endOfDay.satisfaction],
    ['backup', ui.endOfDay.backup],
  ];
  return (
    <div className="stack">
      <h1>{ui.nav.endOfDay}</h1>
      <div role="tablist" aria-label={ui.nav.endOfDay} className="tabs">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'close' ? <CloseDayPanel {...props} /> : null}
        {tab === 'reports' ? <ReportsPanel {...props} /> : null}
        {tab === 'satisfaction' ? <SatisfactionPanel {...props} /> : null}
        {tab === 'backup' ? <BackupPanel {...props} /> : null}
      </div>
    </div>
  );
}
