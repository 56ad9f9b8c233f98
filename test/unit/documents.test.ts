// Every paper of the counter, read back from its PDF text (pdftotext -layout):
// the fields of the official form appear in the official order, with their
// diacritics intact, in embedded fonts, on A4 and A5, for both form sets.
import { describe, expect, it } from 'vitest';
import { findResourcesDir, loadFonts } from '../../src-main/documents/layout/fonts';
import { renderDocument, type RenderContext } from '../../src-main/documents/render';
import type { DocumentKind, FormSet, Paper, ViewModels } from '../../src-main/documents/view-models';
import { applicant, CODE, components, models, office, PROCEDURE, registerRows } from '../documents/models';
import { flat, missingInOrder, pageCount, pdfFonts, pdfText } from '../documents/pdf-text';

const fonts = loadFonts(findResourcesDir());
const ctx = (formSet: FormSet = '2018', paper: Paper = 'A4', extra: Partial<RenderContext> = {}): RenderContext => ({ formSet, paper, fonts, ...extra });
const render = <K extends DocumentKind>(kind: K, vm: ViewModels[K], c = ctx()) => renderDocument(kind, vm, c);

function expectInOrder(text: string, expected: string[]): void {
  expect(missingInOrder(text, expected), flat(text).slice(0, 4000)).toBeNull();
}

const header = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

describe('fonts shared between papers', () => {
  it('keep every letter in the text layer after composed capitals were embedded (Ế, then E)', () => {
    render('postalHandover', { ...models.postalHandover, items: [{ name: 'KẾT QUẢ ỀỂỄỆẾ', count: 1 }] });
    const text = flat(pdfText(render('register', { ...models.register, rows: [] })));
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
  });
});

describe('Mẫu 01 – the receipt', () => {
  const text = pdfText(render('receipt', models.receipt));

  it('prints every numbered item of the form in order, in two copies', () => {
    const copy = (liên: string) => [
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      `Mã hồ sơ: ${CODE}`,
      `(${liên})`,
      'Bộ phận tiếp nhận và trả kết quả: Bảo hiểm xã hội cơ sở Đông Hà',
      `Tiếp nhận hồ sơ của: ${applicant.name}`,
      `Địa chỉ: ${applicant.address}`,
      `Số điện thoại: ${applicant.phone}`,
      `Email: ${applicant.email}`,
      `Nội dung yêu cầu giải quyết: ${PROCEDURE}`,
      '1. Thành phần hồ sơ nộp gồm:',
      'TT',
      'Tên giấy tờ',
      'Tờ khai tham gia',
      'Sổ bảo hiểm xã hội đã cấp',
      '2. Số lượng hồ sơ: 1 (bộ)',
      '3. Thời gian giải quyết hồ sơ theo quy định là: 7 ngày làm việc',
      '4. Thời gian nhận hồ sơ: 09 giờ 41 phút, ngày 02/03/2026',
      '5. Thời gian trả kết quả giải quyết hồ sơ: 15 giờ 30 phút, ngày 11/03/2026',
      '6. Đăng ký nhận kết quả tại: Qua dịch vụ bưu chính công ích, tại địa chỉ: Số 18/4 kiệt 126 đường Nguyễn Trãi',
      'Vào Sổ theo dõi hồ sơ, Quyển số: 03/2026 Số thứ tự: 457',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Tôn Thất Quang Vinh',
      'Nguyễn Thị Thu Hương',
      'Ghi chú:',
      'Giấy tiếp nhận và hẹn trả kết quả được lập thành 2 liên',
      'Cá nhân, tổ chức có thể đăng ký nhận kết quả tại Bộ phận tiếp nhận và trả kết quả hoặc tại nhà (trụ sở tổ chức) qua dịch vụ bưu chính.',
      'Mọi thắc mắc, phản ánh xin liên hệ: đường dây nóng 0233.3852.456',
      'Mẫu số 01 – Thông tư 01/2018/TT-VPCP',
    ];
    expectInOrder(text, [...header, 'Số: 125/TNHS', 'Đông Hà, ngày 02 tháng 3 năm 2026', ...copy('Liên 1: Lưu'), ...header, ...copy('Liên 2: Giao người nộp hồ sơ')]);
    expect(text).toContain('BẢO HIỂM XÃ HỘI TỈNH QUẢNG TRỊ');
    expect(text).toContain('BẢO HIỂM XÃ HỘI CƠ SỞ ĐÔNG HÀ');
  });

  it('embeds every font it uses', () => {
    const used = pdfFonts(render('receipt', models.receipt));
    expect(used.map((f) => f.name.replace(/^[A-Z]+\+/, '')).sort()).toEqual(['Tinos', 'Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic']);
    expect(used.every((f) => f.embedded)).toBe(true);
  });

  it('fits one page per copy for an ordinary dossier on A4 and on A5', () => {
    for (const paper of ['A4', 'A5'] as Paper[]) expect(pageCount(render('receipt', models.receipt, ctx('2018', paper))), paper).toBe(2);
  });

  it('continues a 30-component table on the next page under its repeated header', () => {
    for (const paper of ['A4', 'A5'] as Paper[]) {
      const pdf = render('receipt', { ...models.receipt, components: components(30) }, ctx('2018', paper));
      const page2 = pdfText(pdf, { first: 2, last: 2 });
      expectInOrder(page2, ['Tên giấy tờ', 'Giấy tờ chứng minh bổ sung số']);
      for (const column of ['TT', 'Bản chính/', 'Ghi chú']) expect(page2.split('Giấy tờ chứng minh')[0], `${paper}: ${column}`).toContain(column);
      expect(page2, paper).toContain('Trang 2/');
      const all = pdfText(pdf);
      expectInOrder(all, ['Giấy tờ chứng minh bổ sung số 30', '2. Số lượng hồ sơ', '(Liên 2: Giao người nộp hồ sơ)', 'Giấy tờ chứng minh bổ sung số 30']);
    }
  });

  it('says "at the counter" and "same day" for an on-the-spot procedure', () => {
    const t = pdfText(render('receipt', { ...models.receipt, timeLimitDays: 0, delivery: { kind: 'counter' } }));
    expectInOrder(t, ['3. Thời gian giải quyết hồ sơ theo quy định là: trả kết quả ngay trong ngày', '6. Đăng ký nhận kết quả tại: Bộ phận tiếp nhận và trả kết quả']);
  });

  it('carries a reprint mark on every page when printed again', () => {
    const pdf = render('receipt', models.receipt, ctx('2018', 'A4', { reprintMark: 'BẢN IN LẠI – in lúc 14:05 12/03/2026' }));
    for (const page of [1, 2]) expect(pdfText(pdf, { first: page, last: page })).toContain('BẢN IN LẠI – in lúc 14:05 12/03/2026');
    expect(pdfText(render('receipt', models.receipt))).not.toContain('BẢN IN LẠI');
  });

  it('gives the same bytes for the same inputs', () => {
    expect(render('receipt', models.receipt).equals(render('receipt', models.receipt))).toBe(true);
  });
});

describe('"4 tại chỗ": receipt and hand-over in one printout', () => {
  it('follows the two receipt copies with BIÊN BẢN GIAO NHẬN KẾT QUẢ', () => {
    const vm = models.receiptAndHandover;
    const text = pdfText(render('receiptAndHandover', vm));
    expectInOrder(text, [
      '(Liên 1: Lưu)',
      '(Liên 2: Giao người nộp hồ sơ)',
      'BIÊN BẢN GIAO NHẬN KẾT QUẢ',
      `Mã hồ sơ: ${CODE}`,
      'Kết quả giải quyết: Thẻ bảo hiểm y tế (cấp lại)',
      'Số hiệu kết quả: GD4454520112345',
      'Thời gian trả kết quả: 10 giờ 05 phút, ngày 02/03/2026',
      'NGƯỜI NHẬN KẾT QUẢ',
      'NGƯỜI TRẢ KẾT QUẢ',
      'Tôn Nữ Hoàng Thị Phượng Khuê',
      'Nguyễn Thị Thu Hương',
    ]);
  });
});

describe('Mẫu 02 – request to complete the dossier', () => {
  it('lists every missing or faulty component with what is required, the reason and whom to call', () => {
    const text = pdfText(render('guidance', models.guidance));
    expectInOrder(text, [
      ...header,
      'Số: 12/HDHS',
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      `Tiếp nhận hồ sơ/yêu cầu của Ông/Bà: ${applicant.name}`,
      `Nội dung yêu cầu giải quyết: ${PROCEDURE}`,
      `Địa chỉ: ${applicant.address}`,
      'Số điện thoại: 0905 123 456',
      'Yêu cầu Ông/Bà hoàn thiện hồ sơ gồm những nội dung như sau:',
      'TT',
      'Thành phần hồ sơ',
      'Nội dung cần bổ sung, hoàn thiện',
      'Ghi đầy đủ mục [09] địa chỉ nhận kết quả',
      'Nộp bản sao có chứng thực',
      'Còn thiếu: cần bản chính hoặc bản sao có chứng thực',
      'Lý do: Hồ sơ chưa đủ thành phần theo quy định tại Quyết định 2222/QĐ-BHXH',
      'liên hệ với công chức Nguyễn Thị Thu Hương, số điện thoại 0233 3852 456 để được hướng dẫn./.',
      'NGƯỜI HƯỚNG DẪN',
      '(Ký và ghi rõ họ tên)',
      'Nguyễn Thị Thu Hương',
      'Mẫu số 02 – Thông tư 01/2018/TT-VPCP',
    ]);
  });
});

describe('Mẫu 03 – refusal', () => {
  it('gives the reasons in plain words and both signatures', () => {
    const text = pdfText(render('refusal', models.refusal));
    expectInOrder(text, [
      'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
      'Bộ phận tiếp nhận và trả kết quả – Bảo hiểm xã hội cơ sở Đông Hà:',
      `Tiếp nhận hồ sơ của: ${applicant.name}`,
      'Địa chỉ:',
      'Số điện thoại: 0905 123 456',
      'Email: phuongkhue.tonnu@gmail.com',
      'Nội dung yêu cầu giải quyết: Đề nghị xác nhận thời gian công tác',
      'thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:',
      '1. Yêu cầu không thuộc phạm vi giải quyết của cơ quan bảo hiểm xã hội',
      'Xin thông báo cho Ông/Bà được biết và thực hiện.',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Mẫu số 03',
    ]);
  });
});

describe('Mẫu 04 – apology, renamed in the 2025 set', () => {
  const body = (newLabel: string) => [
    'Kính gửi: Tôn Nữ Hoàng Thị Phượng Khuê',
    'Ngày 20/02/2026, Bảo hiểm xã hội cơ sở Đông Hà tiếp nhận giải quyết hồ sơ của Ông/Bà/tổ chức Tôn Nữ Hoàng Thị Phượng Khuê.',
    `Mã số hồ sơ: ${CODE}`,
    'Nội dung yêu cầu giải quyết:',
    'Ngày hẹn trả kết quả giải quyết hồ sơ: 15 giờ 00 phút, ngày 03/03/2026',
    'Tuy nhiên đến nay, Bảo hiểm xã hội cơ sở Đông Hà chưa trả kết quả',
    'Lý do: Hệ thống cơ sở dữ liệu quốc gia về dân cư gián đoạn kết nối',
    `${newLabel} 15 giờ 00 phút, ngày 10/03/2026`,
    'Xin trân trọng cảm ơn!',
    'Nơi nhận:',
    '- Như trên;',
    '- Bộ phận Một cửa;',
    '- Lưu: VT.',
  ];

  it('2018: PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', () => {
    const text = pdfText(render('apology', models.apology));
    expectInOrder(text, ['Số: 7.1/VBXL', 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', ...body('Thời gian hẹn trả kết quả lại:'), 'Mẫu số 04 – Thông tư 01/2018/TT-VPCP']);
    expectInOrder(text, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hoàng Trọng Nghĩa']);
  });

  it('2025: VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT', () => {
    const text = pdfText(render('apology', models.apology, ctx('2025')));
    expectInOrder(text, ['VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT', ...body('Thời gian giải quyết được gia hạn đến:'), 'Mẫu số 04 – Thông tư 03/2025/TT-VPCP']);
    expect(text).not.toContain('PHIẾU XIN LỖI');
  });
});

describe('the control sheet (Mẫu 05 of 2018, Mẫu 06 of 2025)', () => {
  it('has the hand-over table with times, people and the on-time verdict', () => {
    const text = pdfText(render('control', models.control));
    expectInOrder(text, [
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      `Mã hồ sơ: ${CODE}`,
      'Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: 125/TNHS',
      `Chủ hồ sơ ông (bà): ${applicant.name}`,
      'Thời gian nhận hồ sơ: 09 giờ 41 phút, ngày 02/03/2026',
      'Cơ quan (bộ phận) giải quyết hồ sơ:',
      'THỜI GIAN GIAO, NHẬN HỒ SƠ',
      'TÊN CƠ QUAN',
      'Người giao',
      'Người nhận',
      'GHI CHÚ',
      '1. Giao: 10 giờ 15 phút,',
      'Trước hạn',
      '2. Nhận: 10 giờ 20 phút, ngày',
      'Nguyễn Thị',
      'Lê Văn Tám',
      'Đúng hạn',
      'Quá hạn',
      'Mẫu số 05 – Thông tư 01/2018/TT-VPCP',
    ]);
    expect(flat(text)).toContain('KẾT QUẢ GIẢI QUYẾT HỒ');
    expect(pdfText(render('control', models.control, ctx('2025')))).toContain('Mẫu số 06 – Thông tư 03/2025/TT-VPCP');
  });
});

describe('the register (Mẫu 06 of 2018, Mẫu 07 of 2025)', () => {
  it('runs over many landscape pages, numbered, with its header on every page', () => {
    const pdf = render('register', { ...models.register, rows: registerRows(120) }, ctx('2025'));
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(3);
    const columns = ['Ngày, tháng, năm', 'TT', 'Mã hồ sơ', 'Ký nhận', 'Ghi chú', 'Nhận hồ sơ'];
    const first = pdfText(pdf, { first: 1, last: 1 });
    expectInOrder(first, ['SỔ THEO DÕI HỒ SƠ', 'Từ ngày 01/03/2026 đến ngày 31/03/2026', ...columns, '000.00.15.H27-260301-0001', `Trang 1/${pages}`]);
    const last = pdfText(pdf, { first: pages, last: pages });
    expectInOrder(last, [...columns, '000.00.15.H27-260308-0120', `Trang ${pages}/${pages}`]);
    expect(last).toContain('Mẫu số 07 – Thông tư 03/2025/TT-VPCP');
  });

  it('is printed on A4 landscape whatever the paper setting', () => {
    const pdf = render('register', models.register, ctx('2018', 'A4'));
    expect(pdfText(pdf)).toContain('Mẫu số 06 – Thông tư 01/2018/TT-VPCP');
  });

  it('says so when no dossier was received in the range', () => {
    expect(pdfText(render('register', { ...models.register, rows: [] }))).toContain('Không có hồ sơ nào trong khoảng thời gian này.');
  });
});

describe('GIẤY GIAO NHẬN HỒ SƠ for results returned by post', () => {
  it('names the sender, the post office and the recipient, lists the items, with three signatures', () => {
    const text = pdfText(render('postalHandover', models.postalHandover));
    expectInOrder(text, [
      'GIẤY GIAO NHẬN HỒ SƠ',
      'Người giao hồ sơ:',
      'Họ và tên: Nguyễn Thị Thu Hương',
      'Đơn vị: Bảo hiểm xã hội cơ sở Đông Hà',
      'Nội dung hồ sơ: Trả kết quả hồ sơ đã giải quyết',
      'Người nhận và chuyển hồ sơ (bưu điện):',
      'Đơn vị: Bưu cục vận hành Đông Hà',
      'Người nhận hồ sơ:',
      `Tên đơn vị/người nhận: ${applicant.name}`,
      `Mã hồ sơ: ${CODE}`,
      'STT',
      'Loại giấy tờ',
      'Số lượng',
      'Ghi chú',
      'Thẻ BHYT',
      'Bìa sổ BHXH',
      'Tờ rời',
      'QĐ Hoàn trả',
      'NGƯỜI GIAO',
      'BƯU ĐIỆN',
      'NGƯỜI NHẬN',
    ]);
  });
});

describe('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', () => {
  it('exists in the 2025 set as its Mẫu 05', () => {
    const text = pdfText(render('stopNotice', models.stopNotice, ctx('2025')));
    expectInOrder(text, [
      'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
      'Kính gửi: Tôn Nữ Hoàng Thị Phượng Khuê',
      `Mã số hồ sơ: ${CODE}`,
      'Bảo hiểm xã hội cơ sở Đông Hà thông báo dừng giải quyết hồ sơ nêu trên.',
      'Lý do: Người nộp hồ sơ có đơn đề nghị rút hồ sơ',
      'Đề nghị Ông/Bà/tổ chức: Nhận lại hồ sơ',
      'GIÁM ĐỐC',
      'Hoàng Trọng Nghĩa',
      'Mẫu số 05 – Thông tư 03/2025/TT-VPCP',
    ]);
  });

  it('is refused under the 2018 set, which has no such form', () => {
    expect(() => render('stopNotice', models.stopNotice, ctx('2018'))).toThrow(/Thông tư 03\/2025/);
  });
});

describe('every document on both papers', () => {
  for (const paper of ['A4', 'A5'] as Paper[]) {
    it(`${paper}: renders with the office header and the issue date`, () => {
      for (const kind of Object.keys(models) as DocumentKind[]) {
        const text = pdfText(render(kind, models[kind] as never, ctx('2025', paper)));
        expectInOrder(text, header);
        expect(text, kind).toContain(office.parentAgency.toLocaleUpperCase('vi-VN'));
        expect(flat(text), kind).toContain('Đông Hà, ngày 02 tháng 3 năm 2026');
      }
    });
  }
});

describe('papers exact to the rules', () => {
  it('pads only days below 10 and the months 1 and 2 in "ngày … tháng … năm …" (Decree 30/2020, Phụ lục I)', () => {
    const line = (issuedAt: string) => flat(pdfText(render('refusal', { ...models.refusal, issuedAt }, ctx('2025'))));
    expect(line('2026-03-02T09:00:00+07:00')).toContain('Đông Hà, ngày 02 tháng 3 năm 2026');
    expect(line('2026-11-15T09:00:00+07:00')).toContain('Đông Hà, ngày 15 tháng 11 năm 2026');
    expect(line('2026-01-05T09:00:00+07:00')).toContain('Đông Hà, ngày 05 tháng 01 năm 2026');
    expect(line('2027-02-28T09:00:00+07:00')).toContain('Đông Hà, ngày 28 tháng 02 năm 2027');
  });

  it('prints the date line by the rule on every paper, in both form sets', () => {
    for (const formSet of ['2018', '2025'] as FormSet[]) {
      for (const kind of Object.keys(models) as DocumentKind[]) {
        if (kind === 'stopNotice' && formSet === '2018') continue;
        const text = flat(pdfText(render(kind, models[kind] as never, ctx(formSet))));
        expect(text, `${kind} ${formSet}`).toContain('ngày 02 tháng 3 năm 2026');
        expect(text, `${kind} ${formSet}`).not.toContain('tháng 03');
      }
    }
  });

  it('names the counter once on the receipt: "Bộ phận Một cửa: <office>" under the 2025 set (Decree 118/2025)', () => {
    const text = flat(pdfText(render('receipt', models.receipt, ctx('2025'))));
    expect(text).toContain('Bộ phận Một cửa: Bảo hiểm xã hội cơ sở Đông Hà');
    expect(text).toContain('được lưu tại Bộ phận Một cửa;');
    expect(text).not.toContain('Bộ phận tiếp nhận và trả kết quả');
    const old = flat(pdfText(render('receipt', models.receipt, ctx('2018'))));
    expect(old).toContain('Bộ phận tiếp nhận và trả kết quả: Bảo hiểm xã hội cơ sở Đông Hà');
    expect(old).not.toMatch(/Bộ phận tiếp nhận và trả kết quả: Bộ phận/);
  });

  it('gives the "4 tại chỗ" record its own title and footer, never "Mẫu số 01" (REFERENCE §0.1)', () => {
    for (const formSet of ['2018', '2025'] as FormSet[]) {
      const pdf = render('receiptAndHandover', models.receiptAndHandover, ctx(formSet));
      const record = flat(pdfText(pdf, { first: 3, last: 3 }));
      expect(record).toContain('BIÊN BẢN GIAO NHẬN KẾT QUẢ GIẢI QUYẾT HỒ SƠ TẠI CHỖ');
      expect(record).toContain('Biên bản giao nhận kết quả giải quyết hồ sơ "4 tại chỗ"');
      expect(record).not.toContain('Mẫu số');
      expect(record).not.toContain('Số: 125/TNHS');
      expect(flat(pdfText(pdf, { first: 1, last: 1 }))).toContain('Mẫu số 01');
    }
  });

  it('gives the control sheet a signature cell for who hands and who receives at every step, and blank steps to come', () => {
    const text = pdfText(render('control', models.control, ctx('2025')));
    const words = flat(text);
    for (const header of ['Người giao', 'Người nhận', '(ký, ghi rõ họ']) expect(words).toContain(header);
    expect(words.match(/1\. Giao:/g)).toHaveLength(models.control.steps.length + 2);
    // The names sit at the foot of their cells, under room to sign: below the step's last time line.
    const lines = text.split('\n');
    const received = lines.findIndex((l) => l.includes('2. Nhận: 10 giờ 20 phút'));
    const name = lines.findIndex((l) => l.includes('Lê Văn Tám'));
    expect(name).toBeGreaterThan(received);
  });

  it('keeps the notes of a 30-component A4 receipt with its signatures: no page holds only notes', () => {
    const pdf = render('receipt', { ...models.receipt, components: components(30) }, ctx('2018', 'A4'));
    const pages = pageCount(pdf);
    for (let page = 1; page <= pages; page++) {
      const text = flat(pdfText(pdf, { first: page, last: page }));
      if (text.includes('Ghi chú:')) expect(text, `page ${page}`).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    }
    expect(pages).toBe(4);
    // 14 steps on A4 used to end the table a line above the foot: the note went alone to page 3.
    for (const steps of [12, 13, 14, 15, 24]) {
      const control = render('control', { ...models.control, steps: Array.from({ length: steps }, (_, i) => models.control.steps[i % 3] as never) }, ctx('2025', 'A4'));
      for (let page = 1; page <= pageCount(control); page++) {
        const text = flat(pdfText(control, { first: page, last: page }));
        if (text.includes('Ghi chú:')) expect(text, `${steps} steps, page ${page}`).toContain('1. Giao:');
      }
    }
  });

  it('prints the dossier code at the top of every continuation page', () => {
    const pdf = render('receipt', { ...models.receipt, components: components(30) }, ctx('2025', 'A5'));
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(2);
    for (let page = 1; page <= pages; page++) expect(flat(pdfText(pdf, { first: page, last: page })), `page ${page}`).toContain(CODE);
    const register = render('control', { ...models.control, steps: [...models.control.steps, ...models.control.steps, ...models.control.steps] }, ctx('2025', 'A5'));
    for (let page = 1; page <= pageCount(register); page++) expect(flat(pdfText(register, { first: page, last: page }))).toContain(CODE);
  });

  it('shows the applicant\'s identity document on the receipt', () => {
    const text = flat(pdfText(render('receipt', { ...models.receipt, applicant: { ...applicant, identity: 'Hộ chiếu số M12345678 (Hàn Quốc)' } }, ctx('2025'))));
    expect(text).toContain('Giấy tờ tùy thân: Hộ chiếu số M12345678 (Hàn Quốc)');
  });
});
