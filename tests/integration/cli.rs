//! The command line: `init`, `inspect`, and the build summary.

use crate::common::{pizhu_in, TestSite, ZH_ARTICLE};

#[test]
fn init_makes_a_site_that_builds() {
    let dir = tempfile::tempdir().unwrap();
    let out = pizhu_in(dir.path(), &["init", "blog"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let root = dir.path().join("blog");
    let config = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    for key in [
        "title",
        "description",
        "base_url",
        "language",
        "output_dir",
        "markdown",
        "raw_html",
        "glossary",
        "builtin",
        "mark",
        "show_unused",
        "related",
        "limit",
        "threshold",
        "paginate_by",
        "slug",
    ] {
        assert!(
            config.contains(&format!("# {key}:")) || config.contains(&format!("#   {key}:")),
            "{key} is documented"
        );
    }
    let build = pizhu_in(&root, &["build"]);
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    assert!(root.join("public/hello/index.html").is_file());
    assert!(root.join("public/hello-markdown/index.html").is_file());
    let raw = std::fs::read_to_string(root.join("public/hello/index.html")).unwrap();
    assert!(raw.contains("<h2 id=\"短行是小标题\">短行是小标题</h2>"));
    assert!(raw.contains("示例编辑"));

    let again = pizhu_in(dir.path(), &["init", "blog"]);
    assert!(!again.status.success());
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(err.contains("site.yaml: already exists"), "{err}");
}

#[test]
fn inspect_prints_json_with_stable_keys() {
    let site = TestSite::new();
    site.file("content/a.txt", ZH_ARTICLE);
    let out = site.pizhu(&["inspect", "content/a.txt", "--json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["title"], "算力租赁价格一年腰斩");
    assert_eq!(json["source"], "南岭日报");
    assert_eq!(json["date"], "2025-02-14T10:20");
    assert_eq!(json["editor"], "周明");
    assert_eq!(json["headings"], serde_json::json!(["价格为什么降了"]));
    assert_eq!(json["paragraphs"], 4);
    assert_eq!(
        json["related"][0],
        serde_json::json!({"title": "推理模型走红，多想几秒值多少钱？", "source": "科创观察", "date": "2025-02-18", "url": null})
    );
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    for key in [
        "title",
        "source",
        "date",
        "editor",
        "headings",
        "paragraphs",
        "related",
    ] {
        assert!(keys.iter().any(|k| *k == key), "{key}");
    }
}

#[test]
fn inspect_reads_markdown_and_reports_errors() {
    let site = TestSite::new();
    site.file(
        "content/m.md",
        "---\ntitle: 笔记\ndate: 2025-01-02T08:00:00+08:00\nrelated:\n  - title: 另一篇\n    source: 某报\n    date: 2025-01-01\n    url: https://example.com/a\n---\n\n一。\n\n## 二\n\n三。\n",
    );
    let out = site.pizhu(&["inspect", "--json", "content/m.md"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["date"], "2025-01-02T08:00");
    assert_eq!(json["paragraphs"], 2);
    assert_eq!(json["related"][0]["url"], "https://example.com/a");

    let text = site.pizhu(&["inspect", "content/m.md"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("title       笔记"), "{text}");
    assert!(
        text.contains("  1. 另一篇 — 某报, 2025-01-01, https://example.com/a"),
        "{text}"
    );

    site.file("content/bad.md", "---\ntitle: [x\n---\n");
    let out = site.pizhu(&["inspect", "content/bad.md"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim(),
        "error: content/bad.md:2:8: title: invalid type: sequence, expected a string"
    );
    let missing = site.pizhu(&["inspect", "content/none.txt"]);
    let err = String::from_utf8_lossy(&missing.stderr);
    assert!(
        err.starts_with("error: content/none.txt: No such file"),
        "{err}"
    );
}

#[test]
fn quiet_prints_nothing_and_the_summary_line_counts_pages() {
    let site = TestSite::new();
    site.file("content/a.txt", ZH_ARTICLE);
    let out = site.pizhu(&["build", "-q"]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    let loud = site.build(&[]);
    assert_eq!(loud.lines().count(), 1, "{loud}");
    assert!(
        loud.starts_with("Built 12 pages from 1 articles into ./public in "),
        "{loud}"
    );
}

#[test]
fn bad_base_url_flag_is_an_error() {
    let site = TestSite::new();
    site.file("content/a.txt", ZH_ARTICLE);
    let err = site.build_fails(&["--base-url", "not a url"]);
    assert_eq!(err.trim(), "error: --base-url: base_url `not a url` must be an http(s) URL or a path starting with `/`");
}

#[test]
fn new_names_articles_by_the_sites_rule() {
    let site = TestSite::new();
    let out = site.pizhu(&["new", "大模型 Scaling Law 的新一年"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let made = site.root().join("content/大模型-scaling-law-的新一年.md");
    let text = std::fs::read_to_string(&made).unwrap();
    assert!(
        text.starts_with("---\ntitle: \"大模型 Scaling Law 的新一年\"\ndate: "),
        "{text}"
    );
    assert!(text.contains("draft: true"));
    // The same title again is never overwritten.
    assert!(site
        .pizhu(&["new", "大模型 Scaling Law 的新一年"])
        .status
        .success());
    assert!(site
        .root()
        .join("content/大模型-scaling-law-的新一年-2.md")
        .is_file());
    site.file("site.yaml", "slug: pinyin\n");
    assert!(site
        .pizhu(&["new", "推理模型", "--section", "analysis"])
        .status
        .success());
    assert!(site
        .root()
        .join("content/analysis/tui-li-mo-xing.md")
        .is_file());
    // The drafts build with --drafts, at percent-encoded addresses.
    site.build(&["--drafts"]);
    assert!(site.has_output("大模型-scaling-law-的新一年/index.html"));
    assert!(site.output("index.html").contains(
        "href=\"%E5%A4%A7%E6%A8%A1%E5%9E%8B-scaling-law-%E7%9A%84%E6%96%B0%E4%B8%80%E5%B9%B4/\""
    ));
    site.file("site.yaml", "slug: date\n");
    let out = site.pizhu(&["new", "随便"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("content/20"), "{said}");
}

/// Every option `pizhu init` documents in `site.yaml` is a real one: uncommented as written,
/// the file loads.
#[test]
fn init_documents_only_real_options() {
    let dir = tempfile::tempdir().unwrap();
    assert!(pizhu_in(dir.path(), &["init", "s"]).status.success());
    let root = dir.path().join("s");
    let text = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    let option = regex::Regex::new(r"^#( *[a-z_]+:.*)$").unwrap();
    let uncommented: Vec<String> = text
        .lines()
        .filter_map(|l| {
            option
                .captures(l)
                .map(|c| c[1].strip_prefix(' ').unwrap_or(&c[1]).to_string())
        })
        .collect();
    assert!(uncommented.len() > 20, "{uncommented:?}");
    std::fs::write(root.join("site.yaml"), uncommented.join("\n")).unwrap();
    let config = pizhu::config::Config::load(&root)
        .unwrap_or_else(|e| panic!("{e}\n{}", uncommented.join("\n")));
    assert_eq!(config.title, "pizhu");
    assert_eq!(config.paginate_by, 20);
    assert!(pizhu_in(&root, &["build", "-q"]).status.success());
}

#[test]
fn inspect_explains_how_each_speaker_was_found() {
    let site = TestSite::new();
    site.file(
        "content/a.txt",
        &format!("{ZH_ARTICLE}\n").replace(
            "需求并没有减少，只是买方更理性了。",
            "需求并没有减少。他认为买方更理性了。",
        ),
    );
    let out = site.pizhu(&["inspect", "--explain", "content/a.txt"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("how speakers were found"), "{text}");
    assert!(text.contains("«陈立» ← X表示"), "{text}");
    assert!(text.contains("«他» ← 他/She"), "{text}");
    let json = site.pizhu(&["inspect", "--json", "content/a.txt"]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let mention = &json["speakers"][0]["mentions"][0];
    assert!(
        mention["frame"]
            .as_str()
            .is_some_and(|f| f.starts_with("X表示")),
        "{json}"
    );
}
