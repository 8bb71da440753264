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
            _ => None,
        })
        .collect()
}

fn paragraph_texts(a: &RawArticle) -> Vec<&str> {
    a.blocks
        .iter()
        .filter_map(|b| match b {
            RawBlock::Paragraph(p) => Some(p.as_str()),
            _ => None,
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
    // `Comments:` with a colon is a label for what follows, not the comment section.
    let a = parsed("Title\nMarch 8, 2025\nBody one.\nComments:\nThe president, Jane Roe, noted that drilling went deeper.\n");
    assert_eq!(paragraphs(&a), 3);
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

#[test]
fn english_datelines_are_metadata() {
    for (line, dateline) in [
        ("WASHINGTON (Reuters) - Officials said on Monday the plan would wait.", "WASHINGTON (Reuters)"),
        ("LONDON, Feb 12 (Reuters) - Officials said on Monday the plan would wait.", "LONDON, Feb 12 (Reuters)"),
        ("HARBOR CITY, INDIA, Feb 10, 2025 - (Example Newswire) - Officials said the plan would wait.", "HARBOR CITY, INDIA, Feb 10, 2025 - (Example Newswire)"),
        ("LAKEVIEW, Ore., Feb. 11, 2025 (GLOBE NEWSWIRE) — Officials said the plan would wait.", "LAKEVIEW, Ore., Feb. 11, 2025 (GLOBE NEWSWIRE)"),
        ("Feb 13 (Reuters) – Officials said the plan would wait.", "Feb 13 (Reuters)"),
        ("TORONTO, ON / Example Newswire / February 10, 2025 / Officials said the plan would wait.", "TORONTO, ON / Example Newswire / February 10, 2025"),
    ] {
        let a = parsed(&format!("Title\nMarch 8, 2025\n{line}\nSecond paragraph.\n"));
        assert_eq!(a.dateline.as_deref(), Some(dateline), "{line}");
        assert_eq!(a.blocks[0], RawBlock::Paragraph("Officials said the plan would wait.".replace("Officials said the plan", if line.contains("Monday") { "Officials said on Monday the plan" } else { "Officials said the plan" })), "{line}");
    }
}

#[test]
fn sentences_with_dashes_keep_their_start() {
    for line in [
        "Former Rep. Jane Roe (D-Minn.) — who left office — said the plan would wait.",
        "October 1 - December 31",
        "Sen. Jane Roe on Friday urged the agency to wait - again.",
    ] {
        let a = parsed(&format!(
            "Title\nMarch 8, 2025\n{line}\nSecond paragraph.\n"
        ));
        assert_eq!(a.dateline, None, "{line}");
    }
}

#[test]
fn chinese_leads_name_authors_not_text() {
    let cases = [
        (
            "东岸社北京2月10日电（记者 林晓岚、周启明）正文开始了。",
            "东岸社北京2月10日电（记者 林晓岚、周启明）",
            Some("林晓岚、周启明"),
            None,
        ),
        (
            "【南岭时报综合报道】正文开始了。",
            "【南岭时报综合报道】",
            None,
            None,
        ),
        (
            "【南岭时报报道 记者 许青禾 南岭时报特约记者 梅远】正文开始了。",
            "【南岭时报报道 记者 许青禾 南岭时报特约记者 梅远】",
            Some("许青禾、梅远"),
            None,
        ),
        (
            "西岭社2月9日讯（编辑 方雨晴）正文开始了。",
            "西岭社2月9日讯（编辑 方雨晴）",
            None,
            Some("方雨晴"),
        ),
        (
            "本报讯（记者 张三）正文开始了。",
            "本报讯（记者 张三）",
            Some("张三"),
            None,
        ),
        (
            "某某之家 2 月 10 日消息，正文开始了。",
            "某某之家 2 月 10 日消息",
            None,
            None,
        ),
        (
            "【文/北岭网 韩立诚】正文开始了。",
            "【文/北岭网 韩立诚】",
            Some("韩立诚"),
            None,
        ),
    ];
    for (line, dateline, author, editor) in cases {
        let a = parsed(&format!("标题\n来源：某网 2025-02-10\n{line}\n第二段。\n"));
        assert_eq!(a.dateline.as_deref(), Some(dateline), "{line}");
        assert_eq!(a.author.as_deref(), author, "{line}");
        assert_eq!(a.editor.as_deref(), editor, "{line}");
        assert_eq!(
            a.blocks[0],
            RawBlock::Paragraph("正文开始了。".into()),
            "{line}"
        );
    }
    // A byline's author stands.
    let a = parsed("标题\n新知财经记者 王小明 2025-01-15\n本报讯（记者 张三）正文。\n");
    assert_eq!(a.author.as_deref(), Some("王小明"));
}

#[test]
fn phrases_like_leads_are_text() {
    for line in [
        "受此消息，股价大涨。",
        "据某社2月10日消息，股价大涨。",
        "跨境电商的生意越来越好做。",
    ] {
        let a = parsed(&format!("标题\n来源：某网 2025-02-10\n{line}\n第二段。\n"));
        assert_eq!(a.dateline, None, "{line}");
        assert_eq!(a.blocks[0], RawBlock::Paragraph(line.into()), "{line}");
    }
}

#[test]
fn editor_notes_are_asides() {
    let a = parsed("标题\n第一段。\n编者按：这是一段编者按。\n第二段。\n");
    assert_eq!(
        a.blocks[1],
        RawBlock::EditorNote {
            label: "编者按".into(),
            text: vec!["这是一段编者按。".into()]
        }
    );
    let a = parsed("标题\n【编按】\n这是下一行的编者按。\n正文。\n");
    assert!(
        matches!(&a.blocks[0], RawBlock::EditorNote { label, text } if label == "编按" && text[0] == "这是下一行的编者按。")
    );
    let a = parsed("Title\n*Editor’s note: This story was updated.*\nBody text.\n");
    assert!(
        matches!(&a.blocks[0], RawBlock::EditorNote { text, .. } if text[0] == "This story was updated.")
    );
    let a = parsed("标题\n基本上小编按下按钮，声音就出来了。\n");
    assert_eq!(paragraphs(&a), 1);
}

#[test]
fn bullet_lines_are_lists_with_their_label() {
    let a = parsed(
        "Title\nKey points:\n* One thing\n* Another thing\nBody text.\n- a\n- b\n• c\nEnd.\n",
    );
    assert_eq!(
        a.blocks[0],
        RawBlock::List {
            label: Some("Key points".into()),
            items: vec!["One thing".into(), "Another thing".into()]
        }
    );
    assert_eq!(
        a.blocks[2],
        RawBlock::List {
            label: None,
            items: vec!["a".into(), "b".into(), "c".into()]
        }
    );
    let a = parsed("标题\n要点：\n- 只有一条\n正文。\n");
    assert!(
        matches!(&a.blocks[0], RawBlock::List { label: Some(l), items } if l == "要点" && items.len() == 1)
    );
    // One dash line alone is text.
    let a = parsed("标题\n正文。\n- 只有一行\n正文。\n");
    assert_eq!(paragraphs(&a), 3);
}

#[test]
fn lists_of_sentences_are_paragraphs() {
    let md = to_markdown(&[RawBlock::List {
        label: None,
        items: vec!["Jane Roe said no.".into(), "Tom Fox agreed.".into()],
    }]);
    let t = crate::load::body::text(&md, &crate::config::MarkdownConfig::default());
    assert_eq!(t.paragraphs, ["Jane Roe said no.", "Tom Fox agreed."]);
    assert!(t.loose.is_empty());
}

#[test]
fn captions_are_not_paragraphs() {
    for line in [
        "（视觉中国）",
        "（图源：某公司官网）",
        "图源：某公司",
        "图片来源：某图库",
        "图：某市夜景",
        "（图为某市夜景）",
        "▲某市夜景",
        "某市夜景。新华社记者 甲乙 摄",
        "某市夜景。受访者供图",
        "Photo: Jane Roe",
        "(Photo by Jane Roe/Getty Images)",
        "FILE PHOTO: A robot at a crossing.",
        "A robot at a crossing in Harbor City. (Jane Roe/Getty Images)",
        "A robot at a crossing. REUTERS/Jane Roe",
        "某某账号截图",
    ] {
        let a = parsed(&format!("标题\n第一段。\n{line}\n第二段。\n"));
        assert_eq!(a.blocks[1], RawBlock::Caption(line.into()), "{line}");
        assert_eq!(paragraphs(&a), 2, "{line}");
    }
}

#[test]
fn boilerplate_tails_are_dropped() {
    let a = parsed("标题\n来源：某网 2025-02-10 09:30\n正文。\n第二段。\n本文系某网原创，未经授权不得转载。\n校对 方雨晴\n——END——\n来源：某网 2025-02-10 09:30\n某某经济新闻\n");
    assert_eq!(paragraphs(&a), 2);
    let a = parsed("Title\nMarch 8, 2025\nBody.\nMore body.\nA photo accompanying this announcement is available at https://example.com/x\nThe latest in politics and policy. Direct to your inbox.\nhttps://example.com/message/123\n2025-02-10\n");
    assert_eq!(paragraphs(&a), 2);
    let a = parsed("标题\n正文。\n第二段。\n责任编辑：甲 主编：乙\n运营/排版：丙\n");
    assert_eq!(a.editor.as_deref(), Some("甲"));
    assert_eq!(paragraphs(&a), 2);
}

#[test]
fn lines_that_are_not_headings() {
    for line in [
        "Phone: +1 555 0100",
        "Website | Careers | LinkedIn",
        "press@example.com",
        "Jane Roe, Director of Marketing",
        "01",
    ] {
        let a = parsed(&format!(
            "Title\nMarch 8, 2025\nBody text.\n{line}\nMore text.\n"
        ));
        assert!(headings(&a).is_empty(), "{line}");
    }
    let a = parsed("标题\n正文。\n### 小标题\n### 又一个\n正文。\n");
    assert_eq!(headings(&a), ["小标题", "又一个"]);
}

#[test]
fn markdown_forms_of_blocks() {
    let md = to_markdown(&[
        RawBlock::List {
            label: Some("Key <points>".into()),
            items: vec!["a*".into(), "b".into()],
        },
        RawBlock::Caption("图源：甲&乙".into()),
        RawBlock::EditorNote {
            label: "编者按".into(),
            text: vec!["<b>注</b>".into()],
        },
    ]);
    assert_eq!(
        md,
        "<p class=\"list-label\">Key &lt;points&gt;</p>\n\n- a\\*\n- b\n\n<p class=\"caption\">图源：甲&amp;乙</p>\n\n<p class=\"editor-note-label\">编者按</p>\n\n> \\<b\\>注\\<\\/b\\>\n"
    );
    let t = crate::load::body::text(&md, &crate::config::MarkdownConfig::default());
    assert_eq!(t.paragraphs, ["<b>注</b>"]);
    assert_eq!(t.loose, ["a*", "b"]);
    let asides: Vec<(&str, &str)> = t.asides.iter().map(|a| (a.kind, a.text.as_str())).collect();
    assert_eq!(
        asides,
        [
            ("list-label", "Key <points>"),
            ("caption", "图源：甲&乙"),
            ("editor-note-label", "编者按")
        ]
    );
}

#[test]
fn markdown_escapes_left_in_plain_text_are_dropped() {
    let a = parsed(
        "Title\nMarch 8, 2025\nA note from E\\*Trade on the equity ratio\\*\\*.\n\\_\\_\\_\n",
    );
    let texts = paragraph_texts(&a);
    // A rule of underscores is no paragraph.
    assert_eq!(texts, ["A note from E*Trade on the equity ratio**."]);
}

#[test]
fn two_single_quotation_marks_read_as_a_double_one() {
    let a = parsed("Title\nMarch 8, 2025\n“It cut jobs,’’ Ann Lee said. ‘‘Again,’’ she added.\n");
    let texts = paragraph_texts(&a);
    assert_eq!(texts, ["“It cut jobs,” Ann Lee said. “Again,” she added."]);
}
