// @runs: shared
// JSON with keys sorted at every level, no whitespace, one final newline: the
// same value always gives the same bytes. Objects whose keys are already in
// order (the day's record builds its objects that way) are not copied, so a
// record of tens of thousands of objects costs about one JSON.stringify.

export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value))}\n`;
}

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const sorted = sortKeys(item);
      if (sorted !== item) changed = true;
      return sorted;
    });
    return changed ? items : value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let changed = keys.some((key, i) => i > 0 && (keys[i - 1] as string) > key);
  const values = keys.map((key) => {
    const sorted = sortKeys(record[key]);
    if (sorted !== record[key]) changed = true;
    return sorted;
  });
  if (!changed) return value;
  const order = keys.map((_, i) => i).sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : 1));
  return Object.fromEntries(order.map((i) => [keys[i], values[i]]));
}
