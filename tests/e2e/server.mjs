// A tiny static server for the end-to-end tests, on 127.0.0.1 and a free port. Same routes
// as `cargo xtask serve`: /dist/* from dist/, /e2e/* from tests/e2e/pages/, the rest from
// www/; application/wasm for wasm; the strict CSP header on csp.html. One more, for the
// tests only: /e2e-tools/axe.min.js is axe-core, so a test can add it to a page as a
// same-origin script (which a strict CSP allows, unlike an inline one).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
};

function resolve(root, urlPath) {
  let path = decodeURIComponent(urlPath.split(/[?#]/)[0]).replace(/^\/+/, "");
  let dir = "www";
  if (path.startsWith("dist/")) {
    dir = "dist";
    path = path.slice("dist/".length);
  } else if (path.startsWith("e2e/")) {
    dir = join("tests", "e2e", "pages");
    path = path.slice("e2e/".length);
  }
  if (path === "e2e-tools/axe.min.js") {
    return join(root, "node_modules", "axe-core", "axe.min.js");
  }
  if (path === "" || path.endsWith("/")) path += "index.html";
  const base = join(root, dir);
  const file = normalize(join(base, path));
  return file.startsWith(base + sep) ? file : null;
}

/** Starts the server; resolves to { url, close }. */
export function startServer(root) {
  const server = createServer(async (req, res) => {
    const file = resolve(root, req.url || "/");
    try {
      if (!file) throw new Error("outside the served folders");
      const body = await readFile(file);
      const headers = {
        "Content-Type": MIME[extname(file)] || "application/octet-stream",
        "Cache-Control": "no-store",
      };
      if (file.endsWith(`${sep}csp.html`)) headers["Content-Security-Policy"] = STRICT_CSP;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
    }
  });
  return new Promise((resolveStart, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolveStart({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
