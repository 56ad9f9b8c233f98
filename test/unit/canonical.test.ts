// @runs: test
import { describe, expect, it } from 'vitest';
import { canonicalVietnamese, foldVietnamese, hasMarks } from '../../src-main/shared/fold';

const NFD = (s: string) => s.normalize('NFD');

/** Each row: two ways a name reaches the counter that must be the same spelling, and its folded form. */
const SAME: [string, string, string][] = [
  ['Lê Thị Hòa', 'Lê Thị Hoà', 'le thi hoa'],
  ['Nguyễn Thị Thúy', 'Nguyễn Thị Thuý', 'nguyen thi thuy'],
  ['khỏe', 'khoẻ', 'khoe'],
  ['Hòa', NFD('Hoà'), 'hoa'],
  ['ĐINH VĂN HOÀ', 'Đinh Văn Hòa', 'dinh van hoa'],
  ['\u00D0ặng Văn An', 'Đặng Văn An', 'dang van an'],
  ['\u0189ỗ Thị Mai', 'Đỗ Thị Mai', 'do thi mai'],
  ['\u00F0inh Lan', 'đinh lan', 'dinh lan'],
  ['H’Lan Niê', "H'Lan Niê", 'hlan nie'],
  ['Hʼ Lan', 'H‘ Lan', 'h lan'],
  ['Y`Bin', 'Y´Bin', 'ybin'],
  ['Trần Thị Thu-Hà', 'Trần Thị Thu Hà', 'tran thi thu ha'],
  ['Thu–Hà', 'thu  hà', 'thu ha'],
  ['  Võ   Thị  Thu ', 'võ thị thu', 'vo thi thu'],
];

/** Spellings that differ: never merged by the canonical form (the folded form may merge them). */
const DIFFERENT: [string, string][] = [
  ['Bình', 'Bính'],
  ['Hoàng', 'Hoạng'],
  ['Lê', 'Lễ'],
  ['Hòa', 'Hóa'],
];

describe('the canonical form of Vietnamese text', () => {
  it.each(SAME)('%s ≡ %s → "%s"', (a, b, folded) => {
    expect(canonicalVietnamese(a)).toBe(canonicalVietnamese(b));
    expect(foldVietnamese(a)).toBe(folded);
    expect(foldVietnamese(b)).toBe(folded);
  });

  it.each(DIFFERENT)('%s ≠ %s', (a, b) => {
    expect(canonicalVietnamese(a)).not.toBe(canonicalVietnamese(b));
    expect(foldVietnamese(a)).toBe(foldVietnamese(b));
  });

  it('puts the tone of a final oa, oe, uy on the second vowel, NFC, and leaves other syllables alone', () => {
    expect(canonicalVietnamese('hòa')).toBe('hoà'.normalize('NFC'));
    expect(canonicalVietnamese('Thúy')).toBe('thuý');
    expect(canonicalVietnamese('Hoàng')).toBe('hoàng');
    expect(canonicalVietnamese('mùa')).toBe('mùa');
    expect(canonicalVietnamese('hòa').normalize('NFC')).toBe(canonicalVietnamese('hòa'));
  });

  it('knows when the clerk typed marks', () => {
    expect(hasMarks('tran van binh')).toBe(false);
    expect(hasMarks("h'lan")).toBe(false);
    expect(hasMarks('Bính')).toBe(true);
    expect(hasMarks('Đo')).toBe(true);
  });
});
