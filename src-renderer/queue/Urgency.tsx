// @runs: renderer
// Due soon and overdue are told by an icon and words as well as by colour.
import { queueUi as t } from '../../src-main/shared/vi/queue';

export function Urgency({ urgency, daysLeft }: { urgency: 'overdue' | 'dueSoon' | null; daysLeft: number | null }) {
  if (urgency === 'overdue') {
    return (
      <span className="q-urgency q-urgency--overdue">
        <span aria-hidden="true">{t.overdueIcon} </span>
        {t.overdueBy(Math.max(1, -(daysLeft ?? 0)))}
      </span>
    );
  }
  if (urgency === 'dueSoon') {
    return (
      <span className="q-urgency q-urgency--soon">
        <span aria-hidden="true">{t.dueSoonIcon} </span>
        {t.dueIn(daysLeft ?? 0)}
      </span>
    );
  }
  return daysLeft !== null ? <span className="q-urgency">{t.dueIn(daysLeft)}</span> : null;
}
