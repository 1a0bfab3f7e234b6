/**
 * The web servers of docs/deploy.md, started for real from the guide's own configuration blocks: only the
 * port, the certificate and the folder are changed for this machine. Each serves a production build over
 * HTTPS with a throwaway self-signed certificate.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { buildPane } from '../../scripts/build-pane';

const ROOT = join(__dirname, '..', '..');

/** A server running the guide's configuration. */
export interface GuideServer {
  readonly port: number;
  /** The folder that holds the built pane (what the guide calls /srv/addins/bukai/). */
  readonly paneDir: string;
  stop(): Promise<void>;
}

/** The guide's fenced block in `language` (```nginx, ```apache). */
export function guideBlock(language: string): string {
  const block = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(readFileSync(join(ROOT, 'docs', 'deploy.md'), 'utf8'))?.[1];
  if (!block) throw new Error(`docs/deploy.md has no \`\`\`${language} block`);
  return block;
}

/** Replaces `from` in the guide's block, failing loudly if the guide no longer says it. */
function swap(text: string, from: string | RegExp, to: string): string {
  if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`the guide's block no longer contains ${String(from)}`);
  return text.replace(from, to);
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** GET over HTTPS from the local server (self-signed, so unverified). */
export function httpsGet(port: number, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, rejectUnauthorized: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Builds the pane into `temp`/srv/bukai, readable by the servers' unprivileged workers, plus a certificate. */
function prepareSite(temp: string): { site: string; cert: string; key: string } {
  chmodSync(temp, 0o755);
  const site = join(temp, 'srv');
  const build = buildPane(join(site, 'bukai'), { addinUrl: 'https://addins.city.example.jp/bukai/' });
  if (build.status !== 0) throw new Error(build.stderr);
  for (const dir of [site, join(site, 'bukai'), join(site, 'bukai', 'assets')]) chmodSync(dir, 0o755);
  const cert = join(temp, 'tls.crt');
  const key = join(temp, 'tls.key');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'pipe' });
  chmodSync(key, 0o644);
  mkdirSync(join(temp, 'logs'));
  return { site, cert, key };
}

/** Waits until the server answers, or fails with what it printed and its error log. */
async function waitUntilUp(port: number, child: ChildProcess, log: string): Promise<void> {
  let printed = '';
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (await httpsGet(port, '/bukai/').then(() => true, () => false)) return;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start: ${printed}${existsSync(log) ? readFileSync(log, 'utf8') : '(no log)'}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
}

/** nginx with the guide's server block, in the foreground, one process. */
export async function startNginx(temp: string): Promise<GuideServer> {
  const { site, cert, key } = prepareSite(temp);
  const port = await freePort();
  let server = guideBlock('nginx');
  server = swap(server, 'listen 443 ssl;', `listen 127.0.0.1:${port} ssl;`);
  server = swap(server, /ssl_certificate\s+\S+;/, `ssl_certificate ${cert};`);
  server = swap(server, /ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${key};`);
  server = swap(server, 'root /srv/addins;', `root ${site};`);
  const log = join(temp, 'logs', 'error.log');
  const conf = join(temp, 'nginx.conf');
  writeFileSync(conf, ['daemon off;', 'master_process off;', `pid ${join(temp, 'nginx.pid')};`, `error_log ${log} warn;`, 'events {}', 'http {', '  include /etc/nginx/mime.types;', '  access_log off;', server, '}', ''].join('\n'));
  const child = spawn(existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx', ['-e', log, '-p', temp, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  const stop = stopper(child);
  await waitUntilUp(port, child, log).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { port, paneDir: join(site, 'bukai'), stop };
}

// autoindex as in Debian's default set, so that the guide's `Options -Indexes` is what stops a listing.
const APACHE_MODULES = ['mpm_event', 'authz_core', 'alias', 'dir', 'autoindex', 'mime', 'headers', 'ssl', 'socache_shmcb'];

/** Apache httpd with the guide's block inside an HTTPS virtual host, in the foreground. */
export async function startApache(temp: string): Promise<GuideServer> {
  const { site, cert, key } = prepareSite(temp);
  const port = await freePort();
  let block = guideBlock('apache');
  block = swap(block, 'Alias "/bukai/" "/srv/addins/bukai/"', `Alias "/bukai/" "${site}/bukai/"`);
  block = swap(block, '<Directory "/srv/addins/bukai/">', `<Directory "${site}/bukai/">`);
  block = swap(block, '<Directory "/srv/addins/bukai/assets/">', `<Directory "${site}/bukai/assets/">`);
  const log = join(temp, 'logs', 'error.log');
  const conf = join(temp, 'httpd.conf');
  writeFileSync(
    conf,
    [
      ...APACHE_MODULES.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`),
      `ServerRoot ${temp}`,
      'ServerName 127.0.0.1',
      `Listen 127.0.0.1:${port}`,
      `PidFile ${join(temp, 'httpd.pid')}`,
      `ErrorLog ${log}`,
      'TypesConfig /etc/mime.types',
      `<VirtualHost 127.0.0.1:${port}>`,
      '  SSLEngine on',
      `  SSLCertificateFile ${cert}`,
      `  SSLCertificateKeyFile ${key}`,
      block,
      '</VirtualHost>',
      '',
    ].join('\n'),
  );
  const child = spawn('/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, APACHE_RUN_DIR: temp } });
  const stop = stopper(child);
  await waitUntilUp(port, child, log).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { port, paneDir: join(site, 'bukai'), stop };
}
