// @runs: renderer
import { ui } from '../../src-main/shared/vi/ui';

export function ComingSoon() {
  return <p className="muted">{ui.comingSoon}</p>;
}
