//! A tiny static file server for the demo: `/dist/...` from dist/, `/e2e/...` from
//! tests/e2e/pages/, everything else from www/. Correct MIME types (wasm must be
//! `application/wasm` for streaming compilation) and the strict CSP header on `csp.html`.
//!
//! The end-to-end runner has its own server in tests/e2e/server.mjs with the same routes,
//! so `node tests/e2e/run.mjs` works without cargo.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result};

/// The policy the strict-CSP demo page is served under (also in its `<meta>` tag).
pub const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

/// Serves until killed.
pub fn serve(root: &Path, port: u16) -> Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", port))
        .with_context(|| format!("binding 127.0.0.1:{port}"))?;
    let base = format!("http://127.0.0.1:{port}");
    println!("\nDefuse demo:");
    println!("  {base}/                the help desk demo");
    println!("  {base}/csp.html        the same under a strict Content-Security-Policy");
    println!("  {base}/bench.html      in-browser benchmark");
    println!("  {base}/e2e/...         end-to-end test pages");
    println!("Ctrl-C to stop.");
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let root = root.to_path_buf();
        std::thread::spawn(move || {
            // A broken connection only affects that request.
            let _ = respond(&root, stream);
        });
    }
    Ok(())
}

fn respond(root: &Path, mut stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; nothing in them matters to a static server.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let url = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let (status, mime, body, csp) = match resolve(root, path).and_then(|f| {
        let body = std::fs::read(&f).ok()?;
        Some((f, body))
    }) {
        Some((file, body)) => {
            let csp = file.file_name().is_some_and(|n| n == "csp.html");
            ("200 OK", mime(&file), body, csp)
        }
        None => ("404 Not Found", "text/plain", b"not found".to_vec(), false),
    };
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {mime}\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nConnection: close\r\n",
        body.len()
    );
    if csp {
        head.push_str(&format!("Content-Security-Policy: {STRICT_CSP}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(&body)?;
    stream.flush()
}

/// Maps a URL path to a file, refusing anything that climbs out of its folder.
fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let path = path.trim_start_matches('/');
    let (dir, rest) = if let Some(rest) = path.strip_prefix("dist/") {
        ("dist", rest)
    } else if let Some(rest) = path.strip_prefix("e2e/") {
        ("tests/e2e/pages", rest)
    } else {
        ("www", path)
    };
    let rest = if rest.is_empty() || rest.ends_with('/') {
        format!("{rest}index.html")
    } else {
        rest.to_string()
    };
    let rel = Path::new(&rest);
    if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
        return None;
    }
    let file = root.join(dir).join(rel);
    file.is_file().then_some(file)
}

fn mime(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("ts") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_climb_out_are_refused() {
        let root = crate::workspace_root();
        assert_eq!(resolve(&root, "/../Cargo.toml"), None);
        assert_eq!(resolve(&root, "/dist/../Cargo.toml"), None);
        assert_eq!(resolve(&root, "/e2e/%2e%2e/x"), None);
    }

    #[test]
    fn wasm_is_served_as_application_wasm() {
        assert_eq!(
            mime(Path::new("dist/defuse_web_bg.wasm")),
            "application/wasm"
        );
        assert_eq!(
            mime(Path::new("www/index.html")),
            "text/html; charset=utf-8"
        );
    }
}
