// @runs: renderer
// Printer, paper and form-set settings (filled in by the documents feature).
export function PrintingSettings({ readOnly }: { readOnly: boolean }) {
  void readOnly;
  return null;
}
