// @runs: renderer
// Due soon and overdue are told by an icon and words as well as by colour.
import type { TimeLimitUnit } from '../../src-main/calendar/appointment';
import { queueUi as t } from '../../src-main/shared/vi/queue';

export function Urgency({ urgency, daysLeft, unit }: { urgency: 'overdue' | 'dueSoon' | null; daysLeft: number | null; unit: TimeLimitUnit }) {
  if (urgency === 'overdue') {
    return (
      <span className="q-urgency q-urgency--overdue">
        <span aria-hidden="true">{t.overdueIcon} </span>
        {t.overdueBy(Math.max(1, -(daysLeft ?? 0)), unit)}
      </span>
    );
  }
  if (urgency === 'dueSoon') {
    return (
      <span className="q-urgency q-urgency--soon">
        <span aria-hidden="true">{t.dueSoonIcon} </span>
        {t.dueIn(daysLeft ?? 0, unit)}
      </span>
    );
  }
  return daysLeft !== null ? <span className="q-urgency">{t.dueIn(daysLeft, unit)}</span> : null;
}
