// @runs: test
// The office's spreadsheets, read back with exceljs (an independent reader): the
// values and their types, the row styles, widths and frozen header a clerk sees
// in Excel, text that would break XML, and the same bytes in any time zone.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { workbookBytes, type WorkbookSpec } from '../../src-main/documents/spreadsheet';

const spec: WorkbookSpec = {
  author: 'Một Cửa Desk',
  madeAt: new Date('2026-03-02T17:00:00+07:00'),
  sheets: [
    {
      name: 'Sổ theo dõi hồ sơ',
      rows: [
        { cells: ['SỔ THEO DÕI HỒ SƠ'], style: 'title' },
        { cells: ['Bảo hiểm xã hội cơ sở Đông Hà – Quầy số 3'] },
        { cells: ['TT', 'Mã hồ sơ', 'Ghi chú'], style: 'header', height: 45 },
        { cells: [1, '000.00.15.H27-260302-0001', 'Công ty A & B <chi nhánh> "Đông Hà"'] },
        { cells: [2, '  thụt lề', 'bỏ\u0001ký tự điều khiển'] },
        { cells: [3.5, null, undefined] },
      ],
      widths: [5, 24, 40],
      frozenRows: 3,
      landscape: true,
    },
    { name: 'Ghi chú', rows: [{ cells: ['Ghi chú:'], style: 'boldItalic' }] },
  ],
};

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

describe('spreadsheets', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  it('stores text as text and figures as numbers, with XML-breaking text intact', async () => {
    const sheet = (await read(workbookBytes(spec))).getWorksheet('Sổ theo dõi hồ sơ');
    expect(sheet?.getRow(3).values).toEqual([undefined, 'TT', 'Mã hồ sơ', 'Ghi chú']);
    expect(sheet?.getRow(4).values).toEqual([undefined, 1, '000.00.15.H27-260302-0001', 'Công ty A & B <chi nhánh> "Đông Hà"']);
    expect(sheet?.getRow(5).values).toEqual([undefined, 2, '  thụt lề', 'bỏký tự điều khiển']);
    expect(sheet?.getRow(6).getCell(1).value).toBe(3.5);
    expect(sheet?.getRow(6).getCell(1).type).toBe(ExcelJS.ValueType.Number);
  });

  it('shows the title large and bold, the header bold, centred and wrapped, frozen above the rows, in set widths', async () => {
    const book = await read(workbookBytes(spec));
    const sheet = book.getWorksheet('Sổ theo dõi hồ sơ');
    expect(sheet?.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(sheet?.getCell('B3').font).toMatchObject({ bold: true });
    expect(sheet?.getCell('B3').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(sheet?.getCell('B4').font?.bold).toBeFalsy();
    expect(sheet?.getRow(3).height).toBe(45);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect([1, 2, 3].map((c) => sheet?.getColumn(c).width)).toEqual([5, 24, 40]);
    expect(sheet?.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(book.getWorksheet('Ghi chú')?.getCell('A1').font).toMatchObject({ bold: true, italic: true });
    expect(book.creator).toBe('Một Cửa Desk');
    expect(book.created.toISOString()).toBe('2026-03-02T10:00:00.000Z');
  });

  it('gives the same bytes for the same spec, whatever the machine’s time zone', () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    const here = workbookBytes(spec);
    process.env.TZ = 'America/New_York';
    const there = workbookBytes(spec);
    expect(there.equals(here)).toBe(true);
    expect(workbookBytes({ ...spec, madeAt: new Date('2026-03-02T17:00:02+07:00') }).equals(here)).toBe(false);
  });
});
