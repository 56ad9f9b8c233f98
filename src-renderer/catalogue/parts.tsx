// @runs: renderer
// Small pieces shared by the catalogue views.
import type { TimeLimitUnit } from '../../src-main/calendar/appointment';
import { catalogueText } from '../../src-main/shared/vi/catalogue';

const t = catalogueText.screen;

export function timeLimitText(days: number, unit: TimeLimitUnit): string {
  return t.days(days, unit);
}

export function OnTheSpotBadge() {
  return (
    <span className="cat-badge" title={t.onTheSpotHint}>
      {t.onTheSpot}
    </span>
  );
}
