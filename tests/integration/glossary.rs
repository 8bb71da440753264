//! Glossary tooltips in built pages, the glossary page, and the glossary tools.

use crate::common::{TestSite, ZH_ARTICLE};

const GLOSSARY: &str = "\
- term: Token
  aliases: [词元]
  definition:
    zh: 模型读写文本的**基本单位**。
    en: The unit of text a model reads.
- term: 推理模型
  definition: 先想后答的模型。
- term: Sora
  definition: 视频生成模型 <img src=x onerror=alert(1)>。
";

const ARTICLE: &str = "---\ntitle: 术语测试\ndate: 2025-01-01\n---\n\n\
## Token 与推理模型\n\n\
第一段提到Token和推理模型。\n\n\
第二段又提到Token，还有`Token`代码和[Token链接](https://example.com)。\n\n\
![Sora截图](a.png)\n\n\
```\nToken in code\n```\n\n\
第三段提到Sora和词元。\n";

fn glossary_site(config: &str) -> TestSite {
    let site = TestSite::new();
    site.file("content/glossary.yaml", GLOSSARY)
        .file("content/terms.md", ARTICLE)
        .file(
            "site.yaml",
            &format!("glossary:\n  builtin: false\n{config}"),
        );
    site
}

#[test]
fn terms_are_marked_once_and_only_in_running_text() {
    let site = glossary_site("");
    site.build(&[]);
    let page = site.output("terms/index.html");
    // Headings, inline code, links, image text and code blocks are left alone.
    assert!(
        page.contains("<h2 id=\"token-与推理模型\">Token 与推理模型</h2>"),
        "{page}"
    );
    assert!(page.contains("<code>Token</code>"));
    assert!(page.contains(">Token链接</a>"));
    assert!(page.contains("alt=\"Sora截图\""));
    assert!(page.contains("Token in code\n</code></pre>"));
    // First occurrence of each term, in order: Token (p1), 推理模型 (p1), Sora (p3);
    // 词元 is Token again, so it is not marked.
    assert_eq!(page.matches("data-term=").count(), 3);
    assert!(page.contains("<p id=\"p1\">第一段提到<span class=\"term-wrap\"><a class=\"term\" href=\"../glossary/#token\" data-term=\"Token\" aria-describedby=\"term-tip-1\">Token</a><span class=\"term-tip\" role=\"tooltip\" id=\"term-tip-1\"><b class=\"term-tip-name\">Token</b> 模型读写文本的<strong>基本单位</strong>。</span></span>和<span class=\"term-wrap\"><a class=\"term\" href=\"../glossary/#推理模型\" data-term=\"推理模型\""));
    assert!(page.contains("<p id=\"p2\">第二段又提到Token，"));
    assert!(page.contains("data-term=\"Sora\""));
    assert!(page.contains("词元。</p>"));
    // A definition cannot inject markup.
    assert!(!page.contains("<img src=x"));
    assert!(!page.contains("onerror"));
    // Every aria-describedby names a tooltip on the page.
    for id in ["term-tip-1", "term-tip-2"] {
        assert!(
            page.contains(&format!("role=\"tooltip\" id=\"{id}\"")),
            "{id}"
        );
    }
}

#[test]
fn mark_all_marks_every_occurrence() {
    let site = glossary_site("  mark: all\n");
    site.build(&[]);
    let page = site.output("terms/index.html");
    // Token (p1, p2), 推理模型 (p1), Sora (p3), 词元 (p3).
    assert_eq!(page.matches("data-term=").count(), 5);
    assert_eq!(page.matches("data-term=\"Token\"").count(), 3);
}

#[test]
fn the_definition_follows_the_article_language() {
    let site = glossary_site("");
    site.file(
        "content/en.txt",
        "Tokens again\nMarch 8, 2025\nEvery Token costs money now.\n",
    );
    site.build(&[]);
    let page = site.output("en/index.html");
    assert!(
        page.contains(
            "<b class=\"term-tip-name\">Token</b> The unit of text a model reads.</span>"
        ),
        "{page}"
    );
}

#[test]
fn the_glossary_page_links_back_to_paragraphs() {
    let site = glossary_site("");
    site.file("content/rent.txt", ZH_ARTICLE)
        .file("content/glossary.yaml", &format!("{GLOSSARY}- term: GPU\n  definition: 图形处理器。\n- term: 没人用的词\n  definition: 未被使用。\n"));
    site.build(&[]);
    let page = site.output("glossary/index.html");
    assert!(page.contains("<div class=\"glossary-entry\" id=\"token\">"));
    assert!(page.contains("<dfn>Token</dfn>"));
    assert!(page.contains("<span class=\"alias\">词元</span>"));
    assert!(page.contains("href=\"../terms/#p1\""));
    // Token is also in p2 and, as 词元, in p4 (p3 is the image's paragraph).
    assert!(page.contains("href=\"../terms/#p2\""));
    assert!(page.contains("href=\"../terms/#p4\""));
    assert!(
        page.contains("href=\"../rent/#p1\""),
        "GPU in the raw article's first paragraph"
    );
    assert!(
        !page.contains("没人用的词"),
        "unused terms are hidden by default"
    );

    site.file(
        "site.yaml",
        "glossary:\n  builtin: false\n  show_unused: true\n",
    );
    site.build(&[]);
    let page = site.output("glossary/index.html");
    let unused_heading = crate::common::position(&page, "尚未在文章中出现的术语");
    assert!(crate::common::position(&page, "没人用的词") > unused_heading);
    assert!(crate::common::position(&page, "<dfn>Token</dfn>") < unused_heading);
}

#[test]
fn the_builtin_glossary_is_on_by_default_and_the_site_overrides_it() {
    let site = TestSite::new();
    site.file("content/a.txt", ZH_ARTICLE).file(
        "content/glossary.yaml",
        "- term: GPU\n  definition: 本站自己的定义。\n",
    );
    site.build(&[]);
    let page = site.output("a/index.html");
    assert!(page.contains("<b class=\"term-tip-name\">GPU</b> 本站自己的定义。"));
    assert!(
        page.contains("data-term=\"算力\""),
        "built-in terms are marked too"
    );
    site.file("site.yaml", "glossary:\n  builtin: false\n");
    site.build(&[]);
    assert!(!site.output("a/index.html").contains("data-term=\"算力\""));
}

#[test]
fn a_bad_glossary_names_file_and_line() {
    let site = TestSite::new();
    site.file("content/a.txt", ZH_ARTICLE)
        .file(
            "content/glossary.yaml",
            "- term: A\n  definition: x\n- term: B\n  definition: \"\"\n",
        )
        .file("content/b.md", "---\ntitel: x\n---\n");
    let err = site.build_fails(&[]);
    assert!(
        err.contains("  content/glossary.yaml:3: `B` has an empty definition"),
        "{err}"
    );
    assert!(
        err.contains("  content/b.md:2:1: unknown field `titel`"),
        "{err}"
    );
}

#[test]
fn inspect_reports_terms_with_their_paragraphs() {
    let site = glossary_site("");
    let out = site.pizhu(&[
        "inspect",
        "--json",
        "--no-builtin",
        "--glossary",
        "content/glossary.yaml",
        "content/terms.md",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let terms: Vec<serde_json::Value> = json["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| serde_json::json!({"term": t["term"], "paragraphs": t["paragraphs"]}))
        .collect();
    assert_eq!(
        terms,
        [
            serde_json::json!({"term": "Token", "paragraphs": [0, 1, 3]}),
            serde_json::json!({"term": "推理模型", "paragraphs": [0]}),
            serde_json::json!({"term": "Sora", "paragraphs": [3]}),
        ]
    );
    // Each occurrence with its span: only the first of a term is marked.
    let hits = json["terms"][0]["hits"].as_array().unwrap();
    assert!(hits.len() >= 3, "{hits:?}");
    assert_eq!(hits[0]["paragraph"], 0);
    assert!(hits[0]["text"]
        .as_str()
        .unwrap()
        .eq_ignore_ascii_case("token"));
    assert_eq!(hits[0]["marked"], true);
    assert!(hits[1..].iter().all(|h| h["marked"] == false), "{hits:?}");
    for h in hits {
        assert_eq!(
            h["end"].as_u64().unwrap() - h["start"].as_u64().unwrap(),
            h["text"].as_str().unwrap().len() as u64
        );
    }
    // With the built-in glossary only, the card's terms are found by their canonical names.
    site.file("content/seed-like.txt", "标题\n来源：测试 2025-01-01\n每个Token都要计费，用强化学习，o1和GPT-o1都是推理模型，Scaling Law(尺度定律)与AGI。\n");
    let out = site.pizhu(&["inspect", "--json", "content/seed-like.txt"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let terms: Vec<&str> = json["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["term"].as_str().unwrap())
        .collect();
    for term in ["Token", "强化学习", "o1", "推理模型", "Scaling Law", "AGI"] {
        assert!(terms.contains(&term), "{term} in {terms:?}");
    }
}

#[test]
fn suggest_prints_yaml_ready_to_paste() {
    let site = TestSite::new();
    site.file("content/a.txt", "标题\n来源：测试 2025-01-01\n在Scaling Law(尺度定律)之外，业界开始谈论Sparse Autoencoder(稀疏自编码器)。\nSparse Autoencoder又被用来解释模型。\n");
    let out = site.pizhu(&["glossary", "suggest", "content"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let yaml = String::from_utf8_lossy(&out.stdout);
    assert!(
        yaml.contains(
            "- term: \"Sparse Autoencoder\"\n  aliases: [\"稀疏自编码器\"]\n  definition: \"\"\n"
        ),
        "{yaml}"
    );
    assert!(yaml.contains("# 3×, glossed in parentheses: 在Scaling Law(尺度定律)之外，业界开始谈论Sparse Autoencoder(稀疏自编码器)。"), "{yaml}");
    assert!(
        !yaml.contains("\"Scaling Law\""),
        "the built-in glossary has it"
    );
    let out = site.pizhu(&["glossary", "suggest", "--no-builtin", "content/a.txt"]);
    let yaml = String::from_utf8_lossy(&out.stdout);
    assert!(
        yaml.contains("- term: \"Scaling Law\"\n  aliases: [\"尺度定律\"]"),
        "{yaml}"
    );
}
