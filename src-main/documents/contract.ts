// @runs: shared
import { z } from 'zod';
import { emptyInput, method } from '../api/kit';
import { id, isoDate, loadedVersion, optionalText } from '../shared/schemas';
import { DOCUMENT_KINDS } from './view-models';

const paper = z.enum(['A4', 'A5']);
const formSet = z.enum(['2018', '2025']);

export const documentMeta = z.object({
  id: z.number(),
  dossierId: z.number().nullable(),
  kind: z.enum(DOCUMENT_KINDS),
  formSet,
  number: z.string(),
  paper,
  issuedAt: z.string(),
  issuedBy: z.number(),
  issuedByName: z.string(),
  reprints: z.number(),
  lastReprintedAt: z.string().nullable(),
  pdfSha256: z.string(),
});

const printOutcome = z.object({ message: z.string(), printed: z.boolean(), savedTo: z.string().nullable() });

const printingSettings = z.object({ printerName: z.string(), paper, copies: z.number(), outputFolder: z.string(), formSet, version: z.string() });

export const documentsContract = {
  /** The stored PDF (base64) and what it is, for the preview. */
  'documents.get': method(z.strictObject({ documentId: id }), z.object({ document: documentMeta, pdfBase64: z.string() }), 'clerk'),
  'documents.listForDossier': method(z.strictObject({ dossierId: id }), z.object({ documents: z.array(documentMeta) }), 'clerk'),
  'documents.print': method(z.strictObject({ documentId: id, copies: z.number().int().min(1).max(9).optional() }), printOutcome, 'clerk'),
  /** Prints again from the stored inputs, marked "BẢN IN LẠI – in lúc …". */
  'documents.reprint': method(z.strictObject({ documentId: id }), printOutcome.extend({ reprints: z.number() }), 'clerk'),
  /** Sổ theo dõi hồ sơ for dossiers received between two dates, issued as a document to preview and print. */
  'documents.renderRegister': method(
    /** scope: "Quầy này" (default: the dossiers received here) or "Cả văn phòng" (the hub's when connected, else this counter's copy). */
    z.strictObject({ from: isoDate, to: isoDate, scope: z.enum(['counter', 'office']).optional() }),
    z.object({ documentId: z.number() }),
    'clerk',
  ),
  'documents.printingSettings': method(emptyInput, printingSettings, 'clerk'),
  'documents.updatePrintingSettings': method(
    z.strictObject({
      printerName: optionalText(200),
      paper,
      copies: z.number().int().min(1).max(9),
      outputFolder: optionalText(500),
      formSet,
      /** Refused (CONFLICT, nothing written) when the stored settings changed since the form loaded this version. */
      version: loadedVersion,
    }),
    printingSettings,
    'supervisor',
  ),
  'documents.printers': method(emptyInput, z.object({ printers: z.array(z.string()) }), 'clerk'),
  /** "In thử": issues a sample receipt so the supervisor can check the printer and the margins. */
  'documents.sample': method(emptyInput, z.object({ documentId: z.number() }), 'supervisor'),
};
