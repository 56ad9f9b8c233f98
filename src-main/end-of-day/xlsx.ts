// @runs: main
// The day's register (Mẫu 06) as a spreadsheet with Vietnamese headers, dated at
// the revision's time: the same revision gives the same bytes. Its dates are real
// date cells (shown dd/mm/yyyy), so sorting a column orders the days.
import type { RegisterRow } from '../documents/view-models';
import { dateCell, workbookBytes } from '../documents/spreadsheet';
import { formatVnDate } from '../shared/time';
import { endOfDayFiles as w } from '../shared/vi/end-of-day';

export interface RegisterSheetInput {
  officeName: string;
  counter: number;
  day: string;
  /** The revision's time: the workbook's created/modified and every zip entry's date. */
  madeAt: string;
  rows: RegisterRow[];
}

export function registerWorkbook(input: RegisterSheetInput): Buffer {
  const rows = input.rows.map((r, i) => ({
    cells: [
      i + 1,
      r.dossierCode,
      r.procedureName,
      r.setCount,
      r.applicantName,
      r.addressPhone,
      r.resolvingAgency,
      dateCell(r.receivedOn),
      dateCell(r.appointmentOn),
      dateCell(r.transferredOn),
      dateCell(r.resultReceivedOn),
      dateCell(r.returnedOn),
      '',
      r.note ?? '',
    ],
  }));
  return workbookBytes({
    author: 'Một Cửa Desk',
    madeAt: new Date(input.madeAt),
    sheets: [
      {
        name: w.sheetName,
        rows: [
          { cells: [w.title(formatVnDate(input.day))], style: 'title' },
          { cells: [w.subtitle(input.officeName, input.counter)] },
          { cells: [...w.headers], style: 'header', height: 60 },
          ...rows,
        ],
        widths: [5, 24, 40, 10, 28, 36, 28, 12, 12, 14, 14, 14, 10, 16],
        frozenRows: 3,
        landscape: true,
      },
    ],
  });
}
