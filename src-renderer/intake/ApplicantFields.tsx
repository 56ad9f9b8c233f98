// @runs: renderer
// Step 1 (continued): who brings the dossier. Previous applicants are offered
// as the clerk types an ID number or a name; a chip ID card's QR code, read by
// a 2D scanner into any field, fills the person in one go.
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Output } from '../../src-main/api/contract';
import { healthCardWarnings, normaliseHealthCard, personalIdWarnings } from '../../src-main/people/identifiers';
import { intakeUi as t } from '../../src-main/shared/vi/intake';
import { call } from '../api';
import { identityWords } from '../../src-main/shared/vi/identity';
import { Field, Kbd } from '../ui/form';
import { IdentityFields } from './IdentityFields';
import { sexFromPersonalId, type ApplicantState, type IntakeState } from './intake-state';

type Applicant = Output<'applicants.lookup'>['applicants'][number];

interface Props {
  state: IntakeState;
  errors: Record<string, string>;
  onChange: (next: Partial<IntakeState>) => void;
  /** Shown right under the identity row (the directory's differing entry, when there is one). */
  notice?: ReactNode;
}

/** A directory entry as the form's applicant fields. */
export function fromRecord(record: Applicant): ApplicantState {
  const birth = record.birthDate && record.birthDate.length === 10 ? record.birthDate.split('-').reverse().join('/') : (record.birthDate ?? '');
  return {
    kind: record.kind,
    fullName: record.fullName,
    personalId: record.personalId ?? '',
    documentType: record.documentType ?? '',
    documentNumber: record.documentNumber ?? '',
    nationality: record.nationality ?? '',
    birthDate: birth,
    sex: record.sex ?? '',
    bhxhNumber: record.bhxhNumber ?? '',
    healthCardNumber: record.healthCardNumber ?? '',
    phone: record.phone ?? '',
    email: record.email ?? '',
    address: record.address ?? '',
    unitCode: record.unitCode ?? '',
    taxCode: record.taxCode ?? '',
    contactPerson: record.contactPerson ?? '',
  };
}

export function ApplicantFields({ state, errors, onChange, notice }: Props) {
  const a = state.applicant;
  const [suggestions, setSuggestions] = useState<Applicant[]>([]);
  const [highlight, setHighlight] = useState(-1);
  const [lookup, setLookup] = useState('');

  useEffect(() => {
    if (lookup.trim().length < 3) {
      setSuggestions([]);
      return;
    }
    const timer = window.setTimeout(() => {
      void call('applicants.lookup', { query: lookup }).then((r) => {
        if (r.ok) {
          setSuggestions(r.value.applicants);
          setHighlight(-1);
        }
      });
    }, 150);
    return () => window.clearTimeout(timer);
  }, [lookup]);

  const set = (patch: Partial<ApplicantState>) => onChange({ applicant: { ...a, ...patch } });
  const err = (name: string) => errors[`form.applicant.${name}`];

  function typed(name: 'fullName', value: string) {
    set({ [name]: value });
    setLookup(value);
  }

  function identityChanged(patch: Partial<ApplicantState>) {
    const id = patch.personalId;
    if (id !== undefined && value12(id) && !a.sex) set({ ...patch, sex: sexFromPersonalId(id) });
    else set(patch);
  }

  function onSuggestionKeys(event: KeyboardEvent<HTMLInputElement>) {
    if (!suggestions.length) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlight((h) => (h + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' && highlight >= 0) {
      const picked = suggestions[highlight];
      if (!picked) return;
      event.preventDefault();
      onChange({ applicant: fromRecord(picked) });
      setSuggestions([]);
    } else if (event.key === 'Escape') setSuggestions([]);
  }

  const birth = /^(\d{4})$/.exec(a.birthDate.trim()) ?? /(\d{4})$/.exec(a.birthDate.trim());
  // The 12-digit checks apply to the personal ID only, never to a passport or another document.
  const idWarnings = a.kind === 'person' && !a.documentType ? personalIdWarnings(a.personalId.replace(/\D/g, ''), birth ? { year: Number(birth[1]) } : null, a.sex || null) : [];
  const card = a.kind === 'person' ? normaliseHealthCard(a.healthCardNumber) : null;
  const warnings = [...idWarnings, ...(card ? healthCardWarnings(card) : [])];

  return (
    <fieldset>
      <legend>
        {t.applicantSection} <Kbd>F3</Kbd>
      </legend>
      <div className="segmented" role="radiogroup" aria-label={t.applicantSection}>
        {(['person', 'organisation'] as const).map((kind) => (
          <label key={kind}>
            <input type="radio" name="applicant-kind" checked={a.kind === kind} onChange={() => set({ kind })} /> {kind === 'person' ? t.person : t.organisation}
          </label>
        ))}
      </div>
      {a.kind === 'person' ? (
        <div className="row">
          <IdentityFields
            value={a}
            prefix="form.applicant"
            labels={{ type: identityWords.documentType, personalId: t.personalId, number: identityWords.documentNumber, nationality: identityWords.nationality }}
            errors={errors}
            onChange={identityChanged}
            onNumberTyped={setLookup}
            onNumberKeys={onSuggestionKeys}
            numberId="intake-personal-id"
          />
          <Field label={t.fullName} field="form.applicant.fullName" value={a.fullName} onChange={(e) => typed('fullName', e.target.value)} onKeyDown={onSuggestionKeys} error={err('fullName')} autoComplete="off" />
          <Field label={t.birthDate} field="form.applicant.birthDate" value={a.birthDate} onChange={(e) => set({ birthDate: e.target.value })} error={err('birthDate')} autoComplete="off" />
          <div className={err('sex') ? 'field field--error' : 'field'}>
            <label htmlFor="intake-sex">{t.sex}</label>
            <select id="intake-sex" data-field="form.applicant.sex" value={a.sex} onChange={(e) => set({ sex: e.target.value as ApplicantState['sex'] })}>
              <option value="">{t.sexChoose}</option>
              <option value="nam">{t.male}</option>
              <option value="nu">{t.female}</option>
            </select>
            {err('sex') ? <small className="field__error">{err('sex')}</small> : null}
          </div>
        </div>
      ) : (
        <div className="row">
          <Field label={t.orgName} field="form.applicant.fullName" value={a.fullName} onChange={(e) => typed('fullName', e.target.value)} onKeyDown={onSuggestionKeys} error={err('fullName')} autoComplete="off" />
          <Field label={t.unitCode} field="form.applicant.unitCode" value={a.unitCode} onChange={(e) => set({ unitCode: e.target.value })} error={err('unitCode')} autoComplete="off" />
          <Field label={t.taxCode} field="form.applicant.taxCode" value={a.taxCode} onChange={(e) => set({ taxCode: e.target.value })} error={err('taxCode')} autoComplete="off" />
          <Field label={t.contactPerson} field="form.applicant.contactPerson" value={a.contactPerson} onChange={(e) => set({ contactPerson: e.target.value })} error={err('contactPerson')} autoComplete="off" />
        </div>
      )}
      {notice}
      {suggestions.length ? (
        <ul className="picker" role="listbox" aria-label={t.suggestions}>
          {suggestions.map((s, index) => (
            <li key={s.id} role="option" aria-selected={index === highlight} className={index === highlight ? 'picker__item picker__item--active' : 'picker__item'} onMouseDown={(e) => { e.preventDefault(); onChange({ applicant: fromRecord(s) }); setSuggestions([]); }}>
              <span className="picker__name">{s.fullName}</span>
              <span className="muted">{s.personalId ?? s.documentNumber ?? s.unitCode ?? ''}</span>
              <span className="muted">{s.address ?? ''}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {warnings.length ? (
        <ul className="warnings" aria-label={t.warnings}>
          {warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      ) : null}
      <div className="row">
        {a.kind === 'person' ? (
          <>
            <Field label={t.bhxhNumber} field="form.applicant.bhxhNumber" value={a.bhxhNumber} onChange={(e) => set({ bhxhNumber: e.target.value })} error={err('bhxhNumber')} inputMode="numeric" autoComplete="off" />
            <Field label={t.healthCard} field="form.applicant.healthCardNumber" value={a.healthCardNumber} onChange={(e) => set({ healthCardNumber: e.target.value })} error={err('healthCardNumber')} autoComplete="off" />
          </>
        ) : null}
        <Field label={t.phone} field="form.applicant.phone" value={a.phone} onChange={(e) => set({ phone: e.target.value })} error={err('phone')} inputMode="tel" autoComplete="off" />
        <Field label={t.email} field="form.applicant.email" value={a.email} onChange={(e) => set({ email: e.target.value })} error={err('email')} autoComplete="off" />
      </div>
      <Field label={t.address} field="form.applicant.address" value={a.address} onChange={(e) => set({ address: e.target.value })} error={err('address')} autoComplete="off" />
      <SubmitterAndChannel state={state} errors={errors} onChange={onChange} />
    </fieldset>
  );
}

const value12 = (id: string) => id.replace(/\D/g, '').length === 12;

function SubmitterAndChannel({ state, errors, onChange }: Props) {
  const s = state.submitter;
  return (
    <>
      <label className="check">
        <input type="checkbox" checked={state.hasSubmitter} onChange={(e) => onChange({ hasSubmitter: e.target.checked })} /> {t.hasSubmitter}
      </label>
      {state.hasSubmitter ? (
        <div className="row">
          <Field label={t.submitterName} field="form.submitter.fullName" value={s.fullName} onChange={(e) => onChange({ submitter: { ...s, fullName: e.target.value } })} error={errors['form.submitter.fullName']} autoComplete="off" />
          <IdentityFields
            value={s}
            prefix="form.submitter"
            labels={{ type: identityWords.submitterDocumentType, personalId: t.submitterId, number: identityWords.submitterDocumentNumber, nationality: identityWords.submitterNationality }}
            errors={errors}
            onChange={(patch) => onChange({ submitter: { ...s, ...patch } })}
          />
          <Field label={t.submitterPhone} field="form.submitter.phone" value={s.phone} onChange={(e) => onChange({ submitter: { ...s, phone: e.target.value } })} error={errors['form.submitter.phone']} autoComplete="off" />
        </div>
      ) : null}
      <div className="row">
        <div className="field">
          <label htmlFor="intake-channel">{t.channel}</label>
          <select id="intake-channel" value={state.channel} onChange={(e) => onChange({ channel: e.target.value as IntakeState['channel'] })}>
            {(['counter', 'post', 'online'] as const).map((c) => (
              <option key={c} value={c}>
                {t.channels[c]}
              </option>
            ))}
          </select>
        </div>
        {state.channel !== 'counter' ? (
          <Field label={state.channel === 'post' ? t.postTracking : t.portalNumber} field="form.channelReference" value={state.channelReference} onChange={(e) => onChange({ channelReference: e.target.value })} error={errors['form.channelReference']} autoComplete="off" />
        ) : null}
        <div className="field">
          <label htmlFor="intake-delivery">{t.delivery}</label>
          <select id="intake-delivery" value={state.resultDelivery} onChange={(e) => onChange({ resultDelivery: e.target.value as IntakeState['resultDelivery'] })}>
            {(['counter', 'post'] as const).map((d) => (
              <option key={d} value={d}>
                {t.deliveries[d]}
              </option>
            ))}
          </select>
        </div>
        <Field label={t.setCount} field="form.setCount" type="number" min={1} max={99} value={state.setCount} onChange={(e) => onChange({ setCount: e.target.value })} error={errors['form.setCount']} />
      </div>
      {state.resultDelivery === 'post' ? (
        <Field label={t.deliveryAddress} field="form.deliveryAddress" value={state.deliveryAddress} onChange={(e) => onChange({ deliveryAddress: e.target.value })} error={errors['form.deliveryAddress']} autoComplete="off" />
      ) : null}
    </>
  );
}
