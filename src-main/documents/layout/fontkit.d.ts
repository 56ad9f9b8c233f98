// @runs: main
// fontkit is pdfkit's own font engine (installed with it); only the part used here is typed.
declare module 'fontkit' {
  export interface Font {
    postscriptName: string;
    layout(text: string, features?: string[]): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
