// @runs: main
// The papers that follow a dossier through the office: the processing-control
// sheet (Mẫu 05/06), the register (Mẫu 06/07, A4 landscape) and the BHXH
// hand-over slip for results returned by post (REFERENCE.md §2.2).
import { controlWords as c, formWords, postalWords as p, registerWords as r } from '../../shared/vi/documents';
import { printedDate, printedTime } from '../format';
import type { Layout } from '../layout/layout';
import type { ControlModel, PostalHandoverModel, RegisterModel } from '../view-models';
import { officeHeader, startForm, type RenderContext } from './common';

export function renderControl(vm: ControlModel, ctx: RenderContext): Buffer {
  const layout = startForm(ctx, vm, { title: c.title, form: 'control' }).numberPages().runningHead(`${formWords.dossierCode} ${vm.dossierCode}`);
  officeHeader(layout, vm).title(c.title);
  layout.field(formWords.dossierCode, vm.dossierCode, { labelStyle: 'bold', valueStyle: 'bold' });
  layout.para(c.attached(vm.receiptNumber), { align: 'left' });
  layout.runs([{ text: `${c.owner} ` }, { text: vm.applicant.name, style: 'bold' }, { text: `;  ${c.procedure} ` }, { text: vm.procedureName }], { align: 'left' });
  layout.runs([{ text: `${c.receivedAt} ${printedTime(vm.receivedAt)};  ` }, { text: `${c.appointmentAt} ` }, { text: printedTime(vm.appointmentAt), style: 'bold' }], { align: 'left' });
  layout.field(formWords.address, vm.applicant.address ?? '');
  layout.field(c.resolving, vm.resolvingAgency, { labelStyle: 'bold' });
  if (vm.coordinatingAgency) layout.field(c.coordinating, vm.coordinatingAgency);
  layout.space(0.3);
  const notes = [c.postNote];
  controlTable(layout, vm, layout.notesHeight(formWords.notesTitle, notes) + layout.fs * 1.2 * 0.3);
  layout.notes(formWords.notesTitle, notes);
  return layout.finish();
}

/**
 * The hand-over table of Mẫu 05 (2018) / 06 (2025): per step the agency, the times of handing and
 * receiving, a signature cell for the one who hands and for the one who receives (REFERENCE §1.5), the
 * result and a note; then blank steps with the same cells for the hand-overs still to come. The last row
 * keeps `keepWith` (the notes after the table) on its page.
 */
function controlTable(layout: Layout, vm: ControlModel, keepWith: number): void {
  const room = '\n\n\n';
  const recorded = vm.steps.map((step) => [
    step.agency,
    [c.handed(printedTime(step.handedAt)), c.received(step.receivedAt ? printedTime(step.receivedAt) : formWords.none)].join('\n'),
    `${room}${step.handedBy}`,
    `${room}${step.receivedBy ?? ''}`,
    step.result ? formWords.results[step.result] : '',
    step.note ?? '',
  ]);
  const blank = Array.from({ length: c.blankSteps }, () => ['', [c.handed(''), c.received('')].join('\n'), room, room, '', '']);
  layout.table(
    [
      { header: c.columns.agency, width: 17 },
      { header: c.columns.when, width: 25, group: c.columns.time },
      { header: c.columns.handedBy, width: 15, align: 'center', group: c.columns.time },
      { header: c.columns.receivedBy, width: 15, align: 'center', group: c.columns.time },
      { header: c.columns.result, width: 14, align: 'center' },
      { header: c.columns.note, width: 14 },
    ],
    [...recorded, ...blank],
    { headerSize: layout.fs * 0.8, keepWith },
  );
}

export function renderRegister(vm: RegisterModel, ctx: RenderContext): Buffer {
  const layout = startForm(ctx, vm, { title: r.title, form: 'register', landscape: true }).numberPages();
  officeHeader(layout, vm).title(r.title, r.range(printedDate(vm.from), printedDate(vm.to)));
  if (vm.scope) layout.para(vm.scope, { align: 'center' });
  if (vm.volume) layout.para(r.volume(vm.volume), { align: 'center' });
  const k = r.columns;
  const dates = r.dateGroup;
  layout.table(
    [
      { header: k.tt, width: 3, align: 'center' },
      { header: k.code, width: 15.5 },
      { header: k.procedure, width: 11 },
      { header: k.sets, width: 4.5, align: 'center' },
      { header: k.applicant, width: 9 },
      { header: k.addressPhone, width: 10 },
      { header: k.agency, width: 7 },
      { header: k.received, width: 6, align: 'center', group: dates },
      { header: k.appointment, width: 6, align: 'center', group: dates },
      { header: k.transferred, width: 6, align: 'center', group: dates },
      { header: k.resultReceived, width: 6, align: 'center', group: dates },
      { header: k.returned, width: 6, align: 'center', group: dates },
      { header: k.signature, width: 5 },
      { header: k.note, width: 5 },
    ],
    vm.rows.map((row, i) => [
      String(i + 1),
      row.dossierCode,
      row.procedureName,
      String(row.setCount),
      row.applicantName,
      row.addressPhone,
      row.resolvingAgency,
      printedDate(row.receivedOn),
      row.appointmentOn ? printedDate(row.appointmentOn) : '',
      row.transferredOn ? printedDate(row.transferredOn) : '',
      row.resultReceivedOn ? printedDate(row.resultReceivedOn) : '',
      row.returnedOn ? printedDate(row.returnedOn) : '',
      '',
      row.note ?? '',
    ]),
    { size: layout.fs * 0.95, headerSize: layout.fs * 0.9 },
  );
  if (vm.rows.length === 0) layout.para(r.empty, { style: 'italic', align: 'center' });
  return layout.finish();
}

export function renderPostalHandover(vm: PostalHandoverModel, ctx: RenderContext): Buffer {
  const layout = startForm(ctx, vm, { title: p.title, form: { footer: p.footer } }).numberPages().runningHead(`${formWords.dossierCode} ${vm.dossierCode}`);
  officeHeader(layout, vm).title(p.title);
  const indent = layout.fs;
  layout.para(p.senderTitle, { style: 'bold', align: 'left' });
  layout.field(p.fullName, vm.sender.clerkName, { indent });
  layout.field(p.unit, vm.sender.unit, { indent });
  layout.field(formWords.address, vm.sender.address, { indent });
  layout.field(formWords.phone, vm.sender.phone, { indent });
  layout.field(p.content, vm.sender.content ?? p.defaultContent, { indent });
  layout.para(p.postTitle, { style: 'bold', align: 'left' });
  layout.field(p.unit, vm.postOffice.name, { indent });
  if (vm.postOffice.trackingNumber) layout.field(p.trackingNumber, vm.postOffice.trackingNumber, { indent, valueStyle: 'bold' });
  if (vm.postOffice.address) layout.field(formWords.address, vm.postOffice.address, { indent });
  if (vm.postOffice.phone) layout.field(formWords.phone, vm.postOffice.phone, { indent });
  layout.para(p.recipientTitle, { style: 'bold', align: 'left' });
  layout.field(p.recipientName, vm.recipient.name, { indent, valueStyle: 'bold' });
  layout.field(formWords.dossierCode, vm.dossierCode, { indent, labelStyle: 'bold', valueStyle: 'bold' });
  layout.field(formWords.address, vm.recipient.address ?? '', { indent });
  layout.field(formWords.phone, vm.recipient.phone ?? '', { indent });
  layout.space(0.3);
  layout.table(
    [
      { header: formWords.stt, width: 8, align: 'center' },
      { header: p.columns.name, width: 52 },
      { header: p.columns.count, width: 14, align: 'center' },
      { header: formWords.note, width: 26 },
    ],
    vm.items.map((item, i) => [String(i + 1), item.name, String(item.count), item.note ?? '']),
  );
  layout.space(0.4);
  layout.signatures(p.signers.map((title) => ({ title, hint: formWords.signHint })));
  return layout.finish();
}
