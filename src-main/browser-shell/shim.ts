// @runs: main
// The browser shell's stand-in for the preload: the same window.motCua bridge,
// carried over HTTP to 127.0.0.1. The script itself holds no secret (another
// origin may include it and learns nothing): it takes this run's token from the
// meta tag the shell puts into the page it serves, removes the tag, and sends the
// token in a header, for the calls and for the progress stream alike.
import { TOKEN_HEADER, TOKEN_META } from './guard';

/** The shim's source, the same for every run. */
export const SHIM_SCRIPT = `(() => {
  const meta = document.querySelector('meta[name="${TOKEN_META}"]');
  const headers = { '${TOKEN_HEADER}': meta ? meta.content : '' };
  if (meta) meta.remove();
  const listeners = new Set();
  let streaming = false;
  const deliver = (block) => {
    if (!block.startsWith('data: ')) return;
    const event = JSON.parse(block.slice(6));
    for (const listener of listeners) listener(event);
  };
  // Server-sent events read through fetch, so the token goes in a header and never in the URL.
  const stream = async () => {
    streaming = true;
    let refused = false;
    try {
      const response = await fetch('/api/events', { headers, cache: 'no-store' });
      refused = !response.ok;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        const blocks = (buffer + chunk.value).split('\\n\\n');
        buffer = blocks.pop();
        blocks.forEach(deliver);
      }
    } catch {}
    streaming = false;
    // Like EventSource: reconnect while someone listens, unless the shell refused us.
    if (!refused && listeners.size) setTimeout(() => { if (!streaming && listeners.size) void stream(); }, 1000);
  };
  window.motCua = Object.freeze({
    invoke: async (method, input) => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
      return response.json();
    },
    onProgress: (listener) => {
      listeners.add(listener);
      if (!streaming) void stream();
      return () => listeners.delete(listener);
    },
  });
})();
`;
