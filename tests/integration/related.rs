//! Reading lists linked to the site, cited-by links, related articles and the reading index.

use std::path::Path;
use std::process::Command;

use crate::common::{shared_file, snapshot, TestSite, ZH_ARTICLE};

#[test]
fn the_seeds_reading_list_links_to_the_sites_own_page() {
    let Some(seed) = shared_file("corpus/seed.txt") else {
        return;
    };
    let site = TestSite::new();
    site.bytes("content/seed.txt", &std::fs::read(&seed).unwrap())
        // The same title with full-width punctuation, as another outlet would write it.
        .file("content/search.md", "---\ntitle: OpenAI入局AI搜索了，这一次能颠覆传统搜索引擎吗？\ndate: 2024-11-01\nsource: 第一财经\n---\n\nOpenAI推出了搜索功能。\n")
        // A close title (one word dropped) dated a day later.
        .file("content/kimi.md", "---\ntitle: 月之暗面杨植麟：提升深度推理能力是AI产品下一个重点\ndate: 2024-11-19\n---\n\n杨植麟谈推理。\n")
        // A near miss: another model, same day.
        .file("content/o1.md", "---\ntitle: 很强也很贵!OpenAI12天12场直播收官,官宣最新推理模型o1\ndate: 2024-12-21\n---\n\n不是o3。\n");
    site.build(&[]);
    let page = site.output("seed/index.html");
    assert!(page.contains("<li class=\"reading-entry on-site\" data-related=\"OpenAI入局AI搜索了,这一次能颠覆传统搜索引擎吗?\"><a href=\"../search/\">"), "{page}");
    assert!(page.contains("data-related=\"月之暗面杨植麟:提升深度推理能力是AI产品的下一个重点\"><a href=\"../kimi/\">"));
    assert!(page.contains("<li class=\"reading-entry\" data-related=\"很强也很贵!OpenAI12天12场直播收官,官宣最新推理模型o3\"><cite>"), "o3 is not o1");
    assert_eq!(page.matches("class=\"reading-entry").count(), 8);
    assert!(page.contains("<span class=\"source\">澎湃新闻</span>"));
    // The page the seed lists shows who cites it.
    let search = site.output("search/index.html");
    assert!(search.contains("<h2 id=\"cited-by-title\">被以下文章引用</h2>"));
    assert!(search.contains("<a href=\"../seed/\">从“造锤子”到“找钉子”,大模型这一年走慢了吗?</a>"));
    // The site's reading index lists each entry once, newest first, by month.
    let index = site.output("related/index.html");
    assert_eq!(index.matches("class=\"index-entry\"").count(), 8);
    let dec = crate::common::position(&index, ">2024-12</h2>");
    let nov = crate::common::position(&index, ">2024-11</h2>");
    let oct = crate::common::position(&index, ">2024-10</h2>");
    assert!(dec < nov && nov < oct);
    assert!(index.contains("<a href=\"../search/\" class=\"on-site\">"));
    // inspect --site gives matched entries the page's address.
    let out = site.pizhu(&["inspect", "--json", "--site", ".", "content/seed.txt"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["related"][6]["url"], "/search/");
    assert_eq!(json["related"][5]["url"], "/kimi/");
    assert_eq!(json["related"][0]["url"], serde_json::Value::Null);
}

#[test]
fn most_cited_heads_the_reading_index() {
    let site = TestSite::new();
    site.file("content/a.txt", ZH_ARTICLE)
        .file(
            "content/b.txt",
            &ZH_ARTICLE.replace("算力租赁价格一年腰斩", "算力租赁的下半场"),
        )
        .file(
            "content/c.md",
            "---\ntitle: 开源模型这一年\ndate: 2025-01-15\n---\n\n正文。\n",
        );
    site.build(&[]);
    let index = site.output("related/index.html");
    let head = crate::common::position(&index, "id=\"most-cited-title\"");
    let first_month = crate::common::position(&index, "class=\"index-month\"");
    assert!(head < first_month);
    let most = &index[head..first_month];
    assert!(most.contains("推理模型走红，多想几秒值多少钱？"), "{most}");
    assert!(most.contains("<a href=\"../c/\" class=\"on-site\">开源模型这一年</a>"));
    assert!(
        most.contains("<a href=\"../a/\">算力租赁价格一年腰斩</a>")
            && most.contains("<a href=\"../b/\">算力租赁的下半场</a>")
    );
    let c = site.output("c/index.html");
    assert!(
        c.matches("<li><a href=\"../").count() >= 2,
        "c is cited by a and b"
    );
}

/// A corpus made by `../shared/bench/gen_corpus.py`: reading lists that name generated
/// pages link to them; every article has at most five related articles, never itself; the
/// lists are the same on every build.
#[test]
fn a_generated_corpus_links_up_deterministically() {
    let Some(generator) = shared_file("bench/gen_corpus.py") else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let status = Command::new("python3")
        .arg(&generator)
        .args(["--n", "150", "--seed", "3", "--format", "md", "--out"])
        .arg(work.path())
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .status()
        .expect("python3 runs the generator");
    assert!(status.success());
    let root = work.path();
    let one = root.join("one");
    let two = root.join("two");
    for out in [&one, &two] {
        let build =
            crate::common::pizhu_in(root, &["build", "-q", "--output", out.to_str().unwrap()]);
        assert!(
            build.status.success(),
            "{}",
            String::from_utf8_lossy(&build.stderr)
        );
    }
    assert_eq!(snapshot(&one), snapshot(&two), "byte-identical builds");
    let mut linked = 0;
    let mut with_see_also = 0;
    for n in 1..=150 {
        let name = format!("{n:05}");
        let page = std::fs::read_to_string(one.join(format!("posts/{name}/index.html"))).unwrap();
        let see_also = page.matches("data-see-also=").count();
        assert!(see_also <= 5, "{name}: {see_also}");
        assert!(
            !page.contains(&format!("data-see-also=\"posts/{name}/\"")),
            "{name} is not related to itself"
        );
        with_see_also += usize::from(see_also > 0);
        linked += page.matches("reading-entry on-site").count();
    }
    assert!(
        with_see_also > 140,
        "most articles have related articles: {with_see_also}"
    );
    assert!(
        linked > 50,
        "reading lists naming generated pages link to them: {linked}"
    );
}
