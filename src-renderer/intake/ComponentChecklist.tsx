// @runs: renderer
// Step 2: the procedure's checklist. Space ticks a paper as handed in; the
// status list marks it missing or not valid, with what exactly is needed.
import { Fragment } from 'react';
import { checklistEntries } from '../../src-main/catalogue/groups';
import type { ProcedureComponent } from '../../src-main/catalogue/model';
import { copyTypeNames, intakeUi as t } from '../../src-main/shared/vi/intake';
import { Kbd } from '../ui/form';
import type { ComponentStatus, IntakeState } from './intake-state';

interface Props {
  components: ProcedureComponent[];
  state: IntakeState['components'];
  error?: string;
  onChange: (next: IntakeState['components']) => void;
}

export function ComponentChecklist({ components, state, error, onChange }: Props) {
  const statusOf = (key: string): ComponentStatus => state[key]?.status ?? 'missing';
  const set = (key: string, patch: Partial<{ status: ComponentStatus; note: string }>) =>
    onChange({ ...state, [key]: { status: statusOf(key), note: state[key]?.note ?? '', ...patch } });

  return (
    <fieldset className={error ? 'checklist checklist--error' : 'checklist'}>
      <legend>
        {t.componentsSection} <Kbd>F4</Kbd> · {t.tickAll} <Kbd>Shift+F4</Kbd>
      </legend>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <table className="table" data-field="form.components" tabIndex={-1}>
        <thead>
          <tr>
            <th>TT</th>
            <th>{t.component}</th>
            <th>{t.copyType}</th>
            <th>{t.count}</th>
            <th>{t.status}</th>
            <th>{t.note}</th>
          </tr>
        </thead>
        <tbody>
          {checklistEntries(components).map((entry, index) => (
            <Fragment key={entry.group ?? entry.members[0]?.key}>
              {entry.group !== null ? (
                <tr className="checklist__group">
                  <td>{index + 1}</td>
                  <td colSpan={5}>
                    <strong>{t.oneOfGroup}</strong>
                  </td>
                </tr>
              ) : null}
              {entry.members.map((c, member) => {
            const status = statusOf(c.key);
            return (
              <tr key={c.key} className={`checklist__row checklist__row--${status}`}>
                <td>{entry.group === null ? index + 1 : `${index + 1}${String.fromCharCode(97 + member)}`}</td>
                <td>
                  <label className="check">
                    <input
                      type="checkbox"
                      className="checklist__tick"
                      checked={status === 'received'}
                      onChange={(e) => set(c.key, { status: e.target.checked ? 'received' : 'missing' })}
                    />{' '}
                    {c.name}
                    {c.formCode ? <span className="muted"> ({c.formCode})</span> : null}
                    <span className="muted"> — {entry.group !== null ? t.oneOfMember : c.required ? t.required : t.optional}</span>
                  </label>
                </td>
                <td>{copyTypeNames[c.copyType]}</td>
                <td>{c.count}</td>
                <td>
                  <select aria-label={`${t.status}: ${c.name}`} value={status} onChange={(e) => set(c.key, { status: e.target.value as ComponentStatus })}>
                    {(['received', 'missing', 'faulty', 'not_needed'] as const).map((s) => (
                      <option key={s} value={s}>
                        {status === s ? '● ' : ''}
                        {t.statuses[s]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input aria-label={`${t.note}: ${c.name}`} value={state[c.key]?.note ?? ''} onChange={(e) => set(c.key, { note: e.target.value })} maxLength={300} />
                </td>
              </tr>
            );
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

/** Every paper handed in (Shift+F4), optional ones included; of a "one of" group, its first member only. */
export function allReceived(components: ProcedureComponent[], state: IntakeState['components']): IntakeState['components'] {
  return Object.fromEntries(
    checklistEntries(components).flatMap((entry) =>
      entry.members.map((c, i) => [c.key, { status: i === 0 ? ('received' as const) : ('missing' as const), note: state[c.key]?.note ?? '' }]),
    ),
  );
}
