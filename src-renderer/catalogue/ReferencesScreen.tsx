// @runs: renderer
// "Danh mục": the clerk's two references, the procedure catalogue and the working-day calendar.
import { useState } from 'react';
import { ui } from '../../src-main/shared/vi/ui';
import { CalendarScreen } from '../calendar/CalendarScreen';
import type { SectionProps } from '../shell/Shell';
import { CatalogueScreen } from './CatalogueScreen';

export function ReferencesScreen(props: SectionProps) {
  const [tab, setTab] = useState<'procedures' | 'calendar'>('procedures');
  return (
    <div className="stack">
      <div role="tablist" aria-label={ui.nav.catalogue} className="tabs">
        <button type="button" role="tab" aria-selected={tab === 'procedures'} onClick={() => setTab('procedures')}>
          {ui.references.procedures}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'calendar'} onClick={() => setTab('calendar')}>
          {ui.references.calendar}
        </button>
      </div>
      <div role="tabpanel">{tab === 'procedures' ? <CatalogueScreen {...props} /> : <CalendarScreen {...props} />}</div>
    </div>
  );
}
