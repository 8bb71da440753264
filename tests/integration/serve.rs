//! `pizhu serve`: a real server on a free loopback port, spoken to with raw HTTP/1.1 (so
//! that paths reach it exactly as written, `..` and all).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{snapshot, TestSite, ZH_ARTICLE};

/// A running `pizhu serve`, stopped when dropped.
pub struct Server {
    child: Child,
    pub addr: String,
}

impl Server {
    pub fn start(root: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_pizhu"))
            .args(["serve", "--port", "0", "--root"])
            .arg(root)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start pizhu serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the server says where it is");
        let addr = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        Server { child, addr }
    }

    /// Send a raw request for `target` (with these extra header lines); return status,
    /// headers (lower-cased names) and body.
    pub fn request(
        &self,
        method: &str,
        target: &str,
        headers: &[&str],
    ) -> (u16, Vec<(String, String)>, Vec<u8>) {
        let mut stream = TcpStream::connect(&self.addr).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let host = if headers
            .iter()
            .any(|h| h.to_ascii_lowercase().starts_with("host:"))
        {
            String::new()
        } else {
            format!("Host: {}\r\n", self.addr)
        };
        let extra: String = headers.iter().map(|h| format!("{h}\r\n")).collect();
        write!(
            stream,
            "{method} {target} HTTP/1.1\r\n{host}{extra}Connection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw);
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a response head");
        let head = String::from_utf8_lossy(&raw[..split]).to_string();
        let body = raw[split + 4..].to_vec();
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        (status, headers, body)
    }

    pub fn get(&self, target: &str) -> (u16, Vec<(String, String)>, Vec<u8>) {
        self.request("GET", target, &[])
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn preview_site() -> TestSite {
    let site = TestSite::new();
    site.file("content/rent.txt", ZH_ARTICLE)
        .file(
            "content/notes/guide.md",
            "---\ntitle: 指南\ndate: 2025-01-02\n---\n\n正文。\n",
        )
        .bytes("static/img/dot.png", b"\x89PNG\r\n\x1a\n")
        .file("static/fonts/a.woff2", "font")
        .file("static/data.json", "{}")
        .file("static/feed.xml", "<feed/>")
        .file("static/app.js", "1;");
    site
}

#[test]
fn pages_types_folders_404_and_head() {
    let site = preview_site();
    let server = Server::start(site.root());
    let (status, headers, body) = server.get("/");
    assert_eq!(status, 200);
    assert_eq!(
        header(&headers, "content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(header(&headers, "cache-control"), Some("no-store"));
    let html = String::from_utf8_lossy(&body);
    assert!(html.contains("算力租赁价格一年腰斩"));
    assert!(
        html.contains("<script src=\"/__pizhu/live.js\"></script></body>"),
        "live reload is injected"
    );
    for (path, kind) in [
        ("/pizhu.css", "text/css; charset=utf-8"),
        ("/pizhu.js", "text/javascript; charset=utf-8"),
        ("/img/dot.png", "image/png"),
        ("/fonts/a.woff2", "font/woff2"),
        ("/data.json", "application/json; charset=utf-8"),
        ("/feed.xml", "text/xml; charset=utf-8"),
        ("/rent/", "text/html; charset=utf-8"),
        ("/notes/guide/", "text/html; charset=utf-8"),
    ] {
        let (status, headers, _) = server.get(path);
        assert_eq!(
            (status, header(&headers, "content-type")),
            (200, Some(kind)),
            "{path}"
        );
    }
    let (status, headers, _) = server.get("/notes/guide");
    assert_eq!(status, 301);
    assert_eq!(header(&headers, "location"), Some("/notes/guide/"));
    let (status, _, body) = server.get("/no/such/page/");
    assert_eq!(status, 404);
    assert!(
        String::from_utf8_lossy(&body).contains("页面不存在"),
        "the site's own 404.html"
    );
    let (status, headers, body) = server.request("HEAD", "/rent/", &[]);
    assert_eq!(status, 200);
    assert!(body.is_empty());
    assert!(header(&headers, "content-length").is_some_and(|l| l.parse::<usize>().unwrap() > 1000));
    let (status, _, _) = server.request("POST", "/", &["Content-Length: 0"]);
    assert_eq!(status, 405);
}

#[test]
fn percent_encoded_chinese_paths() {
    let site = preview_site();
    site.file("content/中文 稿.txt", ZH_ARTICLE);
    let server = Server::start(site.root());
    let (status, _, body) = server.get("/%E4%B8%AD%E6%96%87%20%E7%A8%BF/");
    assert_eq!(status, 200);
    assert!(String::from_utf8_lossy(&body).contains("算力租赁价格一年腰斩"));
}

#[test]
fn no_request_leaves_the_site() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "TOP-SECRET-MARKER").unwrap();
    let site = preview_site();
    std::fs::copy(
        outside.path().join("secret.txt"),
        site.root().join("secret.txt"),
    )
    .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        outside.path().join("secret.txt"),
        site.root().join("static/leak.txt"),
    )
    .unwrap();
    let server = Server::start(site.root());
    let forms = [
        "/../secret.txt",
        "/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/img/..%2f..%2fsecret.txt",
        "/..\\secret.txt",
        "/%5c..%5csecret.txt",
        "/img/%5c%2e%2e%5c%2e%2e%5csecret.txt",
        "//secret.txt",
        "/secret.txt",
        "/leak.txt",
        "/C:/Windows/win.ini",
        "/%00/secret.txt",
        "/content/rent.txt",
        "/site.yaml",
    ];
    for form in forms {
        let (status, _, body) = server.get(form);
        assert!(matches!(status, 400 | 404), "{form}: {status}");
        let text = String::from_utf8_lossy(&body);
        assert!(
            !text.contains("TOP-SECRET-MARKER") && !text.contains("南岭日报 2025"),
            "{form} leaked"
        );
    }
}

#[test]
fn hosts_origins_and_no_cors() {
    let site = preview_site();
    let server = Server::start(site.root());
    let port = server.addr.rsplit(':').next().unwrap().to_string();
    let (status, _, _) = server.request("GET", "/", &["Host: evil.example"]);
    assert_eq!(status, 403, "DNS rebinding");
    let (status, _, _) = server.request("GET", "/", &[&format!("Host: evil.example:{port}")]);
    assert_eq!(status, 403);
    let (status, _, _) = server.request("GET", "/", &[&format!("Host: localhost:{port}")]);
    assert_eq!(status, 200);
    let (status, headers, _) =
        server.request("GET", "/__pizhu/live", &["Origin: https://evil.example"]);
    assert_eq!(status, 403, "live reload refuses other origins");
    assert!(header(&headers, "access-control-allow-origin").is_none());
    let (status, _, _) = server.request("GET", "/__pizhu/live", &["Origin: http://localhost:1"]);
    assert_eq!(status, 403, "another port is another origin");
    // Same origin: the event stream starts with the state of the build.
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    write!(
        stream,
        "GET /__pizhu/live HTTP/1.1\r\nHost: {}\r\nOrigin: http://{}\r\n\r\n",
        server.addr, server.addr
    )
    .unwrap();
    let mut buf = [0u8; 512];
    let n = stream.read(&mut buf).unwrap();
    let text = String::from_utf8_lossy(&buf[..n]);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(text.contains("text/event-stream"));
    assert!(!text
        .to_ascii_lowercase()
        .contains("access-control-allow-origin"));
}

/// Whether `path` shows `text` within three seconds. A file written in steps may be built
/// (and reloaded) more than once; the last build is what counts.
fn eventually_shows(server: &Server, path: &str, text: &str) -> bool {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(3) {
        if String::from_utf8_lossy(&server.get(path).2).contains(text) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// The live-reload stream of `server`, read with `timeout` per read, once it said hello.
fn live_events(server: &Server, timeout: Duration) -> TcpStream {
    let mut events = TcpStream::connect(&server.addr).unwrap();
    events.set_read_timeout(Some(timeout)).unwrap();
    write!(
        events,
        "GET /__pizhu/live HTTP/1.1\r\nHost: {}\r\n\r\n",
        server.addr
    )
    .unwrap();
    assert!(wait_for_event(&mut events, "event: hello", Duration::from_secs(3)).is_some());
    events
}

/// Read server-sent events from `stream` until `wanted` is seen or time runs out.
fn wait_for_event(stream: &mut TcpStream, wanted: &str, within: Duration) -> Option<String> {
    let started = Instant::now();
    let mut seen = String::new();
    let mut buf = [0u8; 4096];
    while started.elapsed() < within {
        match stream.read(&mut buf) {
            Ok(0) => return None,
            Ok(n) => {
                seen.push_str(&String::from_utf8_lossy(&buf[..n]));
                if let Some(at) = seen.find(wanted) {
                    return Some(seen[at..].to_string());
                }
            }
            Err(_) => {}
        }
    }
    None
}

#[test]
fn edits_reload_and_broken_files_keep_the_last_good_pages() {
    let site = preview_site();
    let before = snapshot(site.root());
    let server = Server::start(site.root());
    let mut events = live_events(&server, Duration::from_millis(200));

    site.file(
        "content/rent.txt",
        &ZH_ARTICLE.replace("算力租赁价格一年腰斩", "算力租赁价格又降了"),
    );
    assert!(
        wait_for_event(&mut events, "event: reload", Duration::from_secs(3)).is_some(),
        "a save reloads open pages"
    );
    assert!(eventually_shows(&server, "/rent/", "算力租赁价格又降了"));

    site.file("content/notes/guide.md", "---\ntitle: [broken\n---\n");
    let failed = wait_for_event(&mut events, "event: failed", Duration::from_secs(3))
        .expect("the error reaches the page");
    assert!(
        failed.contains("content/notes/guide.md:2:8: title: invalid type"),
        "{failed}"
    );
    let (status, _, body) = server.get("/notes/guide/");
    assert_eq!(status, 200, "the last good page is still served");
    assert!(String::from_utf8_lossy(&body).contains("指南"));

    site.file(
        "content/notes/guide.md",
        "---\ntitle: 指南（修好了）\n---\n\n正文。\n",
    );
    assert!(
        wait_for_event(&mut events, "event: reload", Duration::from_secs(3)).is_some(),
        "fixed: reload"
    );
    assert!(eventually_shows(&server, "/notes/guide/", "指南（修好了）"));

    // Nothing was written into the site folder (only the files this test edited changed).
    let after: Vec<String> = snapshot(site.root()).into_iter().map(|(p, _)| p).collect();
    let before: Vec<String> = before.into_iter().map(|(p, _)| p).collect();
    assert_eq!(after, before);
    assert!(!site.root().join("public").exists());
}

/// An editor (or a busy machine) may pause between truncating a file and writing it: the
/// empty file in between is not built and served as if it were the article.
#[test]
fn a_save_paused_after_truncating_builds_only_the_written_file() {
    let site = preview_site();
    let server = Server::start(site.root());
    let mut events = live_events(&server, Duration::from_millis(50));

    let file = site.root().join("content/notes/guide.md");
    let mut handle = std::fs::File::create(&file).unwrap();
    assert!(
        wait_for_event(&mut events, "event: reload", Duration::from_millis(300)).is_none(),
        "an empty file in the middle of a save was built"
    );
    handle
        .write_all("---\ntitle: 指南（写完了）\n---\n\n正文。\n".as_bytes())
        .unwrap();
    drop(handle);
    assert!(
        wait_for_event(&mut events, "event: reload", Duration::from_secs(3)).is_some(),
        "the written file reloads"
    );
    assert!(eventually_shows(&server, "/notes/guide/", "指南（写完了）"));
}

#[test]
fn ctrl_c_stops_it_cleanly() {
    let site = preview_site();
    let mut server = Server::start(site.root());
    let status = Command::new("kill")
        .args(["-INT", &server.pid().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let started = Instant::now();
    loop {
        if let Some(exit) = server.child.try_wait().unwrap() {
            assert!(exit.success(), "{exit:?}");
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "still running after Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Hundreds of concurrent connections for a few seconds on loopback: no error, and the
/// server's memory stays steady.
#[test]
fn load_check() {
    let site = preview_site();
    let server = Server::start(site.root());
    let rss = |pid: u32| -> u64 {
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmRSS:"))
                    .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
            })
            .unwrap_or(0)
    };
    // Warm up, then measure.
    for _ in 0..50 {
        server.get("/rent/");
    }
    let before = rss(server.pid());
    let deadline = Instant::now() + Duration::from_secs(3);
    let addr = server.addr.clone();
    let workers: Vec<_> = (0..200)
        .map(|i| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let paths = ["/", "/rent/", "/pizhu.css", "/notes/guide/", "/nope"];
                let (mut ok, mut bad) = (0u32, 0u32);
                while Instant::now() < deadline {
                    let path = paths[(i + ok as usize) % paths.len()];
                    let result = (|| -> std::io::Result<bool> {
                        let mut s = TcpStream::connect(&addr)?;
                        s.set_read_timeout(Some(Duration::from_secs(5)))?;
                        write!(
                            s,
                            "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
                        )?;
                        let mut buf = Vec::new();
                        s.read_to_end(&mut buf)?;
                        Ok(buf.starts_with(b"HTTP/1.1 200") || buf.starts_with(b"HTTP/1.1 404"))
                    })();
                    match result {
                        Ok(true) => ok += 1,
                        _ => bad += 1,
                    }
                }
                (ok, bad)
            })
        })
        .collect();
    let (mut ok, mut bad) = (0, 0);
    for w in workers {
        let (o, b) = w.join().unwrap();
        ok += o;
        bad += b;
    }
    let after = rss(server.pid());
    println!("load check: {ok} requests from 200 connections in 3 s, {bad} errors; RSS {before} kB → {after} kB");
    assert_eq!(bad, 0);
    assert!(ok > 1000, "{ok}");
    assert!(
        after < before + 64 * 1024,
        "memory grew from {before} kB to {after} kB"
    );
}

/// The preview's rebuilds reuse cached work; after any kind of edit their output must be
/// byte-identical to a fresh build of the same files.
#[test]
fn cached_rebuilds_equal_fresh_builds() {
    use pizhu::build::{build_in_memory, BuildCache};
    use pizhu::write::OutputFile;
    let site = preview_site();
    site.file(
        "content/cites.md",
        "---\ntitle: 引用者\ndate: 2025-03-01\nrelated:\n  - title: 指南\n---\n\n算力很贵。\n",
    );
    site.file(
        "content/notes/deep/_index.md",
        "---\ntitle: 深度旧题\n---\n",
    );
    site.file(
        "content/notes/deep/piece.md",
        "---\ntitle: 一篇深度\ndate: 2025-01-03\n---\n\n正文。\n",
    );
    let load = pizhu::LoadOptions {
        drafts: false,
        base_url: Some("http://127.0.0.1:1/".into()),
    };
    let bytes = |files: Vec<OutputFile>| -> Vec<(String, Vec<u8>)> {
        files
            .into_iter()
            .map(|f| match f {
                OutputFile::Bytes { path, bytes } => (path, bytes.as_ref().clone()),
                OutputFile::Copy { path, source } => (path, std::fs::read(source).unwrap()),
            })
            .collect()
    };
    let mut cache = BuildCache::default();
    build_in_memory(site.root(), &load, &mut cache).unwrap();
    let edits: [(&str, &str); 6] = [
        (
            "content/rent.txt",
            &ZH_ARTICLE.replace("供给增加是主要原因", "需求回落也是原因"),
        ),
        (
            "content/notes/guide.md",
            "---\ntitle: 写作指南（新）\ndate: 2025-01-02\n---\n\n正文。\n",
        ),
        (
            "content/glossary.yaml",
            "- term: 算力\n  definition: 本站的新定义。\n",
        ),
        ("content/people.yaml", "- name: 陈立\n  role: 平台负责人\n"),
        // A nested section's title reaches its articles' pages.
        (
            "content/notes/deep/_index.md",
            "---\ntitle: 深度新题\n---\n",
        ),
        (
            "templates/article.html",
            "<main>{{ page.title }}{{ page.content | safe }}</main>",
        ),
    ];
    for (file, text) in edits {
        // File times have a coarse grain on some disks: make sure the change is seen.
        std::thread::sleep(Duration::from_millis(20));
        site.file(file, text);
        let cached = bytes(build_in_memory(site.root(), &load, &mut cache).unwrap().0);
        let fresh = bytes(
            build_in_memory(site.root(), &load, &mut BuildCache::default())
                .unwrap()
                .0,
        );
        assert_eq!(cached.len(), fresh.len(), "after editing {file}");
        if file.ends_with("_index.md") {
            let page = cached
                .iter()
                .find(|(path, _)| path == "notes/deep/piece/index.html")
                .expect("the nested article's page");
            assert!(String::from_utf8_lossy(&page.1).contains("深度新题"));
        }
        for (c, f) in cached.iter().zip(&fresh) {
            assert_eq!(c.0, f.0);
            assert!(
                c.1 == f.1,
                "after editing {file}, {} differs from a fresh build",
                c.0
            );
        }
    }
}
