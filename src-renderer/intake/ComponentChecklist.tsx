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
  const byKey = new Map(components.map((c) => [c.key, c]));
  const statusOf = (key: string): ComponentStatus => {
    const component = byKey.get(key);
    return component ? componentStatus(component, state) : 'missing';
  };
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
                      onChange={(e) => set(c.key, { status: e.target.checked ? 'received' : untickedStatus(c) })}
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

/** A paper's status as shown: untouched required papers are missing, untouched optional ones ("nếu có") do not apply. */
export function componentStatus(component: ProcedureComponent, state: IntakeState['components']): ComponentStatus {
  return state[component.key]?.status ?? untickedStatus(component);
}

/** What a paper falls back to when it is not (or no longer) ticked. */
function untickedStatus(component: ProcedureComponent): ComponentStatus {
  return component.required ? 'missing' : 'not_needed';
}

/**
 * Shift+F4 ("Đủ tất cả"): every required paper handed in, of a "one of" group its first member only;
 * optional papers ("nếu có") keep their status.
 */
export function allReceived(components: ProcedureComponent[], state: IntakeState['components']): IntakeState['components'] {
  const tick = (c: ProcedureComponent, first: boolean): ComponentStatus => (!c.required ? componentStatus(c, state) : first ? 'received' : untickedStatus(c));
  return Object.fromEntries(
    checklistEntries(components).flatMap((entry) => entry.members.map((c, i) => [c.key, { status: tick(c, entry.group === null || i === 0), note: state[c.key]?.note ?? '' }])),
  );
}
