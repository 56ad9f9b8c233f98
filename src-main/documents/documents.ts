// @runs: main
// Issued papers: rendered from a view model, stored with their exact bytes and
// inputs, shown again, reprinted with a visible mark, printed silently or saved
// as PDF when the counter has no printer.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../api/kit';
import { qb } from '../db/sql';
import type { FeatureDeps } from '../services/deps';
import { writingTo } from '../services/disk-full';
import { folderSetting } from '../settings/folders';
import { officeSetting } from '../settings/keys';
import { formatVnDate, toVnIso, vnDate } from '../shared/time';
import { documentsUi, formWords, registerWords } from '../shared/vi/documents';
import { clockAndDate } from './format';
import { findResourcesDir, loadFonts, type FontFiles } from './layout/fonts';
import { systemPrinterDriver, type PrinterDriver } from './printing';
import { paperFor, renderDocument } from './render';
import type { RegisterSourceRow } from './office-register';
import { copiesSetting, formSetSetting, outputFolderSetting, paperSetting, printerNameSetting } from './settings';
import type { DocumentKind, FormSet, Paper, ReceiptModel, RegisterModel, ViewModels } from './view-models';

/** Whose dossiers a register lists, and the line printed under its title. */
export type RegisterScope = { kind: 'counter'; line?: string } | { kind: 'office'; hubRows: RegisterSourceRow[] | null; line?: string };

export interface DocumentsOptions {
  /** The app's resources/ folder (the Electron shell passes it; tests use the working directory). */
  resourcesDir?: string;
  printerDriver?: PrinterDriver;
}

export interface DocumentMeta {
  id: number;
  dossierId: number | null;
  kind: DocumentKind;
  formSet: FormSet;
  number: string;
  paper: Paper;
  issuedAt: string;
  issuedBy: number;
  issuedByName: string;
  reprints: number;
  lastReprintedAt: string | null;
  pdfSha256: string;
}

export interface PrintingSettings {
  printerName: string;
  paper: Paper;
  copies: number;
  outputFolder: string;
  formSet: FormSet;
}

export interface PrintOutcome {
  /** Vietnamese sentence for the clerk: sent to which printer, or saved where. */
  message: string;
  printed: boolean;
  savedTo: string | null;
}

export interface IssueInput<K extends DocumentKind> {
  dossierId: number | null;
  kind: K;
  viewModel: ViewModels[K];
  paper?: Paper;
  formSet?: FormSet;
  issuedBy: number;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');


/** The register's note: a stopped dossier, or an appointment put back by an apology (its new date). */
function registerNote(r: Pick<RegisterSourceRow, 'state' | 'extended_due_date'>): { note?: string } {
  if (r.state === 'stopped') return { note: registerWords.stopped };
  return r.extended_due_date ? { note: registerWords.extended(formatVnDate(r.extended_due_date)) } : {};
}

export class Documents {
  private fontFiles: FontFiles | null = null;
  private readonly driver: PrinterDriver;

  constructor(
    private readonly deps: FeatureDeps,
    private readonly options: DocumentsOptions = {},
  ) {
    this.driver = options.printerDriver ?? systemPrinterDriver();
  }

  private get fonts(): FontFiles {
    this.fontFiles ??= loadFonts(findResourcesDir(this.options.resourcesDir));
    return this.fontFiles;
  }

  /** Renders without storing (previews, the bench, the render-samples script). */
  render<K extends DocumentKind>(kind: K, viewModel: ViewModels[K], options: { paper?: Paper; formSet?: FormSet; reprintMark?: string } = {}): Buffer {
    const settings = this.printingSettings();
    return renderDocument(kind, viewModel, {
      formSet: options.formSet ?? settings.formSet,
      paper: paperFor(kind, options.paper ?? settings.paper),
      fonts: this.fonts,
      ...(options.reprintMark ? { reprintMark: options.reprintMark } : {}),
    });
  }

  /** Renders and stores a paper exactly as handed over; the stored inputs let it be printed again later. */
  issue<K extends DocumentKind>(input: IssueInput<K>): { documentId: number; pdf: Buffer } {
    const settings = this.printingSettings();
    const formSet = input.formSet ?? settings.formSet;
    const paper = paperFor(input.kind, input.paper ?? settings.paper);
    const pdf = this.render(input.kind, input.viewModel, { formSet, paper });
    const inputs = JSON.stringify(input.viewModel);
    const documentId = this.deps.sql.tx(() => {
      const { lastInsertRowid } = this.deps.sql.run(
        qb.insertInto('documents').values({
          dossier_id: input.dossierId,
          kind: input.kind,
          form_set: formSet,
          number: input.viewModel.number,
          paper,
          inputs,
          inputs_sha256: sha256(inputs),
          pdf,
          pdf_sha256: sha256(pdf),
          issued_at: toVnIso(this.deps.clock.now()),
          issued_by: input.issuedBy,
        }),
      );
      this.deps.audit.record('documents.issue', { clerkId: input.issuedBy, counter: null }, { documentId: lastInsertRowid, kind: input.kind, dossierId: input.dossierId });
      return lastInsertRowid;
    });
    return { documentId, pdf };
  }

  get(documentId: number): { meta: DocumentMeta; pdf: Buffer } {
    const row = this.deps.sql.one(this.metaQuery().select('d.pdf').where('d.id', '=', documentId));
    if (!row) throw new DomainError('NOT_FOUND', documentsUi.notFound);
    const { pdf, ...meta } = row;
    return { meta: this.toMeta(meta), pdf };
  }

  listForDossier(dossierId: number): DocumentMeta[] {
    return this.deps.sql.all(this.metaQuery().where('d.dossier_id', '=', dossierId).orderBy('d.id')).map((row) => this.toMeta(row));
  }

  /** Regenerates the paper from its stored inputs, marked "BẢN IN LẠI"; the original bytes stay as they were. */
  reprint(documentId: number, by: number): { pdf: Buffer; reprints: number } {
    const row = this.deps.sql.one(qb.selectFrom('documents').select(['kind', 'form_set', 'paper', 'inputs']).where('id', '=', documentId));
    if (!row) throw new DomainError('NOT_FOUND', documentsUi.notFound);
    const now = toVnIso(this.deps.clock.now());
    const viewModel = JSON.parse(row.inputs) as ViewModels[DocumentKind];
    const pdf = renderDocument(row.kind, viewModel as never, {
      formSet: row.form_set,
      paper: row.paper,
      fonts: this.fonts,
      reprintMark: formWords.reprintMark(clockAndDate(now)),
    });
    return this.deps.sql.tx(() => {
      this.deps.sql.run(
        qb
          .updateTable('documents')
          .set((eb) => ({ reprints: eb('reprints', '+', 1), last_reprinted_at: now }))
          .where('id', '=', documentId),
      );
      this.deps.audit.record('documents.reprint', { clerkId: by, counter: null }, { documentId });
      const { reprints } = this.deps.sql.one(qb.selectFrom('documents').select('reprints').where('id', '=', documentId)) as { reprints: number };
      return { pdf, reprints };
    });
  }

  /**
   * Sends a stored document (or given bytes) to the configured printer, silently.
   * Without a printer the PDF goes to the output folder and the clerk is told where.
   */
  async print(target: number | { pdf: Buffer; name: string; paper?: Paper; landscape?: boolean }, options: { copies?: number } = {}): Promise<PrintOutcome> {
    const settings = this.printingSettings();
    const doc = typeof target === 'number' ? this.fileFor(target) : { paper: settings.paper, landscape: false, ...target };
    const copies = options.copies ?? settings.copies;
    const file = this.save(doc.pdf, doc.name);
    if (!settings.printerName) return { message: documentsUi.noPrinter(file), printed: false, savedTo: file };
    const printers = await this.driver.list();
    if (!printers.includes(settings.printerName)) return { message: documentsUi.printerMissing(settings.printerName, file), printed: false, savedTo: file };
    try {
      await this.driver.print(file, { printer: settings.printerName, copies, paper: doc.paper, landscape: doc.landscape });
      return { message: documentsUi.printed(settings.printerName, copies), printed: true, savedTo: file };
    } catch (error) {
      console.error('[documents] printing failed', error);
      return { message: documentsUi.printFailed(settings.printerName, file), printed: false, savedTo: file };
    }
  }

  printers(): Promise<string[]> {
    return this.driver.list().catch(() => []);
  }

  printingSettings(): PrintingSettings {
    const { settings } = this.deps;
    return {
      printerName: settings.get(printerNameSetting),
      paper: settings.get(paperSetting),
      copies: settings.get(copiesSetting),
      outputFolder: settings.get(outputFolderSetting),
      formSet: settings.get(formSetSetting),
    };
  }

  /** Takes the whole printing settings; refuses an output folder that is not a full path (folderSetting). */
  updatePrintingSettings(next: PrintingSettings): PrintingSettings {
    const { settings } = this.deps;
    const outputFolder = folderSetting(next.outputFolder, 'print', 'outputFolder');
    this.deps.sql.tx(() => {
      settings.set(printerNameSetting, next.printerName);
      settings.set(paperSetting, next.paper);
      settings.set(copiesSetting, next.copies);
      settings.set(outputFolderSetting, outputFolder);
      settings.set(formSetSetting, next.formSet);
    });
    return this.printingSettings();
  }

  /**
   * The register (Sổ theo dõi hồ sơ) of dossiers received between two dates: this counter's own
   * (the dossiers it received, not those replicated from other counters), or the office's, from
   * the hub's rows when given, else from every dossier this counter holds.
   */
  registerModel(from: string, to: string, scope: RegisterScope = { kind: 'counter' }): RegisterModel {
    const office = this.office();
    const rows = scope.kind === 'office' && scope.hubRows ? scope.hubRows : this.localRegisterRows(from, to, scope.kind === 'counter');
    return {
      office,
      number: '',
      issuedAt: toVnIso(this.deps.clock.now()),
      from,
      to,
      scope: scope.line,
      rows: rows.map((r) => ({
        dossierCode: r.code ?? '',
        procedureName: r.procedure,
        setCount: r.set_count,
        applicantName: r.full_name,
        addressPhone: [r.address, r.phone].filter(Boolean).join('; '),
        // The department that resolves it once handed over; the office until then.
        resolvingAgency: r.department ?? office.officeName,
        receivedOn: vnDate(new Date(r.received_at as string)),
        ...(r.due_date ? { appointmentOn: r.due_date } : {}),
        ...(r.handed_over_at ? { transferredOn: vnDate(new Date(r.handed_over_at)) } : {}),
        ...(r.result_received_at ? { resultReceivedOn: vnDate(new Date(r.result_received_at)) } : {}),
        ...(r.returned_at ? { returnedOn: vnDate(new Date(r.returned_at)) } : {}),
        ...registerNote(r),
      })),
    };
  }

  private localRegisterRows(from: string, to: string, ownOnly: boolean): RegisterSourceRow[] {
    return this.deps.sql.all(
      qb
        .selectFrom('dossiers as d')
        .innerJoin('procedure_versions as p', 'p.id', 'd.procedure_version_id')
        .innerJoin('dossier_applicants as a', 'a.dossier_id', 'd.id')
        .select(['d.code', 'd.set_count', 'd.received_at', 'd.due_date', 'd.returned_at', 'd.department', 'd.handed_over_at', 'd.result_received_at', 'd.state', 'd.extended_due_date', 'p.name as procedure', 'a.full_name', 'a.address', 'a.phone'])
        .where('d.received_at', '>=', `${from}T00:00:00`)
        .where('d.received_at', '<', `${to}T24`)
        // A dossier received from another counter has a line in hub_ids.
        .$if(ownOnly, (q) => q.where((eb) => eb.not(eb.exists(eb.selectFrom('hub_ids as h').select('h.local_id').where('h.kind', '=', 'dossier').whereRef('h.local_id', '=', 'd.id')))))
        .orderBy('d.received_at')
        .orderBy('d.id'),
    );
  }

  /** A receipt filled with sample data: "In thử" checks the printer, the paper and the margins. */
  sampleReceipt(clerkName: string): ReceiptModel {
    const s = documentsUi.sample;
    const now = this.deps.clock.now();
    const at = toVnIso(now);
    return {
      office: this.office(),
      number: s.number,
      issuedAt: at,
      dossierCode: s.code,
      applicant: { name: s.applicant, address: s.address, phone: '0900 000 000' },
      procedureName: s.procedure,
      components: [{ name: s.component, copyType: s.copyType, count: 1 }],
      setCount: 1,
      timeLimitDays: 0,
      receivedAt: at,
      appointmentAt: at,
      delivery: { kind: 'counter' },
      register: { volume: '…', sequence: 0 },
      clerkName,
    };
  }

  private office(): RegisterModel['office'] {
    const office = this.deps.settings.get(officeSetting);
    if (!office) throw new DomainError('SETUP_REQUIRED');
    return { parentAgency: office.parentAgency, officeName: office.officeName, place: office.place };
  }

  private fileFor(documentId: number): { pdf: Buffer; name: string; paper: Paper; landscape: boolean } {
    const { meta, pdf } = this.get(documentId);
    return { pdf, name: `${meta.kind}-${meta.id}`, paper: meta.paper, landscape: meta.kind === 'register' };
  }

  /** Writes the PDF into the output folder and gives its path; a full disk is refused as DISK_FULL naming the folder. */
  private save(pdf: Buffer, name: string): string {
    const folder = this.printingSettings().outputFolder || join(this.deps.dataDir, 'printed');
    const stamp = toVnIso(this.deps.clock.now()).slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    const file = join(folder, `${stamp}-${name.replace(/[^\w.-]+/g, '_')}.pdf`);
    writingTo('print', folder, () => {
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, pdf);
    });
    return file;
  }

  private metaQuery() {
    return qb
      .selectFrom('documents as d')
      .innerJoin('clerks as c', 'c.id', 'd.issued_by')
      .select([
        'd.id',
        'd.dossier_id',
        'd.kind',
        'd.form_set',
        'd.number',
        'd.paper',
        'd.issued_at',
        'd.issued_by',
        'c.full_name',
        'd.reprints',
        'd.last_reprinted_at',
        'd.pdf_sha256',
      ]);
  }

  private toMeta(row: {
    id: number;
    dossier_id: number | null;
    kind: DocumentKind;
    form_set: FormSet;
    number: string;
    paper: Paper;
    issued_at: string;
    issued_by: number;
    full_name: string;
    reprints: number;
    last_reprinted_at: string | null;
    pdf_sha256: string;
  }): DocumentMeta {
    return {
      id: row.id,
      dossierId: row.dossier_id,
      kind: row.kind,
      formSet: row.form_set,
      number: row.number,
      paper: row.paper,
      issuedAt: row.issued_at,
      issuedBy: row.issued_by,
      issuedByName: row.full_name,
      reprints: row.reprints,
      lastReprintedAt: row.last_reprinted_at,
      pdfSha256: row.pdf_sha256,
    };
  }
}
