// @runs: test
// The intake flow at the counter, keyboard only, checked by what was printed.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeSetup, keyboard } from './helpers';
import { firstOutOfOrder, lastPrintedText, printedFiles } from './printed';

/** Keys beyond the typed data the clerk may need per flow (issue 14). */
const BUDGET = { onTheSpot: 10, accepted: 10, guidance: 12 };

async function pickProcedure(page: Page, keys: ReturnType<typeof keyboard>, search: string, expected: RegExp) {
  await expect(page.getByRole('combobox', { name: /Tìm thủ tục/ })).toBeFocused();
  await keys.type(search);
  await expect(page.getByRole('option').first()).toHaveText(expected);
  await keys.press('Enter');
  await expect(page.getByLabel('Số định danh cá nhân (12 số)')).toBeFocused();
}

async function typePerson(keys: ReturnType<typeof keyboard>, person: { id: string; name: string; birth: string }) {
  await keys.type(person.id);
  await keys.press('Tab');
  await keys.type(person.name);
  await keys.press('Tab');
  await keys.type(person.birth);
}

test('a card re-issue done "4 tại chỗ", from an empty form to the printed receipt and hand-over, within 10 keys', async ({ counter: { page, dataDir } }) => {
  await completeSetup(page);
  const keys = keyboard(page);
  await pickProcedure(page, keys, 'cap lai the bhyt', /Cấp lại thẻ BHYT/);
  await typePerson(keys, { id: '045186001234', name: 'Nguyễn Thị Minh Khai', birth: '12/05/1986' });
  await expect(page.getByLabel('Giới tính')).toHaveValue('nu');
  await keys.press('Shift+F4');
  await keys.press('Shift+F9');
  const dialog = page.getByRole('dialog', { name: 'Giải quyết, trả tại chỗ' });
  await expect(dialog.getByLabel('Người nhận kết quả')).toHaveValue('Nguyễn Thị Minh Khai');
  await keys.type('4512345678');
  await keys.press('Enter');

  await expect(page.getByRole('status').first()).toContainText('Đã giải quyết và trả kết quả tại chỗ');
  await expect(page.getByTestId('dossier-code')).toHaveText(/^000\.00\.15\.H27-\d{6}-3001$/);
  await expect(page.getByTestId('print-message')).toContainText('Chưa cấu hình máy in');
  expect(keys.presses).toBeLessThanOrEqual(BUDGET.onTheSpot);

  const text = lastPrintedText(dataDir);
  const code = (await page.getByTestId('dossier-code').textContent()) ?? '';
  expect(firstOutOfOrder(text, ['GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', code, 'Nguyễn Thị Minh Khai', 'Cấp lại thẻ BHYT', 'Tờ khai tham gia, điều chỉnh thông tin BHXH, BHYT'])).toBeNull();
  expect(text).toContain('4512345678');
  expect(text).toMatch(/GIAO NHẬN KẾT QUẢ/);
});

test.describe('over Tết', () => {
  test.use({ startAt: '2026-02-12T10:30:00+07:00' });

  test('a pension claim over Tết counts 20 days without the Tết days (Law 41/2024 Art. 79.3)', async ({ counter: { page, dataDir } }) => {
    await completeSetup(page);
    const keys = keyboard(page);
    await pickProcedure(page, keys, 'luong huu', /lương hưu/);
    await typePerson(keys, { id: '045066004321', name: 'Trần Văn Đức', birth: '1966' });
    await keys.press('Shift+F4');
    await keys.press('F9');
    await expect(page.getByTestId('dossier-code')).toHaveText('000.00.15.H27-260212-3001');
    expect(keys.presses).toBeLessThanOrEqual(BUDGET.accepted);
    await expect(page.getByText(/Hẹn trả kết quả: 10 giờ 3\d phút, ngày 09\/03\/2026/)).toBeVisible();
    const text = lastPrintedText(dataDir);
    expect(firstOutOfOrder(text, ['GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', '000.00.15.H27-260212-3001', 'Trần Văn Đức', 'Sổ BHXH', '20', '12/02/2026', '09/03/2026'])).toBeNull();
  });
});

test.describe('Law 41/2024, received on Monday 02/03/2026', () => {
  test.use({ startAt: '2026-03-02T09:00:00+07:00' });
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  test('a pension claim prints its appointment counted in days not counting holidays: Sun 22/03 moves to Mon 23/03/2026', async ({ counter: { page, dataDir } }) => {
    await completeSetup(page);
    const keys = keyboard(page);
    await pickProcedure(page, keys, 'luong huu', /lương hưu/);
    await typePerson(keys, { id: '045066004321', name: 'Trần Văn Đức', birth: '1966' });
    await keys.press('Shift+F4');
    await keys.press('F9');
    await expect(page.getByTestId('dossier-code')).toHaveText('000.00.15.H27-260302-3001');
    await expect(page.getByText(/Hẹn trả kết quả: 09 giờ 0\d phút, ngày 23\/03\/2026/)).toBeVisible();
    const text = flat(lastPrintedText(dataDir));
    expect(
      firstOutOfOrder(text, ['GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', 'Trần Văn Đức', '3. Thời gian giải quyết hồ sơ theo quy định là: 20 ngày (không kể ngày nghỉ lễ, Tết)', '02/03/2026', '23/03/2026']),
    ).toBeNull();
    expect(text).not.toContain('20 ngày làm việc');
  });

  test('a pension dossier without the termination paper or the written request gets a guidance slip naming the group', async ({ counter: { page, dataDir } }) => {
    await completeSetup(page);
    const keys = keyboard(page);
    await pickProcedure(page, keys, 'luong huu', /lương hưu/);
    await typePerson(keys, { id: '045066004321', name: 'Trần Văn Đức', birth: '1966' });
    await keys.press('F9');
    await expect(page.getByRole('alert').first()).toContainText('một trong các giấy tờ');
    await keys.press('F8');
    const guidance = page.getByRole('dialog', { name: 'Hướng dẫn bổ sung' });
    await expect(guidance).toContainText('Một trong các giấy tờ: Văn bản đề nghị hưởng lương hưu');
    await expect(guidance).toContainText('hoặc Quyết định nghỉ việc hoặc văn bản chấm dứt hợp đồng lao động');
    await keys.press('Control+Enter');
    await expect(page.getByRole('heading', { name: /Phiếu yêu cầu bổ sung/ })).toBeVisible();
    // Read as laid out: the two columns of the table share lines.
    const slip = lastPrintedText(dataDir);
    expect(
      firstOutOfOrder(slip, [
        'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
        'Trần Văn Đức',
        'Một trong các giấy tờ: Sổ BHXH',
        'Nộp 01 trong các giấy tờ nêu trên',
        'Một trong các giấy tờ: Văn bản đề nghị hưởng',
        'Nộp 01 trong các giấy tờ nêu trên',
        'Quyết định nghỉ việc hoặc văn bản chấm dứt',
      ]),
    ).toBeNull();
  });
});

test('an incomplete dossier gets a guidance slip, comes back, is accepted, and cannot get a second guidance', async ({ counter: { page, dataDir } }) => {
  await completeSetup(page);
  const keys = keyboard(page);
  await pickProcedure(page, keys, 'luong huu', /lương hưu/);
  await typePerson(keys, { id: '045066004321', name: 'Trần Văn Đức', birth: '1966' });
  await keys.press('F8');
  const guidance = page.getByRole('dialog', { name: 'Hướng dẫn bổ sung' });
  await expect(guidance).toContainText('Sổ BHXH');
  await expect(guidance.getByRole('textbox')).toBeFocused();
  await keys.press('Control+Enter');
  await expect(page.getByRole('heading', { name: /Phiếu yêu cầu bổ sung/ })).toBeVisible();
  expect(keys.presses).toBeLessThanOrEqual(BUDGET.guidance);
  const slip = lastPrintedText(dataDir);
  expect(firstOutOfOrder(slip, ['PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', 'Trần Văn Đức', 'Sổ BHXH', 'Lý do'])).toBeNull();

  await keys.press('F2');
  await keys.press('F6');
  await keys.type('tran van duc');
  await expect(page.getByRole('option', { name: /Trần Văn Đức/ })).toBeVisible();
  await keys.press('Enter');
  await expect(page.getByText(/chỉ được hướng dẫn một lần/)).toBeVisible();
  await keys.press('F8');
  await expect(page.getByRole('dialog', { name: 'Hướng dẫn bổ sung' }).getByRole('textbox')).toBeFocused();
  await keys.press('Control+Enter');
  await expect(page.getByRole('dialog').getByRole('alert').or(page.getByRole('alert')).first()).toContainText('một lần');
  await keys.press('Escape');
  await keys.press('Shift+F4');
  await keys.press('F9');
  await expect(page.getByTestId('dossier-code')).toHaveText(/-3001$/);
  expect(lastPrintedText(dataDir)).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
  expect(printedFiles(dataDir)).toHaveLength(2);
});

test('a refusal prints the reasons in plain words', async ({ counter: { page, dataDir } }) => {
  await completeSetup(page);
  const keys = keyboard(page);
  await pickProcedure(page, keys, 'mot lan', /một lần/);
  await typePerson(keys, { id: '046090001111', name: 'Phạm Quốc Huy', birth: '03/07/1990' });
  await keys.press('Shift+F8');
  await expect(page.getByRole('dialog', { name: 'Từ chối tiếp nhận' }).getByRole('textbox')).toBeFocused();
  await keys.type('Người lao động đang tham gia BHXH bắt buộc, chưa đủ điều kiện hưởng BHXH một lần');
  await keys.press('Control+Enter');
  await expect(page.getByRole('heading', { name: /Phiếu từ chối/ })).toBeVisible();
  const text = lastPrintedText(dataDir);
  expect(firstOutOfOrder(text, ['PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ', 'Phạm Quốc Huy', 'BHXH một lần', 'chưa đủ điều kiện hưởng BHXH một lần'])).toBeNull();
});

test('an intake filled from a scanned chip ID card', async ({ counter: { page, dataDir } }) => {
  await completeSetup(page);
  const keys = keyboard(page);
  await pickProcedure(page, keys, 'doi the', /Đổi thẻ BHYT/);
  // What a 2D scanner types into the focused field, followed by Enter.
  await keys.type('045186001234|197123456|Nguyễn Thị Minh Khai|12051986|Nữ|Số 12 đường Lê Lợi, phường Đông Hà, tỉnh Quảng Trị|15032021');
  await keys.press('Enter');
  await expect(page.getByText('Đã điền thông tin từ mã QR')).toBeVisible();
  await expect(page.getByLabel('Số định danh cá nhân (12 số)')).toHaveValue('045186001234');
  await expect(page.getByLabel('Họ và tên', { exact: true })).toHaveValue('Nguyễn Thị Minh Khai');
  await expect(page.getByLabel('Ngày sinh (dd/mm/yyyy hoặc năm)')).toHaveValue('12/05/1986');
  await expect(page.getByLabel('Giới tính')).toHaveValue('nu');
  await keys.press('Shift+F4');
  await keys.press('F9');
  await expect(page.getByTestId('dossier-code')).toHaveText(/-3001$/);
  const text = lastPrintedText(dataDir);
  expect(firstOutOfOrder(text, ['Nguyễn Thị Minh Khai', 'Số 12 đường Lê Lợi, phường Đông Hà, tỉnh Quảng Trị', 'Đổi thẻ BHYT'])).toBeNull();
});
