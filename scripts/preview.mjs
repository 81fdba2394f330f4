// npm start (after npm run build): the add-on without a Google account. Serves on 127.0.0.1 a page
// with the REAL dist/Sidebar.html in a 300 px frame beside a view of the emulated spreadsheet.
// google.script.run inside the frame posts to /run/<function>, which calls the built dist/Code.js
// running in node:vm against the in-memory Apps Script emulator (scripts/preview/host.ts, bundled
// here with esbuild because the emulator is TypeScript). Only localhost is served; every request
// must carry our own Host (DNS rebinding) and, when it has one, our own Origin (other web pages).
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const here = join(root, 'scripts/preview');
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const LOCALES = ['en_US', 'ar_SA', 'fa_IR', 'he_IL'];
/** The user's account language, apart from the spreadsheet's locale ('' = the same as the spreadsheet). */
const USER_LOCALES = ['', 'en', 'ar', 'fa', 'he'];

/** Bundles scripts/preview/host.ts (and the emulator it imports) into node_modules/.cache. */
async function loadHostModule() {
  const outDir = join(root, 'node_modules/.cache/preview');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `host-${process.pid}-${Date.now()}.mjs`);
  await esbuild.build({
    entryPoints: [join(here, 'host.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true }); // loaded; each start bundles afresh
  }
}

/** google.script.run and google.script.host for the frame, calling /run/<name> on this server. */
function shimScript(names) {
  return `// google.script.run for the local preview (scripts/preview.mjs): same calls, over fetch.
(function () {
  var names = ${JSON.stringify(names)};
  function hasDate(value) {
    if (value instanceof Date) return true;
    if (value && typeof value === 'object') return Object.keys(value).some(function (k) { return hasDate(value[k]); });
    return false;
  }
  function runner(success, failure, userObject) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, failure, userObject); },
      withFailureHandler: function (f) { return runner(success, f, userObject); },
      withUserObject: function (o) { return runner(success, failure, o); }
    };
    names.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var fail = function (message) {
          var error = new Error(message);
          if (failure) failure(error, userObject); else console.error(error);
        };
        if (hasDate(args)) { setTimeout(function () { fail('Invalid argument: a Date cannot be sent to the server; send an ISO string.'); }); return; }
        fetch('/run/' + encodeURIComponent(name), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ args: args }),
          keepalive: true // a save sent while the sidebar closes still arrives
        })
          .then(function (response) { return response.json(); })
          .then(function (out) {
            if (out.ok) { if (success) success(out.value, userObject); } else fail(out.error);
            try { parent.postMessage({ type: 'gas-run', name: name }, location.origin); } catch (e) {}
          }, function (e) { fail(String(e && e.message || e)); });
      };
    });
    return r;
  }
  window.google = { script: {
    run: runner(null, null, undefined),
    host: {
      origin: location.origin,
      close: function () { parent.postMessage({ type: 'gas-close' }, location.origin); },
      setHeight: function () {}, setWidth: function () {},
      editor: { focus: function () {} }
    }
  } };
})();
`;
}

/** The add-on's HTML with the shim loaded first (before any of the page's own scripts run). */
function withShim(html) {
  const tag = '<script src="/gas-shim.js"></script>';
  const at = html.search(/<head[^>]*>/i);
  if (at < 0) return tag + html;
  const end = html.indexOf('>', at) + 1;
  return html.slice(0, end) + tag + html.slice(end);
}

function send(res, status, type, body) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

const json = (res, status, value) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * @param {{ port?: number, host?: string, locale?: string, userLocale?: string, timeZone?: string, now?: string, latencyMs?: number, quiet?: boolean }} [options]
 */
export async function startPreview(options = {}) {
  const hostName = options.host ?? '127.0.0.1';
  const { createHost, previewClock } = await loadHostModule();
  const clock = previewClock(options.now, options.timeZone);
  const addOnHost = createHost({ root, locale: options.locale ?? 'en_US', userLocale: options.userLocale, clock });
  const latencyMs = options.latencyMs ?? 0;
  const page = readFileSync(join(here, 'page.html'), 'utf8');
  const pageScript = readFileSync(join(here, 'page.js'), 'utf8');
  const pageStyles = readFileSync(join(here, 'page.css'), 'utf8');
  const chartScript = readFileSync(join(here, 'charts.js'), 'utf8');
  let allowedHosts = new Set();

  const server = createServer(async (req, res) => {
    try {
      // Only this server's own pages may talk to it: no other site, no rebound DNS name.
      if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'text/plain', 'Unknown host');
      const origin = req.headers.origin;
      if (origin && origin !== 'null' && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) return send(res, 403, 'text/plain', 'Cross-origin request refused');
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname;

      if (req.method === 'GET') {
        if (path === '/') return send(res, 200, 'text/html; charset=utf-8', page);
        if (path === '/page.js') return send(res, 200, 'text/javascript; charset=utf-8', pageScript);
        if (path === '/charts.js') return send(res, 200, 'text/javascript; charset=utf-8', chartScript);
        if (path === '/page.css') return send(res, 200, 'text/css; charset=utf-8', pageStyles);
        if (path === '/gas-shim.js') return send(res, 200, 'text/javascript; charset=utf-8', shimScript(addOnHost.functionNames()));
        if (path === '/sidebar' || path === '/dialog') {
          const shown = addOnHost.shown(path.slice(1));
          if (!shown) return send(res, 404, 'text/plain', 'Nothing is shown');
          return send(res, 200, 'text/html; charset=utf-8', withShim(shown.content));
        }
        if (path === '/api/view') {
          const sidebar = addOnHost.addOn.emulator.ui.sidebars.at(-1);
          const tab = url.searchParams.get('sheet') ?? undefined;
          return json(res, 200, { ...addOnHost.view(tab), sidebarTitle: sidebar?.title ?? '', locales: LOCALES, userLocales: USER_LOCALES });
        }
        return send(res, 404, 'text/plain', 'Not found');
      }

      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Method not allowed');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'JSON only');
      const body = JSON.parse((await readBody(req)) || '{}');

      const run = /^\/run\/([A-Za-z]\w*)$/.exec(path);
      if (run) {
        if (!Array.isArray(body.args)) return json(res, 400, { ok: false, error: 'args must be a list' });
        if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
        return json(res, 200, addOnHost.run(run[1], body.args));
      }
      if (path === '/api/activate') return json(res, 200, addOnHost.activate(String(body.sheet ?? '')));
      if (path === '/api/edit') {
        const { sheet, row, column, input } = body;
        if (typeof sheet !== 'string' || !Number.isInteger(row) || !Number.isInteger(column) || (typeof input !== 'string' && typeof input !== 'boolean')) {
          return json(res, 400, { ok: false, error: 'sheet, row, column and input (text or true/false) are needed' });
        }
        return json(res, 200, addOnHost.edit(sheet, row, column, input));
      }
      const menu = /^\/api\/menu\/([A-Za-z]\w*)$/.exec(path);
      if (menu) return json(res, 200, addOnHost.clickMenu(menu[1]));
      if (path === '/api/reset') {
        const locale = LOCALES.includes(body.locale) ? body.locale : undefined;
        const userLocale = USER_LOCALES.includes(body.userLocale) ? body.userLocale : undefined;
        addOnHost.reset(locale, userLocale);
        return json(res, 200, { ok: true });
      }
      return send(res, 404, 'text/plain', 'Not found');
    } catch (e) {
      if (!res.headersSent) json(res, 500, { ok: false, error: String(e?.message ?? e) });
    }
  });

  const port = await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, hostName, () => resolve(server.address().port));
  });
  allowedHosts = new Set([`${hostName}:${port}`, `localhost:${port}`]);
  const url = `http://${hostName}:${port}/`;
  return {
    url,
    port,
    /** The add-on host: `.addOn` is loadAddOn()'s handle (emulator, serverCall…), `.reset()`, `.view()`. */
    host: addOnHost,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** `--now=2027-03-01T09:00` or `--now 2027-03-01T09:00`; the flag wins over PREVIEW_NOW. */
function flag(args, name) {
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  return args[at].includes('=') ? args[at].slice(args[at].indexOf('=') + 1) : args[at + 1];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const port = Number(process.env.PORT ?? 8080);
  const locale = process.env.PREVIEW_LOCALE;
  const userLocale = process.env.PREVIEW_USER_LOCALE;
  const now = flag(args, 'now') ?? process.env.PREVIEW_NOW;
  const timeZone = flag(args, 'tz') ?? process.env.PREVIEW_TZ;
  let preview;
  try {
    preview = await startPreview({ port, locale, userLocale, now, timeZone });
  } catch (e) {
    console.error(`npm start: ${e?.message ?? e}`);
    process.exit(1);
  }
  const view = preview.host.view();
  console.log(`Social Strategy preview: ${preview.url}`);
  console.log(`Now: ${view.now} (${preview.host.timeZone}), ${view.liveClock ? "the machine's clock" : 'pinned by PREVIEW_NOW'}.`);
  console.log('The real dist/Sidebar.html beside the emulated spreadsheet. Ctrl+C to stop.');
}
