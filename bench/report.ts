// @runs: node-script
// How every benchmark prints a figure: one line each, with its unit and target.
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The target from the issue, e.g. "< 300 ms". */
  target: string;
  pass: boolean;
}

export function figure(name: string, value: number, unit: string, target: string, pass: boolean): Figure {
  const line = `${pass ? 'OK  ' : 'MISS'} ${name}: ${value.toFixed(value < 10 ? 2 : 1)} ${unit} (target ${target})`;
  console.log(line);
  return { name, value, unit, target, pass };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function millisecondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
