// @runs: renderer
// The two pieces every "import a JSON file" dialog shows (catalogue, calendar):
// the file field, and the list of reasons a file was refused, all or nothing.
import type { ChangeEvent, RefObject } from 'react';

/**
 * The text of the file chosen in a JsonFileField: null when none was chosen, 'tooBig' (not read) over maxChars
 * bytes. Empties the picker at once, so that choosing the same file again is a new choice.
 */
export async function chosenText(event: ChangeEvent<HTMLInputElement>, maxChars: number): Promise<string | null | 'tooBig'> {
  const file = event.target.files?.[0];
  event.target.value = '';
  if (!file) return null;
  return file.size > maxChars ? 'tooBig' : file.text();
}

/** The file picker: JSON only, disabled while a file is being read or checked. */
export function JsonFileField({ id, label, inputRef, busy, onFile }: { id: string; label: string; inputRef: RefObject<HTMLInputElement | null>; busy: boolean; onFile: (event: ChangeEvent<HTMLInputElement>) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} ref={inputRef} type="file" accept=".json,application/json" disabled={busy} onChange={onFile} />
    </div>
  );
}

/** A refused file: the heading (with the count) and each problem with its line and field. */
export function ImportIssues({ heading, issues }: { heading: string; issues: { text: string }[] }) {
  return (
    <div className="cat-issues" role="alert">
      <p className="form-error">{heading}</p>
      <ol>
        {issues.map((issue) => (
          <li key={issue.text}>{issue.text}</li>
        ))}
      </ol>
    </div>
  );
}
