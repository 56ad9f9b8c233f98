// The package's file formats: canonical JSON and the register spreadsheet,
// whose zip entries carry the revision's time rather than the moment of writing.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src-main/end-of-day/canonical';
import { registerWorkbook } from '../../src-main/end-of-day/xlsx';

const ROW = {
  dossierCode: '000.00.15.H27-260302-3001',
  procedureName: 'Cấp lại thẻ BHYT do bị mất, hỏng',
  setCount: 1,
  applicantName: 'Nguyễn Thị Minh Khai',
  addressPhone: 'Số 12 đường Lê Lợi; 0912 345 678',
  resolvingAgency: 'Bảo hiểm xã hội cơ sở Đông Hà',
  receivedOn: '2026-03-02',
  appointmentOn: '2026-03-04',
};

/** [DOS time, DOS date] of every central-directory entry. */
function zipDates(zip: Buffer): [number, number][] {
  const dates: [number, number][] = [];
  for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    dates.push([zip.readUInt16LE(at + 12), zip.readUInt16LE(at + 14)]);
  }
  return dates;
}

describe('package formats', () => {
  it('writes JSON with sorted keys at every level whatever the insertion order', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null }, e: undefined })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}\n');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('dates every spreadsheet entry at the revision time (17:00:00 on 2 March 2026) and heads the columns in Vietnamese', async () => {
    const xlsx = registerWorkbook({ officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', counter: 3, day: '2026-03-02', madeAt: '2026-03-02T17:00:00+07:00', rows: [ROW] });
    const dates = zipDates(xlsx);
    expect(dates.length).toBeGreaterThan(5);
    expect(new Set(dates.map((d) => d.join('/')))).toEqual(new Set([`${17 << 11}/${((2026 - 1980) << 9) | (3 << 5) | 2}`]));

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(book.created.toISOString()).toBe('2026-03-02T10:00:00.000Z');
    const sheet = book.getWorksheet('Sổ theo dõi hồ sơ');
    expect(sheet?.getRow(3).getCell(2).value).toBe('Mã hồ sơ');
    expect(sheet?.getRow(3).getCell(12).value).toBe('Ngày trả kết quả cho cá nhân, tổ chức');
    expect(sheet?.getRow(4).values).toEqual([
      undefined, 1, ROW.dossierCode, ROW.procedureName, 1, ROW.applicantName, ROW.addressPhone, ROW.resolvingAgency,
      new Date('2026-03-02T00:00:00Z'), new Date('2026-03-04T00:00:00Z'),
    ]);
    expect(sheet?.getRow(4).getCell(8).numFmt).toBe('dd/mm/yyyy');
  });

  it('writes the register\'s dates as date cells, so sorting puts 04/03 before 02/04, and a re-export gives the same bytes', async () => {
    const rows = [{ ...ROW, appointmentOn: '2026-04-02' }, { ...ROW, dossierCode: '000.00.15.H27-260302-3002', appointmentOn: '2026-03-04', returnedOn: '2026-03-04' }];
    const input = { officeName: 'Bảo hiểm xã hội cơ sở Đông Hà', counter: 3, day: '2026-03-02', madeAt: '2026-03-02T17:00:00+07:00', rows };
    const xlsx = registerWorkbook(input);
    expect(registerWorkbook(structuredClone(input)).equals(xlsx)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Sổ theo dõi hồ sơ');
    const appointments = [4, 5].map((r) => sheet?.getRow(r).getCell(9));
    for (const cell of appointments) {
      expect(cell?.type).toBe(ExcelJS.ValueType.Date);
      expect(cell?.numFmt).toBe('dd/mm/yyyy');
    }
    const sorted = appointments.map((c) => c?.value as Date).sort((a, b) => a.getTime() - b.getTime());
    expect(sorted.map((d) => d.toISOString().slice(0, 10))).toEqual(['2026-03-04', '2026-04-02']);
    expect(sheet?.getRow(5).getCell(12).value).toEqual(new Date('2026-03-04T00:00:00Z'));
    expect(sheet?.getRow(4).getCell(12).value).toBeNull();
  });
});
