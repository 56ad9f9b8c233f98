// @runs: renderer
// Printer, paper, copies, output folder and form set, and "In thử" (a sample
// receipt shown and printed so the supervisor can check the printer and margins).
import { useEffect, useState, type FormEvent } from 'react';
import type { Output } from '../../src-main/api/contract';
import { documentsUi, formSets } from '../../src-main/shared/vi/documents';
import { ui } from '../../src-main/shared/vi/ui';
import { call } from '../api';
import { Field, FormError, useFieldErrors } from '../ui/form';
import { DocumentPreview } from './DocumentPreview';

const t = documentsUi.settings;
type Settings = Output<'documents.printingSettings'>;

export function PrintingSettings({ readOnly }: { readOnly: boolean }) {
  const [current, setCurrent] = useState<Settings | null>(null);
  const [printers, setPrinters] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [sampleId, setSampleId] = useState<number | null>(null);
  const { errors, formError, clear, show } = useFieldErrors();

  useEffect(() => {
    void call('documents.printingSettings', {}).then((r) => (r.ok ? setCurrent(r.value) : show(r.error)));
    void call('documents.printers', {}).then((r) => r.ok && setPrinters(r.value.printers));
  }, [show]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const get = (name: string) => String(data.get(name) ?? '');
    clear();
    setSaved(false);
    const result = await call('documents.updatePrintingSettings', {
      printerName: get('printerName'),
      paper: get('paper') === 'A5' ? 'A5' : 'A4',
      copies: Number(get('copies')),
      outputFolder: get('outputFolder'),
      formSet: get('formSet') === '2018' ? '2018' : '2025',
      version: current?.version,
    });
    if (result.ok) {
      setCurrent(result.value);
      setSaved(true);
    } else {
      show(result.error);
      // Refused because the stored values changed since the form loaded: the form is drawn again from them.
      if (result.error.code === 'CONFLICT') await call('documents.printingSettings', {}).then((r) => r.ok && setCurrent(r.value));
    }
  }

  async function testPrint() {
    clear();
    const result = await call('documents.sample', {});
    if (result.ok) setSampleId(result.value.documentId);
    else show(result.error);
  }

  if (!current) return <FormError message={formError} />;
  const choices = current.printerName && !printers.includes(current.printerName) ? [current.printerName, ...printers] : printers;
  return (
    <section className="card card--wide doc-print-settings" aria-labelledby="printing-settings">
      <h2 id="printing-settings">{t.title}</h2>
      <form key={current.version} onSubmit={submit} noValidate aria-label={t.title}>
        <fieldset disabled={readOnly}>
          <div className="row">
            <div className="field">
              <label htmlFor="print-printer">{t.printer}</label>
              <select id="print-printer" name="printerName" data-field="printerName" defaultValue={current.printerName}>
                <option value="">{t.noPrinter}</option>
                {choices.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
              {printers.length === 0 ? <small className="field__hint">{t.noPrintersFound}</small> : null}
            </div>
            <div className="field">
              <label htmlFor="print-paper">{t.paper}</label>
              <select id="print-paper" name="paper" data-field="paper" defaultValue={current.paper}>
                <option value="A4">{t.papers.A4}</option>
                <option value="A5">{t.papers.A5}</option>
              </select>
            </div>
            <Field label={t.copies} field="copies" name="copies" type="number" min={1} max={9} defaultValue={current.copies} error={errors.copies} />
          </div>
          <div className="row">
            <Field label={t.outputFolder} field="outputFolder" name="outputFolder" hint={t.outputFolderHint} defaultValue={current.outputFolder} error={errors.outputFolder} />
            <div className="field">
              <label htmlFor="print-form-set">{t.formSet}</label>
              <select id="print-form-set" name="formSet" data-field="formSet" defaultValue={current.formSet}>
                <option value="2025">{formSets['2025'].label}</option>
                <option value="2018">{formSets['2018'].label}</option>
              </select>
            </div>
          </div>
          <FormError message={formError} />
          {saved ? <p role="status">{ui.saved}</p> : null}
          <div className="actions">
            <button type="submit" className="primary">
              {ui.save}
            </button>
            <button type="button" onClick={() => void testPrint()} title={t.testPrintHint}>
              {t.testPrint}
            </button>
          </div>
          <small className="field__hint">{t.testPrintHint}</small>
        </fieldset>
      </form>
      {sampleId !== null ? <DocumentPreview documentId={sampleId} /> : null}
    </section>
  );
}
