// @runs: renderer
import { ComingSoon } from '../shell/ComingSoon';
import type { SectionProps } from '../shell/Shell';

export function CloseDayPanel(_props: SectionProps) {
  return <ComingSoon />;
}
