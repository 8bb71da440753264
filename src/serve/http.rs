//! HTTP for the preview server (axum): pages from memory, the live-reload channel, and the
//! checks that keep it safe.

use std::convert::Infallible;
use std::sync::Arc;

use axum::body::Body as HttpBody;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::Router;
use futures_util::stream::{self, Stream, StreamExt};

use super::{Body, Notice, Shared};

/// The live-reload channel and its script.
const LIVE: &str = "/__pizhu/live";
const LIVE_JS: &str = "/__pizhu/live.js";
const LIVE_SCRIPT: &str = include_str!("live.js");

pub fn router(shared: Arc<Shared>) -> Router {
    Router::new().fallback(handle).with_state(shared)
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    method: Method,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    if !host_allowed(&shared, &headers) {
        return plain(
            StatusCode::FORBIDDEN,
            "forbidden: this preview answers only to its own address\n",
        );
    }
    if method != Method::GET && method != Method::HEAD {
        let mut r = plain(StatusCode::METHOD_NOT_ALLOWED, "method not allowed\n");
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    let head = method == Method::HEAD;
    match uri.path() {
        LIVE => {
            if !origin_allowed(&shared, &headers) {
                return plain(StatusCode::FORBIDDEN, "forbidden: another origin\n");
            }
            live(shared).await.into_response()
        }
        LIVE_JS => respond(
            StatusCode::OK,
            "text/javascript; charset=utf-8",
            LIVE_SCRIPT.as_bytes().to_vec(),
            head,
        ),
        path => page(&shared, path, head).await,
    }
}

/// The request's path as a file of the build: percent-decoded, with `index.html` for
/// folders. Anything that tries to leave the site is refused.
pub fn resolve(path: &str) -> Result<String, StatusCode> {
    let decoded = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .map_err(|_| StatusCode::BAD_REQUEST)?;
    if decoded.contains('\\') || decoded.contains('\0') || !decoded.starts_with('/') {
        return Err(StatusCode::BAD_REQUEST);
    }
    let rel = decoded.trim_start_matches('/');
    if rel
        .split('/')
        .any(|s| s == ".." || s == "." || s.contains(':'))
    {
        return Err(StatusCode::BAD_REQUEST);
    }
    Ok(if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    })
}

async fn page(shared: &Shared, path: &str, head: bool) -> Response {
    let file = match resolve(path) {
        Ok(f) => f,
        Err(status) => return plain(status, "bad request\n"),
    };
    let (found, folder, not_found, empty) = {
        let pages = shared.pages.read().unwrap_or_else(|e| e.into_inner());
        (
            pages.files.get(&file).cloned(),
            pages.files.contains_key(&format!("{file}/index.html")),
            pages.files.get("404.html").cloned(),
            pages.files.is_empty(),
        )
    };
    if let Some(body) = found {
        return match read(body).await {
            Ok(bytes) => respond(StatusCode::OK, &content_type(&file), bytes, head),
            Err(_) => plain(StatusCode::NOT_FOUND, "not found\n"),
        };
    }
    if folder {
        let mut r = plain(StatusCode::MOVED_PERMANENTLY, "moved\n");
        if let Ok(location) = HeaderValue::from_str(&format!("{path}/")) {
            r.headers_mut().insert(header::LOCATION, location);
        }
        return r;
    }
    if empty {
        // The first build failed: a page for the overlay to stand on.
        let html = b"<!doctype html><html><head><meta charset=\"utf-8\"><title>pizhu</title></head><body></body></html>".to_vec();
        return respond(
            StatusCode::SERVICE_UNAVAILABLE,
            "text/html; charset=utf-8",
            html,
            head,
        );
    }
    match not_found {
        Some(body) => match read(body).await {
            Ok(bytes) => respond(
                StatusCode::NOT_FOUND,
                "text/html; charset=utf-8",
                bytes,
                head,
            ),
            Err(_) => plain(StatusCode::NOT_FOUND, "not found\n"),
        },
        None => plain(StatusCode::NOT_FOUND, "not found\n"),
    }
}

async fn read(body: Body) -> std::io::Result<Vec<u8>> {
    match body {
        Body::Bytes(bytes) => Ok(bytes.as_ref().clone()),
        Body::File(path) => tokio::fs::read(path).await,
    }
}

fn content_type(file: &str) -> String {
    let mime = mime_guess::from_path(file).first_or_octet_stream();
    let text = mime.type_() == mime_guess::mime::TEXT
        || matches!(
            mime.subtype().as_str(),
            "javascript" | "json" | "xml" | "svg"
        );
    if text {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    }
}

/// A response that is never cached; HTML gets the live-reload script.
fn respond(status: StatusCode, content_type: &str, mut bytes: Vec<u8>, head: bool) -> Response {
    if content_type.starts_with("text/html") {
        bytes = inject(bytes);
    }
    let length = bytes.len();
    let body = if head {
        HttpBody::empty()
    } else {
        HttpBody::from(bytes)
    };
    let mut r = Response::new(body);
    *r.status_mut() = status;
    let h = r.headers_mut();
    if let Ok(v) = HeaderValue::from_str(content_type) {
        h.insert(header::CONTENT_TYPE, v);
    }
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    r
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    respond(
        status,
        "text/plain; charset=utf-8",
        text.as_bytes().to_vec(),
        false,
    )
}

/// Put the live-reload script before `</body>` (or at the end).
fn inject(mut html: Vec<u8>) -> Vec<u8> {
    let tag = format!("<script src=\"{LIVE_JS}\"></script>");
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    html.splice(at..at, tag.bytes());
    html
}

/// Server-sent events: the state now (`hello`), then every reload or failure.
async fn live(shared: Arc<Shared>) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let hello = {
        let pages = shared.pages.read().unwrap_or_else(|e| e.into_inner());
        serde_json::json!({"version": pages.version, "error": pages.error}).to_string()
    };
    let first = stream::once(async move { Ok(Event::default().event("hello").data(hello)) });
    let notices = stream::unfold(shared.notices.subscribe(), |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(n) => return Some((n, rx)),
                // A slow page missed some notices: the next one is what counts.
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    let rest = notices.filter_map(|n| async move {
        match n {
            Notice::Reload(version) => Some(Ok(Event::default()
                .event("reload")
                .data(version.to_string()))),
            Notice::Failed(message) => Some(Ok(Event::default()
                .event("failed")
                .data(serde_json::json!({"message": message}).to_string()))),
        }
    });
    Sse::new(first.chain(rest)).keep_alive(KeepAlive::default())
}

/// The host name of a `Host` or `Origin` value (`localhost:1111` → `localhost`).
fn host_name(value: &str) -> &str {
    let value = value.split_once("://").map_or(value, |(_, rest)| rest);
    let value = value.split('/').next().unwrap_or_default();
    if value.starts_with('[') {
        return value
            .split_once(']')
            .map_or(value, |(h, _)| &value[..h.len() + 1]);
    }
    value.rsplit_once(':').map_or(value, |(h, _)| h)
}

fn name_allowed(shared: &Shared, name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    shared.hosts.contains(&name)
        || (shared.any_ip
            && name
                .trim_matches(['[', ']'])
                .parse::<std::net::IpAddr>()
                .is_ok())
}

fn host_allowed(shared: &Shared, headers: &HeaderMap) -> bool {
    match headers.get(header::HOST).and_then(|v| v.to_str().ok()) {
        Some(host) => name_allowed(shared, host_name(host)),
        None => false,
    }
}

fn origin_allowed(shared: &Shared, headers: &HeaderMap) -> bool {
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        None => true,
        Some(origin) => {
            let port_ok = origin
                .rsplit_once(':')
                .and_then(|(_, p)| p.parse::<u16>().ok())
                == Some(shared.port);
            port_ok && name_allowed(shared, host_name(origin))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_inside_the_site() {
        assert_eq!(resolve("/").unwrap(), "index.html");
        assert_eq!(resolve("/seed/").unwrap(), "seed/index.html");
        assert_eq!(resolve("/%E4%B8%AD%E6%96%87/").unwrap(), "中文/index.html");
        assert_eq!(resolve("/pizhu.css").unwrap(), "pizhu.css");
        for bad in [
            "/../etc/passwd",
            "/a/../../b",
            "/%2e%2e/x",
            "/%2E%2E%2Fx",
            "/a%5c..%5cb",
            "/a\\b",
            "/./x",
            "/C:/x",
            "/%00",
            "/%ff",
        ] {
            assert!(resolve(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn host_names() {
        assert_eq!(host_name("localhost:1111"), "localhost");
        assert_eq!(host_name("[::1]:1111"), "[::1]");
        assert_eq!(host_name("http://127.0.0.1:1111"), "127.0.0.1");
        assert_eq!(host_name("evil.example"), "evil.example");
    }

    #[test]
    fn the_script_goes_before_the_body_ends() {
        let html = inject(b"<html><body><p>x</p></body></html>".to_vec());
        assert_eq!(
            String::from_utf8(html).unwrap(),
            "<html><body><p>x</p><script src=\"/__pizhu/live.js\"></script></body></html>"
        );
    }
}
