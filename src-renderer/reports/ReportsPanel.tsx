// @runs: renderer
import { ComingSoon } from '../shell/ComingSoon';
import type { SectionProps } from '../shell/Shell';

export function ReportsPanel(_props: SectionProps) {
  return <ComingSoon />;
}
