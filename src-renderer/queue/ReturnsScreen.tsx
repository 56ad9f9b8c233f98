// @runs: renderer
import { ComingSoon } from '../shell/ComingSoon';
import type { SectionProps } from '../shell/Shell';

export function ReturnsScreen(_props: SectionProps) {
  return <ComingSoon />;
}
