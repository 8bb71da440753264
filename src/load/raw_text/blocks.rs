//! The body lines of a raw article as blocks: running paragraphs and headings, and the
//! other blocks: bullet lists (with their label, `Key points:`), photo captions
//! (`（视觉中国）`, `Photo: …`) and editor's notes (`编者按：…`). The blocks become CommonMark
//! in [`to_markdown`]; captions and labels take forms that [`crate::load::body`] keeps apart
//! from the text.

use std::sync::LazyLock;

use regex::Regex;

use super::{ends_sentence, re, CREDIT, URL};

/// A body block of a raw article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawBlock {
    Heading(String),
    Paragraph(String),
    /// Lines starting with `* `, `- ` or `• `, with the label before them (`Key points`).
    List {
        label: Option<String>,
        items: Vec<String>,
    },
    /// A photo caption or credit.
    Caption(String),
    /// An editor's note: its label (`编者按`, `Editor's note`) and its paragraphs.
    EditorNote {
        label: String,
        text: Vec<String>,
    },
}

static LIST_ITEM: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:[*\-•]\s+|[•●▪]\s*)(?P<text>\S.*)$"));
static LIST_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[【\[*]*\s*(?P<label>(?:key points|key takeaways|key facts|highlights|at a glance|in brief|the big picture|要点|核心要点|要点速读|本文要点|划重点|重点速览|内容提要|摘要|导读|速览)(?:[^:：。.!?！？]{0,40}?)?)\s*[】\]*]*\s*[:：]?\s*[*]*$",
    )
});
static NOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:图片)?[*>\s]*(?:[【\[]\s*(?:[^【】\[\]:：。，,]{0,10}?\s*)?)?(?P<label>编者的话|编者按|编按|编者注|编辑按|编者附记|editor['’]s note|note from the editors?)\s*[】\]]?\s*[:：]?[\s>]*(?P<text>.*)$",
    )
});
/// A line that starts as a caption does: a credit label (`图片来源：`, `Photo:`,
/// `(Photo by …)`, `FILE PHOTO:`), a caption mark (`▲`) or `（图为…）`.
static CAPTION_START: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:[（(]?\s*(?:图片来源|图片来自|图源|图片|头图|封面图片?|封图|题图|插图|配图|摄影|图|photo(?:graph)?s?(?: credit)?|file photo|image|picture|credit|photo courtesy|资料来源|数据来源|来源|图注)\s*(?:[:：/｜|]|by\b|of\b)|图\s*[\d一二三四五六七八九十]{1,3}(?:[:：\s]|\p{Han})|[▲△]|[（(]?图为)",
    )
});
/// A credit that ends a caption: `（视觉中国）`, `受访者供图`, `新华社记者 甲 摄`,
/// `(Jane Roe/Getty Images)`, `REUTERS/Jane Roe`.
static CAPTION_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:[（(][^（）()]{0,30}(?:视觉中国|供图|摄|截图|资料图|图源|图片来源|IC ?photo|东方IC|图虫|摄图网|新华社发)[^（）()]{0,20}[）)]|(?:^|[\s。.，])(?:图[/／|｜]|图片来源[:：]|图源[:：])[^。]{1,30}|视觉中国(?:\s*资料图)?|受访者供图|[^\s。，]{0,12}供图|截图自[^。，]{1,20}|(?:记者|通讯员)\s*\S{2,4}\s*摄|\((?:[^()]*(?:/|\bvia\s)(?:Getty Images|AP|AFP|Reuters|Bloomberg|Pool|Xinhua)[^()]*|AP Photo[^()]*|Photo by [^()]*|[^()]*Getty Images)\)|REUTERS/[A-Z][\w .]+)[.。]?$",
    )
});
/// A short line that ends as a caption does: `某某截图`, `受访者提供`, `豆包AI绘制`,
/// `（来源：某公司公告）`.
static SHORT_CAPTION_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:截图|截屏|示意图|走势图|曲线图|流程图|资料图|制图|受访者提供|AI\s*(?:绘制|生成|作图)|[（(](?:资料|数据)?来源[:：][^（）()]{1,30}[）)])[.。]?$",
    )
});
/// A Markdown heading mark left in the text: `### 小标题`.
static HEADING_MARK: LazyLock<Regex> = LazyLock::new(|| re(r"^#{1,6}\s+(?P<text>[^#\s].{0,60})$"));
static FIELD: LazyLock<Regex> = LazyLock::new(|| re(r"^[A-Za-z][A-Za-z -]{1,20}:"));
/// A person's line in a contact block: `Jane Roe, Director of Marketing`.
static NAME_LINE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\p{Lu}[\p{Ll}.]+(?: \p{Lu}[\p{Ll}.]+){1,2}(?:,| [–—-]) "));

/// Whether `line` is a photo caption or credit.
pub fn is_caption(line: &str) -> bool {
    let chars = line.chars().count();
    if chars > 160 || URL.is_match(line) {
        return false;
    }
    // An image's text written twice (`某某主席某某某主席某某`) is its caption.
    if chars >= 8 && chars % 2 == 0 {
        let half = line.char_indices().nth(chars / 2).map_or(0, |(i, _)| i);
        if line[..half] == line[half..] {
            return true;
        }
    }
    CAPTION_START.is_match(line)
        || CREDIT.is_match(line)
        || CAPTION_END.is_match(line)
        || (chars <= 50 && SHORT_CAPTION_END.is_match(line))
}

/// The label of a list when `line` is one (`Key points:`, `核心要点`).
fn list_label(line: &str) -> Option<String> {
    let caps = LIST_LABEL.captures(line)?;
    Some(caps.name("label")?.as_str().trim().to_string())
}

/// An editor's note starting on `line`: its label and its text (empty when the text is on
/// the next line).
pub fn editor_note(line: &str) -> Option<(String, String)> {
    let caps = NOTE.captures(line)?;
    let label = caps.name("label")?.as_str().to_string();
    let text = caps.name("text").map_or("", |m| m.as_str());
    // `*Editor's note: …*`: the emphasis around the note goes with it.
    let text = text
        .trim_end_matches(['*', ' '])
        .trim_start_matches(['>', ' ']);
    Some((label, text.to_string()))
}

/// A line that could be a heading: short, and not ending a sentence or clause.
fn heading_candidate(line: &str) -> bool {
    // A link bar (`Website | X | Telegram`), an address or an e-mail is no heading.
    let links = line.contains("www.") || line.contains('@') || line.matches('|').count() >= 2;
    let wordless = line.chars().filter(|c| c.is_alphabetic()).count() < 2;
    // `Phone: …`, `Email: …`: a field of a contact block.
    let field = FIELD.is_match(line);
    if ends_sentence(line)
        || CREDIT.is_match(line)
        || URL.is_match(line)
        || links
        || wordless
        || field
        || NAME_LINE.is_match(line)
        || LIST_ITEM.is_match(line)
    {
        return false;
    }
    let chars = line.chars().count();
    let han = line.chars().filter(|c| crate::text::is_han(*c)).count();
    if han > 0 {
        chars <= 30
    } else {
        chars <= 90 && line.split_whitespace().count() <= 12
    }
}

/// What a body line is, before headings are told from paragraphs.
enum Line<'a> {
    Text(&'a str),
    /// A line with a Markdown heading mark.
    Heading(&'a str),
    Item(&'a str),
    Caption(&'a str),
    Note(String, String),
}

/// The blocks of the body lines.
pub fn classify(lines: &[&str]) -> Vec<RawBlock> {
    let kinds: Vec<Line> = lines
        .iter()
        .map(|&l| {
            if let Some((label, text)) = editor_note(l) {
                Line::Note(label, text)
            } else if let Some(c) = HEADING_MARK
                .captures(l)
                .and_then(|c| c.name("text"))
                .filter(|t| heading_candidate(t.as_str()))
            {
                Line::Heading(c.as_str())
            } else if let Some(c) = LIST_ITEM.captures(l) {
                Line::Item(c.name("text").map_or(l, |m| m.as_str()))
            } else if is_caption(l) {
                // `图片` left from the image before it.
                let bare = l.trim_start_matches("图片");
                let keep = bare.is_empty() || bare.starts_with("来源") || bare.starts_with("来自");
                Line::Caption(if keep { l } else { bare })
            } else {
                Line::Text(l)
            }
        })
        .collect();
    let mut blocks: Vec<RawBlock> = Vec::new();
    let mut i = 0;
    while i < kinds.len() {
        match &kinds[i] {
            Line::Item(_) | Line::Text(_) => {
                let run = kinds[i..]
                    .iter()
                    .take_while(|k| matches!(k, Line::Item(_)))
                    .count();
                let label = match &kinds[i] {
                    Line::Text(l) => list_label(l),
                    _ => None,
                };
                let after_label = usize::from(label.is_some());
                let items: Vec<String> = kinds[i + after_label..]
                    .iter()
                    .map_while(|k| match k {
                        Line::Item(t) => Some(t.to_string()),
                        _ => None,
                    })
                    .collect();
                if (label.is_some() && !items.is_empty()) || run >= 2 {
                    i += after_label + items.len();
                    blocks.push(RawBlock::List { label, items });
                } else {
                    blocks.push(RawBlock::Paragraph(lines[i].to_string()));
                    i += 1;
                }
            }
            Line::Caption(l) => {
                blocks.push(RawBlock::Caption(l.to_string()));
                i += 1;
            }
            Line::Heading(l) => {
                blocks.push(RawBlock::Heading(l.to_string()));
                i += 1;
            }
            Line::Note(label, text) => {
                i += 1;
                let text = if text.is_empty() {
                    // The note is the next line, when that is text.
                    match kinds.get(i) {
                        Some(Line::Text(next)) => {
                            i += 1;
                            next.trim_start_matches(['>', ' ']).to_string()
                        }
                        _ => String::new(),
                    }
                } else {
                    text.clone()
                };
                if text.is_empty() {
                    continue;
                }
                blocks.push(RawBlock::EditorNote {
                    label: label.clone(),
                    text: vec![text],
                });
            }
        }
    }
    mark_headings(&mut blocks);
    blocks
}

/// A short paragraph without sentence-ending punctuation that stands alone between
/// paragraphs (or other blocks) is a heading; the first and last blocks never are.
fn mark_headings(blocks: &mut [RawBlock]) {
    let candidate: Vec<bool> = blocks
        .iter()
        .map(|b| matches!(b, RawBlock::Paragraph(t) if heading_candidate(t)))
        .collect();
    for i in 1..blocks.len().saturating_sub(1) {
        if candidate[i] && !candidate[i - 1] && !candidate[i + 1] {
            if let RawBlock::Paragraph(t) = &blocks[i] {
                blocks[i] = RawBlock::Heading(t.clone());
            }
        }
    }
}

/// The body as CommonMark. Headings become `##` headings, paragraphs paragraphs and lists
/// tight `-` lists, with every ASCII punctuation character escaped so that no text is read
/// as markup. An editor's note is a block quotation after its label. A list's label, a
/// caption and a note's label become pizhu's own HTML blocks (`<p class="list-label">`,
/// `<p class="caption">`, `<p class="editor-note-label">`), kept apart from running text by
/// [`crate::load::body`]. List items and editor's notes stay text that speakers are found in
/// (outlets quote people there) when they are sentences; datelines and captions are not text.
pub fn to_markdown(blocks: &[RawBlock]) -> String {
    let mut out = String::new();
    for block in blocks {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        match block {
            RawBlock::Heading(t) => {
                out.push_str("## ");
                escape_into(&mut out, t);
            }
            RawBlock::Paragraph(t) => escape_into(&mut out, t),
            RawBlock::List { label, items } => {
                if let Some(label) = label {
                    out.push_str(&own_html_p("list-label", label));
                    out.push_str("\n\n");
                }
                // Items that are sentences are text like any paragraph (people are quoted and
                // named there): a loose list, whose items are paragraphs. Fragments (`Key
                // points`, figures) make a tight list, whose items are not.
                let sentences = items.iter().any(|t| ends_sentence(t));
                for (n, item) in items.iter().enumerate() {
                    if n > 0 {
                        out.push_str(if sentences { "\n\n" } else { "\n" });
                    }
                    out.push_str("- ");
                    escape_into(&mut out, item);
                }
            }
            RawBlock::Caption(t) => out.push_str(&own_html_p("caption", t)),
            RawBlock::EditorNote { label, text } => {
                out.push_str(&own_html_p("editor-note-label", label));
                for t in text {
                    out.push_str("\n\n> ");
                    escape_into(&mut out, t);
                }
            }
        }
    }
    out.push('\n');
    out
}

fn own_html_p(class: &str, text: &str) -> String {
    format!(
        "<p class=\"{class}\">{}</p>",
        html_escape::encode_text(text.trim())
    )
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
}
