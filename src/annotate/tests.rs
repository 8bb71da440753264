//! The annotate stage on its own: records for the seed, the fixtures and a small site,
//! checked without rendering anything.

use std::path::{Path, PathBuf};

use super::*;
use crate::config::Config;
use crate::load::body::Place;
use crate::model::Article;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn builtin_tools() -> Tools {
    let glossary = crate::load::glossary::from_sources(true, None).expect("built-in glossary");
    Tools::new(&glossary, &[])
}

/// `../shared/corpus/seed.txt`, when it is there (under `CI=true` it must be).
fn seed() -> Option<Article> {
    let path = repo().join("../shared/corpus/seed.txt");
    if !path.is_file() {
        assert!(
            std::env::var("CI").map_or(true, |v| v != "true"),
            "{} is missing, and CI=true requires it",
            path.display()
        );
        eprintln!("skipped: {} is not here", path.display());
        return None;
    }
    Some(crate::load::load_file(&path, crate::model::Lang::Zh).expect("the seed loads"))
}

/// Every record's span holds what the record says it does.
fn assert_spans_hold(notes: &ArticleNotes, tools: &Tools) {
    for hit in &notes.terms {
        let run = &notes.text.runs[hit.run];
        let container = notes.text.container(run.place);
        assert!(
            run.start <= hit.start && hit.end <= run.end,
            "{hit:?} outside {run:?}"
        );
        let found = &container[hit.start..hit.end];
        assert_eq!(
            tools.glossary.lookup(found),
            Some(hit.entry),
            "`{found}` is not a spelling of entry {}",
            hit.entry
        );
        match run.place {
            Place::Paragraph(p) => assert_eq!(hit.paragraph, Some(p)),
            Place::Loose(_) => assert_eq!(hit.paragraph, None),
        }
    }
    for s in &notes.speakers.named {
        assert!(!s.mentions.is_empty(), "{} has no mention", s.name);
        for m in &s.mentions {
            let said = &notes.text.paragraphs[m.paragraph][m.start..m.end];
            assert!(
                s.answers_to(said) || ["他", "她", "He", "She", "he", "she"].contains(&said),
                "{said} does not name {}",
                s.name
            );
            assert!(s.paragraphs.contains(&m.paragraph), "{s:?}");
        }
    }
}

#[test]
fn the_seed_annotated_as_data() {
    let Some(article) = seed() else { return };
    let tools = builtin_tools();
    let notes = annotate_article(&article, &Config::default(), &tools);
    assert_eq!(notes.text.paragraphs.len(), 66);
    // A raw article's paragraphs are plain text: one run each, the whole paragraph.
    assert_eq!(notes.text.runs.len(), 66);
    assert!(notes.text.loose.is_empty());
    let headings: Vec<&str> = notes
        .text
        .headings
        .iter()
        .map(|h| h.text.as_str())
        .collect();
    assert_eq!(headings, ["大模型慢了吗", "范式变了", "今年“找钉子”"]);
    // The card's terms, each marked once, where the text has them.
    for term in ["Token", "Sora", "o1", "Scaling Law", "AGI"] {
        let entry = tools.glossary.lookup(term).expect(term);
        let hits: Vec<&TermHit> = notes.terms.iter().filter(|h| h.entry == entry).collect();
        assert!(!hits.is_empty(), "{term} not found");
        assert_eq!(hits.iter().filter(|h| h.marked).count(), 1, "{term}");
        assert!(hits[0].marked, "the first {term} is the marked one");
    }
    assert_spans_hold(&notes, &tools);
    let names: Vec<&str> = notes
        .speakers
        .named
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names.len(), 11, "{names:?}");
    assert_eq!(names[0], "高雪峰");
    let gao = &notes.speakers.named[0];
    assert_eq!(gao.org.as_deref(), Some("枫清科技"));
    assert_eq!(gao.role.as_deref(), Some("创始人"));
    assert!(
        notes.keywords.contains(&("推理模型".to_string(), 10)),
        "{:?}",
        notes.keywords
    );
    assert!(
        notes.summary.starts_with("大模型这一年有哪些关键词?"),
        "{}",
        notes.summary
    );
    assert!(notes.length.count() > 5000);
}

#[test]
fn fixtures_annotated_as_data() {
    let dir = repo().join("tests/fixtures/speakers/articles");
    let tools = builtin_tools();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("speaker fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 9);
    for file in files {
        let article = crate::load::load_file(&file, crate::model::Lang::Zh).expect("loads");
        let notes = annotate_article(&article, &Config::default(), &tools);
        assert_spans_hold(&notes, &tools);
        let expect: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(file.with_extension("expect.json")).expect("expectation"),
        )
        .expect("expectation is JSON");
        let want: Vec<(&str, Vec<u64>)> = expect["speakers"]
            .as_array()
            .expect("speakers")
            .iter()
            .map(|s| {
                let paragraphs = s["paragraphs"].as_array().expect("paragraphs");
                (
                    s["name"].as_str().expect("name"),
                    paragraphs
                        .iter()
                        .map(|p| p.as_u64().expect("index"))
                        .collect(),
                )
            })
            .collect();
        // Every expected speaker is found, in the paragraphs the labels give.
        for (name, paragraphs) in want {
            let found = notes
                .speakers
                .named
                .iter()
                .find(|s| s.answers_to(name))
                .unwrap_or_else(|| panic!("{}: {name} not found", file.display()));
            for p in paragraphs {
                assert!(
                    found.paragraphs.contains(&(p as usize)),
                    "{}: {name} speaks in paragraph {p}: {found:?}",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn terms_in_markdown_keep_to_running_text() {
    let tools = builtin_tools();
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("t.md");
    std::fs::write(
        &file,
        "---\ntitle: T\n---\n\n## Token 与 Sora\n\n每个 *Token* 都计费，[Sora](x) 不算，`AGI` 也不算。\n\n- 列表里的 AGI\n- 另一项\n",
    )
    .expect("write");
    let article = crate::load::load_file(&file, crate::model::Lang::Zh).expect("parses");
    let notes = annotate_article(&article, &Config::default(), &tools);
    assert_spans_hold(&notes, &tools);
    let found: Vec<(&str, Option<usize>)> = notes
        .terms
        .iter()
        .map(|h| {
            let run = &notes.text.runs[h.run];
            (
                &notes.text.container(run.place)[h.start..h.end],
                h.paragraph,
            )
        })
        .collect();
    // Not in the heading, the link or the code; the list item is loose text.
    assert_eq!(found, [("Token", Some(0)), ("AGI", None)]);
}

#[test]
fn the_site_wide_records() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let content = dir.path().join("content");
    std::fs::create_dir(&content).expect("content folder");
    std::fs::write(
        content.join("a.txt"),
        "推理模型走红\n科创观察 2025-02-18\n\n推理模型让Token消耗大增。\n\n某公司首席执行官陈立表示，推理模型是方向。\n",
    )
    .expect("write");
    std::fs::write(
        content.join("b.txt"),
        "算力租赁价格一年腰斩\n南岭日报 2025-02-20 10:20\n\n推理模型需要更多算力。\n\n陈立表示，价格还会降。\n\n相关阅读\n推理模型走红\n科创观察 2025-02-18\n",
    )
    .expect("write");
    let site = Site::load(dir.path(), &crate::load::site::LoadOptions::default()).expect("loads");
    let notes = annotate(&site, &Tools::for_site(&site));
    let at = |path: &str| {
        site.articles
            .iter()
            .position(|a| a.path == path)
            .expect(path)
    };
    let (a, b) = (at("a"), at("b"));
    assert_eq!(notes.site.order, [b, a], "newest first");
    assert_eq!(notes.site.reading[b], [Some(a)]);
    assert_eq!(notes.site.cited_by[a], [b]);
    assert_eq!(notes.site.see_also[a].first().map(|s| s.0), Some(b));
    let entry = Tools::for_site(&site)
        .glossary
        .lookup("推理模型")
        .expect("a term");
    assert_eq!(notes.site.term_uses[entry], [b, a]);
    let chen = notes
        .site
        .people
        .iter()
        .find(|p| p.name == "陈立")
        .expect("陈立 is indexed");
    assert_eq!(chen.quoted.iter().map(|q| q.0).collect::<Vec<_>>(), [b, a]);
    assert_eq!(chen.role.as_deref(), Some("首席执行官"));
    assert_eq!(notes.site.reading_index.len(), 1);
    assert_eq!(notes.site.reading_index[0].page, Some(a));
}
