// @runs: main
// What every form shares: the page set-up, the recorded form set and the header.
import { formNumbers, formSets, formWords, oneStopUnit } from '../../shared/vi/documents';
import { placeDate } from '../format';
import type { FontFiles } from '../layout/fonts';
import { Layout, type TextTrace } from '../layout/layout';
import type { DocumentBase, FormSet, Paper } from '../view-models';

export interface RenderContext {
  formSet: FormSet;
  paper: Paper;
  fonts: FontFiles;
  /** Set when printing again: every page gets "BẢN IN LẠI – in lúc …". */
  reprintMark?: string;
  trace?: TextTrace[];
}

type NumberedForm = keyof (typeof formNumbers)['2025'];

/** "Mẫu số 01 – Thông tư 01/2018/TT-VPCP" for a form of the set, or a fixed line for forms outside it. */
export function formFooter(ctx: RenderContext, form: NumberedForm | { footer: string }): string {
  if (typeof form === 'object') return form.footer;
  const numbers: Partial<Record<NumberedForm, string>> = formNumbers[ctx.formSet];
  const no = numbers[form] ?? formNumbers['2025'][form];
  return formWords.formFooter(no, formSets[ctx.formSet].circular);
}

export function startForm(
  ctx: RenderContext,
  base: DocumentBase,
  spec: { title: string; form: NumberedForm | { footer: string }; landscape?: boolean },
): Layout {
  const footer = formFooter(ctx, spec.form);
  return new Layout({
    paper: ctx.paper,
    ...(spec.landscape ? { landscape: true } : {}),
    fonts: ctx.fonts,
    info: { Title: spec.title, Subject: footer, Keywords: `form-set:${ctx.formSet}` },
    createdAt: new Date(base.issuedAt),
    footer,
    ...(ctx.reprintMark ? { reprintMark: ctx.reprintMark } : {}),
    ...(ctx.trace ? { trace: ctx.trace } : {}),
  });
}

export function officeHeader(layout: Layout, base: DocumentBase, withNumber = true): Layout {
  return layout.header({
    parentAgency: base.office.parentAgency,
    officeName: base.office.officeName,
    ...(withNumber && base.number ? { number: base.number } : {}),
    placeDate: placeDate(base.office.place, base.issuedAt),
  });
}

/** The counter's unit as the form set names it ("Bộ phận Một cửa" from Decree 118/2025), with the office: "Bộ phận Một cửa – <office>". */
export function receivingUnit(base: DocumentBase, formSet: FormSet): string {
  return base.office.receivingUnit ?? formWords.receivingUnitDefault(oneStopUnit[formSet], base.office.officeName);
}

/** "Số điện thoại: … Email: …" on one line, as the forms print it. */
export function phoneAndEmail(layout: Layout, party: { phone?: string; email?: string }): Layout {
  return layout.runs([
    { text: `${formWords.phone} ${party.phone || formWords.none}      ` },
    { text: `${formWords.email} ${party.email || formWords.none}` },
  ], { align: 'left' });
}
