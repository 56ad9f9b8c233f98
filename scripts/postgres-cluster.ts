// @runs: node-script
// A real PostgreSQL cluster of its own (the tests' and the hub bench's): initdb in a temporary folder
// owned by the postgres user, on a free port, listening on 127.0.0.1 only,
// with password authentication; started and stopped with pg_ctl. No mock.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian's postgresql packages put each major version's initdb and pg_ctl. */
const DEBIAN_ROOT = '/usr/lib/postgresql';
const OLDEST_MAJOR = 15;
const SUPERUSER = 'hubadmin';
const SUPERUSER_PASSWORD = 'hub-admin-test';

export interface TestPostgres {
  /** The superuser's URL, as the IT officer would pass it to `hub init`. */
  adminUrl: string;
  /** A URL for the given role on the same cluster. */
  urlFor(user: string, password: string): string;
  port: number;
  start(): void;
  /** `pg_ctl stop -m immediate`: the hub vanishes as in a power cut. */
  crash(): void;
  stop(): void;
}

/**
 * The bin folder of the newest PostgreSQL 15 or later installed the Debian way, or null. Not a fixed version:
 * `apt-get install postgresql` gives 15 on bookworm and 17 on trixie, and the tests must run on both.
 */
function postgresBin(): string | null {
  const majors = existsSync(DEBIAN_ROOT) ? readdirSync(DEBIAN_ROOT).map(Number).filter((major) => major >= OLDEST_MAJOR) : [];
  const bins = majors.sort((a, b) => b - a).map((major) => join(DEBIAN_ROOT, String(major), 'bin'));
  return bins.find((bin) => existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) ?? null;
}

/** Whether Debian's postgresql package (initdb, pg_ctl) is installed: the hub tests skip, saying so, without it. */
export function postgresInstalled(): boolean {
  return postgresBin() !== null;
}

/** A port the kernel says is free now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function asPostgres(command: string, args: string[]): void {
  const bin = postgresBin();
  if (!bin) throw new Error(`PostgreSQL ${OLDEST_MAJOR} or newer is not installed under ${DEBIAN_ROOT} (apt-get install postgresql)`);
  const runAsRoot = process.getuid?.() === 0;
  const [file, argv] = runAsRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args];
  execFileSync(file, argv, { stdio: 'pipe' });
}

/** Creates and starts a cluster; call stop() in afterAll. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const root = mkdtempSync(join(tmpdir(), 'mot-cua-pg-'));
  const dataDir = join(root, 'data');
  const passwordFile = join(root, 'pw');
  writeFileSync(passwordFile, SUPERUSER_PASSWORD);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(root, uid, gid);
    chownSync(passwordFile, uid, gid);
  }
  chmodSync(root, 0o700);
  asPostgres('initdb', ['-D', dataDir, '-U', SUPERUSER, `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--no-sync', '--locale=C']);
  const port = await freePort();
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${root} -c fsync=off -c max_connections=60`;
  const start = () => asPostgres('pg_ctl', ['-D', dataDir, '-w', '-s', '-o', options, '-l', join(root, 'log'), 'start']);
  const stopWith = (mode: string) => asPostgres('pg_ctl', ['-D', dataDir, '-w', '-s', '-m', mode, 'stop']);
  start();
  const urlFor = (user: string, password: string) => `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return {
    adminUrl: urlFor(SUPERUSER, SUPERUSER_PASSWORD),
    urlFor,
    port,
    start,
    crash: () => stopWith('immediate'),
    stop: () => {
      try {
        stopWith('fast');
      } catch {
        // Already stopped (a test crashed it).
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
