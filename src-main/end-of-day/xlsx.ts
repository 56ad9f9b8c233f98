// @runs: main
// The day's register (Mẫu 06) as a spreadsheet with Vietnamese headers. exceljs
// stamps the zip entries with the current time, so the entries' DOS dates are
// rewritten to the revision's time: the same revision gives the same bytes.
import ExcelJS from 'exceljs';
import type { RegisterRow } from '../documents/view-models';
import { formatVnDate, vnParts } from '../shared/time';
import { endOfDayFiles as w } from '../shared/vi/end-of-day';

export interface RegisterSheetInput {
  officeName: string;
  counter: number;
  day: string;
  /** The revision's time: the workbook's created/modified and every zip entry's date. */
  madeAt: string;
  rows: RegisterRow[];
}

export async function registerWorkbook(input: RegisterSheetInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const at = new Date(input.madeAt);
  workbook.creator = 'Một Cửa Desk';
  workbook.lastModifiedBy = 'Một Cửa Desk';
  workbook.created = at;
  workbook.modified = at;
  const sheet = workbook.addWorksheet(w.sheetName, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.addRow([w.title(formatVnDate(input.day))]).font = { bold: true, size: 14 };
  sheet.addRow([w.subtitle(input.officeName, input.counter)]);
  const header = sheet.addRow([...w.headers]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  const date = (d?: string) => (d ? formatVnDate(d) : '');
  input.rows.forEach((r, i) => {
    sheet.addRow([
      i + 1,
      r.dossierCode,
      r.procedureName,
      r.setCount,
      r.applicantName,
      r.addressPhone,
      r.resolvingAgency,
      date(r.receivedOn),
      date(r.appointmentOn),
      date(r.transferredOn),
      date(r.resultReceivedOn),
      date(r.returnedOn),
      '',
      r.note ?? '',
    ]);
  });
  const widths = [5, 24, 40, 10, 28, 36, 28, 12, 12, 14, 14, 14, 10, 16];
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } }));
  return fixZipDates(bytes, at);
}

/** Sets every entry's DOS modification time and date (local headers and central directory) to `at` in Vietnam. */
export function fixZipDates(zip: Buffer, at: Date): Buffer {
  const p = vnParts(at);
  const time = (p.hour << 11) | (p.minute << 5) | Math.floor(p.second / 2);
  const date = ((p.year - 1980) << 9) | (p.month << 5) | p.day;
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const entries = out.readUInt16LE(end + 10);
  let offset = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(offset) !== 0x02014b50) throw new Error('damaged zip central directory');
    out.writeUInt16LE(time, offset + 12);
    out.writeUInt16LE(date, offset + 14);
    const local = out.readUInt32LE(offset + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('damaged zip local header');
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    offset += 46 + out.readUInt16LE(offset + 28) + out.readUInt16LE(offset + 30) + out.readUInt16LE(offset + 32);
  }
  return out;
}
