// @runs: main
// Spreadsheets (.xlsx) the office hands out: the day's register and the reports.
// They need plain rows of text and numbers, a few row styles, column widths, a
// frozen header and landscape printing; written here as SpreadsheetML strings
// and zipped with fflate. exceljs (still used by the tests to read every file
// back) took about a second for a day's 56,000 cells, a third of the whole
// close-and-export budget; this takes a few dozen milliseconds. The same spec
// gives the same bytes: every zip entry carries the given time, never "now".
import { zipSync } from 'fflate';
import { vnParts } from '../shared/time';

/** A calendar day (YYYY-MM-DD), written as a real date: a serial number shown dd/mm/yyyy, so it sorts as a date. */
export interface DateCell {
  date: string;
}

export type CellValue = string | number | DateCell | null | undefined;

/** A date cell for `day` (YYYY-MM-DD), or an empty cell when there is none. */
export function dateCell(day: string | null | undefined): DateCell | null {
  return day ? { date: day } : null;
}

/** Days since 1899-12-30, the spreadsheet date serial (ECMA-376 Part 1, §18.17.4.1, 1900 date system). */
function dateSerial(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/** Row looks, each one font (and the header's centred, wrapped alignment). */
export const ROW_STYLES = ['normal', 'bold', 'italic', 'boldItalic', 'title', 'header'] as const;
export type RowStyle = (typeof ROW_STYLES)[number];

export interface SheetRow {
  cells: CellValue[];
  style?: RowStyle;
  /** In points; spreadsheet programs do not grow a row for wrapped text when they open a file. */
  height?: number;
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
  /** Column widths in characters. */
  widths?: number[];
  /** Rows kept in view when scrolling (title and header). */
  frozenRows?: number;
  /** Printed landscape on A4, fitted to the page width. */
  landscape?: boolean;
}

export interface WorkbookSpec {
  sheets: Sheet[];
  author: string;
  /** The workbook's created/modified time and every zip entry's date. */
  madeAt: Date;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text as XML character data: escaped, without the control characters XML 1.0 forbids. */
const escape = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cell(value: CellValue, ref: string, style: number): string {
  if (typeof value === 'object' && value !== null) return `<c r="${ref}" s="${ROW_STYLES.length + style}"><v>${dateSerial(value.date)}</v></c>`;
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === undefined || value === '') return style ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escape(value)}</t></is></c>`;
}

function worksheet(sheet: Sheet): string {
  const rows = sheet.rows.map((row, r) => {
    const style = ROW_STYLES.indexOf(row.style ?? 'normal');
    const cells = row.cells.map((value, c) => cell(value, `${column(c)}${r + 1}`, style)).join('');
    const height = row.height ? ` ht="${row.height}" customHeight="1"` : '';
    return `<row r="${r + 1}"${style ? ` s="${style}" customFormat="1"` : ''}${height}>${cells}</row>`;
  });
  const frozen = sheet.frozenRows
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
    : '';
  const cols = sheet.widths?.length ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  const fit = sheet.landscape ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  const setup = sheet.landscape ? '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' : '';
  return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${fit}${frozen}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows.join('')}</sheetData><pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${setup}</worksheet>`;
}

/** The number format of date cells (custom formats start at 164). */
const DATE_FORMAT = 164;

/**
 * One font per row style, in ROW_STYLES order (the header also centres and wraps), then the same
 * fonts again with the dd/mm/yyyy date format, for date cells in rows of each style.
 */
function styles(): string {
  const font = (bold: boolean, italic: boolean, size = 11) => `<font>${bold ? '<b/>' : ''}${italic ? '<i/>' : ''}<sz val="${size}"/><name val="Times New Roman"/><family val="1"/></font>`;
  const fonts = [font(false, false), font(true, false), font(false, true), font(true, true), font(true, false, 14), font(true, false)];
  const xfs = fonts.map((_, i) =>
    ROW_STYLES[i] === 'header'
      ? `<xf numFmtId="0" fontId="${i}" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>`
      : `<xf numFmtId="0" fontId="${i}" fillId="0" borderId="0" xfId="0"${i ? ' applyFont="1"' : ''}/>`,
  );
  const dates = fonts.map((_, i) => `<xf numFmtId="${DATE_FORMAT}" fontId="${i}" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>`);
  xfs.push(...dates);
  return `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="${DATE_FORMAT}" formatCode="dd/mm/yyyy"/></numFmts><fonts count="${fonts.length}">${fonts.join('')}</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
}

function packageParts(spec: WorkbookSpec): Record<string, string> {
  const n = spec.sheets.length;
  const sheetIds = spec.sheets.map((_, i) => i + 1);
  const at = spec.madeAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetIds.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'docProps/core.xml': `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${escape(spec.author)}</dc:creator><cp:lastModifiedBy>${escape(spec.author)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${spec.sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${PKG_REL}">${sheetIds.map((i) => `<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('')}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': styles(),
  };
  spec.sheets.forEach((sheet, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = worksheet(sheet)));
  return parts;
}

export function workbookBytes(spec: WorkbookSpec): Buffer {
  // fflate writes an entry's DOS date from the local-time fields of the Date it
  // is given; a Date whose local fields are Vietnam's time stamps every entry with
  // the office's clock whatever the machine's time zone.
  const p = vnParts(spec.madeAt);
  const mtime = new Date(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const encoder = new TextEncoder();
  const files = Object.fromEntries(Object.entries(packageParts(spec)).map(([name, xml]) => [name, encoder.encode(xml)]));
  return Buffer.from(zipSync(files, { level: 6, mtime }));
}
