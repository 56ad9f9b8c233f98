// @runs: test
// The inputs found refused badly (issue item 5), each kept as a case: impossible
// dates, text that cannot be printed, library wording, a crash over HTTP.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startBrowserShell, type BrowserShell } from '../../src-main/browser-shell/server';
import { isoDate, text } from '../../src-main/shared/schemas';
import { issueMessage } from '../../src-main/shared/vi/fields';
import { cardReissueForm } from '../support/intake';
import { makeTestApp, setUpOffice, type TestApp } from '../support/services';

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

let app: TestApp;
beforeAll(async () => {
  app = makeTestApp();
  await setUpOffice(app);
});
afterAll(() => app.close());

const count = (table: string) => (app.services.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;

async function refusal(method: string, input: unknown) {
  const result = await app.dispatch(method, input);
  if (result.ok) throw new Error(`${method} accepted ${JSON.stringify(input)}`);
  return result.error;
}

describe('dates', () => {
  const endOfDay: [string, Record<string, unknown>][] = [
    ['endOfDay.status', {}],
    ['endOfDay.close', { confirmOpenItems: true }],
    ['endOfDay.reopen', { reason: 'Nhập thiếu hồ sơ' }],
    ['endOfDay.export', {}],
  ];
  for (const [method, rest] of endOfDay) {
    it(`${method} refuses 2026-13-01 and 0000-00-00 as an answer, not an exception`, async () => {
      expect(await refusal(method, { ...rest, date: '2026-13-01' })).toMatchObject({ code: 'INVALID_INPUT', field: 'date', message: expect.stringContaining('Ngày 01/13/2026 không có trong lịch.') });
      expect(await refusal(method, { ...rest, date: '0000-00-00' })).toMatchObject({ code: 'INVALID_INPUT', field: 'date', message: expect.stringContaining('Năm phải từ 1900 đến 2199.') });
    });
  }

  it('documents.renderRegister refuses 2026-02-30 and issues nothing', async () => {
    const before = count('documents');
    expect(await refusal('documents.renderRegister', { from: '2026-02-30', to: '2026-03-31' })).toMatchObject({ field: 'from', message: expect.stringContaining('Ngày 30/02/2026 không có trong lịch.') });
    expect(count('documents')).toBe(before);
  });

  it('satisfaction.stats refuses 2026-02-30', async () => {
    expect(await refusal('satisfaction.stats', { from: '2026-02-30', to: '2026-03-31' })).toMatchObject({ field: 'from' });
  });

  it('the one date schema takes leap days and refuses the rest', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2100-02-29').success).toBe(false);
    expect(isoDate.safeParse('2026-04-31').success).toBe(false);
    expect(isoDate.safeParse('2026-3-2').success).toBe(false);
    expect(isoDate.safeParse(' 2026-03-02').success).toBe(false);
  });

  it('a date of birth that is not in the calendar says so', async () => {
    const form = cardReissueForm();
    const error = await refusal('intake.accept', { form: { ...form, applicant: { ...form.applicant, birthDate: '31/02/2020' } } });
    expect(error).toMatchObject({ field: 'form.applicant.birthDate', issues: [{ message: 'Ngày 31/02/2020 không có trong lịch.' }] });
  });
});

describe('clerk text', () => {
  const nameCases: [string, string, string][] = [
    ['NUL', 'Nguyễn\u0000Văn A', 'Ký tự điều khiển U+0000 không được phép.'],
    ['ESC', 'Nguyễn\u001bVăn A', 'Ký tự điều khiển U+001B không được phép.'],
    ['BEL', 'Nguyễn\u0007Văn A', 'Ký tự điều khiển U+0007 không được phép.'],
    ['C1', 'Nguyễn\u0085Văn A', 'Ký tự điều khiển U+0085 không được phép.'],
    ['right-to-left override', 'Nguyễn \u202eA nắV', 'Ký tự ẩn U+202E'],
    ['zero-width space', 'Nguyễn\u200bVăn A', 'Ký tự ẩn U+200B'],
    ['byte order mark', '\ufeffNguyễn Văn A', 'Ký tự ẩn U+FEFF'],
    ['lone surrogate', 'Nguyễn \ud83d Văn A', 'ký tự bị hỏng (U+D83D)'],
    ['emoji', 'Nguyễn Văn A 😀', 'Ký tự "😀" (U+1F600) không in được trên giấy tờ.'],
    ['CJK', 'Nguyễn 阮', 'Ký tự "阮" (U+962E) không in được trên giấy tờ.'],
    ['line break', 'Nguyễn\nVăn A', 'chỉ ghi trên một dòng'],
  ];
  for (const [label, fullName, message] of nameCases) {
    it(`a name with ${label} is refused, naming the character`, async () => {
      const before = count('dossiers');
      const form = cardReissueForm();
      const error = await refusal('intake.accept', { form: { ...form, applicant: { ...form.applicant, fullName } } });
      expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'form.applicant.fullName' });
      expect(error.issues?.[0]?.message).toContain(message);
      expect(count('dossiers')).toBe(before);
    });
  }

  it('is stored NFC (a decomposed name is composed)', async () => {
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323 Minh Khai';
    const form = cardReissueForm();
    const accepted = await app.ok('intake.accept', { form: { ...form, applicant: { ...form.applicant, fullName: decomposed } } });
    const dossier = await app.ok('dossiers.get', { dossierId: accepted.dossierId });
    expect(dossier.applicant.fullName).toBe('Nguyễn Thị Minh Khai');
  });

  it('a text box keeps its lines and tabs; a one-line field does not', () => {
    expect(text(100, { multiline: true }).parse('Thiếu tờ khai\r\n\tTK1-TS')).toBe('Thiếu tờ khai\n\tTK1-TS');
    expect(text(100).safeParse('Thiếu tờ khai\nTK1-TS').success).toBe(false);
    expect(text(100, { multiline: true }).safeParse('Thiếu\u0000').success).toBe(false);
  });
});

describe('Vietnamese wording', () => {
  it('a set count of -1 reads «Số bộ hồ sơ phải từ 1 trở lên»', async () => {
    const error = await refusal('intake.accept', { form: cardReissueForm({ setCount: -1 }) });
    expect(error).toMatchObject({ field: 'form.setCount', message: 'Dữ liệu nhập không hợp lệ. Số bộ hồ sơ phải từ 1 trở lên.' });
  });

  it('every zod issue code has its own Vietnamese words', () => {
    const schemas: [z.ZodType, unknown][] = [
      [z.string(), 1],
      [z.string(), undefined],
      [z.number().int(), 1.5],
      [z.number(), Number.NaN],
      [z.number().min(1), -1],
      [z.number().max(9), 10],
      [z.number().gt(0), 0],
      [z.number().lt(5), 5],
      [z.number().multipleOf(5), 3],
      [z.string().min(3), 'ab'],
      [z.string().max(3), 'abcd'],
      [z.array(z.number()).min(1), []],
      [z.array(z.number()).max(1), [1, 2]],
      [z.strictObject({}), { x: 1 }],
      [z.enum(['a', 'b']), 'c'],
      [z.literal('a'), 'b'],
      [z.union([z.string(), z.number()]), true],
      [z.email(), 'x'],
      [z.record(z.enum(['a']), z.number()), { b: 1 }],
      [z.map(z.string(), z.number()), new Map([['a', 'b']])],
      [z.boolean(), 'có'],
      [z.object({}), []],
      [z.string().refine(() => false), 'x'],
    ];
    for (const [schema, input] of schemas) {
      const result = schema.safeParse(input);
      expect(result.success).toBe(false);
      for (const issue of result.error?.issues ?? []) {
        expect(issue.message, `${issue.code} ${JSON.stringify(input)}`).toMatch(VIETNAMESE);
        expect(issue.message).not.toMatch(/Invalid|Expected|Too (small|big)|mong đợi|number|string/);
      }
    }
    expect(issueMessage({ code: 'too_small', origin: 'number', minimum: 1, inclusive: true, input: -1 })).toBe('Phải từ 1 trở lên.');
  });
});

describe('the browser shell', () => {
  let shell: BrowserShell;
  let rendererDir: string;
  let token: string;
  beforeAll(async () => {
    rendererDir = mkdtempSync(join(tmpdir(), 'mot-cua-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    shell = await startBrowserShell(app.services, rendererDir);
    // The token reaches only the page the shell serves.
    token = /<meta name="mot-cua-token" content="([0-9a-f]+)"/.exec(await (await fetch(shell.url)).text())?.[1] ?? '';
  });
  afterAll(async () => {
    await shell.close();
    rmSync(rendererDir, { recursive: true, force: true });
  });

  const post = (body: string) => fetch(new URL('/api/invoke', shell.url), { method: 'POST', headers: { 'x-mot-cua-token': token, 'content-type': 'application/json' }, body });

  it('answers a bad date and a body that is not an object with a refusal, never a 500', async () => {
    for (const body of [JSON.stringify({ method: 'endOfDay.status', input: { date: '2026-13-01' } }), 'null', '[1]', '"x"', '{']) {
      const response = await post(body);
      expect(response.status, body).toBe(200);
      const answer = (await response.json()) as { ok: boolean; error: { message: string } };
      expect(answer.ok).toBe(false);
      expect(answer.error.message).toMatch(VIETNAMESE);
    }
  });
});
