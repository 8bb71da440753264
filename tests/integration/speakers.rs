//! Speakers: the labelled set (precision and recall), the seed, and the built pages.

use std::collections::BTreeSet;
use std::path::Path;

use pizhu::config::MarkdownConfig;

use crate::common::{shared_file, TestSite};

/// The annotation tools with the built-in glossary and no registry.
struct Tools(pizhu::annotate::Tools);

impl Tools {
    fn new() -> Tools {
        let glossary = pizhu::load::glossary::from_sources(true, None).unwrap();
        Tools(pizhu::annotate::Tools::new(&glossary, &[]))
    }

    /// The speakers of a body, as the annotate stage finds them.
    fn detect(&self, body: &str, lang: pizhu::Lang) -> pizhu::annotate::Speakers {
        let text = pizhu::load::body::text(body, &MarkdownConfig::default());
        self.0.detector().detect(&text.paragraphs, lang)
    }
}

/// Counts for precision and recall, and the misses to print.
#[derive(Default)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    fields_right: usize,
    fields_all: usize,
    misses: Vec<String>,
}

impl Score {
    fn compare(
        &mut self,
        what: &str,
        expected: &[(String, Option<String>, Option<String>)],
        got: &[GotSpeaker],
    ) {
        let matches = |e: &str, g: &(String, Option<String>, Option<String>, Vec<String>)| {
            g.0 == e || g.3.iter().any(|a| a == e)
        };
        for e in expected {
            match got.iter().find(|g| matches(&e.0, g)) {
                Some(g) => {
                    self.tp += 1;
                    self.fields_all += 2;
                    self.fields_right += usize::from(g.1 == e.1) + usize::from(g.2 == e.2);
                    if g.1 != e.1 || g.2 != e.2 {
                        self.misses.push(format!(
                            "{what}: {} org/role {:?}/{:?}, expected {:?}/{:?}",
                            e.0, g.1, g.2, e.1, e.2
                        ));
                    }
                }
                None => {
                    self.fn_ += 1;
                    self.misses.push(format!("{what}: missed {}", e.0));
                }
            }
        }
        for g in got {
            if !expected.iter().any(|e| matches(&e.0, g)) {
                self.fp += 1;
                self.misses.push(format!("{what}: wrongly found {}", g.0));
            }
        }
    }

    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }

    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
}

fn lang_of(code: &str) -> pizhu::Lang {
    if code == "en" {
        pizhu::Lang::En
    } else {
        pizhu::Lang::Zh
    }
}

fn text(v: &serde_json::Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

/// Name, organisation, role and aliases of a detected speaker.
type GotSpeaker = (String, Option<String>, Option<String>, Vec<String>);
type Got = Vec<GotSpeaker>;

/// Name, organisation and role of each labelled speaker.
fn expected_speakers(list: &serde_json::Value) -> Vec<(String, Option<String>, Option<String>)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_string(),
                text(&s["org"]),
                text(&s["role"]),
            )
        })
        .collect()
}

fn got_of(found: &pizhu::annotate::Speakers) -> Got {
    found
        .named
        .iter()
        .map(|s| {
            (
                s.name.clone(),
                s.org.clone(),
                s.role.clone(),
                s.aliases.clone(),
            )
        })
        .collect()
}

/// The labelled set written for this project (tests/fixtures/speakers): named speakers must
/// be found with precision and recall of at least 0.95.
#[test]
fn labelled_set_precision_and_recall() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/speakers");
    let tools = Tools::new();
    let mut named = Score::default();
    let mut unnamed = Score::default();
    let sentences: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("sentences.json")).unwrap())
            .unwrap();
    let sentences = sentences.as_array().unwrap();
    assert!(sentences.len() >= 60);
    for (i, item) in sentences.iter().enumerate() {
        let body = item["text"].as_str().unwrap();
        // One paragraph of plain text: escape it as a raw article would be.
        let md = pizhu::load::raw_text::to_markdown(&[pizhu::load::raw_text::RawBlock::Paragraph(
            body.to_string(),
        )]);
        let found = tools.detect(&md, lang_of(item["lang"].as_str().unwrap()));
        let expected = expected_speakers(&item["speakers"]);
        named.compare(&format!("sentence {i}"), &expected, &got_of(&found));
        let expected_unnamed: Vec<_> = item["unnamed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d.as_str().unwrap().to_string(), None, None))
            .collect();
        let got_unnamed: Got = found
            .unnamed
            .iter()
            .map(|u| (u.description.clone(), None, None, Vec::new()))
            .collect();
        unnamed.compare(&format!("sentence {i}"), &expected_unnamed, &got_unnamed);
    }
    let mut paragraphs_right = 0usize;
    let mut paragraphs_all = 0usize;
    let mut articles: Vec<_> = std::fs::read_dir(dir.join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    articles.sort();
    assert!(articles.len() >= 6);
    for path in &articles {
        let article = pizhu::load::load_file(path, pizhu::Lang::Zh).unwrap();
        let found = tools.detect(&article.body, article.meta.lang);
        let expect: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(path.with_extension("expect.json")).unwrap(),
        )
        .unwrap();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let expected = expected_speakers(&expect["speakers"]);
        named.compare(&name, &expected, &got_of(&found));
        for s in expect["speakers"].as_array().unwrap() {
            let want: BTreeSet<u64> = s["paragraphs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p.as_u64().unwrap())
                .collect();
            let got: BTreeSet<u64> = found
                .named
                .iter()
                .find(|g| g.name == s["name"].as_str().unwrap())
                .map(|g| g.paragraphs.iter().map(|&p| p as u64).collect())
                .unwrap_or_default();
            paragraphs_all += want.len();
            paragraphs_right += want.intersection(&got).count();
            if want != got {
                named.misses.push(format!(
                    "{name}: {} paragraphs {got:?}, expected {want:?}",
                    s["name"]
                ));
            }
        }
        let expected_unnamed: Vec<_> = expect["unnamed_sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| (u["description"].as_str().unwrap().to_string(), None, None))
            .collect();
        let got_unnamed: Got = found
            .unnamed
            .iter()
            .map(|u| (u.description.clone(), None, None, Vec::new()))
            .collect();
        unnamed.compare(&name, &expected_unnamed, &got_unnamed);
    }
    for m in named.misses.iter().chain(unnamed.misses.iter()) {
        println!("  {m}");
    }
    println!(
        "named speakers: precision {:.3}, recall {:.3} ({} found right, {} wrong, {} missed); organisation and role right {}/{}; speaking paragraphs found {}/{}",
        named.precision(), named.recall(), named.tp, named.fp, named.fn_, named.fields_right, named.fields_all, paragraphs_right, paragraphs_all
    );
    println!(
        "unnamed sources: precision {:.3}, recall {:.3}",
        unnamed.precision(),
        unnamed.recall()
    );
    assert!(
        named.precision() >= 0.95,
        "precision {:.3} under 0.95",
        named.precision()
    );
    assert!(
        named.recall() >= 0.95,
        "recall {:.3} under 0.95",
        named.recall()
    );
}

/// The seed article: all eleven named speakers with organisation and role, no one else.
#[test]
fn seed_speakers() {
    let Some(seed) = shared_file("corpus/seed.txt") else {
        return;
    };
    let out = crate::common::pizhu_in(
        Path::new("."),
        &["inspect", "--json", seed.to_str().unwrap()],
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let got: Vec<(String, String, String)> = json["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().into(),
                s["org"].as_str().unwrap_or("-").into(),
                s["role"].as_str().unwrap_or("-").into(),
            )
        })
        .collect();
    let want = [
        ("高雪峰", "枫清科技", "创始人"),
        ("伊利亚·苏茨克维尔", "OpenAI", "前首席科学家"),
        ("李扬", "跬智信息", "联合创始人兼CTO"),
        ("达里奥·阿莫迪", "Anthropic", "创始人"),
        ("朱啸虎", "金沙江创投", "主管合伙人"),
        ("刘华", "MiniMax", "副总裁"),
        ("陈冉", "OpenCSG", "创始人"),
        ("张维璇", "瑞银证券", "中国科技软件分析师"),
        ("杨植麟", "月之暗面", "创始人"),
        ("陈恺", "上海人工智能实验室", "青年科学家"),
        ("周鸿祎", "360集团", "创始人"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);
    let ilya = &json["speakers"][1];
    assert_eq!(ilya["aliases"], serde_json::json!(["Ilya Sutskever"]));
    for mentioned in ["马斯克", "伽利略", "樊宏伟", "黄仁勋", "朱光"] {
        assert!(
            !json["speakers"].to_string().contains(mentioned),
            "{mentioned} only is mentioned"
        );
    }
    let unnamed: Vec<&str> = json["unnamed_sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["description"].as_str().unwrap())
        .collect();
    assert!(unnamed.contains(&"大模型开发人员"), "{unnamed:?}");
    // 杨植麟 speaks in paragraph 40 through `他引用…伽利略的一句话表示`.
    assert!(json["speakers"][8]["paragraphs"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!(40)));
}

const ZH_SPEAKERS: &str = "\
开源模型的新一年
新知财经  2025/01/15

墨砚科技创始人林照川表示，开源模型的差距正在缩小。

一位不愿具名的行业人士透露，部分厂商已经暂停了闭源计划。

“模型本身会变成基础设施。”林照川说。

马斯克旗下的公司也在开源模型上投入。

编辑/沈知夏
";

#[test]
fn the_sidebar_lists_speakers_and_marks_their_passages() {
    let site = TestSite::new();
    site.file("content/open.txt", ZH_SPEAKERS);
    site.build(&[]);
    let page = site.output("open/index.html");
    assert!(
        page.contains("<aside class=\"sidebar speakers\" aria-labelledby=\"speakers-title\">"),
        "{page}"
    );
    assert_eq!(
        page.matches("data-speaker=").count(),
        1,
        "one named speaker"
    );
    assert!(page.contains("<li class=\"speaker\" data-speaker=\"林照川\" data-speaker-ref=\"s1\">"));
    assert!(page.contains("<a class=\"speaker-name\" href=\"../speakers/#林照川\">林照川</a>"));
    assert!(page.contains(
        "<span class=\"speaker-org\">墨砚科技</span><span class=\"speaker-role\">创始人</span>"
    ));
    assert!(page.contains("<a href=\"#p1\""));
    assert!(page.contains("<a href=\"#p3\""));
    assert!(page.contains("<li class=\"unnamed-source\" data-speaker-ref=\"u1\">"));
    assert!(page.contains("不愿具名的行业人士"));
    // The passages are marked in the text, and the sidebar entry highlights them.
    assert!(page.contains("<p id=\"p1\" class=\"speech\" data-speaks=\"s1\">"));
    assert!(page.contains("<p id=\"p2\" class=\"speech\" data-speaks=\"u1\">"));
    assert!(page.contains("<p id=\"p4\">"), "马斯克 is only mentioned");
    assert!(page.contains(".article:has([data-speaker-ref=\"s1\"]:is(:hover, :focus-within)) .speech[data-speaks~=\"s1\"]"));
    // The speakers page has an anchor per person and links back.
    let people = site.output("speakers/index.html");
    assert!(people.contains("<div class=\"person\" id=\"林照川\">"));
    assert!(people.contains("href=\"../open/#p3\""));
    assert!(!people.contains("马斯克"));
}

#[test]
fn the_registry_fixes_roles_and_hides_people() {
    let site = TestSite::new();
    site.file("content/open.txt", ZH_SPEAKERS).file(
        "content/people.yaml",
        "- name: 林照川\n  aliases: [Lin Zhaochuan]\n  role: 创始人兼首席执行官\n  bio: 墨砚科技的创始人。\n  link: https://example.com/lin\n",
    );
    site.build(&[]);
    let page = site.output("open/index.html");
    assert!(
        page.contains("<span class=\"speaker-role\">创始人兼首席执行官</span>"),
        "{page}"
    );
    let people = site.output("speakers/index.html");
    assert!(people.contains("墨砚科技的创始人。"));
    assert!(people.contains("https://example.com/lin"));

    site.file("content/people.yaml", "- name: 林照川\n  speaker: false\n");
    site.build(&[]);
    let page = site.output("open/index.html");
    assert_eq!(page.matches("data-speaker=").count(), 0);
    assert!(
        page.contains("data-speaker-ref=\"u1\""),
        "the unnamed source stays"
    );

    site.file("content/people.yaml", "- name: 林照川\n  speaker: maybe\n");
    let err = site.build_fails(&[]);
    assert!(
        err.contains("content/people.yaml:2:12: speaker: invalid type"),
        "{err}"
    );
}

#[test]
fn english_speakers_in_a_built_page() {
    let site = TestSite::new();
    site.file("content/en.txt", crate::common::EN_ARTICLE);
    site.build(&[]);
    let page = site.output("en/index.html");
    assert!(page.contains("data-speaker=\"Mira Okafor\""), "{page}");
    assert!(page.contains("<span class=\"speaker-org\">Northwind Compute</span><span class=\"speaker-role\">chief technology officer</span>"));
    assert!(page.contains("<h2 id=\"speakers-title\">Who speaks</h2>"));
}

/// A press release read from raw text: its `About Sonoco` line is a heading, not a
/// paragraph, and still names the company its officers speak for.
#[test]
fn a_release_about_heading_names_the_company_of_its_officers() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("release.txt");
    std::fs::write(
        &path,
        "Sonoco Declares Regular Quarterly Dividend\n\
         Source: GlobeNewswire, 2025-02-12\n\n\
         The Board of Directors of Sonoco has declared a dividend of $0.52 per share, to be paid on March 10.\n\n\
         According to Howard Coker, President and Chief Executive Officer, this is the 399th consecutive quarter of dividends.\n\n\
         About Sonoco\n\n\
         Founded in 1899, Sonoco is a global provider of packaging products with operations in many countries.\n",
    )
    .expect("the release is written");
    let article = pizhu::load::load_file(&path, pizhu::Lang::En).expect("the release loads");
    let glossary = pizhu::load::glossary::from_sources(true, None).unwrap();
    let tools = pizhu::annotate::Tools::new(&glossary, &[]);
    let notes =
        pizhu::annotate::annotate_article(&article, &pizhu::config::Config::default(), &tools);
    assert!(
        notes.text.headings.iter().any(|h| h.text == "About Sonoco"),
        "`About Sonoco` is read as a heading: {:?}",
        notes.text.headings
    );
    let found: Vec<(String, Option<String>)> = notes
        .speakers
        .named
        .iter()
        .map(|s| (s.name.clone(), s.org.clone()))
        .collect();
    assert_eq!(
        found,
        [("Howard Coker".to_string(), Some("Sonoco".to_string()))]
    );
}
