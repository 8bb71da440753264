//! The lead of an article's first paragraph: a dateline (`WASHINGTON (Reuters) -`,
//! `LONDON, Feb 12 (Reuters) -`, `BENGALURU, INDIA, Feb 10, 2025 -`) or a Chinese lead
//! (`【某报综合报道】`, `新华社北京2月10日电（记者 甲、乙）`, `某社2月10日讯（记者 甲）`,
//! `本报讯（记者 张三）`). It is taken out of the paragraph's text and kept as metadata; the
//! reporters it names are authors, and an editor it names (`（编辑 乙）`) is the editor.

use std::sync::LazyLock;

use regex::Regex;

use super::re;

/// What a lead says.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Lead {
    /// The lead as written, without the separator after it.
    pub dateline: String,
    /// The reporters it names, joined with `、`.
    pub author: Option<String>,
    /// The editor it names.
    pub editor: Option<String>,
    /// Where the paragraph's own text starts (bytes).
    pub rest: usize,
}

const MONTH: &str = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?";
/// A dash that ends a dateline, with the spaces around it (no-break spaces too).
const DASH: &str = r"[\s\u{a0}]*(?:--|[-–—])[\s\u{a0}]*";
/// `(Reuters)`, `(GLOBE NEWSWIRE)`, `(NEXSTAR)`.
const AGENCY: &str = r"\([A-Z][A-Za-z&/.\- ]{1,30}\)";

static EN_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    // A place (`WASHINGTON`, `VANCOUVER, British Columbia`, `Washington, D.C.`), a date
    // (`Feb 10`, `Feb. 10, 2025`) or an agency or both; or an agency alone.
    let place = r"\p{Lu}[\p{L}.'’\-]*(?:[ \u{a0}]+(?:and[ \u{a0}]+)?[\p{L}.'’\-]+){0,4}";
    let places = format!(r"{place}(?:[ \u{{a0}}]?,[ \u{{a0}}]*(?:and[ \u{{a0}}]+)?{place}){{0,3}}");
    let caps_places = format!(
        r"[A-Z][A-Z.'’\-]+(?:[ \u{{a0}}]+[A-Z][A-Z.'’\-]+){{0,3}}(?:,[ \u{{a0}}]+{place}){{0,2}}"
    );
    let date = format!(r"{MONTH}[ \u{{a0}}]+\d{{1,2}}(?:,[ \u{{a0}}]*\d{{4}})?");
    let dated = format!(r"(?:{places}[ \u{{a0}}]?,[ \u{{a0}}]+)?{date}(?:[ \u{{a0}}]+{AGENCY})?");
    let slashed = format!(
        r"{places}[ \u{{a0}}]+/[^/]{{2,40}}/[ \u{{a0}}]+{MONTH}[ \u{{a0}}]+\d{{1,2}},[ \u{{a0}}]*\d{{4}}[ \u{{a0}}]+/"
    );
    re(&format!(
        r"^(?P<lead>(?:{dated}|{caps_places}[ \u{{a0}}]+{AGENCY}|{AGENCY}){DASH}(?:{AGENCY}{DASH})?|{slashed}[ \u{{a0}}]*)"
    ))
});
static ZH_BRACKET_LEAD: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[*\s]*【(?P<inner>[^】]{2,60})】"));
static BRACKET_WORD: LazyLock<Regex> =
    LazyLock::new(|| re(r"报道|记者|讯$|电$|综合|编译|特稿|撰文|^文\s*[/｜|]|作者"));
/// `财联社2月10日讯（记者 甲）`, `新华社北京2月10日电`, `2月10日消息`, `本报讯（记者 张三）`.
static ZH_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<outlet>[^\s，。；：！？“”‘’（）()【】、,.:;!?]{0,20}?)\s*(?P<date>\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?P<kind>电|讯|消息|快讯)\s*(?:(?P<paren>[（(][^（）()]{1,50}[）)])[\s，,：:｜|]*|[\s，,：:｜|]+)",
    )
});
/// Words that begin or end an ordinary phrase rather than an outlet's lead (`受此消息`,
/// `据某社2月10日消息`).
static NOT_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:据|另据|综合|此前|日前|根据|来自|从|在|有|受)|(?:此|该|这一|上述|好|坏|最新|相关|传出|有|无|市场|小道|利好|利空)$",
    )
});
/// A reporter's or editor's word, and the names after it.
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?P<role>见习记者|特约记者|特派记者|记者|通讯员|实习生|作者|撰文|编辑|文\s*[/｜|])")
});
/// How the name of an outlet (`中新财经`, `观察者网`) or a title (`研究员`) ends: no
/// person's name.
static ORG_END: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:网|报|社|台|财经|新闻|日报|时报|晚报|客户端|传媒|媒体|员|者|实习生|主任|主编|总监)$")
});
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:\p{Han}{2,4}|\p{Han}{1,6}·\p{Han}{1,8}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})$")
});

/// The lead at the start of `line`, if it has one and text after it.
pub fn find(line: &str) -> Option<Lead> {
    if let Some(caps) = EN_DATELINE.captures(line) {
        let lead = caps.name("lead")?;
        let rest = lead.end();
        let dateline = lead
            .as_str()
            .trim_end_matches(['-', '–', '—', ' ', '\u{a0}', '/']);
        // A date alone (`October 1 - December 31`) is no dateline: it needs a place, a
        // year or an agency, and a sentence after it.
        let words = line[rest..].split_whitespace().count();
        // A line holding the dateline alone is one too: the text follows on the next line.
        let alone = rest == line.len() && dateline.len() < line.len();
        if !dateline.contains([',', '(', '/']) || (words < 3 && !alone) {
            return None;
        }
        return Some(Lead {
            dateline: dateline.trim().to_string(),
            rest,
            ..Lead::default()
        });
    }
    if let Some(caps) = ZH_BRACKET_LEAD.captures(line) {
        let whole = caps.get(0)?;
        let inner = caps.name("inner")?.as_str();
        // `【…认为#话题# 多家媒体报道…】` is a topic, not a lead.
        if inner.contains("编者")
            || inner.contains("编按")
            || inner.contains(['#', '，', '。', '：'])
            || !BRACKET_WORD.is_match(inner)
        {
            return None;
        }
        let (author, editor) = people(inner);
        let rest = whole.end() + separator_len(&line[whole.end()..]);
        return Some(Lead {
            dateline: line[..whole.end()]
                .trim_start_matches(['*', ' '])
                .to_string(),
            author,
            editor,
            rest,
        });
    }
    let caps = ZH_LEAD.captures(line)?;
    let outlet = caps.name("outlet").map_or("", |m| m.as_str());
    let dated = caps.name("date").is_some();
    let paren = caps.name("paren");
    let kind = caps.name("kind")?;
    if NOT_OUTLET.is_match(outlet) || (!dated && outlet.chars().count() < 2) {
        return None;
    }
    let end = caps.get(0)?.end();
    let lead_end = paren.map_or(kind.end(), |p| p.end());
    // Without a date, `消息` must be set off by a reporter's bracket or a space.
    if !dated && paren.is_none() && kind.as_str() == "消息" && !line[lead_end..end].contains(' ')
    {
        return None;
    }
    if !has_text(line, end) {
        return None;
    }
    let paren = paren.map(|m| m.as_str());
    let (author, editor) = paren.map(people).unwrap_or_default();
    Some(Lead {
        dateline: line[..lead_end].to_string(),
        author,
        editor,
        rest: end,
    })
}

fn has_text(line: &str, at: usize) -> bool {
    line[at..].chars().any(|c| c.is_alphanumeric())
}

fn separator_len(text: &str) -> usize {
    text.len()
        - text
            .trim_start_matches(|c: char| c.is_whitespace() || "，,：:｜|".contains(c))
            .len()
}

/// The reporters and the editor named in a lead's brackets: `记者 甲、乙`,
/// `环球时报驻美国特约记者 甲 环球时报记者 乙`, `文/观察者网 甲`, `编辑 乙`, or names alone.
fn people(text: &str) -> (Option<String>, Option<String>) {
    let text = text.trim_matches(['（', '）', '(', ')', ' ']);
    let mut authors: Vec<String> = Vec::new();
    let mut editors: Vec<String> = Vec::new();
    let roles: Vec<regex::Match> = ROLE.find_iter(text).collect();
    // Names before any role word (`（张燕征）`, `（甲 实习生 乙）`, `（某财经 甲）`) are
    // reporters, after the outlet's name if one leads.
    let before = &text[..roles.first().map_or(text.len(), |r| r.start())];
    let mut lead_words = words(before);
    if lead_words.first().is_some_and(|w| ORG_END.is_match(w)) {
        lead_words.remove(0);
    }
    if !lead_words.is_empty()
        && lead_words
            .iter()
            .all(|w| NAME.is_match(w) && !ORG_END.is_match(w))
    {
        authors.extend(lead_words.iter().map(|w| w.to_string()));
    }
    for (i, role) in roles.iter().enumerate() {
        let end = roles.get(i + 1).map_or(text.len(), |next| next.start());
        let segment = &text[role.end()..end];
        let mut names = names_in(segment);
        // The next outlet's name runs into its role word (`… 环球时报记者`): not a name.
        if end < text.len()
            && !segment.ends_with(|c: char| c.is_whitespace() || "、，,".contains(c))
        {
            names.truncate(words(segment).len().saturating_sub(1));
        }
        let target = if role.as_str() == "编辑" {
            &mut editors
        } else {
            &mut authors
        };
        for n in names {
            if !target.contains(&n) {
                target.push(n);
            }
        }
    }
    let join = |v: Vec<String>| (!v.is_empty()).then(|| v.join("、"));
    (join(authors), join(editors))
}

/// The names in `text` before the first word that is not a name.
fn names_in(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for w in words(text) {
        if ORG_END.is_match(w) && names.is_empty() {
            continue; // the outlet before the names: `文/观察者网 甲`
        }
        if NAME.is_match(w) && !ORG_END.is_match(w) {
            names.push(w.to_string());
        } else {
            break;
        }
    }
    names
}

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || "、，,".contains(c))
        .filter(|t| !t.is_empty())
        .collect()
}
