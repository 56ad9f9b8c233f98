// @runs: renderer
// A known personal ID typed with another name, date of birth or sex: the clerk
// sees both before deciding. The dossier always records what was typed; the
// directory (the suggestions) is updated only if the clerk ticks the box.
import { useEffect, useState } from 'react';
import type { Output } from '../../src-main/api/contract';
import { intakeUi as t } from '../../src-main/shared/vi/intake';
import { call } from '../api';
import { fromRecord } from './ApplicantFields';
import { toFormInput, type ApplicantState, type IntakeState } from './intake-state';

type Conflict = NonNullable<Output<'applicants.conflict'>['conflict']>;

/** The directory's differing entry for the applicant being typed, checked as the clerk types. */
export function useDirectoryConflict(state: IntakeState): Conflict | null {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const applicant = toFormInput(state).applicant;
  const key = JSON.stringify(applicant);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      void call('applicants.conflict', { applicant }).then((r) => setConflict(r.ok ? r.value.conflict : null));
    }, 200);
    return () => window.clearTimeout(timer);
  }, [key]);
  return conflict;
}

function describe(a: { fullName: string; birthDate: string | null; sex: string | null }): string {
  const birth = a.birthDate ? t.directory.born(a.birthDate.length === 10 ? a.birthDate.split('-').reverse().join('/') : a.birthDate) : null;
  const sex = a.sex === 'nam' ? t.male : a.sex === 'nu' ? t.female : null;
  return [a.fullName, birth, sex].filter(Boolean).join(', ');
}

interface Props {
  conflict: Conflict;
  typed: ApplicantState;
  updateDirectory: boolean;
  onUpdateDirectory: (update: boolean) => void;
  onUseKnown: (applicant: ApplicantState) => void;
}

export function DirectoryConflict({ conflict, typed, updateDirectory, onUpdateDirectory, onUseKnown }: Props) {
  const known = conflict.known;
  const typedBirth = typed.birthDate.trim();
  const title = typed.documentType ? t.directory.titleDocument(typed.documentType) : t.directory.title;
  return (
    <section className="notice notice--warning" role="alert" aria-label={title}>
      <strong>{title}</strong>
      <p>{t.directory.known(describe(known))}</p>
      <p>{t.directory.typed(describe({ fullName: typed.fullName, birthDate: typedBirth || null, sex: typed.sex || null }))}</p>
      <p className="muted">{t.directory.note}</p>
      <div className="row">
        <button type="button" onClick={() => onUseKnown({ ...typed, ...pick(fromRecord(known)) })}>
          {t.directory.useKnown}
        </button>
        <label>
          <input type="checkbox" checked={updateDirectory} onChange={(e) => onUpdateDirectory(e.target.checked)} /> {t.directory.update}
        </label>
      </div>
    </section>
  );
}

/** Only the identity fields come from the directory; what the citizen brought today stays. */
function pick(known: ApplicantState): Partial<ApplicantState> {
  return { fullName: known.fullName, birthDate: known.birthDate, sex: known.sex };
}
