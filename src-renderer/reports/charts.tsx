// @runs: renderer
// Two small charts drawn as inline SVG: every bar carries its label and its
// number as text, so nothing depends on telling colours apart.
import { formatNumber } from '../../src-main/shared/vi/reports';

export interface Bar {
  label: string;
  value: number;
}

const ROW = 32;
const LABEL_WIDTH = 300;
const BAR_WIDTH = 320;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 70;

const shorten = (text: string, max = 36) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function BarChart({ title, bars, testId }: { title: string; bars: Bar[]; testId?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 8;
  return (
    <figure className="rep-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}`} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
        {bars.map((bar, i) => {
          const y = i * ROW + 4;
          const width = (bar.value / max) * BAR_WIDTH;
          return (
            <g key={bar.label}>
              <title>{`${bar.label}: ${bar.value}`}</title>
              <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" className="rep-chart__label">
                {shorten(bar.label)}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={Math.max(width, bar.value > 0 ? 2 : 0)} height={ROW - 10} className="rep-chart__bar" />
              <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2} dominantBaseline="middle" className="rep-chart__value">
                {formatNumber(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export interface Segment {
  label: string;
  value: number;
  /** early | onTime | late: a fill and a hatch so the parts differ without colour too. */
  kind: 'early' | 'onTime' | 'late';
}

export function StackedBar({ title, segments, testId }: { title: string; segments: Segment[]; testId?: string }) {
  const total = segments.reduce((sum, s) => sum + s.value, 0);
  const width = 690;
  let x = 0;
  const share = (value: number) => (total > 0 ? `${formatNumber((value / total) * 100, 1)} %` : '—');
  return (
    <figure className="rep-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={`${title}: ${segments.map((s) => `${s.label} ${s.value} (${share(s.value)})`).join(', ')}`} viewBox={`0 0 ${width} 84`} width={width} height={84}>
        <defs>
          <pattern id="rep-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="8" className="rep-hatch" />
          </pattern>
        </defs>
        {segments.map((s) => {
          const w = total > 0 ? (s.value / total) * width : 0;
          const rect = (
            <g key={s.kind}>
              <title>{`${s.label}: ${s.value} (${share(s.value)})`}</title>
              <rect x={x} y={4} width={w} height={32} className={`rep-seg rep-seg--${s.kind}`} />
              {s.kind === 'late' && w > 0 ? <rect x={x} y={4} width={w} height={32} fill="url(#rep-hatch)" /> : null}
            </g>
          );
          x += w;
          return rect;
        })}
        {segments.map((s, i) => (
          <text key={s.kind} x={(i * width) / segments.length} y={62} className="rep-chart__value">
            {`${s.label}: ${formatNumber(s.value)} (${share(s.value)})`}
          </text>
        ))}
      </svg>
    </figure>
  );
}
