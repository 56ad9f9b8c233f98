// @runs: main
// The browser shell's stand-in for the preload: the same window.motCua bridge,
// carried over HTTP to 127.0.0.1 with this run's secret token.
export function shimScript(token: string): string {
  return `(() => {
  const token = ${JSON.stringify(token)};
  const listeners = new Set();
  let source = null;
  window.motCua = Object.freeze({
    invoke: async (method, input) => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-mot-cua-token': token },
        body: JSON.stringify({ method, input }),
      });
      return response.json();
    },
    onProgress: (listener) => {
      listeners.add(listener);
      if (!source) {
        source = new EventSource('/api/events?token=' + token);
        source.onmessage = (message) => { for (const l of listeners) l(JSON.parse(message.data)); };
      }
      return () => listeners.delete(listener);
    },
  });
})();
`;
}
