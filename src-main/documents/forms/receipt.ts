// @runs: main
// Mẫu 01 – GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ, two copies in one print,
// and the "4 tại chỗ" variant that adds the hand-over of the result.
import { formWords, handoverWords, oneStopUnit, receiptWords as w } from '../../shared/vi/documents';
import { identityWords } from '../../shared/vi/identity';
import { printedTime } from '../format';
import type { Layout } from '../layout/layout';
import type { ReceiptAndHandoverModel, ReceiptModel } from '../view-models';
import { officeHeader, phoneAndEmail, startForm, type RenderContext } from './common';

export function renderReceipt(vm: ReceiptModel, ctx: RenderContext): Buffer {
  const layout = startForm(ctx, vm, { title: w.title, form: 'receipt' });
  receiptCopies(layout, vm, ctx);
  return layout.finish();
}

/** The receipt's two copies (Mẫu 01), then the app's own hand-over record on its own page, with its own footer and no form number. */
export function renderReceiptAndHandover(vm: ReceiptAndHandoverModel, ctx: RenderContext): Buffer {
  const layout = startForm(ctx, vm, { title: `${w.title} – ${handoverWords.title}`, form: 'receipt' });
  receiptCopies(layout, vm, ctx);
  layout.newSection({ footer: handoverWords.footer }).numberPages().runningHead(`${formWords.dossierCode} ${vm.dossierCode}`);
  handover(layout, vm);
  return layout.finish();
}

function receiptCopies(layout: Layout, vm: ReceiptModel, ctx: RenderContext): void {
  w.copies.forEach((copy, index) => {
    if (index > 0) layout.newSection();
    layout.numberPages().runningHead(`${formWords.dossierCode} ${vm.dossierCode} (${copy})`);
    receiptCopy(layout, vm, copy, oneStopUnit[ctx.formSet]);
  });
}

/**
 * One copy of Mẫu 01. `unit` is the counter's unit as the form set names it; item "Bộ phận …:" then
 * gives the office it belongs to (the unit's name is not repeated: "Bộ phận Một cửa: <office>").
 */
function receiptCopy(layout: Layout, vm: ReceiptModel, copy: string, unit: string): void {
  const { fs } = layout;
  officeHeader(layout, vm).title(w.title);
  codeAndQr(layout, vm.dossierCode, copy);

  layout.field(w.receivingUnit(unit), vm.office.officeName);
  layout.field(w.from, vm.applicant.name, { valueStyle: 'bold' });
  if (vm.applicant.identity) layout.field(identityWords.label, vm.applicant.identity);
  layout.field(formWords.address, vm.applicant.address ?? '');
  phoneAndEmail(layout, vm.applicant);
  layout.field(formWords.request, vm.procedureName, { valueStyle: 'bold' });

  layout.para(w.componentsTitle, { style: 'bold', align: 'left' });
  layout.table(
    [
      { header: formWords.tt, width: 5, align: 'center' },
      { header: w.columns.name, width: 53 },
      { header: w.columns.copyType, width: 16, align: 'center' },
      { header: w.columns.count, width: 9, align: 'center' },
      { header: formWords.note, width: 17 },
    ],
    vm.components.map((c, i) => [String(i + 1), c.name, c.copyType, String(c.count), c.note ?? '']),
  );
  layout.field(w.setCount, w.sets(vm.setCount), { labelStyle: 'bold' });
  layout.field(w.timeLimit, w.days(vm.timeLimitDays, vm.timeLimitUnit), { labelStyle: 'bold' });
  layout.field(w.receivedAt, printedTime(vm.receivedAt), { labelStyle: 'bold' });
  layout.field(w.appointmentAt, printedTime(vm.appointmentAt), { labelStyle: 'bold', valueStyle: 'bold' });
  layout.field(w.deliveryAt, vm.delivery.kind === 'post' ? w.byPost(vm.delivery.address) : w.atCounter(unit), { labelStyle: 'bold' });
  layout.para(w.register(vm.register.volume, vm.register.sequence), { style: 'bold', align: 'left' });
  layout.space(0.2);
  const notes = [...w.notes(unit), ...(vm.office.hotline ? [w.hotline(vm.office.hotline)] : [])];
  layout.signatures(
    [
      { title: w.submitter, hint: formWords.signHint, ...(vm.submitterName ? { name: vm.submitterName } : {}) },
      { title: w.receiver, hint: formWords.signHint, name: vm.clerkName },
    ],
    { room: fs * 2.8, keepWith: layout.notesHeight(formWords.notesTitle, notes) },
  );
  layout.notes(formWords.notesTitle, notes);
}

/** "Mã hồ sơ: …" in large type with the copy marker, the QR code of the code beside them. */
function codeAndQr(layout: Layout, code: string, copy: string): void {
  const { fs, doc } = layout;
  const size = fs * 3.7;
  const top = doc.y;
  layout.qr(code, layout.left + layout.width - size, top - fs * 0.6, size);
  const textWidth = layout.width - size - fs;
  const big = fs * 1.3;
  const label = `${formWords.dossierCode} `;
  const labelWidth = layout.use('regular').doc.widthOfString(label);
  // Same baseline for the label and the large code (Tinos' ascender is 0.891 em).
  layout.write(label, layout.left, top + (big - fs) * 0.891, { lineBreak: false, lineGap: 0 });
  layout.use('bold', big).write(code, layout.left + labelWidth, top, { width: textWidth - labelWidth, lineGap: 0 });
  layout.use('italic').write(`(${copy})`, layout.left, doc.y + fs * 0.2, { width: textWidth, lineGap: 0 });
  doc.y = Math.max(doc.y + fs * 0.4, top + size - fs * 0.4);
  layout.use('regular');
}

function handover(layout: Layout, vm: ReceiptAndHandoverModel): void {
  officeHeader(layout, { ...vm, issuedAt: vm.handover.returnedAt }, false).title(handoverWords.title);
  layout.field(formWords.dossierCode, vm.dossierCode, { valueStyle: 'bold' });
  layout.field(w.from, vm.applicant.name, { valueStyle: 'bold' });
  layout.field(formWords.request, vm.procedureName);
  layout.para(handoverWords.intro, { align: 'left' });
  layout.field(handoverWords.resultName, vm.handover.resultName, { valueStyle: 'bold' });
  layout.field(handoverWords.resultNumber, vm.handover.resultNumber, { valueStyle: 'bold' });
  layout.field(handoverWords.returnedAt, printedTime(vm.handover.returnedAt));
  if (vm.handover.note) layout.field(`${formWords.note}:`, vm.handover.note);
  layout.space(0.6);
  layout.signatures([
    { title: handoverWords.receiver, hint: formWords.signHint, name: vm.handover.receiverName },
    { title: handoverWords.returner, hint: formWords.signHint, name: vm.clerkName },
  ]);
}
