// @runs: main
// The letters signed by the head of the resolving agency: Mẫu 04 (apology, and
// under the 2025 set the request to extend the time limit) and the 2025 set's
// Mẫu 05 THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ.
import { DomainError } from '../../api/kit';
import { apologyWords as a, documentsUi, formWords, stopWords as s } from '../../shared/vi/documents';
import { printedDate, printedTime } from '../format';
import type { FontStyle } from '../layout/fonts';
import type { Layout } from '../layout/layout';
import type { ApologyModel, Party, Signer, StopNoticeModel } from '../view-models';
import { officeHeader, startForm, type RenderContext } from './common';

export function renderApology(vm: ApologyModel, ctx: RenderContext): Buffer {
  const title = a.title[ctx.formSet];
  const layout = startForm(ctx, vm, { title, form: 'apology' }).numberPages().runningHead(`${formWords.dossierCode} ${vm.dossierCode}`);
  officeHeader(layout, vm).title(title);
  addressee(layout, vm.recipient);
  layout.para(a.received(printedDate(vm.receivedAt), vm.resolvingAgency, vm.recipient.name));
  layout.field(a.code, vm.dossierCode, { valueStyle: 'bold' });
  layout.field(formWords.request, vm.procedureName);
  layout.field(a.originalAt, printedTime(vm.originalAppointmentAt));
  layout.para(a.however(vm.resolvingAgency));
  layout.field(a.reason, vm.reason, { labelStyle: 'bold' });
  layout.para(a.sorry[ctx.formSet](vm.resolvingAgency));
  layout.field(a.newAt[ctx.formSet], printedTime(vm.newAppointmentAt), { labelStyle: 'bold', valueStyle: 'bold' });
  layout.para(a.thanks);
  closing(layout, vm.copiesTo, vm.signer);
  return layout.finish();
}

export function renderStopNotice(vm: StopNoticeModel, ctx: RenderContext): Buffer {
  if (ctx.formSet !== '2025') throw new DomainError('FORM_NOT_IN_SET', documentsUi.stopNoticeOnly2025);
  const layout = startForm(ctx, vm, { title: s.title, form: 'stopNotice' }).numberPages().runningHead(`${formWords.dossierCode} ${vm.dossierCode}`);
  officeHeader(layout, vm).title(s.title);
  addressee(layout, vm.recipient);
  layout.para(s.received(printedDate(vm.receivedAt), vm.resolvingAgency, vm.recipient.name));
  layout.field(s.code, vm.dossierCode, { valueStyle: 'bold' });
  layout.field(formWords.request, vm.procedureName);
  layout.para(s.stop(vm.resolvingAgency), { style: 'bold' });
  layout.field(s.reason, vm.reason, { labelStyle: 'bold' });
  if (vm.guidance) layout.field(s.guidance, vm.guidance);
  layout.para(s.thanks);
  closing(layout, vm.copiesTo, vm.signer);
  return layout.finish();
}

function addressee(layout: Layout, party: Party): void {
  layout.para(`${a.to} ${party.name}`, { style: 'bold', align: 'center' });
  const contact = [party.address, party.phone ? `${formWords.phone} ${party.phone}` : undefined].filter(Boolean).join(' – ');
  if (contact) layout.para(contact, { align: 'center', style: 'italic' });
  layout.space(0.4);
}

/** "Nơi nhận:" on the left, the signer on the right, as on every administrative letter. */
function closing(layout: Layout, copiesTo: string[], signer: Signer): void {
  const { fs, doc } = layout;
  const room = fs * 4.5;
  layout.space(0.5).ensure(fs * 1.3 * (3 + Math.max(copiesTo.length, 2)) + room);
  const top = doc.y;
  const leftWidth = layout.width * 0.45;
  const small = fs * 0.85;
  const put = (text: string, style: FontStyle, size: number, x: number, width: number, align: 'left' | 'center') => {
    layout.use(style, size).write(text, x, doc.y, { width, align, lineGap: 0 });
  };
  doc.y = top;
  put(formWords.recipientsTitle, 'boldItalic', small * 1.05, layout.left, leftWidth, 'left');
  for (const line of [formWords.asAbove, ...copiesTo.map((c) => `- ${c};`), formWords.archive]) put(line, 'regular', small, layout.left, leftWidth, 'left');
  const leftBottom = doc.y;

  const x = layout.left + leftWidth;
  const width = layout.width - leftWidth;
  doc.y = top;
  if (signer.onBehalf) put(signer.onBehalf, 'bold', fs, x, width, 'center');
  put(signer.title, 'bold', fs, x, width, 'center');
  doc.y += room;
  put(signer.name, 'bold', fs, x, width, 'center');
  doc.x = layout.left;
  doc.y = Math.max(leftBottom, doc.y) + fs * 0.5;
  layout.use('regular');
}
