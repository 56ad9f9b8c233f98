// @runs: renderer
// How a person or a submitter is identified: the 12-digit personal ID by
// default, or a document of the office's list (a passport asks for the
// nationality). Law 41/2024/QH15 Art. 2.2: foreign workers are participants.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { identityWords as w } from '../../src-main/shared/vi/identity';
import { call } from '../api';
import { Field } from '../ui/form';

export interface IdentityState {
  personalId: string;
  documentType: string;
  documentNumber: string;
  nationality: string;
}

interface Props {
  value: IdentityState;
  /** The form's field prefix, e.g. "form.applicant" or "form.submitter". */
  prefix: string;
  labels: { type: string; personalId: string; number: string; nationality: string };
  errors: Record<string, string>;
  onChange: (patch: Partial<IdentityState>) => void;
  /** Called with what the clerk types in the number field (the directory look-up). */
  onNumberTyped?: (value: string) => void;
  onNumberKeys?: (event: KeyboardEvent<HTMLInputElement>) => void;
  numberId?: string;
}

/** The office's document types, "Hộ chiếu" first (people.documentTypes). */
export function useDocumentTypes(): string[] {
  const [types, setTypes] = useState<string[]>([w.passport]);
  useEffect(() => {
    void call('people.documentTypes', {}).then((r) => r.ok && setTypes(r.value.types));
  }, []);
  return types;
}

export function IdentityFields({ value, prefix, labels, errors, onChange, onNumberTyped, onNumberKeys, numberId }: Props) {
  const types = useDocumentTypes();
  const err = (name: string) => errors[`${prefix}.${name}`];
  const typeId = `${prefix}-document-type`.replace(/\./g, '-');
  const number = (patch: Partial<IdentityState>, typed: string) => {
    onChange(patch);
    onNumberTyped?.(typed);
  };
  return (
    <>
      <div className={err('documentType') ? 'field field--error' : 'field'}>
        <label htmlFor={typeId}>{labels.type}</label>
        <select id={typeId} data-field={`${prefix}.documentType`} value={value.documentType} onChange={(e) => onChange({ documentType: e.target.value })}>
          <option value="">{w.personalIdOption}</option>
          {[...new Set([...types, ...(value.documentType ? [value.documentType] : [])])].map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
        {err('documentType') ? <small className="field__error">{err('documentType')}</small> : null}
      </div>
      {value.documentType ? (
        <>
          <Field label={labels.number} field={`${prefix}.documentNumber`} {...(numberId ? { id: numberId } : {})} value={value.documentNumber} onChange={(e) => number({ documentNumber: e.target.value }, e.target.value)} onKeyDown={onNumberKeys} error={err('documentNumber')} autoComplete="off" />
          {value.documentType === w.passport ? (
            <Field label={labels.nationality} field={`${prefix}.nationality`} value={value.nationality} onChange={(e) => onChange({ nationality: e.target.value })} error={err('nationality')} autoComplete="off" />
          ) : null}
        </>
      ) : (
        <Field label={labels.personalId} field={`${prefix}.personalId`} {...(numberId ? { id: numberId } : {})} value={value.personalId} onChange={(e) => number({ personalId: e.target.value }, e.target.value)} onKeyDown={onNumberKeys} error={err('personalId')} inputMode="numeric" autoComplete="off" />
      )}
    </>
  );
}
