//! `pizhu check`, and links followed through a site built under a sub-path.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;

use crate::common::{TestSite, ZH_ARTICLE};

/// Copy the repository's demo content into a fresh site.
fn demo_site() -> TestSite {
    let site = TestSite::new();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    for entry in walkdir::WalkDir::new(&repo)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
    {
        let rel = entry.path().strip_prefix(&repo).unwrap();
        site.bytes(
            &format!("content/{}", rel.display()),
            &std::fs::read(entry.path()).unwrap(),
        );
    }
    site
}

/// Build under a sub-path and follow every link and asset of every page to a file that
/// exists on disk (and every anchor to an id of that file).
#[test]
fn every_link_under_a_sub_path_leads_to_a_file() {
    let site = demo_site();
    site.file("site.yaml", "base_url: https://example.org/reports/\n");
    site.build(&[]);
    let out = site.root().join("public");
    let link = regex::Regex::new(r#"\s(?:href|src)="([^"]*)""#).unwrap();
    let mut followed = 0;
    for entry in walkdir::WalkDir::new(&out).into_iter().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = std::fs::read_to_string(path).unwrap();
        for caps in link.captures_iter(&html) {
            let url = html_escape::decode_html_entities(&caps[1]).into_owned();
            if url.starts_with("http") || url.starts_with("mailto:") {
                assert!(
                    !html.contains(&format!("src=\"{url}\"")),
                    "{}: loads {url} from another site",
                    path.display()
                );
                continue;
            }
            let (file_part, fragment) = url
                .split_once('#')
                .map_or((url.as_str(), None), |(p, f)| (p, Some(f)));
            let decoded = percent_encoding::percent_decode_str(file_part)
                .decode_utf8()
                .unwrap()
                .into_owned();
            let mut target = if let Some(abs) = decoded.strip_prefix("/reports/") {
                out.join(abs)
            } else if decoded.is_empty() {
                path.to_path_buf()
            } else {
                path.parent().unwrap().join(&decoded)
            };
            if target.is_dir() {
                target = target.join("index.html");
            }
            assert!(
                target.is_file(),
                "{}: `{url}` leads to nothing ({})",
                path.display(),
                target.display()
            );
            if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                let id = percent_encoding::percent_decode_str(fragment)
                    .decode_utf8()
                    .unwrap()
                    .into_owned();
                let text = std::fs::read_to_string(&target).unwrap();
                assert!(
                    text.contains(&format!(" id=\"{id}\"")),
                    "{}: `{url}`: no #{id}",
                    path.display()
                );
            }
            followed += 1;
        }
    }
    assert!(followed > 400, "{followed} links followed");
    let check = site.pizhu(&["check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(String::from_utf8_lossy(&check.stdout).contains(": 0 errors, 0 warnings"));
}

#[test]
fn check_reports_each_kind_of_fault() {
    let site = TestSite::new();
    site.file("content/rent.txt", ZH_ARTICLE)
        .file(
            "content/a.md",
            "---\ntitle: 甲\ndate: 2025-01-01\n---\n\n看[这里](../missing/)和[那段](../rent/#p99)。\n\n![图](../img/none.png)\n\n![远处的图](https://cdn.example.com/x.png)\n",
        )
        // A reading entry close to a page of the site, but dated a month away.
        .file("content/b.txt", "乙\n来源：测试 2025-03-01\n正文。\n相关阅读\n算力租赁价格一年腰斩了\n南岭日报 2025-04-20\n")
        .file("content/glossary.yaml", "- term: GPU\n  definition: 图形处理器。\n- term: 没人用\n  definition: 这个词不出现。\n");
    let out = site.pizhu(&["check"]);
    assert!(!out.status.success(), "errors make the exit code non-zero");
    let err = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "error: content/a.md: broken link `../missing/`: nothing at `missing/index.html`",
        "error: content/a.md: broken anchor `../rent/#p99`: `rent/index.html` has no `#p99`",
        "error: content/a.md: broken asset `../img/none.png`: nothing at `img/none.png`",
        "error: content/a.md: `https://cdn.example.com/x.png` is loaded from another site",
        "warning: content/b.txt:5: reading-list entry `算力租赁价格一年腰斩了` looks like the site's `算力租赁价格一年腰斩`",
        "warning: content/glossary.yaml:3: glossary entry `没人用` is used by no article",
    ] {
        assert!(err.contains(expected), "missing `{expected}` in:\n{err}");
    }
    assert!(!err.contains("GPU"), "a used entry is fine");
}

#[test]
fn external_links_are_asked_only_when_wanted() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        // Answer a bounded number of requests, then stop.
        for stream in listener.incoming().take(8) {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 1024];
            let n = stream.read(&mut buf).unwrap_or(0);
            let request = String::from_utf8_lossy(&buf[..n]);
            let status = if request.contains(" /ok ") {
                "200 OK"
            } else {
                "404 Not Found"
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
    });
    let site = TestSite::new();
    site.file("content/a.md", &format!("---\ntitle: 甲\n---\n\n[好](http://127.0.0.1:{port}/ok) 和 [坏](http://127.0.0.1:{port}/gone)。\n"));
    let quiet = site.pizhu(&["check"]);
    assert!(
        quiet.status.success(),
        "external links are not asked by default"
    );
    let out = site.pizhu(&["check", "--external"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "error: content/a.md: external link `http://127.0.0.1:{port}/gone`: answers 404"
        )),
        "{err}"
    );
    assert!(!err.contains("/ok`"), "{err}");
    drop(server);
}

#[test]
fn check_reports_orphans_and_duplicate_pages() {
    let site = TestSite::new();
    // A theme whose home page lists nothing: the article is linked from nowhere.
    site.file("content/lonely.md", "---\ntitle: 孤单\n---\n\n正文。\n")
        .file(
            "templates/index.html",
            "<!doctype html><html><body><h1>首页</h1><a href=\"pizhu.css\">css</a></body></html>",
        );
    let out = site.pizhu(&["check"]);
    assert!(
        out.status.success(),
        "warnings alone do not fail: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("warning: content/lonely.md: no page links to it"),
        "{err}"
    );
    // Two files writing one page stop the check with both named.
    site.file("content/lonely.txt", ZH_ARTICLE);
    let out = site.pizhu(&["check"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("content/lonely.txt: its page `lonely/` is also written by content/lonely.md"),
        "{err}"
    );
}
