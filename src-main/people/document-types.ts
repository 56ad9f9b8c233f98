// @runs: main
// The identity document types the office accepts besides the 12-digit personal
// ID: a setting a supervisor edits in Cài đặt. "Hộ chiếu" is always in the list
// (Law 41/2024/QH15 Art. 2.2: foreign workers are compulsory participants).
import { z } from 'zod';
import { DomainError } from '../api/kit';
import { settingKey, type SettingsStore } from '../settings/store';
import { identityMessages, identityWords } from '../shared/vi/identity';
import type { ApplicantInput, SubmitterInput } from '../dossiers/intake-form';

export const documentTypesSetting = settingKey<string[]>('identity.documentTypes', z.array(z.string().min(1).max(60)).max(30), [...identityWords.defaultTypes]);

/** The office's document types, passport first. */
export function documentTypes(settings: SettingsStore): string[] {
  return withPassport(settings.get(documentTypesSetting));
}

function withPassport(types: string[]): string[] {
  return [identityWords.passport, ...types.filter((t) => t !== identityWords.passport)];
}

/**
 * Takes the types a supervisor typed (already trimmed by the contract); stores them with "Hộ chiếu" first
 * and gives the stored list. Refuses a repeated type with INVALID_INPUT on the field `types`.
 */
export function setDocumentTypes(settings: SettingsStore, types: string[]): string[] {
  const seen = new Set<string>();
  for (const type of types) {
    const key = type.toLocaleLowerCase('vi-VN');
    if (seen.has(key)) throw new DomainError('INVALID_INPUT', identityMessages.typesDuplicate(type), 'types');
    seen.add(key);
  }
  const stored = withPassport(types);
  settings.set(documentTypesSetting, stored);
  return stored;
}

/**
 * Takes the applicant and submitter of an intake form; refuses with INVALID_INPUT, on the form's field,
 * a document type that is not in the office's list (the form schema has already checked the number).
 */
export function checkDocumentTypes(settings: SettingsStore, applicant: ApplicantInput, submitter: SubmitterInput | undefined): void {
  const known = new Set(documentTypes(settings));
  const check = (type: string | undefined, field: string) => {
    if (type && !known.has(type)) throw new DomainError('INVALID_INPUT', identityMessages.unknownType(type), field);
  };
  if (applicant.kind === 'person') check(applicant.documentType, 'form.applicant.documentType');
  check(submitter?.documentType, 'form.submitter.documentType');
}
