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
//!    and so are staff credits (`校对 王五`, `运营/排版：赵六`); boilerplate tails (copyright
//!    and investment notices, `END`, a repeated source line, an outlet's sign-off) go;
//! 6. the lead of the first paragraph (`WASHINGTON (Reuters) -`, `【某报综合报道】`,
//!    `某社2月10日讯（记者 甲）`) becomes the dateline, its reporters the author ([`lead`]);
//! 7. the lines become blocks ([`blocks`]): bullet lists with their label, photo captions,
//!    editor's notes, and paragraphs, except that a short paragraph without sentence-ending
//!    punctuation that stands alone between blocks is a heading.

mod blocks;
mod lead;

use std::sync::LazyLock;

use regex::Regex;

pub use self::blocks::{editor_note, is_caption, to_markdown, RawBlock};
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
    /// The lead taken from the first paragraph (`LONDON, Feb 12 (Reuters)`,
    /// `新华社北京2月10日电（记者 甲）`).
    pub dateline: Option<String>,
    pub blocks: Vec<RawBlock>,
    pub reading: Vec<ReadingEntry>,
}

pub(crate) fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("pizhu's built-in raw-text pattern is valid")
}

static COMMENT_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        // An English `Comments:` with a colon introduces what follows (a press release's remarks),
        // so only the Chinese markers may carry one.
        r"(?i)^(?:(?:最新评论|网友评论|热门评论|全部评论|精彩评论|发表评论|我要评论|评论区|查看评论|\d+\s*条评论|评论\s*[（(]\d+[）)])\s*[:：]?|(?:comments?|\d+\s+comments?|leave a (?:comment|reply)|join the conversation|show comments)\s*)$",
    )
});
static JUNK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:分享到|分享至|分享|举报|close|点赞|收藏|打开APP(?:阅读)?|下载APP|返回顶部|返回首页|扫一扫|微信扫一扫|阅读原文|展开全文|查看更多|查看最新行情|加载更多|广告|share(?: this)?(?: article| story| page)?|report(?: an error)?|advertisement|print|e-?mail|tweet|subscribe|back to top)(?:\s*[:：]?\s*(?:微信|微博|朋友圈|QQ空间|QQ|豆瓣|facebook|twitter|x|linkedin|whatsapp|e-?mail|wechat|weibo|reddit|copy link|[\s,，、|/·])*)?$",
    )
});
/// Boilerplate that outlets append to an article: risk notices and disclaimers, "more on
/// our account" promotions and repost notes (`（本文来自第一财经）`). The line is dropped.
static PROMO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[（(【\[]?\s*(?:风险提示|免责声明|免责条款|更多精彩|本文来自|本文转载自|本文首发于|本文系|本文为[^。，]{0,12}原创|点击关注|欢迎关注|关注我们|扫码关注|长按关注|识别二维码|如果您有新闻线索|报料|转载请|未经(?:书面)?(?:授权|许可)|view the original (?:press release|version)|to view the (?:source|original) version of this|sign up for (?:our|the|more)|subscribe to (?:our|more|the)|click (?:here )?(?:for more|to subscribe|to read more)|follow (?:us|[\w ]{2,40}) (?:for updates )?on (?:facebook|twitter|x|linkedin|instagram|youtube)\b|click image to view|(?:a )?photos? accompanying this (?:announcement|release)|thank you for signing up|the latest in [\w ,]{2,40}\. direct to your inbox|attorney advertising|this information is (?:subject to the disclosure|considered to be inside information)|neither the [\w ]{2,40} exchange nor|you may also click here|watch the live video)",
    )
});
/// Copyright notices, `不构成投资建议` notes, end marks (`END`, `<全文完>`) and rules.
static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)版权所有|版权归[^。]{0,20}所有|版权作品|(?:不得|请勿|禁止|严禁)(?:转载|转发|复制)|转载请(?:注明|写明|标明|联系)|^(?:本文|以上|文中|注[:：])[^。]{0,80}(?:仅供参考|投资建议|风险自担)|开户.{0,6}(?:安全|快捷)|(?:下载|打开|都在)\s*\S{0,10}APP$|^(?:[^／/\s]{2,10}\s*[／/]\s*){4,}|all rights reserved|^©|^copyright\b|^\(c\)\s|^[（(【]?\s*(?:注|备注|声明|提示)?[:：]?\s*(?:本文|以上|文中)[^。]{0,40}不构成[^。]{0,6}(?:投资|操作)建议|^[-—–_=~·*<>《》(（\s]*(?:end|the end|全文完|完)[-—–_=~·*<>《》)）\s]*$|^[-—–_=~·*\\\s]{3,}$",
    )
});
const STAFF_ROLES: &str = "责任编辑|值班编辑|编辑|责编|主编|编审|校对|审核|审校|排版|运营|美编|监制|出品人?|策划|统筹|视觉|设计|制图|制作|作者|记者|采写|撰文|(?:文章)?编译|翻译";
/// A staff credit line: `校对 王五`, `运营/排版：赵六`, `责任编辑：甲 主编：乙`, `作者：甲`,
/// `◎记者 甲 乙`.
static STAFF: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^[◎●]?(?:(?:{STAFF_ROLES})(?:\s*[/、]\s*(?:{STAFF_ROLES}))*\s*(?:[:：/｜|]\s*|\s+)(?:[^\s，。；：:]{{1,12}}\s*){{1,4}})+$"
    ))
});
static STAFF_ROLE_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"^(?:{STAFF_ROLES})(?:[:：/｜|]|$)")));
static STAFF_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?P<role>{STAFF_ROLES})\s*[:：/｜|\s]\s*(?P<names>(?:[^\s，。；：:/｜|]{{1,12}}\s*){{1,4}})"
    ))
});
/// An outlet signing off on the last line: `某某经济新闻`, `（某社 甲）`.
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:[\p{Han}A-Za-z]{1,10}(?:新闻|日报|晚报|时报|财经|周刊|网|社|客户端)|[（(][^（）()，。,.]{2,16}[）)])$",
    )
});
/// Left over from an image: `图片` before a caption or on its own.
static IMAGE_MARK: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:图片)+(?P<rest>$|[（(【*▲△\d]|图|头图|封面)"));
/// A template placeholder left at the end of a line: `{beacon}`.
static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| re(r"\{[a-z][a-z_]*\}$"));
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
pub(crate) static URL: LazyLock<Regex> = LazyLock::new(|| re(r#"https?://[^\s<>"'）)】]+"#));
static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:\d{1,2}[.、)）]\s*|[-*•·●▪◆■]\s*|\[\d{1,2}\]\s*|[（(]\d{1,2}[）)]\s*)")
});
pub(crate) static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
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
    '”', '’', '"', '\'', '」', '』', '）', ')', '】', ']', '》', '〉', '*',
];
/// Separators trimmed around a source name.
const SEPARATORS: &[char] = &[
    ' ', '|', '｜', '·', '•', '-', '—', '–', ',', '，', '、', '/', '(', ')', '（', '）', '[', ']',
    '【', '】', ':', '：',
];

/// Parse a raw article. `None` when the text has no non-blank line (no title).
pub fn parse(text: &str) -> Option<RawArticle> {
    // `E\*Trade`, `Equity ratio\*\*`, `\_\_\_`: text copied out of Markdown keeps the
    // backslashes that escaped its asterisks and underscores; plain text has no use for them.
    let text: std::borrow::Cow<str> = if text.contains("\\*") || text.contains("\\_") {
        text.replace("\\*", "*").replace("\\_", "_").into()
    } else {
        text.into()
    };
    // `“… unemployment,’’ Gary Hufbauer … said`: two single marks written for a double one.
    let text: std::borrow::Cow<str> = if text.contains("’’") || text.contains("‘‘") {
        text.replace("’’", "”").replace("‘‘", "“").into()
    } else {
        text
    };
    let mut lines = text
        .lines()
        .map(|l| {
            let l = l.trim_matches(|c: char| c.is_whitespace() || ZERO_WIDTH.contains(&c));
            let l = IMAGE_MARK
                .captures(l)
                .and_then(|c| c.name("rest"))
                .map_or(l, |rest| &l[rest.start()..]);
            let l = PLACEHOLDER.find(l).map_or(l, |m| &l[..m.start()]);
            l.trim_matches(|c: char| c.is_whitespace() || ZERO_WIDTH.contains(&c))
        })
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
    rest.retain(|l| !JUNK.is_match(l) && !PROMO.is_match(l) && !NOTICE.is_match(l));

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
    rest.retain(|l| {
        if !STAFF.is_match(l) {
            return true;
        }
        for caps in STAFF_ROLE.captures_iter(l) {
            // The names run until the next role (`甲 主编：乙`).
            let names: Vec<&str> = caps["names"]
                .split_whitespace()
                .take_while(|n| !n.ends_with([':', '：']) && !STAFF_ROLE_WORD.is_match(n))
                .collect();
            match &caps["role"] {
                "作者" | "记者" | "采写" | "撰文" => {
                    article.author.get_or_insert(names.join("、"));
                }
                "责任编辑" | "值班编辑" | "编辑" | "责编" => {
                    for n in names {
                        if !editors.iter().any(|e| e == n) {
                            editors.push(n.to_string());
                        }
                    }
                }
                _ => {}
            }
        }
        false
    });
    if !editors.is_empty() {
        article.editor = Some(editors.join("、"));
    }
    drop_tail(&mut rest);

    let first: String;
    if let Some((at, lead)) = first_lead(&rest) {
        article.dateline = Some(lead.dateline);
        if article.author.is_none() {
            article.author = lead.author;
        }
        if article.editor.is_none() {
            article.editor = lead.editor;
        }
        first = rest[at][lead.rest..].to_string();
        if first.is_empty() {
            rest.remove(at);
        } else {
            rest[at] = &first;
        }
    }

    article.reading = parse_reading(&reading_lines);
    article.blocks = blocks::classify(&rest);
    Some(article)
}

/// Zero-width characters that pad lines copied from web pages.
const ZERO_WIDTH: &[char] = &['\u{feff}', '\u{200b}', '\u{200c}', '\u{200d}'];

/// The first paragraph's lead, and which line it is on: the first line that is running
/// text (not a list item, caption, editor's note, short line or deck without a full stop),
/// when it starts with one.
fn first_lead(lines: &[&str]) -> Option<(usize, lead::Lead)> {
    for (i, line) in lines.iter().enumerate().take(6) {
        if let Some(found) = lead::find(line) {
            return Some((i, found));
        }
        let aside = is_caption(line)
            || editor_note(line).is_some()
            || line.starts_with(['*', '-', '•'])
            || line.chars().count() <= 40
            || !ends_sentence(line);
        if !aside {
            return None;
        }
    }
    None
}

/// Drop what outlets append after the text: a repeated source line (`来源：某网
/// 2025-02-10 09:30`, `Source: Reuters, 2025-02-10`), a sign-off (`某某经济新闻`,
/// `（某社 甲）`) and a bare address, date or number, as long as the last line is one.
fn drop_tail(lines: &mut Vec<&str>) {
    while let Some(last) = lines.last() {
        let byline = parse_byline(last).is_some_and(|b| b.date.is_some() && b.source.is_some());
        let sign_off = SIGN_OFF.is_match(last) && !is_caption(last);
        // A bare address, date or phone number: what is left of a page's footer.
        let bare = URL
            .find(last)
            .is_some_and(|m| m.as_str().len() + 4 >= last.len())
            || last.chars().filter(|c| c.is_alphabetic()).count() < 2;
        if !(byline || sign_off || bare) || lines.len() == 1 {
            break;
        }
        lines.pop();
    }
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

pub(crate) fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(CLOSERS)
        .chars()
        .next_back()
        .is_some_and(|c| ENDERS.contains(&c))
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

#[cfg(test)]
mod tests;
