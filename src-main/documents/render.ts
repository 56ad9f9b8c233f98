// @runs: main
// One entry point from (kind, view model) to PDF bytes.
import { renderApology, renderStopNotice } from './forms/letters';
import { renderGuidance, renderRefusal } from './forms/intake-slips';
import { renderReceipt, renderReceiptAndHandover } from './forms/receipt';
import { renderControl, renderPostalHandover, renderRegister } from './forms/tracking';
import type { RenderContext } from './forms/common';
import type { DocumentKind, ViewModels } from './view-models';

export type { RenderContext };

const renderers: { [K in DocumentKind]: (vm: ViewModels[K], ctx: RenderContext) => Buffer } = {
  receipt: renderReceipt,
  guidance: renderGuidance,
  refusal: renderRefusal,
  apology: renderApology,
  control: renderControl,
  register: renderRegister,
  postalHandover: renderPostalHandover,
  stopNotice: renderStopNotice,
  receiptAndHandover: renderReceiptAndHandover,
};

export function renderDocument<K extends DocumentKind>(kind: K, viewModel: ViewModels[K], ctx: RenderContext): Buffer {
  return renderers[kind](viewModel, ctx);
}

/** The register and the control sheet have fixed paper; the rest follow the printing setting. */
export function paperFor(kind: DocumentKind, preferred: RenderContext['paper']): RenderContext['paper'] {
  return kind === 'register' || kind === 'control' ? 'A4' : preferred;
}
