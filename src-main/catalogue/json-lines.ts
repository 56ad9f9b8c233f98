// @runs: shared
// A small JSON parser that also remembers on which line each value starts, so
// an import error can say "Dòng 57" instead of "procedures.12.timeLimitDays".
// JSON.parse cannot tell positions; a full JSON-with-positions library is far
// more than this needs.

export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
  ) {
    super(`JSON syntax error at line ${line}, column ${column}`);
  }
}

export interface LocatedJson {
  value: unknown;
  /** The line of the value at path, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

const MAX_DEPTH = 64;
const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('\u0000');

export function parseJsonWithLines(text: string): LocatedJson {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = 1;
  let lineStart = 0;

  const fail = (): never => {
    throw new JsonSyntaxError(line, pos - lineStart + 1);
  };

  const skipSpace = () => {
    while (pos < text.length) {
      const c = text[pos];
      if (c === '\n') {
        line++;
        lineStart = pos + 1;
      } else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      pos++;
    }
  };

  const expect = (c: string) => {
    skipSpace();
    if (text[pos] !== c) fail();
    pos++;
  };

  const parseString = (): string => {
    const start = pos;
    pos++;
    while (pos < text.length && text[pos] !== '"') {
      if (text.charCodeAt(pos) < 0x20) fail();
      pos += text[pos] === '\\' ? 2 : 1;
    }
    if (pos >= text.length) fail();
    pos++;
    try {
      return JSON.parse(text.slice(start, pos)) as string;
    } catch {
      pos = start;
      return fail();
    }
  };

  const parseValue = (path: PropertyKey[], depth: number): unknown => {
    skipSpace();
    if (depth > MAX_DEPTH) fail();
    if (!lines.has(pathKey(path))) lines.set(pathKey(path), line);
    const c = text[pos];
    if (c === '{') return parseObject(path, depth);
    if (c === '[') return parseArray(path, depth);
    if (c === '"') return parseString();
    LITERAL.lastIndex = pos;
    const match = LITERAL.exec(text);
    if (!match) return fail();
    pos += match[0].length;
    return JSON.parse(match[0]) as unknown;
  };

  const parseObject = (path: PropertyKey[], depth: number): Record<string, unknown> => {
    const object: Record<string, unknown> = {};
    pos++;
    skipSpace();
    if (text[pos] === '}') {
      pos++;
      return object;
    }
    for (;;) {
      skipSpace();
      if (text[pos] !== '"') fail();
      const key = parseString();
      const childPath = [...path, key];
      lines.set(pathKey(childPath), line);
      expect(':');
      // defineProperty, like JSON.parse: a "__proto__" key stays an ordinary key.
      Object.defineProperty(object, key, { value: parseValue(childPath, depth + 1), enumerable: true, writable: true, configurable: true });
      skipSpace();
      if (text[pos] === ',') pos++;
      else if (text[pos] === '}') {
        pos++;
        return object;
      } else fail();
    }
  };

  const parseArray = (path: PropertyKey[], depth: number): unknown[] => {
    const array: unknown[] = [];
    pos++;
    skipSpace();
    if (text[pos] === ']') {
      pos++;
      return array;
    }
    for (;;) {
      array.push(parseValue([...path, array.length], depth + 1));
      skipSpace();
      if (text[pos] === ',') pos++;
      else if (text[pos] === ']') {
        pos++;
        return array;
      } else fail();
    }
  };

  const value = parseValue([], 0);
  skipSpace();
  if (pos < text.length) fail();
  return {
    value,
    lineOf(path) {
      for (let length = path.length; length >= 0; length--) {
        const found = lines.get(pathKey(path.slice(0, length)));
        if (found !== undefined) return found;
      }
      return 1;
    },
  };
}
