import { isIP } from 'node:net';
import { parseWholeNumber } from '../model/whole-number.js';
import { EXIT } from '../run/exit-codes.js';
import { MIN_TOKEN_LENGTH } from '../serve/auth.js';
import { LOOPBACK_HOSTS } from '../serve/host-check.js';
import { lazyMetadata } from '../serve/metadata-source.js';
import { buildServer } from '../serve/server.js';
import { DEFAULT_STORE, openStore } from '../store/open.js';
import { startCommand } from './args.js';
import type { Command } from './command.js';

const HELP = `depindex serve [options]

Serves the index API (JSON under /api/v1, described at /api/v1/openapi.json) and the search page (/)
over a store, read-only. Searches by advisory (advisory=CVE-...) read the package metadata
\`depindex sync\` keeps in the same store; without it they answer 409.

  --store STORE          sqlite:PATH, an http(s):// Elasticsearch URL or an Elastic Cloud id
                         (default $DEPINDEX_STORE, else ${DEFAULT_STORE})
  --host HOST            address to listen on (default 127.0.0.1); any other address needs
                         DEPINDEX_API_TOKEN (clients send "Authorization: Bearer <token>") or --no-auth
  --port PORT            port (default 8080; 0 takes a free one, printed at start)
  --no-auth              serve without a token on a non-loopback address (behind your own proxy)
  --cors-origin ORIGIN   let pages from ORIGIN call the API (repeatable); CORS is off otherwise
  --rate-limit N         requests per minute per client address (default 600; 0 turns it off)
  --trust-proxy ADDRESS  a reverse proxy (IP address or CIDR range, repeatable) whose X-Forwarded-For
                         names the client, for the rate limit and the access log; without it, every
                         client behind a proxy shares the proxy's limit
  --timeout SECONDS      longest a request may take to arrive, and to be answered (default 30; a SQLite
                         query once started runs to its end: node:sqlite is synchronous)
  --quiet                no access log on stderr

DEPINDEX_API_TOKEN, when set, is required on every /api request, whatever the address (at least
${MIN_TOKEN_LENGTH} characters). On a loopback address without it, only requests whose Host is localhost,
127.0.0.1 or [::1] are answered (against DNS rebinding). SIGTERM or SIGINT stops the server after the requests in flight.
Exit codes: 0 stopped, 3 the store could not be opened or the port taken, 64 the command line is wrong.
`;

const OPTIONS = {
  store: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  'no-auth': { type: 'boolean' },
  'cors-origin': { type: 'string', multiple: true },
  'rate-limit': { type: 'string' },
  'trust-proxy': { type: 'string', multiple: true },
  timeout: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
/** In-flight requests get this long after SIGTERM; then the remaining connections are closed. */
const SHUTDOWN_GRACE_MS = 10_000;

function origin(text: string): string | null {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

/** An IP address or a CIDR range (what fastify's trustProxy takes), or null. */
function trustedProxy(text: string): string | null {
  const [address, bits, extra] = text.split('/');
  if (extra !== undefined || !address) return null;
  const family = isIP(address);
  if (family === 0) return null;
  if (bits === undefined) return address;
  const n = /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
  return n >= 0 && n <= (family === 4 ? 32 : 128) ? `${address}/${n}` : null;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the index API and the search page over a store',
  help: HELP,
  async run(args, io) {
    const start = startCommand('depindex serve', args, OPTIONS, HELP, io);
    if (start.exit !== null) return start.exit;
    const { values, positionals, usage } = start;
    if (positionals.length > 0) return usage(`unexpected argument "${positionals[0]}"`);
    const str = (key: keyof typeof OPTIONS): string | undefined => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
    const host = (str('host') ?? '127.0.0.1').trim();
    if (host !== 'localhost' && isIP(host) === 0) return usage(`--host must be an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost, got "${host}"`);
    const port = parseWholeNumber('--port', str('port'), { fallback: 8080, min: 0, max: 65_535 });
    if (!port.ok) return usage(port.error);
    const rate = parseWholeNumber('--rate-limit', str('rate-limit'), { fallback: 600, min: 0, max: 1_000_000 });
    if (!rate.ok) return usage(rate.error);
    const timeout = parseWholeNumber('--timeout', str('timeout'), { fallback: 30, min: 1, max: 3_600 });
    if (!timeout.ok) return usage(timeout.error);
    const origins: string[] = [];
    for (const text of (values['cors-origin'] as string[] | undefined) ?? []) {
      const o = origin(text.trim());
      if (o === null) return usage(`--cors-origin must be an origin such as https://dash.example.com, got "${text}"`);
      origins.push(o);
    }
    const proxies: string[] = [];
    for (const text of (values['trust-proxy'] as string[] | undefined) ?? []) {
      const proxy = trustedProxy(text.trim());
      if (proxy === null) return usage(`--trust-proxy must be an IP address or a CIDR range such as 10.0.0.0/8, got "${text.slice(0, 64)}"`);
      proxies.push(proxy);
    }
    // An empty variable counts as unset (CI templates define them empty); a short one is refused, never logged.
    const token = io.env.DEPINDEX_API_TOKEN || null;
    if (token !== null && token.length < MIN_TOKEN_LENGTH) return usage(`DEPINDEX_API_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters`);
    if (!LOOPBACK.has(host) && token === null && values['no-auth'] !== true) {
      return usage(`listening on ${host} (not loopback) needs DEPINDEX_API_TOKEN set, or --no-auth to serve the index to anyone who can reach it`);
    }

    const spec = str('store') ?? (io.env.DEPINDEX_STORE || DEFAULT_STORE);
    const opened = await openStore(spec, { cwd: io.cwd, env: io.env, readOnly: true });
    if (!opened.ok) {
      io.stderr.write(`depindex serve: ${opened.error}\n`);
      return EXIT.output;
    }
    const store = opened.value;
    // The package metadata of the same store, for advisory=: opened by the first request that asks (read-only);
    // its modules are loaded then too, so a server never asked by advisory starts as it did without them.
    const metadata = lazyMetadata(async () => (await import('../metadata/store/synced.js')).openSyncedMetadata(spec, { cwd: io.cwd, env: io.env }));
    const app = await buildServer({
      store,
      metadata,
      token,
      // Loopback without a token: a page of another site whose name resolves to 127.0.0.1 (DNS rebinding) could
      // otherwise read the index through the visitor's browser; its requests carry that site's name in Host.
      allowedHosts: token === null && LOOPBACK.has(host) ? LOOPBACK_HOSTS : null,
      corsOrigins: origins,
      rateLimitPerMinute: rate.value,
      trustedProxies: proxies,
      requestTimeoutMs: timeout.value * 1000,
      log: values.quiet ? null : (line) => io.stderr.write(`${line}\n`),
    });
    let bound: number;
    try {
      await app.listen({ host, port: port.value });
      const address = app.server.address();
      bound = typeof address === 'object' && address !== null ? address.port : port.value;
    } catch (e) {
      io.stderr.write(`depindex serve: cannot listen on ${host}:${port.value}: ${(e as Error).message}\n`);
      await metadata.close();
      await store.close();
      return EXIT.output;
    }
    const auth = token !== null ? 'bearer token required' : LOOPBACK.has(host) ? 'loopback only, no token' : 'NO authentication (--no-auth)';
    // The address it was given, never a friendlier one: 0.0.0.0 must show that every interface is served.
    const shown = host.includes(':') ? `[${host}]` : host;
    const every = host === '0.0.0.0' || host === '::' ? ', every interface' : '';
    io.stderr.write(`depindex serve: listening on http://${shown}:${bound} (${store.location}; ${auth}${every})\n`);

    await new Promise<void>((resolve) => {
      const stop = (signal: string): void => {
        process.off('SIGTERM', onTerm);
        process.off('SIGINT', onInt);
        io.stderr.write(`depindex serve: ${signal}, stopping after the requests in flight\n`);
        const force = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        app.close().finally(() => {
          clearTimeout(force);
          resolve();
        });
      };
      const onTerm = (): void => stop('SIGTERM');
      const onInt = (): void => stop('SIGINT');
      process.once('SIGTERM', onTerm);
      process.once('SIGINT', onInt);
    });
    await metadata.close();
    await store.close();
    io.stderr.write('depindex serve: stopped\n');
    return EXIT.ok;
  },
};
