// @runs: renderer
// Returning the result: at the counter (the applicant, or an authorised person
// with their personal ID or, a foreigner, their passport; signature noted) or by post (tracking number; the
// postal hand-over slip is printed).
import { useEffect, useState } from 'react';
import type { Input, Output } from '../../src-main/api/contract';
import { queueUi as t } from '../../src-main/shared/vi/queue';
import { call } from '../api';
import { Field, useFieldErrors } from '../ui/form';
import { ActionDialog } from '../ui/dialog';
import { IdentityFields, type IdentityState } from '../intake/IdentityFields';
import { identityWords } from '../../src-main/shared/vi/identity';

export type ReturnOutcome = Output<'queue.returnResult'> & { dossierId: number; code: string };

type Delivery = Input<'queue.returnResult'>['delivery'];

export function ReturnDialog({ dossierId, onClose, onReturned }: { dossierId: number; onClose: () => void; onReturned: (outcome: ReturnOutcome) => void }) {
  const [dossier, setDossier] = useState<Output<'dossiers.get'> | null>(null);
  const [method, setMethod] = useState<'counter' | 'post'>('counter');
  const [kind, setKind] = useState<'applicant' | 'authorised'>('applicant');
  const [fullName, setFullName] = useState('');
  const [identity, setIdentity] = useState<IdentityState>({ personalId: '', documentType: '', documentNumber: '', nationality: '' });
  const [signed, setSigned] = useState(false);
  const [tracking, setTracking] = useState('');
  const [postOffice, setPostOffice] = useState('');
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, formError, clear, show } = useFieldErrors();

  useEffect(() => {
    void Promise.all([call('dossiers.get', { dossierId }), call('queue.settings', {})]).then(([d, s]) => {
      if (!d.ok) return show(d.error);
      setDossier(d.value);
      setMethod(d.value.resultDelivery);
      setAddress(d.value.deliveryAddress ?? d.value.applicant.address ?? '');
      if (s.ok) setPostOffice(s.value.postOffice);
    });
  }, [dossierId, show]);

  async function submit() {
    clear();
    const delivery: Delivery =
      method === 'post'
        ? { method, trackingNumber: tracking, postOffice, address }
        : { method, signatureNoted: signed, collector: kind === 'applicant' ? { kind } : { kind, fullName, ...identity } };
    setBusy(true);
    const result = await call('queue.returnResult', { dossierId, delivery });
    setBusy(false);
    if (!result.ok) return show(result.error);
    onReturned({ ...result.value, dossierId, code: dossier?.code ?? '' });
  }

  return (
    <ActionDialog title={t.returnTo(dossier?.code ?? '')} busy={busy || !dossier} error={formError} onClose={onClose} onSubmit={() => void submit()}>
      <fieldset>
        <legend>{t.method}</legend>
        <div className="segmented">
          {(['counter', 'post'] as const).map((m) => (
            <label key={m} className="check">
              <input type="radio" name="q-method" checked={method === m} onChange={() => setMethod(m)} autoFocus={method === m} />
              {t.methods[m]}
            </label>
          ))}
        </div>
      </fieldset>
      {method === 'counter' ? (
        <fieldset>
          <legend>{t.collector}</legend>
          <div className="segmented">
            {(['applicant', 'authorised'] as const).map((k) => (
              <label key={k} className="check">
                <input type="radio" name="q-collector" checked={kind === k} onChange={() => setKind(k)} />
                {k === 'applicant' && dossier ? `${t.collectorKinds[k]}: ${dossier.applicant.fullName}` : t.collectorKinds[k]}
              </label>
            ))}
          </div>
          {kind === 'authorised' ? (
            <div className="row">
              <Field label={t.authorisedName} field="delivery.collector.fullName" value={fullName} onChange={(e) => setFullName(e.target.value)} error={errors['delivery.collector.fullName']} />
              <IdentityFields
                value={identity}
                prefix="delivery.collector"
                labels={{ type: t.authorisedDocumentType, personalId: t.authorisedId, number: identityWords.documentNumber, nationality: identityWords.nationality }}
                errors={errors}
                onChange={(patch) => setIdentity((now) => ({ ...now, ...patch }))}
              />
            </div>
          ) : null}
          <label className="check">
            <input
              type="checkbox"
              data-field="delivery.signatureNoted"
              checked={signed}
              aria-invalid={errors['delivery.signatureNoted'] ? true : undefined}
              aria-describedby={errors['delivery.signatureNoted'] ? 'q-signature-error' : undefined}
              onChange={(e) => setSigned(e.target.checked)}
            />
            {t.signatureNoted}
          </label>
          {errors['delivery.signatureNoted'] ? (
            <p id="q-signature-error" className="field__error" role="alert">
              {errors['delivery.signatureNoted']}
            </p>
          ) : null}
        </fieldset>
      ) : (
        <fieldset>
          <legend>{t.methods.post}</legend>
          <Field label={t.trackingNumber} field="delivery.trackingNumber" value={tracking} onChange={(e) => setTracking(e.target.value)} error={errors['delivery.trackingNumber']} />
          <Field label={t.postOffice} field="delivery.postOffice" value={postOffice} onChange={(e) => setPostOffice(e.target.value)} error={errors['delivery.postOffice']} />
          <Field label={t.postAddress} field="delivery.address" value={address} onChange={(e) => setAddress(e.target.value)} error={errors['delivery.address']} />
        </fieldset>
      )}
    </ActionDialog>
  );
}
