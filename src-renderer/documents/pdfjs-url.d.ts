// @runs: renderer
// Vite's "?url" imports give the emitted file's URL (used for the pdf.js worker).
declare module '*?url' {
  const url: string;
  export default url;
}
