// @runs: renderer
// Step 2: the procedure's checklist. Space ticks a paper as handed in; the
// status list marks it missing or not valid, with what exactly is needed.
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
          {components.map((c, index) => {
            const status = statusOf(c.key);
            return (
              <tr key={c.key} className={`checklist__row checklist__row--${status}`}>
                <td>{index + 1}</td>
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
                    <span className="muted"> — {c.required ? t.required : t.optional}</span>
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

/** Shift+F4 ("Đủ tất cả"): every required paper handed in; optional ones keep their status. */
export function allReceived(components: ProcedureComponent[], state: IntakeState['components']): IntakeState['components'] {
  return Object.fromEntries(
    components.map((c) => [c.key, { status: c.required ? ('received' as const) : componentStatus(c, state), note: state[c.key]?.note ?? '' }]),
  );
}
