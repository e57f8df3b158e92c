// The Firefox suite's web: buildSite()'s pages (the ones the Chromium suite routes) served by a real
// HTTP server on 127.0.0.1, where the content scripts run, with no request interception (which
// puppeteer supports only partly over WebDriver BiDi). The same server is Firefox's HTTP and HTTPS
// proxy: whatever the browser tries to fetch from anywhere but 127.0.0.1 arrives here, is recorded
// and refused, so nothing reaches the network and every attempt is on the record.
import { createServer } from 'node:http';

/** Where Firefox's own services (remote settings) are pointed, so they stay on this machine. */
export const BROWSER_SERVICES_PATH = '/__firefox-services/';

/** Confines a page's own loads to the server it came from; inline scripts still run. */
const PAGE_ONLY_CSP = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:";

/** Whether a page could load anything from elsewhere: it names another host or runs scripts. */
function reachesOut(body) {
  return /<script\b/i.test(body) || /(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/i.test(body);
}

/**
 * `site` with every HTML page that could load from other hosts confined to this server by a CSP
 * header (pages with a CSP of their own keep it). Firefox's BiDi network events carry no initiator,
 * so a page's own requests elsewhere could not be told from a content script's; confined, the page
 * makes none (its off-machine loads failed anyway: the Chromium suite aborts them). A content
 * script's image or element loads are exempt from the page's CSP and still show, but Firefox holds
 * an MV3 content script's fetch() to it, so on a confined page such a fetch would be refused
 * unseen. A page that names no other host and runs no script (plain-seed-003) is therefore served
 * as it is: there every kind of request shows.
 */
export function confinePages(site) {
  return Object.fromEntries(
    Object.entries(site).map(([path, entry]) => {
      const confine =
        entry.contentType.startsWith('text/html') &&
        !Object.keys(entry.headers).some(
          (name) => name.toLowerCase() === 'content-security-policy',
        ) &&
        reachesOut(entry.body);
      return [
        path,
        confine
          ? { ...entry, headers: { ...entry.headers, 'content-security-policy': PAGE_ONLY_CSP } }
          : entry,
      ];
    }),
  );
}

/** Whether `confinePages` leaves the page at `path` as it is. */
export function isUnconfined(site, path) {
  return !site[path]?.headers['content-security-policy'];
}

/**
 * Starts the server on a free port. `log.offMachine` lists every request Firefox sent to the proxy
 * (`url` for plain HTTP, `host:port` with method CONNECT for HTTPS), `log.served` counts pages and
 * files answered from `site`, and `log.missing` the local paths `site` does not have.
 */
export async function startLocalSite(site) {
  const log = { offMachine: [], served: 0, missing: [] };
  const server = createServer((request, response) => {
    // A proxy request names its absolute target; a request for this server names a path.
    if (!request.url.startsWith('/')) {
      log.offMachine.push({ method: request.method, url: request.url });
      response.writeHead(502, { 'content-type': 'text/plain' }).end('off-machine request refused');
      return;
    }
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    const entry = site[pathname];
    if (entry) {
      log.served += 1;
      response.writeHead(200, { 'content-type': entry.contentType, ...entry.headers });
      response.end(entry.body);
      return;
    }
    if (!pathname.startsWith(BROWSER_SERVICES_PATH)) log.missing.push(pathname);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  // HTTPS through the proxy: the tunnel is refused before any byte reaches the target.
  server.on('connect', (request, socket) => {
    log.offMachine.push({ method: 'CONNECT', url: request.url });
    socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { origin: `http://127.0.0.1:${port}`, port, log, close };
}
