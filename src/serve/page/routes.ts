import type { FastifyInstance } from 'fastify';
import { pageHtml } from './html.js';
import { SCRIPT } from './script.js';
import { STYLE } from './style.js';

/**
 * The search page: one HTML shell for its three views (search at /, a package at /package, a project's ref at
 * /project), each URL carrying its query so a view can be shared; the script fills the view from the API.
 * The content security policy allows only this server's own script and style: nothing the index holds can run.
 */
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function pageRoutes(app: FastifyInstance): void {
  const html = pageHtml();
  for (const url of ['/', '/package', '/project']) {
    app.get(url, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').header('content-security-policy', CSP).header('cache-control', 'no-cache').send(html),
    );
  }
  app.get('/assets/app.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(SCRIPT));
  app.get('/assets/style.css', async (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(STYLE));
}
