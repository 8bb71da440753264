//! Building whole sites: pages, lists, theme, static files, drafts, and the output folder.

use crate::common::{position, snapshot, TestSite, EN_ARTICLE, ZH_ARTICLE};

fn mixed_site() -> TestSite {
    let site = TestSite::new();
    site.file("content/rent.txt", ZH_ARTICLE)
        .file("content/english/inference.txt", EN_ARTICLE)
        .file("content/english/_index.md", "---\ntitle: English desk\ndescription: Stories in English.\n---\n")
        .file(
            "content/notes/guide.md",
            "---\ntitle: 写作指南\ndate: 2025-01-02\ntags: [指南, pizhu]\n---\n\n第一段，**加粗**。\n\n## 第二节 {#part-two}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n注释[^1]。\n\n[^1]: 脚注内容。\n",
        );
    site
}

#[test]
fn raw_and_markdown_articles_become_pages() {
    let site = mixed_site();
    site.build(&[]);

    let zh = site.output("rent/index.html");
    assert!(zh.contains("<html lang=\"zh\">"));
    assert!(zh.contains("<h1>算力租赁价格一年腰斩</h1>"));
    assert!(zh.contains("南岭日报"));
    assert!(zh.contains("<time datetime=\"2025-02-14T10:20\">2025-02-14 10:20</time>"));
    assert!(zh.contains("<p id=\"p1\">去年此时，一张高端<span class=\"term-wrap\"><a class=\"term\" href=\"../glossary/#gpu\" data-term=\"GPU\""));
    assert!(zh.contains("<h2 id=\"价格为什么降了\">价格为什么降了</h2>"));
    assert!(
        zh.contains(
            "<p id=\"p4\" class=\"speech\" data-speaks=\"s1\">某<span class=\"term-wrap\">"
        ),
        "{zh}"
    );
    assert!(zh.contains("平台负责人陈立表示"));
    assert!(
        !zh.contains("id=\"p5\""),
        "editor line, reading list and comments are not paragraphs"
    );
    assert!(zh.contains("周明"));
    assert!(zh.contains("data-related=\"推理模型走红，多想几秒值多少钱？\""));
    assert!(zh.contains("科创观察"));
    assert!(!zh.contains("网友甲"));
    assert!(zh.contains("href=\"../pizhu.css\""));

    let en = site.output("english/inference/index.html");
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("<p id=\"p2\" class=\"speech\" data-speaks=\"s1\">\"We cut our bill in half,\" said Mira Okafor"));
    assert!(en.contains("<h2 id=\"what-changed\">What changed</h2>"));
    assert!(en.contains("Jane Roe"));
    // 9 + 15 + 10 words in paragraphs and 2 in the heading: one minute at 230 a minute.
    assert!(
        en.contains("<span class=\"length\">36 words · 1 min read</span>"),
        "{en}"
    );
    assert!(!en.contains("Share this article"));
    assert!(en.contains("href=\"../../pizhu.css\""));

    let md = site.output("notes/guide/index.html");
    assert!(md.contains("<strong>加粗</strong>"));
    assert!(md.contains("<h2 id=\"part-two\">第二节</h2>"));
    assert!(md.contains("<table>"));
    assert!(md.contains("footnote-definition"));
    assert!(md.contains("指南"));
}

#[test]
fn home_and_section_pages_list_articles_newest_first() {
    let site = mixed_site();
    site.build(&[]);
    let home = site.output("index.html");
    let en = position(&home, "Why inference got cheap");
    let zh = position(&home, "算力租赁价格一年腰斩");
    let md = position(&home, "写作指南");
    assert!(
        en < zh && zh < md,
        "newest first: 2025-03-08, 2025-02-14, 2025-01-02"
    );
    assert!(home.contains("href=\"english/inference/\""));
    assert!(
        home.contains("去年此时，一张高端GPU的月租金还要数万元。"),
        "summary from the first paragraph"
    );

    let section = site.output("english/index.html");
    assert!(section.contains("English desk"));
    assert!(section.contains("Stories in English."));
    assert!(section.contains("href=\"../english/inference/\""));
    assert!(!section.contains("算力租赁"));
    // A folder without `_index.md` is a section titled by its name.
    assert!(site.output("notes/index.html").contains("写作指南"));
    assert!(
        home.contains("English desk"),
        "top-level sections are in the navigation"
    );
    assert!(site.has_output("404.html"));
    assert!(site.has_output("pizhu.css"));
}

#[test]
fn a_folder_with_only_content_builds_with_the_built_in_theme() {
    let site = TestSite::new();
    site.file("content/a.txt", ZH_ARTICLE);
    assert!(!site.root().join("templates").exists());
    let out = site.build(&[]);
    // The article, the home page, 404.html and the stylesheet.
    assert!(
        out.starts_with("Built 12 pages from 1 articles into "),
        "{out}"
    );
    assert!(site
        .output("pizhu.css")
        .contains("prefers-color-scheme: dark"));
}

#[test]
fn output_is_byte_identical_across_builds() {
    let site = mixed_site();
    site.build(&["--output", "one"]);
    site.build(&["--output", "two"]);
    let one = snapshot(&site.root().join("one"));
    let two = snapshot(&site.root().join("two"));
    assert!(one.len() > 5);
    assert_eq!(one, two);
}

#[test]
fn unchanged_files_are_not_rewritten_and_stale_ones_go() {
    let site = mixed_site();
    site.build(&[]);
    let again = site.build(&["-v"]);
    assert!(
        again.contains("\n0 written, 23 unchanged, 0 removed"),
        "{again}"
    );

    site.remove("content/rent.txt");
    let after = site.build(&["-v"]);
    assert!(!site.has_output("rent/index.html"));
    assert!(!site.has_output("rent"), "its empty folder is removed too");
    assert!(after.contains(" unchanged, 1 removed"), "{after}");
}

#[test]
fn templates_override_the_theme_and_static_is_copied() {
    let site = TestSite::new();
    site.file("content/a.txt", ZH_ARTICLE)
        .file(
            "templates/article.html",
            "<main>{{ page.title }}|{{ page.source }}|{{ page.content | safe }}</main>",
        )
        .file("templates/pizhu.css", "body { color: red }")
        .file("static/img/logo.svg", "<svg/>")
        .file("static/CNAME", "news.example.org");
    site.build(&[]);
    let page = site.output("a/index.html");
    assert!(
        page.starts_with("<main>算力租赁价格一年腰斩|南岭日报|<p id=\"p1\">"),
        "{page}"
    );
    assert_eq!(site.output("pizhu.css"), "body { color: red }");
    assert_eq!(site.output("img/logo.svg"), "<svg/>");
    assert_eq!(site.output("CNAME"), "news.example.org");
    // The other templates still come from the built-in theme.
    assert!(site.output("index.html").contains("<!doctype html>"));
}

#[test]
fn a_favicon_among_the_static_files_is_linked_from_every_page() {
    let site = TestSite::new();
    site.file("content/a.txt", ZH_ARTICLE);
    site.build(&[]);
    assert!(!site.output("index.html").contains("rel=\"icon\""));
    site.file("static/favicon.svg", "<svg/>");
    site.build(&[]);
    assert!(site
        .output("index.html")
        .contains("<link rel=\"icon\" href=\"favicon.svg\">"));
    assert!(site
        .output("a/index.html")
        .contains("<link rel=\"icon\" href=\"../favicon.svg\">"));
}

#[test]
fn drafts_are_built_only_when_asked() {
    let site = TestSite::new();
    site.file("content/a.txt", ZH_ARTICLE).file(
        "content/wip.md",
        "---\ntitle: 草稿\ndraft: true\n---\n\n还没写完。\n",
    );
    site.build(&[]);
    assert!(!site.has_output("wip/index.html"));
    assert!(!site.output("index.html").contains("草稿"));
    site.build(&["--drafts"]);
    assert!(site.output("wip/index.html").contains("还没写完。"));
}

#[test]
fn raw_html_in_markdown_is_left_out_unless_the_site_trusts_it() {
    let site = TestSite::new();
    site.file(
        "content/a.md",
        "---\ntitle: t\n---\n\n<script>alert(1)</script>\n\ntext <span class=\"x\">kept?</span>\n",
    );
    site.build(&[]);
    let page = site.output("a/index.html");
    assert!(!page.contains("<script>alert"));
    assert!(!page.contains("<span class=\"x\">"));
    assert!(page.contains("text kept?"));
    site.file("site.yaml", "markdown:\n  raw_html: true\n");
    site.build(&[]);
    assert!(site
        .output("a/index.html")
        .contains("<span class=\"x\">kept?</span>"));
}

#[test]
fn raw_text_is_never_read_as_markup() {
    let site = TestSite::new();
    site.file(
        "content/a.txt",
        "标题 <b>粗</b>\n来源：测试 2025-01-01\n<script>alert(1)</script> 和 *星号* 与 [链接](x)。\n# 不是标题，是一段。\n",
    );
    site.build(&[]);
    let page = site.output("a/index.html");
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt; 和 *星号* 与 [链接](x)。"),
        "{page}"
    );
    assert!(page.contains("<p id=\"p2\"># 不是标题，是一段。</p>"));
    assert!(page.contains("<h1>标题 &lt;b&gt;粗&lt;/b&gt;</h1>"));
}

#[test]
fn slug_and_site_settings() {
    let site = TestSite::new();
    site.file("content/news/长标题.md", "---\ntitle: 长标题\nslug: short\n---\n\n正文。\n")
        .file("content/中文 名.txt", ZH_ARTICLE)
        .file("site.yaml", "title: 批注日报\ndescription: 一句话介绍。\nbase_url: https://example.org/reports\nlanguage: zh\noutput_dir: out\n");
    site.build(&[]);
    let out = site.root().join("out");
    let page = std::fs::read_to_string(out.join("news/short/index.html")).unwrap();
    assert!(page.contains("批注日报"));
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        home.contains("href=\"%E4%B8%AD%E6%96%87%20%E5%90%8D/\""),
        "non-ASCII paths are percent-encoded in links"
    );
    assert!(out.join("中文 名/index.html").is_file());
    let not_found = std::fs::read_to_string(out.join("404.html")).unwrap();
    assert!(
        not_found.contains("href=\"/reports/pizhu.css\""),
        "404 links start from the base path"
    );
}

#[test]
fn a_failed_build_keeps_the_previous_output() {
    let site = mixed_site();
    site.build(&[]);
    let before = snapshot(&site.root().join("public"));
    site.file(
        "content/notes/guide.md",
        "---\ntitle: [unclosed\n---\n\n正文\n",
    );
    site.file("content/rent.txt", "改过的标题\n正文。\n");
    site.build_fails(&[]);
    assert_eq!(snapshot(&site.root().join("public")), before);
}

#[test]
fn the_output_folder_is_guarded() {
    let site = TestSite::new();
    site.file("content/a.txt", ZH_ARTICLE);
    for bad in [".", "content", "content/out", "static", ".."] {
        let err = site.build_fails(&["--output", bad]);
        assert!(err.contains("refusing to"), "{bad}: {err}");
    }
    site.file("elsewhere/keep.txt", "mine");
    let err = site.build_fails(&["--output", "elsewhere"]);
    assert!(
        err.contains("refusing to replace a folder pizhu did not create"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(site.root().join("elsewhere/keep.txt")).unwrap(),
        "mine"
    );
    assert!(site.root().join("content/a.txt").is_file());
}

#[test]
fn the_repository_demo_site_builds() {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    let result = crate::common::pizhu_in(repo, &["build", "--output", target.to_str().unwrap()]);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    for page in [
        "2024-ai-price-war/index.html",
        "reasoning-models/index.html",
        "analysis/open-source-models/index.html",
        "english/inference-costs/index.html",
        "about-pizhu/index.html",
        "analysis/index.html",
        "english/index.html",
        "index.html",
        "404.html",
    ] {
        assert!(target.join(page).is_file(), "{page}");
    }
    let en = std::fs::read_to_string(target.join("english/inference-costs/index.html")).unwrap();
    assert!(en.contains("<html lang=\"en\">"));
}

#[test]
fn feeds_sitemap_and_robots_under_a_sub_path() {
    let site = mixed_site();
    site.file("site.yaml", "title: 批注日报\nbase_url: https://example.org/reports\nfeeds:\n  limit: 2\n  full_content: true\n");
    site.build(&[]);
    let atom =
        atom_syndication::Feed::read_from(site.output("atom.xml").as_bytes()).expect("valid Atom");
    assert_eq!(atom.title().as_str(), "批注日报");
    assert_eq!(atom.entries().len(), 2, "the newest two");
    let first = &atom.entries()[0];
    assert_eq!(first.title().as_str(), "Why inference got cheap");
    assert_eq!(
        first.links()[0].href(),
        "https://example.org/reports/english/inference/"
    );
    assert!(first
        .content()
        .and_then(|c| c.value())
        .is_some_and(|v| v.contains("Smaller models")));
    let rss = rss::Channel::read_from(site.output("rss.xml").as_bytes()).expect("valid RSS");
    assert_eq!(rss.items().len(), 2);
    assert_eq!(
        rss.items()[1].link(),
        Some("https://example.org/reports/rent/")
    );
    assert!(rss.items()[1]
        .pub_date()
        .is_some_and(|d| d.starts_with("Fri, 14 Feb 2025 10:20:00")));
    let sitemap = site.output("sitemap.xml");
    for loc in [
        "https://example.org/reports/",
        "https://example.org/reports/rent/",
        "https://example.org/reports/notes/guide/",
        "https://example.org/reports/english/",
    ] {
        assert!(sitemap.contains(&format!("<loc>{loc}</loc>")), "{loc}");
    }
    assert!(sitemap.contains("<lastmod>2025-02-14</lastmod>"));
    assert_eq!(
        site.output("robots.txt"),
        "User-agent: *\nAllow: /\nSitemap: https://example.org/reports/sitemap.xml\n"
    );
    assert!(site.output("index.html").contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"批注日报\" href=\"atom.xml\">"));
}

#[test]
fn summaries_social_metadata_and_the_more_mark() {
    let site = TestSite::new();
    site.file("content/a.md", "---\ntitle: 摘要\ndate: 2025-01-01\ntags: [AI]\n---\n\n这是摘要的第一段。\n\n第二段也在摘要里。\n\n<!-- more -->\n\n这一段不在摘要里。\n")
        .file("content/b.md", "---\ntitle: 写明的摘要\nsummary: 前置元数据里的摘要。\n---\n\n正文第一句。正文第二句。\n")
        .file("site.yaml", "title: 批注日报\nbase_url: https://example.org/r/\n");
    site.build(&[]);
    let home = site.output("index.html");
    assert!(
        home.contains("<p class=\"summary\">这是摘要的第一段。 第二段也在摘要里。</p>"),
        "{home}"
    );
    assert!(home.contains("<p class=\"summary\">前置元数据里的摘要。</p>"));
    let a = site.output("a/index.html");
    assert!(a.contains("<link rel=\"canonical\" href=\"https://example.org/r/a/\">"));
    assert!(a.contains("<meta property=\"og:title\" content=\"摘要\">"));
    assert!(a.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(a.contains("<meta property=\"article:published_time\" content=\"2025-01-01\">"));
    assert!(a.contains("<meta property=\"article:tag\" content=\"AI\">"));
    assert!(a.contains("<html lang=\"zh\">"));
    assert!(
        a.contains("这一段不在摘要里。"),
        "the whole text is on the page"
    );
    assert!(!site.output("404.html").contains("rel=\"canonical\""));
}

#[test]
fn tags_and_pages_of_lists() {
    let site = TestSite::new();
    for (i, tags) in ["[AI, 芯片]", "[ai]", "[AI]", "[芯片]", "[AI, Scaling Law]"]
        .iter()
        .enumerate()
    {
        site.file(
            &format!("content/a{i}.md"),
            &format!(
                "---\ntitle: 第{i}篇\ndate: 2025-01-0{}\ntags: {tags}\n---\n\n正文。\n",
                i + 1
            ),
        );
    }
    site.file(
        "site.yaml",
        "paginate_by: 2\nbase_url: https://example.org/\n",
    );
    site.build(&[]);
    // Home: newest first, two a page, at stable addresses.
    let home = site.output("index.html");
    assert!(home.contains("第4篇") && home.contains("第3篇") && !home.contains("第2篇"));
    assert!(home.contains("<a rel=\"next\" href=\"page/2/\">"));
    let second = site.output("page/2/index.html");
    assert!(second.contains("第2篇") && second.contains("第1篇"));
    assert!(second.contains("<a rel=\"prev\" href=\"../../\">"));
    assert!(second.contains("<span aria-current=\"page\">2</span>"));
    assert!(site.output("page/3/index.html").contains("第0篇"));
    // Tags: AI and ai are one tag, named as first written; each has its page and feeds.
    let tags = site.output("tags/index.html");
    assert!(
        tags.contains("<a href=\"../tags/ai/\">AI</a> <span class=\"count\">4</span>"),
        "{tags}"
    );
    assert!(tags.contains(
        "<a href=\"../tags/%E8%8A%AF%E7%89%87/\">芯片</a> <span class=\"count\">2</span>"
    ));
    assert!(tags.contains("<a href=\"../tags/scaling-law/\">Scaling Law</a>"));
    let ai = site.output("tags/ai/index.html");
    assert!(ai.contains("<h1>AI</h1>"));
    assert!(ai.contains("<a rel=\"next\" href=\"../../tags/ai/page/2/\">"));
    assert!(site.output("tags/ai/page/2/index.html").contains("第0篇"));
    let feed = atom_syndication::Feed::read_from(site.output("tags/ai/atom.xml").as_bytes())
        .expect("valid Atom");
    assert_eq!(feed.entries().len(), 4);
    assert_eq!(feed.title().as_str(), "pizhu · AI");
    assert!(rss::Channel::read_from(site.output("tags/芯片/rss.xml").as_bytes()).is_ok());
    let article = site.output("a4/index.html");
    assert!(article.contains("<a href=\"../tags/scaling-law/\">Scaling Law</a>"));
    // A tag page cannot be taken by an article.
    site.file("content/tags.md", "---\ntitle: x\n---\n");
    let err = site.build_fails(&[]);
    assert!(
        err.contains("content/tags.md: its page `tags/` is one pizhu writes itself"),
        "{err}"
    );
}

#[test]
fn aliases_redirect_old_addresses() {
    let site = TestSite::new();
    site.file(
        "content/news/new-name.md",
        "---\ntitle: 新名字\naliases: [2024/old-name, /legacy/]\n---\n\n正文。\n",
    )
    .file("site.yaml", "base_url: https://example.org/r/\n");
    site.build(&[]);
    let old = site.output("2024/old-name/index.html");
    assert!(
        old.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../news/new-name/\">"),
        "{old}"
    );
    assert!(old.contains("<link rel=\"canonical\" href=\"https://example.org/r/news/new-name/\">"));
    assert!(site
        .output("legacy/index.html")
        .contains("url=../news/new-name/"));
    site.file(
        "content/other.md",
        "---\ntitle: 别的\naliases: [news/new-name]\n---\n",
    );
    let err = site.build_fails(&[]);
    assert!(
        err.contains("content/other.md: its alias `news/new-name/` is already a page of the site"),
        "{err}"
    );
    site.file(
        "content/other.md",
        "---\ntitle: 别的\naliases: [../../etc]\n---\n",
    );
    let err = site.build_fails(&[]);
    assert!(
        err.contains("content/other.md:3: alias `../../etc` must be a path inside the site"),
        "{err}"
    );
}

/// The forms of real items, end to end: a dateline, a key-points list, a caption and an
/// editor's note in a raw article come out as their own elements, and none of them is a
/// numbered paragraph.
#[test]
fn datelines_lists_captions_and_notes_reach_the_page() {
    let site = TestSite::new();
    site.file(
        "content/robots.txt",
        "Harbor City Weighs Rules for Delivery Robots\nSource: Tech Ledger, 2025-02-12\n\nKey points:\n\n* Council votes next week\n\n* Operators warn of costs\n\nHARBOR CITY, Feb 12 (Tech Ledger) - The council will vote next week on rules for delivery robots.\n\n\"We want the robots to share the pavement,\" said council member Dana Whitlock.\n\nFILE PHOTO: A delivery robot waits at a crossing. Tech Ledger/Sam Oduya\n\nThe pilot program ends in March.\n",
    )
    .file(
        "content/note.txt",
        "无人配送车上路\n来源：南岭日报 2025-02-12\n\n编者按：本文根据公开资料整理。\n\n南岭日报2月12日讯（记者 甲乙）无人配送车本周起在三个街区试运行。\n\n（图为一辆无人配送车。视觉中国）\n\n试运行为期三个月。\n",
    );
    site.build(&[]);
    let en = site.output("robots/index.html");
    assert!(
        en.contains("<p class=\"dateline\">HARBOR CITY, Feb 12 (Tech Ledger)</p>"),
        "{en}"
    );
    assert!(
        en.contains("<p class=\"list-label\">Key points</p>"),
        "{en}"
    );
    assert!(en.contains("<li>Council votes next week</li>"), "{en}");
    assert!(
        en.contains("<p class=\"caption\">FILE PHOTO: A delivery robot"),
        "{en}"
    );
    assert!(en.contains("<p id=\"p1\">The council will vote"), "{en}");
    assert!(en.contains("The pilot program ends in March."));
    assert!(!en.contains("id=\"p4\""), "three paragraphs: {en}");
    let zh = site.output("note/index.html");
    assert!(zh.contains("class=\"editor-note-label\""), "{zh}");
    assert!(
        zh.contains("<p class=\"caption\">（图为一辆无人配送车。视觉中国）</p>"),
        "{zh}"
    );
    assert!(zh.contains("<p class=\"dateline\">"), "{zh}");
    assert!(
        !zh.contains("data-speaker=\"甲乙\""),
        "reporters are not speakers: {zh}"
    );
}
