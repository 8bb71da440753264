//! Raw `.txt` articles, read the way a person reads them.
//!
//! Steps, in order:
//! 1. the first non-empty line is the title;
//! 2. the next line is a byline when it holds a date or a `来源：`/`Source:`/`By` label: it
//!    gives source, author and date;
//! 3. everything after a comment marker (`最新评论`, `Comments`) is dropped, and so are page
//!    junk lines (`分享到：`, `举报`, `Share this article`) wherever they stand;
//! 4. the last reading-list label (`相关阅读`, `Related reading`, …) starts the reading list,
//!    parsed into entries of title, source, date and URL;
//! 5. editor lines (`编辑/樊宏伟`, `（责任编辑：王五）`, `Editor: Jane Roe`,
//!    `(Reporting by …; Editing by …)`) become metadata;
//! 6. every other line is a paragraph, except a short line without sentence-ending
//!    punctuation that stands alone between paragraphs: that is a heading.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::{find_date, DateMatch};
use crate::model::{PubDate, ReadingEntry};

/// What a raw article says, before front matter overrides anything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawArticle {
    pub title: String,
    pub source: Option<String>,
    pub author: Option<String>,
    pub date: Option<PubDate>,
    pub editor: Option<String>,
    pub blocks: Vec<RawBlock>,
    pub reading: Vec<ReadingEntry>,
}

/// A body block of a raw article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawBlock {
    Heading(String),
    Paragraph(String),
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("pizhu's built-in raw-text pattern is valid")
}

static COMMENT_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:最新评论|网友评论|热门评论|全部评论|精彩评论|发表评论|我要评论|评论区|查看评论|\d+\s*条评论|评论\s*[（(]\d+[）)]|comments?|\d+\s+comments?|leave a (?:comment|reply)|join the conversation|show comments)\s*[:：]?$",
    )
});
static JUNK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:分享到|分享至|分享|举报|点赞|收藏|打开APP(?:阅读)?|下载APP|返回顶部|返回首页|扫一扫|微信扫一扫|阅读原文|展开全文|查看更多|加载更多|广告|share(?: this)?(?: article| story| page)?|report(?: an error)?|advertisement|print|e-?mail|tweet|subscribe|back to top)(?:\s*[:：]?\s*(?:微信|微博|朋友圈|QQ空间|QQ|豆瓣|facebook|twitter|x|linkedin|whatsapp|e-?mail|wechat|weibo|reddit|copy link|[\s,，、|/·])*)?$",
    )
});
/// Boilerplate that outlets append to an article: risk notices and disclaimers, "more on
/// our account" promotions and repost notes (`（本文来自第一财经）`). The line is dropped.
static PROMO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[（(【\[]?\s*(?:风险提示|免责声明|免责条款|更多精彩内容|更多精彩资讯|本文来自|本文转载自|本文首发于|本文系|点击关注|欢迎关注|关注我们|扫码关注|长按关注|识别二维码)",
    )
});
static READING_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[【\[]?\s*(?:相关阅读|延伸阅读|相关新闻|推荐阅读|相关文章|相关报道|相关链接|阅读推荐|related reading|further reading|related articles|related stories|related coverage|read more|more on this(?: story)?|recommended reading)\s*[】\]]?\s*[:：]?$",
    )
});
static EDITOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[（(【\[]?\s*(?:责任编辑|责编|编辑|主编|编审|editor|edited by|editing by)\s*(?:[:：/｜|]|\s)\s*(?P<name>[^（()）【】\[\]:：。]{1,30}?)\s*[）)】\]]?[。.]?$",
    )
});
static REUTERS_EDITOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[（(]?\s*(?:additional )?reporting by [^;]+;.*?editing by (?P<name>[^;)）]+?)\s*[）)]?\.?$",
    )
});
static BYLINE_SPLIT: LazyLock<Regex> = LazyLock::new(|| re(r"\s*[|｜·•]\s*|\s{2,}|\s+[—–-]\s+"));
static SOURCE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:来源|来源于|出处|source|发布时间|发布于|发表于|时间|日期|published|updated|posted)\s*[:：]?\s*",
    )
});
static AUTHOR_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:by\s+|作者\s*[:：]?\s*|文\s*[/｜|]\s*|撰文\s*[:：]?\s*)"));
static URL: LazyLock<Regex> = LazyLock::new(|| re(r#"https?://[^\s<>"'）)】]+"#));
static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:\d{1,2}[.、)）]\s*|[-*•·●▪◆■]\s*|\[\d{1,2}\]\s*|[（(]\d{1,2}[）)]\s*)")
});
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[（(【\[]?\s*(?:图片来源|图源|图片|图|摄影|视频|photo|image|picture|credit|video)\s*[:：/｜|]",
    )
});

/// Characters that end a sentence or a clause: a line ending in one is not a heading.
const ENDERS: &[char] = &[
    '。', '！', '？', '!', '?', '.', ';', '；', ':', '：', ',', '，', '、', '…', '~', '～',
];
/// Closing quotes and brackets, looked through when checking how a line ends.
const CLOSERS: &[char] = &[
    '”', '’', '"', '\'', '」', '』', '）', ')', '】', ']', '》', '〉',
];
/// Separators trimmed around a source name.
const SEPARATORS: &[char] = &[
    ' ', '|', '｜', '·', '•', '-', '—', '–', ',', '，', '、', '/', '(', ')', '（', '）', '[', ']',
    '【', '】', ':', '：',
];

/// Parse a raw article. `None` when the text has no non-blank line (no title).
pub fn parse(text: &str) -> Option<RawArticle> {
    let mut lines = text
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'))
        .filter(|l| !l.is_empty());
    let mut article = RawArticle {
        title: lines.next()?.to_string(),
        ..RawArticle::default()
    };
    let mut rest: Vec<&str> = lines.collect();

    if let Some(byline) = rest.first().and_then(|l| parse_byline(l)) {
        article.source = byline.source;
        article.author = byline.author;
        article.date = byline.date;
        rest.remove(0);
    }

    if let Some(i) = rest.iter().position(|l| COMMENT_MARKER.is_match(l)) {
        rest.truncate(i);
    }
    rest.retain(|l| !JUNK.is_match(l) && !PROMO.is_match(l));

    let mut reading_lines: Vec<&str> = Vec::new();
    if let Some(i) = rest.iter().rposition(|l| READING_LABEL.is_match(l)) {
        reading_lines = rest.split_off(i + 1);
        rest.pop();
    }

    let mut editors: Vec<String> = Vec::new();
    for lines in [&mut rest, &mut reading_lines] {
        lines.retain(|l| match editor_name(l) {
            Some(name) => {
                if !editors.contains(&name) {
                    editors.push(name);
                }
                false
            }
            None => true,
        });
    }
    if !editors.is_empty() {
        article.editor = Some(editors.join("、"));
    }

    article.reading = parse_reading(&reading_lines);
    article.blocks = classify(&rest);
    Some(article)
}

/// The editor named by a line such as `编辑/樊宏伟` or `Editor: Jane Roe`, if it is one.
pub fn editor_name(line: &str) -> Option<String> {
    let caps = EDITOR
        .captures(line)
        .or_else(|| REUTERS_EDITOR.captures(line))?;
    let name = caps.name("name")?.as_str().trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// Whether `line` is a reading-list label such as `相关阅读` or `Further reading:`.
pub fn is_reading_label(line: &str) -> bool {
    READING_LABEL.is_match(line.trim())
}

#[derive(Debug, Default, PartialEq, Eq)]
struct Byline {
    source: Option<String>,
    author: Option<String>,
    date: Option<PubDate>,
}

fn parse_byline(line: &str) -> Option<Byline> {
    let found = find_date(line);
    let rest = match &found {
        Some(m) => format!("{}  {}", &line[..m.range.start], &line[m.range.end..]),
        None => line.to_string(),
    };
    // `Source: The Hill, 2025-02-14`: the comma before the date ends nothing.
    let rest = rest
        .trim()
        .trim_end_matches([',', '，', '、', ';', '；'])
        .trim_end();
    if rest.chars().count() > 40 || ends_sentence(rest) {
        return None;
    }
    let labelled = SOURCE_PREFIX.is_match(rest) || AUTHOR_PREFIX.is_match(rest);
    if found.is_none() && !labelled {
        return None;
    }
    let mut byline = Byline {
        date: found.map(|m| m.date),
        ..Byline::default()
    };
    let mut sources: Vec<String> = Vec::new();
    for piece in BYLINE_SPLIT.split(rest) {
        let piece = piece.trim_matches(SEPARATORS);
        if piece.is_empty() {
            continue;
        }
        if let Some(m) = AUTHOR_PREFIX.find(piece) {
            byline.author = Some(piece[m.end()..].trim().to_string());
        } else if let Some((outlet, reporter)) = piece.split_once("记者") {
            let outlet = clean_source(outlet);
            if !outlet.is_empty() {
                sources.push(outlet);
            }
            let reporter = reporter.trim_matches(SEPARATORS);
            if !reporter.is_empty() {
                byline.author = Some(reporter.to_string());
            }
        } else {
            let source = clean_source(piece);
            if !source.is_empty() {
                sources.push(source);
            }
        }
    }
    if !sources.is_empty() {
        byline.source = Some(sources.join(" "));
    }
    Some(byline)
}

fn clean_source(text: &str) -> String {
    let text = text.trim_matches(SEPARATORS);
    let text = SOURCE_PREFIX.replace(text, "");
    text.trim_matches(SEPARATORS).to_string()
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(CLOSERS)
        .chars()
        .next_back()
        .is_some_and(|c| ENDERS.contains(&c))
}

/// A line that could be a heading: short, and not ending a sentence or clause.
fn heading_candidate(line: &str) -> bool {
    if ends_sentence(line) || CREDIT.is_match(line) || URL.is_match(line) {
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

fn classify(lines: &[&str]) -> Vec<RawBlock> {
    let candidate: Vec<bool> = lines.iter().map(|l| heading_candidate(l)).collect();
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let alone = i > 0
                && i + 1 < lines.len()
                && candidate[i]
                && !candidate[i - 1]
                && !candidate[i + 1];
            if alone {
                RawBlock::Heading(line.to_string())
            } else {
                RawBlock::Paragraph(line.to_string())
            }
        })
        .collect()
}

/// Parse the lines after a reading-list label. An entry is a title line, optionally
/// followed by a `source date` line; or one line holding title, source and date
/// (`title  source 2024-12-21`, `title（source，2024-12-21）`); list markers and URLs are
/// recognised.
fn parse_reading(lines: &[&str]) -> Vec<ReadingEntry> {
    let mut entries: Vec<ReadingEntry> = Vec::new();
    let mut open = false; // the last entry still waits for its source/date line
    for raw in lines {
        let mut line = LIST_MARKER.replace(raw, "").trim().to_string();
        let mut url = None;
        if let Some(m) = URL.find(&line) {
            url = Some(
                m.as_str()
                    .trim_end_matches(['.', ',', '，', '。'])
                    .to_string(),
            );
            line = format!("{} {}", &line[..m.start()], &line[m.end()..]);
            line = line.trim_matches(SEPARATORS).to_string();
        }
        if line.is_empty() {
            if let (Some(u), Some(last)) = (url, entries.last_mut()) {
                last.url.get_or_insert(u);
            }
            continue;
        }
        let found = find_date(&line);
        if open {
            if let Some(meta) = found.as_ref().and_then(|m| meta_line(&line, m)) {
                if let Some(last) = entries.last_mut() {
                    last.source = meta.0;
                    last.date = meta.1;
                    if url.is_some() {
                        last.url = url;
                    }
                }
                open = false;
                continue;
            }
        }
        let entry = match found.as_ref().and_then(|m| one_line_entry(&line, m)) {
            Some(mut entry) => {
                entry.url = url;
                open = false;
                entry
            }
            None => {
                open = true;
                ReadingEntry {
                    title: strip_title(&line),
                    source: None,
                    date: None,
                    url,
                }
            }
        };
        entries.push(entry);
    }
    entries
}

fn strip_title(title: &str) -> String {
    let t = title.trim();
    match t.strip_prefix('《').and_then(|t| t.strip_suffix('》')) {
        Some(inner) if !inner.contains(['《', '》']) => inner.to_string(),
        _ => t.to_string(),
    }
}

/// One reading-list entry written on one line: `title source date`, `title（source，date）`,
/// or just a title. URLs are left to the caller.
pub fn entry_from_line(line: &str) -> ReadingEntry {
    let line = LIST_MARKER.replace(line.trim(), "");
    find_date(&line)
        .and_then(|m| one_line_entry(&line, &m))
        .unwrap_or_else(|| ReadingEntry {
            title: strip_title(&line),
            source: None,
            date: None,
            url: None,
        })
}

/// A line holding only a source and a date (`澎湃新闻 2024-12-21`).
fn meta_line(line: &str, m: &DateMatch) -> Option<(Option<String>, Option<chrono::NaiveDate>)> {
    let rest = format!("{} {}", &line[..m.range.start], &line[m.range.end..]);
    let source = clean_source(&rest);
    (source.chars().count() <= 25)
        .then(|| ((!source.is_empty()).then_some(source), Some(m.date.day)))
}

/// A whole entry on one line, with the source and date after the title.
fn one_line_entry(line: &str, m: &DateMatch) -> Option<ReadingEntry> {
    let after =
        line[m.range.end..].trim_matches(|c: char| c.is_whitespace() || CLOSERS.contains(&c));
    if !after.is_empty() {
        return None;
    }
    let before = line[..m.range.start].trim_end();
    let before = before.trim_end_matches([',', '，', '、', ' ']);
    let (title, source) = if let Some(open) = before.rfind(['(', '（']) {
        (&before[..open], &before[open..])
    } else if let Some((t, s)) = split_last_delimiter(before) {
        (t, s)
    } else {
        (before, "")
    };
    let title =
        strip_title(title.trim_matches(|c: char| c.is_whitespace() || c == '-' || c == '|'));
    if title.is_empty() {
        return None;
    }
    let source = clean_source(source);
    Some(ReadingEntry {
        title,
        source: (!source.is_empty() && source.chars().count() <= 25).then_some(source),
        date: Some(m.date.day),
        url: None,
    })
}

fn split_last_delimiter(text: &str) -> Option<(&str, &str)> {
    for delim in [" | ", "｜", "|", " — ", " – ", " - ", "\t", "  "] {
        if let Some(i) = text.rfind(delim) {
            return Some((&text[..i], &text[i + delim.len()..]));
        }
    }
    // One space before a short last word: `标题 澎湃新闻`.
    let i = text.rfind(' ')?;
    let (title, source) = (&text[..i], &text[i + 1..]);
    (source.chars().count() <= 12 && !title.trim().is_empty()).then_some((title, source))
}

/// The body as CommonMark: headings become `##` headings, paragraphs paragraphs, and every
/// ASCII punctuation character is escaped so that no text is read as markup.
pub fn to_markdown(blocks: &[RawBlock]) -> String {
    let mut out = String::new();
    for block in blocks {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let text = match block {
            RawBlock::Heading(t) => {
                out.push_str("## ");
                t
            }
            RawBlock::Paragraph(t) => t,
        };
        for c in text.chars() {
            if c.is_ascii_punctuation() {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests;
