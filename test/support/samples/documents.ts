// @runs: test
import type { documentsContract } from '../../../src-main/documents/contract';
import type { Samples } from './index';

export const documentsSamples: Samples<typeof documentsContract> = {
  'documents.get': { documentId: 1 },
  'documents.listForDossier': { dossierId: 1 },
  'documents.print': { documentId: 1, copies: 2 },
  'documents.reprint': { documentId: 1 },
  'documents.renderRegister': { from: '2026-03-01', to: '2026-03-31' },
  'documents.printingSettings': {},
  'documents.updatePrintingSettings': { printerName: 'HP LaserJet Pro M404', paper: 'A5', copies: 2, outputFolder: '/home/motcua/Văn bản đã in', formSet: '2018' },
  'documents.printers': {},
  'documents.sample': {},
};
