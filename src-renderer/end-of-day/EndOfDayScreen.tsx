// @runs: renderer
// "Cuối ngày": close the day and send its work, the reports, the citizens' satisfaction, the backups;
// joined to an office hub, a supervisor also sees every counter's day (Các quầy).
import { useState } from 'react';
import { ui } from '../../src-main/shared/vi/ui';
import { hubWords } from '../../src-main/shared/vi/hub';
import { BackupPanel } from '../backup/BackupPanel';
import { OfficeDayPanel } from '../hub/OfficeDayPanel';
import { useHubJoined } from '../hub/scope';
import { ReportsPanel } from '../reports/ReportsPanel';
import { SatisfactionPanel } from '../reports/SatisfactionPanel';
import type { SectionProps } from '../shell/Shell';
import { CloseDayPanel } from './CloseDayPanel';

type Tab = 'close' | 'office' | 'reports' | 'satisfaction' | 'backup';

export function EndOfDayScreen(props: SectionProps) {
  const [tab, setTab] = useState<Tab>('close');
  const office = useHubJoined() && props.status.clerk?.role === 'supervisor';
  const tabs: [Tab, string][] = [
    ['close', ui.endOfDay.close],
    ...(office ? [['office', hubWords.officeDay.tab] as [Tab, string]] : []),
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
        {tab === 'office' ? <OfficeDayPanel /> : null}
        {tab === 'reports' ? <ReportsPanel {...props} /> : null}
        {tab === 'satisfaction' ? <SatisfactionPanel {...props} /> : null}
        {tab === 'backup' ? <BackupPanel {...props} /> : null}
      </div>
    </div>
  );
}
