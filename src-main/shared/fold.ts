// @runs: shared
// Clerks type without diacritics ("nguyen van an", "dang ky"), so every search
// compares a folded form: lower case, marks removed, đ → d.

export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
