//! Quotations as a whole: quotes that run over paragraphs, and quotes in a paragraph that a
//! speaker opens as its subject with no verb of saying.

use super::lexicon::{self, DOCUMENT};
use super::{en_lexicon, en_words, Speakers};

/// Quotes that run across paragraphs: every paragraph of the run belongs to whoever is
/// attributed in any paragraph of it.
pub(super) fn extend_over_quotes(out: &mut Speakers, paragraphs: &[String]) {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < paragraphs.len() {
        let mut end = i;
        while end + 1 < paragraphs.len() && quote_continues(&paragraphs[end], &paragraphs[end + 1])
        {
            end += 1;
        }
        // (A press release's quotation left open over paragraphs that do not open with a
        // quotation mark again, up to the one that closes it.)
        if end == i {
            end = unmarked_run(paragraphs, i).unwrap_or(i);
        }
        if end > i {
            runs.push((i, end));
        }
        i = end + 1;
    }
    for (start, end) in runs {
        for s in &mut out.named {
            if s.paragraphs.iter().any(|p| (start..=end).contains(p)) {
                s.paragraphs.extend(start..=end);
                s.paragraphs.sort_unstable();
                s.paragraphs.dedup();
            }
        }
        for u in &mut out.unnamed {
            if u.paragraphs.iter().any(|p| (start..=end).contains(p)) {
                u.paragraphs.extend(start..=end);
                u.paragraphs.sort_unstable();
                u.paragraphs.dedup();
            }
        }
    }
}

/// The paragraph that closes a quotation opened and left open in paragraph `i` when the
/// paragraphs between hold no quotation mark (`"Activity levels were high …` / `The order
/// backlog …` / `… with improved margin level."`): at most eight paragraphs on.
fn unmarked_run(paragraphs: &[String], i: usize) -> Option<usize> {
    let marks = |p: &str| p.matches(['“', '”', '"']).count();
    let this = paragraphs[i].trim();
    let open =
        this.matches('“').count() > this.matches('”').count() || this.matches('"').count() % 2 == 1;
    if !open {
        return None;
    }
    for (j, next) in paragraphs.iter().enumerate().skip(i + 1).take(8) {
        match marks(next) {
            0 => continue,
            1 if next.trim_end().ends_with(['”', '"']) => return Some(j),
            _ => return None,
        }
    }
    None
}

/// Whether a quote opened in `this` paragraph is still open at its end and goes on in
/// `next` (which, by convention, opens with a quotation mark again).
fn quote_continues(this: &str, next: &str) -> bool {
    // A block quotation (`> …`, as exports write it) goes on with whoever spoke before it.
    if is_block_quote(next) && !this.trim().is_empty() {
        return true;
    }
    if !opens_quote(next) {
        return false;
    }
    let open = this.matches(['“', '「']).count();
    let close = this.matches(['”', '」']).count();
    let straight = this.matches('"').count();
    open > close || straight % 2 == 1
}

/// A paragraph written as a block quotation: `> …`.
fn is_block_quote(paragraph: &str) -> bool {
    paragraph.trim_start().starts_with(['>', '＞'])
}

/// `Mace pulled out props, including handcuffs — “if anyone would like to arrest me for
/// standing up for women, here are my wrists”`, `陈佳亭以往的投资方向正集中在AI领域。“去年上半年，
/// …”`: a paragraph in which no one is found speaking, that opens with a speaker's name as
/// its subject (after their titles or a phrase of time, `Rep. Roe`, `On Friday, Roe`; or with
/// he or she, right after a paragraph where only that person spoke) and
/// holds their words in quotation marks, gives those words to that speaker. Words are a
/// quotation in the sentence the name opens (English), or one that holds a whole sentence
/// (Chinese, where `“六条禁令”` or a slogan is quoted as a name is).
pub(super) fn subject_quotes(out: &mut Speakers, paragraphs: &[String]) {
    for (i, paragraph) in paragraphs.iter().enumerate() {
        let anyone = out.named.iter().any(|s| s.paragraphs.contains(&i))
            || out.unnamed.iter().any(|u| u.paragraphs.contains(&i));
        if anyone {
            continue;
        }
        let text = paragraph.trim_start();
        let opening: Vec<(usize, usize)> = (0..out.named.len())
            .filter_map(|k| {
                forms(&out.named[k])
                    .into_iter()
                    .find_map(|f| {
                        let lead = en_lead(text, f)?;
                        opens_as_subject(&text[lead..], f).then_some(lead + f.len())
                    })
                    .map(|len| (k, len))
            })
            .collect();
        let pronoun = ["He ", "She ", "他", "她"]
            .iter()
            .find(|p| text.starts_with(**p) && !text[p.len()..].starts_with(['们', '的']))
            .map(|p| p.len());
        let who = match (opening.as_slice(), pronoun) {
            ([(k, len)], _) => Some((*k, *len)),
            ([], Some(len)) if i > 0 => {
                let before: Vec<usize> = (0..out.named.len())
                    .filter(|&k| out.named[k].paragraphs.contains(&(i - 1)))
                    .collect();
                match before.as_slice() {
                    [k] => Some((*k, len)),
                    _ => None,
                }
            }
            _ => None,
        };
        let Some((k, len)) = who else {
            continue;
        };
        let rest = &text[len..];
        let act = en_lexicon::EN_ACT.is_match(rest);
        let Some(at) = own_words(rest).or(act.then_some(0)) else {
            continue;
        };
        // (Not someone else's words the sentence brings: `托伯洛夫提供的马斯克的一份声明称`.)
        let lead = &rest[..at];
        let others = (0..out.named.len())
            .filter(|&o| o != k)
            .any(|o| forms(&out.named[o]).iter().any(|f| lead.contains(f)));
        if others {
            continue;
        }
        let s = &mut out.named[k];
        s.paragraphs.push(i);
        s.paragraphs.sort_unstable();
        s.paragraphs.dedup();
    }
}

/// The forms a paragraph may open with for a speaker: the name, its aliases, and an English
/// surname or the last part of a transliterated name.
fn forms(s: &super::Speaker) -> Vec<&str> {
    let mut forms: Vec<&str> = std::iter::once(s.name.as_str())
        .chain(s.aliases.iter().map(String::as_str))
        .collect();
    if let Some((_, surname)) = s.name.rsplit_once(' ') {
        forms.push(surname);
    }
    if let Some(parts) = super::zh::name_parts(&s.name) {
        forms.extend(parts.last());
    }
    forms.retain(|f| f.chars().count() >= 2);
    forms
}

/// Where `name` stands as the first words of `text` after what may lead an English sentence
/// before its subject: a time or a medium (`On Monday, `, `In a post on X, `) and the
/// person's titles and place (`Sen. `, `California Gov. `). 0 when `text` opens with it.
fn en_lead(text: &str, name: &str) -> Option<usize> {
    if text.starts_with(name) {
        return Some(0);
    }
    if !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let mut from = 0;
    // `On Monday, `: a short phrase up to a comma.
    if let Some(comma) = text.find(", ") {
        let phrase = &text[..comma];
        let words = phrase.split_whitespace().count();
        if words <= 6
            && !phrase.contains(['“', '"', '.'])
            && LEADS.iter().any(|l| phrase.starts_with(l))
        {
            from = comma + 2;
        }
    }
    let at = from + text[from..].find(name)?;
    let titles = &text[from..at];
    let capitals = titles.split_whitespace().count() <= 4
        && titles
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with(',') && w != "The");
    (titles.is_empty() || (capitals && titles.ends_with(' '))).then_some(at)
}

/// Words that open a phrase of time or medium before an English sentence's subject.
const LEADS: [&str; 12] = [
    "On ",
    "In ",
    "Late ",
    "Earlier ",
    "Later ",
    "Last ",
    "At ",
    "During ",
    "Meanwhile",
    "Also ",
    "Separately",
    "Speaking ",
];

/// Whether `text` opens with `name` as the subject of its sentence: not a possessive, not
/// one of two people, not a name inside a longer one.
fn opens_as_subject(text: &str, name: &str) -> bool {
    let Some(rest) = text.strip_prefix(name) else {
        return false;
    };
    let latin = name.chars().last().is_some_and(|c| c.is_ascii_alphabetic());
    if latin && !rest.starts_with([' ', ',']) {
        return false;
    }
    ![
        "’s", "'s", "的", "和", "与", "及", "·", " and ", " of ", " &",
    ]
    .iter()
    .any(|p| rest.starts_with(p))
}

/// Where the quotation of someone's own words opens in `rest`, the paragraph after its
/// subject: a closed quotation of six words or more in the same sentence, or one of Chinese
/// that holds a sentence's end; with no `by` or `被` before it (someone else's doing), nor a
/// document that may be someone else's (`a report warning`, `提供的一份声明称`).
fn own_words(rest: &str) -> Option<usize> {
    // (A closing mark typed where an opening one belongs, after a space and before a
    // capital, opens a quotation too: `— ”I’m not gonna give a projected day …”`.)
    fn next_open(rest: &str, from: usize) -> Option<usize> {
        let marked = rest[from..].find(['“', '「', '"']).map(|o| from + o);
        let misplaced = rest[from..]
            .match_indices('”')
            .map(|(o, _)| from + o)
            .find(|&o| {
                rest[..o].ends_with(char::is_whitespace)
                    && rest[o + '”'.len_utf8()..].starts_with(char::is_uppercase)
            });
        match (marked, misplaced) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
    let mut from = 0;
    while let Some(open) = next_open(rest, from) {
        let mark = rest[open..].chars().next().map_or(1, char::len_utf8);
        let inner = open + mark;
        let close = inner + rest[inner..].find(['”', '」', '"'])?;
        let quote = &rest[inner..close];
        let lead = &rest[..open];
        if lead.contains(" by ") || lead.contains('被') || DOCUMENT.is_match(lead) {
            return None;
        }
        let han = quote
            .chars()
            .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
            .count();
        // (Or a quotation set off by a comma or a colon that ends its sentence: `吕义雄也
        // 认识到这一点，“韩束，今明年在抖音还有机会”。`, not a slogan a noun follows.)
        let after = rest[close..].chars().nth(1);
        // (Not after another's verb of speech: `但检察官却表示，“…”`.)
        let others = ["表示", "称", "说", "指出", "认为"]
            .iter()
            .any(|v| lead.contains(v));
        let set_off = lead.ends_with(['，', '：', ':'])
            && !others
            && matches!(after, None | Some('。' | '！' | '？' | '”'))
            && han >= 8;
        let zh = (han >= 8 && quote.contains(['。', '！', '？'])) || set_off;
        let en = han == 0 && quote.split_whitespace().count() >= 6 && !lead.contains(". ");
        // (`Trump was called “…” by his critics`: the words of whoever comes after them.)
        let by = rest[close..]
            .trim_start_matches(['”', '」', '"', ',', ' '])
            .starts_with("by ");
        // (`a presentation titled “…”`: a title, no one's words.)
        let titled =
            lead.trim_end().rsplit(' ').next().is_some_and(|w| {
                matches!(w, "titled" | "entitled" | "called" | "named" | "dubbed")
            });
        if (zh || en) && !by && !titled {
            return Some(open);
        }
        from = close + rest[close..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Whether a paragraph opens a turn of its own (`泓君：…`, `澎湃新闻：…`, `问：…`): a short
/// label before a colon.
pub(super) fn opens_turn(paragraph: &str) -> bool {
    let head: String = paragraph.chars().take(14).collect();
    head.find(['：', ':']).is_some_and(|at| {
        !head[..at].contains(['，', '。', '；', '“', '”', ' ']) && !head[..at].is_empty()
    })
}

/// Whether a paragraph is the page's own, after an interview: a signature `——`, a note on
/// the pictures, the series, a call to follow.
pub(super) fn page_note(paragraph: &str) -> bool {
    const PAGE: [&str; 14] = [
        "——",
        "（",
        "(",
        "本文",
        "文中",
        "这是《",
        "欢迎",
        "也欢迎",
        "免责",
        "声明",
        "转载",
        "点击",
        "扫码",
        "原标题",
    ];
    PAGE.iter().any(|p| paragraph.starts_with(p))
}

/// A quote closed and attributed in its own paragraph (`“…,” said Google.`, `“…”公司表示`),
/// to someone pizhu does not take for a person: not a continuation of the speaker before.
pub(super) static OWN_ATTRIBUTION: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(
    || {
        let verbs = "said|says|added|adds|wrote|writes|noted|explained|stated|continued|concluded";
        let bodies = en_words::EN_ORG_NOUNS.join("|");
        lexicon::re(&format!(
            r#"[”"],?\s+(?:(?:the\s+)?[A-Z][\w.’'\-]*\s+(?:[\w.’'\-]+\s+){{0,5}}(?:{verbs})\b|the\s+(?:[\w’'\-]+\s+){{0,2}}(?:{bodies})\s+(?:{verbs})\b|(?:{verbs})\s+[A-Z])|”[^，。“”]{{1,20}}?(?:表示|说|称|指出)"#
        ))
    },
);

/// Whether a paragraph opens with a quotation mark (`“…`, `"…`, `「…`).
pub(super) fn opens_quote(paragraph: &str) -> bool {
    // A closing mark where an opening one belongs (`”They are …`) opens a quote too.
    paragraph
        .trim_start()
        .starts_with(['“', '"', '「', '『', '”'])
}

/// Whether a paragraph ends with a colon, introducing what follows.
pub(super) fn ends_with_colon(paragraph: &str) -> bool {
    paragraph.trim_end().ends_with([':', '：'])
}
