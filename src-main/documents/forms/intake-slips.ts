// @runs: main
// Mẫu 02 (request to complete the dossier) and Mẫu 03 (refusal): the two papers
// of an intake that does not end in a receipt.
import { formWords, guidanceWords as g, refusalWords as r, receiptWords } from '../../shared/vi/documents';
import type { GuidanceModel, RefusalModel } from '../view-models';
import { officeHeader, phoneAndEmail, receivingUnit, startForm, type RenderContext } from './common';

export function renderGuidance(vm: GuidanceModel, ctx: RenderContext): Buffer {
  const layout = startForm(ctx, vm, { title: g.title, form: 'guidance' }).numberPages();
  officeHeader(layout, vm).title(g.title);
  layout.para(`${receivingUnit(vm, ctx.formSet)}:`, { style: 'bold', align: 'left' });
  layout.field(g.from, vm.applicant.name, { valueStyle: 'bold' });
  layout.field(formWords.request, vm.procedureName, { valueStyle: 'bold' });
  layout.field(formWords.address, vm.applicant.address ?? '');
  phoneAndEmail(layout, vm.applicant);
  layout.para(g.intro, { style: 'bold', align: 'left' });
  layout.table(
    [
      { header: formWords.tt, width: 7, align: 'center' },
      { header: g.columns.component, width: 45 },
      { header: g.columns.requirement, width: 48 },
    ],
    vm.items.map((item, i) => [String(i + 1), item.component, item.requirement]),
  );
  layout.field(g.reason, vm.reason, { labelStyle: 'bold' });
  layout.para(g.contact(vm.lookup ?? g.defaultLookup, vm.clerkName, vm.clerkPhone));
  layout.space(0.6);
  layout.signatures([{ title: '', hint: '' }, { title: g.signer, hint: formWords.signHint, name: vm.clerkName }]);
  return layout.finish();
}

export function renderRefusal(vm: RefusalModel, ctx: RenderContext): Buffer {
  const layout = startForm(ctx, vm, { title: r.title, form: 'refusal' }).numberPages();
  officeHeader(layout, vm).title(r.title);
  const unit = receivingUnit(vm, ctx.formSet);
  layout.para(`${unit}:`, { style: 'bold', align: 'left' });
  layout.field(r.from, vm.applicant.name, { valueStyle: 'bold' });
  layout.field(formWords.address, vm.applicant.address ?? '');
  layout.field(formWords.phone, vm.applicant.phone ?? '');
  layout.field(formWords.email, vm.applicant.email ?? '');
  layout.field(formWords.request, vm.procedureName, { valueStyle: 'bold' });
  layout.para(r.intro(unit));
  vm.reasons.forEach((reason, i) => layout.para(`${i + 1}. ${reason}`, { indent: layout.fs }));
  layout.para(r.inform);
  if (vm.contact) layout.para(vm.contact, { style: 'italic' });
  layout.space(0.6);
  layout.signatures([
    { title: receiptWords.submitter, hint: formWords.signHint, name: vm.applicant.name },
    { title: receiptWords.receiver, hint: formWords.signHint, name: vm.clerkName },
  ]);
  return layout.finish();
}
