// @runs: shared
// The one canonical form of Vietnamese text, used by the search index, every
// look-up (Ctrl+F, the applicant suggestions, F6, the catalogue) and the
// applicant directory. Two spellings that a clerk would call the same compare
// equal:
// - Unicode NFC, whatever the keyboard or the pasted text produced;
// - old and new tone placement (hòa/hoà, thúy/thuý, khỏe/khoẻ): the tone goes
//   on the second vowel of a final oa, oe, uy, as it does before a consonant
//   (hoàng, khoẻo…);
// - the look-alike letters Ð (U+00D0, Icelandic eth) and Ɖ (U+0189, African D)
//   are Đ;
// - apostrophes of every kind are dropped (H’Lan = Hlan) and hyphens separate
//   words (Thu-Hà = Thu Hà);
// - lower case, single spaces.
// Clerks type without diacritics ("nguyen van an", "dang ky"), so most look-ups
// compare the folded form: the canonical form with its marks removed, đ → d.

const LOOK_ALIKES = /[\u00D0\u0189\u00F0\u0256]/g;
const LOOK_ALIKE_OF: Record<string, string> = { '\u00D0': 'Đ', '\u0189': 'Đ', '\u00F0': 'đ', '\u0256': 'đ' };
/** ' ’ ʼ ‘ ` ´ ′ and the full-width apostrophe. */
const APOSTROPHES = /['\u2019\u02BC\u2018`\u00B4\u2032\uFF07]/g;
/** - and the Unicode hyphens and dashes. */
const HYPHENS = /[-\u2010\u2011\u2012\u2013\u2014\u2212]/g;
/** A tone mark (NFD) on the o of a final oa/oe or the u of a final uy: moved to the second vowel. */
const OLD_TONE_PLACEMENT = /([oO][\u0300\u0301\u0303\u0309\u0323](?=[aAeE])|[uU][\u0300\u0301\u0303\u0309\u0323](?=[yY]))(\p{L})(?![\p{L}\p{M}])/gu;

/** The canonical spelling: NFC, one tone placement, Đ for its look-alikes, no apostrophes, hyphens as spaces, lower case. */
export function canonicalVietnamese(text: string): string {
  return text
    .replace(LOOK_ALIKES, (c) => LOOK_ALIKE_OF[c] ?? c)
    .replace(APOSTROPHES, '')
    .replace(HYPHENS, ' ')
    .normalize('NFD')
    .replace(OLD_TONE_PLACEMENT, (_m, vowelAndTone: string, next: string) => `${vowelAndTone[0] ?? ''}${next}${vowelAndTone.slice(1)}`)
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The canonical form without marks: what a clerk typing without diacritics matches. */
export function foldVietnamese(text: string): string {
  return canonicalVietnamese(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

/** Whether the text carries any Vietnamese mark (a tone, a hat, a horn, đ): then the spelling typed matters. */
export function hasMarks(text: string): boolean {
  return canonicalVietnamese(text) !== foldVietnamese(text);
}
