// @runs: renderer
// A supervisor's edit of one procedure. Saving makes a new version; dossiers
// already received keep the version they were received under.
import { useEffect, useState, type FormEvent } from 'react';
import { COPY_TYPES, PROCEDURE_FIELDS, type CopyType, type ProcedureComponent, type ProcedureDetail, type ProcedureField } from '../../src-main/catalogue/model';
import { TIME_LIMIT_UNITS, type TimeLimitUnit } from '../../src-main/calendar/appointment';
import { catalogueText } from '../../src-main/shared/vi/catalogue';
import { ui } from '../../src-main/shared/vi/ui';
import { call } from '../api';
import { Field, FormError, Kbd, useFieldErrors } from '../ui/form';
import { DateField } from '../ui/date-field';

const t = catalogueText.screen;

interface Props {
  detail: ProcedureDetail;
  onCancel(): void;
  onSaved(version: number): void;
}

interface Draft {
  code: string;
  name: string;
  field: ProcedureField;
  timeLimitDays: string;
  timeLimitUnit: TimeLimitUnit;
  onTheSpot: boolean;
  legalBasis: string;
  legalBasisDate: string;
  result: string;
  fee: string;
  active: boolean;
  components: (Omit<ProcedureComponent, 'count' | 'formCode'> & { count: string; formCode: string })[];
}

function draftOf({ current: p, active }: ProcedureDetail): Draft {
  return {
    code: p.code ?? '',
    name: p.name,
    field: p.field,
    timeLimitDays: String(p.timeLimitDays),
    timeLimitUnit: p.timeLimitUnit,
    onTheSpot: p.onTheSpot,
    legalBasis: p.legalBasis,
    legalBasisDate: p.legalBasisDate ?? '',
    result: p.result,
    fee: p.fee ?? '',
    active,
    components: p.components.map((c) => ({ ...c, count: String(c.count), formCode: c.formCode ?? '' })),
  };
}

export function ProcedureEditor({ detail, onCancel, onSaved }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(detail));
  const [note, setNote] = useState('');
  const { errors, formError, clear, show } = useFieldErrors();
  useEffect(() => document.querySelector<HTMLInputElement>('[data-field="changes.name"]')?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCancel();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setComponent = (index: number, patch: Partial<Draft['components'][number]>) =>
    setDraft((d) => ({ ...d, components: d.components.map((c, i) => (i === index ? { ...c, ...patch } : c)) }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clear();
    const { active, ...content } = draft;
    const result = await call('catalogue.update', {
      procedureId: detail.current.procedureId,
      changes: {
        ...content,
        timeLimitDays: Number(content.timeLimitDays),
        legalBasisDate: content.legalBasisDate || null,
        components: content.components.map(({ group, ...c }) => ({ ...c, count: Number(c.count), ...(group ? { group } : {}) })),
        active,
      },
      changeNote: note,
    });
    if (result.ok) onSaved(result.value.version.version);
    else show(result.error);
  }

  const componentError = (index: number, key: string) => errors[`changes.components.${index}.${key}`];

  return (
    <form className="card card--wide" onSubmit={submit} noValidate aria-labelledby="cat-edit-title">
      <h2 id="cat-edit-title">{t.editTitle}</h2>
      <p className="muted">{t.editNote}</p>
      <Field label={t.name} field="changes.name" value={draft.name} onChange={(e) => set('name', e.target.value)} error={errors['changes.name']} />
      <div className="row">
        <Field label={t.code} field="changes.code" value={draft.code} onChange={(e) => set('code', e.target.value)} error={errors['changes.code']} />
        <div className="field">
          <label htmlFor="cat-edit-field">{t.field}</label>
          <select id="cat-edit-field" data-field="changes.field" value={draft.field} onChange={(e) => set('field', e.target.value as ProcedureField)}>
            {PROCEDURE_FIELDS.map((f) => (
              <option key={f} value={f}>
                {catalogueText.fields[f]}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t.timeLimit}
          field="changes.timeLimitDays"
          type="number"
          min={0}
          value={draft.timeLimitDays}
          onChange={(e) => set('timeLimitDays', e.target.value)}
          error={errors['changes.timeLimitDays']}
        />
        <div className="field">
          <label htmlFor="cat-edit-unit">{t.timeLimitUnit}</label>
          <select id="cat-edit-unit" data-field="changes.timeLimitUnit" value={draft.timeLimitUnit} onChange={(e) => set('timeLimitUnit', e.target.value as TimeLimitUnit)}>
            {TIME_LIMIT_UNITS.map((u) => (
              <option key={u} value={u}>
                {t.units[u]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="row">
        <label className="cat-check">
          <input type="checkbox" checked={draft.onTheSpot} onChange={(e) => set('onTheSpot', e.target.checked)} /> {t.onTheSpot} — {t.onTheSpotHint}
        </label>
        <label className="cat-check">
          <input type="checkbox" checked={draft.active} onChange={(e) => set('active', e.target.checked)} /> {t.active}
        </label>
      </div>
      <Field label={t.legalBasis} field="changes.legalBasis" value={draft.legalBasis} onChange={(e) => set('legalBasis', e.target.value)} error={errors['changes.legalBasis']} />
      <div className="row">
        <DateField label={t.legalBasisDate} field="changes.legalBasisDate" value={draft.legalBasisDate} onChange={(value) => set('legalBasisDate', value)} error={errors['changes.legalBasisDate']} />
        <Field label={t.result} field="changes.result" value={draft.result} onChange={(e) => set('result', e.target.value)} error={errors['changes.result']} />
        <Field label={t.fee} field="changes.fee" value={draft.fee} onChange={(e) => set('fee', e.target.value)} error={errors['changes.fee']} />
      </div>
      <fieldset>
        <legend>{t.components}</legend>
        <FormError message={errors['changes.components'] ?? null} />
        {draft.components.map((c, index) => (
          <div className="row cat-component" key={index} role="group" aria-label={`${t.components} ${index + 1}`}>
            <Field label={t.componentKey} field={`changes.components.${index}.key`} value={c.key} onChange={(e) => setComponent(index, { key: e.target.value })} error={componentError(index, 'key')} />
            <Field label={t.componentName} field={`changes.components.${index}.name`} value={c.name} onChange={(e) => setComponent(index, { name: e.target.value })} error={componentError(index, 'name')} />
            <Field label={t.formCode} field={`changes.components.${index}.formCode`} value={c.formCode} onChange={(e) => setComponent(index, { formCode: e.target.value })} error={componentError(index, 'formCode')} />
            <div className="field">
              <label htmlFor={`cat-copy-${index}`}>{t.copyType}</label>
              <select id={`cat-copy-${index}`} value={c.copyType} onChange={(e) => setComponent(index, { copyType: e.target.value as CopyType })}>
                {COPY_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {catalogueText.copyTypes[type]}
                  </option>
                ))}
              </select>
            </div>
            <Field label={t.countCol} field={`changes.components.${index}.count`} type="number" min={1} value={c.count} onChange={(e) => setComponent(index, { count: e.target.value })} error={componentError(index, 'count')} />
            <label className="cat-check">
              <input type="checkbox" checked={c.required} onChange={(e) => setComponent(index, { required: e.target.checked })} /> {t.required}
            </label>
            <Field label={t.groupKey} field={`changes.components.${index}.group`} value={c.group ?? ''} onChange={(e) => setComponent(index, { group: e.target.value })} error={componentError(index, 'group')} />
            <button type="button" onClick={() => setDraft((d) => ({ ...d, components: d.components.filter((_, i) => i !== index) }))}>
              {t.removeComponent}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            setDraft((d) => ({ ...d, components: [...d.components, { key: '', name: '', formCode: '', copyType: 'ban_chinh', count: '1', required: true }] }))
          }
        >
          {t.addComponent}
        </button>
      </fieldset>
      <Field label={t.changeNote} field="changeNote" value={note} onChange={(e) => setNote(e.target.value)} error={errors.changeNote} />
      <FormError message={formError} />
      <div className="actions">
        <button type="submit" className="primary">
          {t.saveVersion} <Kbd>Enter</Kbd>
        </button>
        <button type="button" onClick={onCancel}>
          {ui.cancel} <Kbd>Esc</Kbd>
        </button>
      </div>
    </form>
  );
}
