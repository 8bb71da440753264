//! One test per raw-text rule, on small articles written for these tests.

use super::*;

fn parsed(text: &str) -> RawArticle {
    parse(text).expect("article has a title")
}

fn headings(a: &RawArticle) -> Vec<&str> {
    a.blocks
        .iter()
        .filter_map(|b| match b {
            RawBlock::Heading(h) => Some(h.as_str()),
            RawBlock::Paragraph(_) => None,
        })
        .collect()
}

fn paragraphs(a: &RawArticle) -> usize {
    a.blocks
        .iter()
        .filter(|b| matches!(b, RawBlock::Paragraph(_)))
        .count()
}

#[test]
fn title_is_the_first_non_blank_line() {
    let a = parsed("\n\n  芯片出口新规落地  \n第一段。\n");
    assert_eq!(a.title, "芯片出口新规落地");
    assert_eq!(paragraphs(&a), 1);
}

#[test]
fn empty_text_has_no_article() {
    assert!(parse(" \n\u{3000}\n").is_none());
}

#[test]
fn byline_forms() {
    let cases = [
        (
            "第一财经 2024-12-11 21:57",
            Some("第一财经"),
            Some("2024-12-11T21:57"),
        ),
        ("2025年3月8日 09:30", None, Some("2025-03-08T09:30")),
        ("2025/03/08", None, Some("2025-03-08")),
        (
            "Tech Ledger  2025-03-08 09:30",
            Some("Tech Ledger"),
            Some("2025-03-08T09:30"),
        ),
        ("March 8, 2025", None, Some("2025-03-08")),
        (
            "2025年3月8日 09:30 来源：科创观察",
            Some("科创观察"),
            Some("2025-03-08T09:30"),
        ),
        ("来源：新华网", Some("新华网"), None),
        (
            "Source: The Compute Desk | 8 March 2025",
            Some("The Compute Desk"),
            Some("2025-03-08"),
        ),
    ];
    for (line, source, date) in cases {
        let a = parsed(&format!("标题\n{line}\n正文第一段。\n"));
        assert_eq!(a.source.as_deref(), source, "source of {line}");
        assert_eq!(a.date.map(|d| d.iso()).as_deref(), date, "date of {line}");
        assert_eq!(paragraphs(&a), 1, "{line} is not a paragraph");
    }
}

#[test]
fn byline_author_is_not_the_source() {
    let a = parsed("Title\nBy Jane Doe | March 8, 2025\nBody text.\n");
    assert_eq!(a.author.as_deref(), Some("Jane Doe"));
    assert_eq!(a.source, None);
    let a = parsed("标题\n新知财经记者 王小明 2025-01-15\n正文。\n");
    assert_eq!(a.source.as_deref(), Some("新知财经"));
    assert_eq!(a.author.as_deref(), Some("王小明"));
}

#[test]
fn a_sentence_with_a_date_is_not_a_byline() {
    let a = parsed("标题\n2024年12月11日，某公司发布了新的推理模型。\n第二段。\n");
    assert_eq!(a.date, None);
    assert_eq!(paragraphs(&a), 2);
}

#[test]
fn short_line_between_paragraphs_is_a_heading() {
    let a = parsed(
        "标题\n来源：x 2025-01-01\n第一段。\n价格战打响\n第二段。\n今年“找算力”\n第三段。\n",
    );
    assert_eq!(headings(&a), ["价格战打响", "今年“找算力”"]);
    assert_eq!(paragraphs(&a), 3);
}

#[test]
fn short_question_is_a_paragraph() {
    let a = parsed("标题\n第一段。\n大模型慢了吗？\n第二段。\nIs scaling over?\n第三段。\n");
    assert!(headings(&a).is_empty());
    assert_eq!(paragraphs(&a), 5);
}

#[test]
fn english_headings() {
    let text = "Cheap tokens\nTech Ledger  2025-03-08 09:30\nPrices fell again this week.\nWhy prices fall\nCompetition is fierce.\nA longer line that runs on and on without ever ending in a full stop but has far too many words to be a heading at all\nEnd.\n";
    let a = parsed(text);
    assert_eq!(headings(&a), ["Why prices fall"]);
    assert_eq!(paragraphs(&a), 4);
}

#[test]
fn a_run_of_short_lines_is_a_list_not_headings() {
    let a = parsed("标题\n第一段。\n更快的推理\n更低的价格\n更长的上下文\n结尾。\n");
    assert!(headings(&a).is_empty());
    assert_eq!(paragraphs(&a), 5);
}

#[test]
fn first_and_last_lines_are_never_headings() {
    let a = parsed("标题\n导语\n正文。\n结语\n");
    assert!(headings(&a).is_empty());
}

#[test]
fn credit_lines_are_not_headings() {
    let a = parsed("标题\n第一段。\n图片来源：视觉中国\n第二段。\n");
    assert!(headings(&a).is_empty());
}

#[test]
fn editor_line_forms() {
    for (line, name) in [
        ("编辑/樊宏伟", "樊宏伟"),
        ("责编:张三", "张三"),
        ("责任编辑：李四", "李四"),
        ("（责任编辑：王五）", "王五"),
        ("【编辑：赵六】", "赵六"),
        ("Editor: Jane Roe", "Jane Roe"),
        ("Edited by Sam Lee", "Sam Lee"),
        ("(Reporting by Ann Wu; Editing by Tom Fox)", "Tom Fox"),
    ] {
        let a = parsed(&format!("标题\n第一段。\n第二段。\n{line}\n"));
        assert_eq!(a.editor.as_deref(), Some(name), "{line}");
        assert_eq!(paragraphs(&a), 2, "{line}");
    }
}

#[test]
fn words_starting_like_editor_are_text() {
    let a = parsed("标题\n第一段。\n编辑部认为这很重要。\n");
    assert_eq!(a.editor, None);
    assert_eq!(paragraphs(&a), 2);
}

#[test]
fn reading_list_title_and_meta_line_pairs() {
    let a = parsed(
        "标题\n正文。\n编辑/甲\n相关阅读\n推理模型再提速\n澎湃新闻 2024-12-21\n2024金融科技周|某CEO：推理大模型将深入核心业务\n北京青年报客户端 2024-10-29\n最新评论\n张三：写得好\n",
    );
    assert_eq!(a.editor.as_deref(), Some("甲"));
    assert_eq!(paragraphs(&a), 1);
    assert_eq!(a.reading.len(), 2);
    assert_eq!(a.reading[0].title, "推理模型再提速");
    assert_eq!(a.reading[0].source.as_deref(), Some("澎湃新闻"));
    assert_eq!(
        a.reading[0].date.map(|d| d.to_string()).as_deref(),
        Some("2024-12-21")
    );
    assert_eq!(
        a.reading[1].title,
        "2024金融科技周|某CEO：推理大模型将深入核心业务"
    );
    assert_eq!(a.reading[1].source.as_deref(), Some("北京青年报客户端"));
}

type EntryFields<'a> = (&'a str, Option<&'a str>, Option<String>, Option<&'a str>);

#[test]
fn reading_list_labels_and_one_line_entries() {
    for label in [
        "相关阅读",
        "延伸阅读：",
        "【相关新闻】",
        "推荐阅读",
        "Related reading",
        "Further reading:",
    ] {
        let text = format!(
            "标题\n正文。\n{label}\n1. 算力租赁价格回落 科创观察 2025-02-01\n- 开源模型的新一年（新知财经，2025-01-15）\n《智能体元年》\nhttps://example.com/agents\nWhy tokens got cheap | Tech Ledger | March 1, 2025\n"
        );
        let a = parsed(&text);
        assert_eq!(paragraphs(&a), 1, "{label}");
        let got: Vec<EntryFields> = a
            .reading
            .iter()
            .map(|e| {
                (
                    e.title.as_str(),
                    e.source.as_deref(),
                    e.date.map(|d| d.to_string()),
                    e.url.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "算力租赁价格回落",
                    Some("科创观察"),
                    Some("2025-02-01".to_string()),
                    None
                ),
                (
                    "开源模型的新一年",
                    Some("新知财经"),
                    Some("2025-01-15".to_string()),
                    None
                ),
                ("智能体元年", None, None, Some("https://example.com/agents")),
                (
                    "Why tokens got cheap",
                    Some("Tech Ledger"),
                    Some("2025-03-01".to_string()),
                    None
                ),
            ],
            "{label}"
        );
    }
}

#[test]
fn page_junk_is_dropped() {
    let a = parsed("Title\nMarch 8, 2025\nBody one.\nBody two.\nShare this article\nShare: Facebook Twitter LinkedIn\nComments\nGreat piece!\n");
    assert_eq!(paragraphs(&a), 2);
    let a = parsed("标题\n正文。\n分享到：\n微信\n举报\n打开APP\n");
    // `微信` alone after `分享到：` is a social link label, not text worth keeping, but a
    // lone word could be a paragraph too: only exact junk lines are dropped.
    assert_eq!(paragraphs(&a), 2);
}

#[test]
fn markdown_escapes_every_ascii_punctuation() {
    let md = to_markdown(&[
        RawBlock::Heading("Scaling Law *2*".into()),
        RawBlock::Paragraph("<b>1. [x](y) & `z` #tag</b>".into()),
    ]);
    assert_eq!(
        md,
        "## Scaling Law \\*2\\*\n\n\\<b\\>1\\. \\[x\\]\\(y\\) \\& \\`z\\` \\#tag\\<\\/b\\>\n"
    );
}
