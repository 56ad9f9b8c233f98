// @runs: main
// The one rule for every folder a supervisor types in Cài đặt (print output,
// backups, scanner, sending): a full path, normalised, with no ".." segment and
// no control character. Empty means "the default" (or "none") and stays empty.
import path from 'node:path';
import { z } from 'zod';
import { DomainError } from '../api/kit';
import { folderMessages, type FolderSettingKind } from '../shared/vi/folders';

export type FolderProblem = 'controlCharacter' | 'parentSegment' | 'notAbsolute';
type PathFlavour = typeof path.posix;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** D:\… (or D:/…) and \\server\share…: a Windows path that names its drive. */
const WINDOWS_FULL = /^([a-zA-Z]:[\\/]|[\\/]{2}[^\\/]+[\\/][^\\/]+)/;

/**
 * Takes a folder as typed and the path flavour of the machine (Windows or
 * POSIX); gives it resolved and normalised, or refuses it with the reason.
 * '' (the default) stays ''.
 */
export function normaliseFolder(value: string, flavour: PathFlavour = path): { folder: string } | { problem: FolderProblem } {
  if (value === '') return { folder: '' };
  if (CONTROL.test(value)) return { problem: 'controlCharacter' };
  if (value.split(/[\\/]/).includes('..')) return { problem: 'parentSegment' };
  const full = flavour === path.win32 ? WINDOWS_FULL.test(value) : flavour.isAbsolute(value);
  return full ? { folder: flavour.resolve(value) } : { problem: 'notAbsolute' };
}

/**
 * Takes a folder a supervisor typed, which folder it is and the form field;
 * gives it normalised ('' stays ''); refuses a relative path, a ".." segment or
 * a control character with INVALID_INPUT and a Vietnamese message on the field.
 */
export function folderSetting(value: string, kind: FolderSettingKind, field: string): string {
  const checked = normaliseFolder(value);
  if ('problem' in checked) throw new DomainError('INVALID_INPUT', folderMessages[checked.problem](kind), field);
  return checked.folder;
}

/** A folder as settings store it: one that breaks the rule (saved before it, or edited by hand) does not parse, so the default is used. */
export const storedFolder = z
  .string()
  .max(500)
  .transform((value, ctx) => {
    const checked = normaliseFolder(value);
    if ('folder' in checked) return checked.folder;
    ctx.addIssue({ code: 'custom', message: checked.problem });
    return z.NEVER;
  });
