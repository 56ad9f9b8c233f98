// @runs: renderer
// Small pieces shared by the catalogue views.
import { catalogueText } from '../../src-main/shared/vi/catalogue';

const t = catalogueText.screen;

export function timeLimitText(days: number): string {
  return t.days(days);
}

export function OnTheSpotBadge() {
  return (
    <span className="cat-badge" title={t.onTheSpotHint}>
      {t.onTheSpot}
    </span>
  );
}
