// @runs: renderer
import { ComingSoon } from '../shell/ComingSoon';
import type { SectionProps } from '../shell/Shell';

export function BackupPanel(_props: SectionProps) {
  return <ComingSoon />;
}
