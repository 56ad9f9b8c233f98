// @runs: test
// A stand-in for the central system's endpoint, for tests only: node:http on
// 127.0.0.1 at a random port. It verifies each package's Ed25519 signature and
// file hashes, treats a repeated idempotency key as already received, records
// what it received, and can be told to fail the first attempts, or to record a
// package and then drop the connection (a reply lost on the way back).
import { createHash, verify } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPackage {
  key: string;
  name: string;
  files: Record<string, Buffer>;
  manifest: { counts: Record<string, unknown>; files: { name: string; bytes: number; sha256: string }[]; [k: string]: unknown };
}

export interface StubRequest {
  key: string | null;
  status: number | 'dropped';
}

export interface StubCentral {
  url: string;
  /** Each package once, in the order first received. */
  received: ReceivedPackage[];
  /** Every attempt, with what the stub answered. */
  requests: StubRequest[];
  publicKeyPem: string;
  /** The next n attempts are answered 503 without being recorded. */
  failNext(n: number): void;
  /** The next n attempts are recorded, then the connection is dropped before any answer. */
  dropNext(n: number): void;
  close(): Promise<void>;
}

export async function startStubCentral(options: { publicKeyPem?: string; failFirst?: number } = {}): Promise<StubCentral> {
  let failing = options.failFirst ?? 0;
  let dropping = 0;
  const stub: Omit<StubCentral, 'url' | 'close'> = {
    received: [],
    requests: [],
    publicKeyPem: options.publicKeyPem ?? '',
    failNext: (n) => (failing = n),
    dropNext: (n) => (dropping = n),
  };

  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null;
      const answer = (status: number, text: string) => {
        stub.requests.push({ key, status });
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ status: text }));
      };
      if (req.method !== 'POST' || !key) return answer(400, 'bad request');
      if (failing > 0) {
        failing--;
        return answer(503, 'unavailable');
      }
      if (stub.received.some((p) => p.key === key)) return answer(200, 'duplicate');
      const checked = check(body, key, stub.publicKeyPem);
      if (typeof checked === 'string') return answer(422, checked);
      stub.received.push(checked);
      if (dropping > 0) {
        dropping--;
        stub.requests.push({ key, status: 'dropped' });
        req.socket.destroy();
        return;
      }
      answer(201, 'received');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const self = stub as StubCentral;
  self.url = `http://127.0.0.1:${port}/api/day-packages`;
  self.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return self;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The package as received, or why it was refused. */
function check(body: Buffer, key: string, publicKeyPem: string): ReceivedPackage | string {
  let envelope: { package: string; idempotencyKey: string; files: Record<string, string> };
  try {
    envelope = JSON.parse(body.toString('utf8')) as typeof envelope;
  } catch {
    return 'not json';
  }
  if (envelope.idempotencyKey !== key) return 'key mismatch';
  const files = Object.fromEntries(Object.entries(envelope.files).map(([name, b64]) => [name, Buffer.from(b64, 'base64')]));
  const manifestBytes = files['manifest.json'];
  const signature = files['manifest.sig'];
  if (!manifestBytes || !signature) return 'manifest missing';
  if (!publicKeyPem || !verify(null, manifestBytes, publicKeyPem, Buffer.from(signature.toString('utf8').trim(), 'base64'))) return 'bad signature';
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as ReceivedPackage['manifest'];
  for (const f of manifest.files) {
    const bytes = files[f.name];
    if (!bytes || bytes.length !== f.bytes || createHash('sha256').update(bytes).digest('hex') !== f.sha256) return `file ${f.name} does not match`;
  }
  return { key, name: envelope.package, files, manifest };
}
