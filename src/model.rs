//! Plain data: what a loaded article is, whichever format it came from. A raw `.txt` article
//! and a Markdown article become the same [`Article`] and take one path afterwards.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// The language an article is written in. Chinese is the first language, English the second.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// The BCP 47 code used in `lang` attributes and in `site.yaml`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Parse a language code (`zh`, `zh-CN`, `zh-Hans`, `en`, `en-US`, …).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" | "cn" | "chinese" => Some(Lang::Zh),
            "en" | "english" => Some(Lang::En),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A publication date as the article writes it: a day, and a time of day only if one was
/// written. No time zone is invented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PubDate {
    pub day: NaiveDate,
    pub time: Option<NaiveTime>,
}

impl PubDate {
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub fn iso(&self) -> String {
        match self.time {
            Some(t) => format!("{}T{}", self.day.format("%Y-%m-%d"), t.format("%H:%M")),
            None => self.day.format("%Y-%m-%d").to_string(),
        }
    }

    /// `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`, for people.
    pub fn display(&self) -> String {
        match self.time {
            Some(t) => format!("{} {}", self.day.format("%Y-%m-%d"), t.format("%H:%M")),
            None => self.day.format("%Y-%m-%d").to_string(),
        }
    }
}

impl Ord for PubDate {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.day, self.time.unwrap_or(NaiveTime::MIN))
            .cmp(&(other.day, other.time.unwrap_or(NaiveTime::MIN)))
    }
}

impl PartialOrd for PubDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// An article's metadata, detected from the text or given in front matter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub title: String,
    pub date: Option<PubDate>,
    /// The outlet the article comes from (`第一财经`, `Tech Ledger`).
    pub source: Option<String>,
    /// A byline author, where the byline names one (`By Jane Doe`, `记者 张三`).
    pub author: Option<String>,
    pub editor: Option<String>,
    /// The dateline or lead that opened the text (`LONDON, Feb 12 (Reuters)`,
    /// `新华社北京2月10日电（记者 甲）`), kept out of the running text.
    pub dateline: Option<String>,
    pub tags: Vec<String>,
    pub lang: Lang,
    pub summary: Option<String>,
    pub draft: bool,
    pub slug: Option<String>,
    /// Old addresses (paths without slashes at the ends) that redirect to the article.
    pub aliases: Vec<String>,
    /// Front matter `extra:`: free-form values handed to templates as they are.
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl std::hash::Hash for Meta {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        let Meta {
            title,
            date,
            source,
            author,
            editor,
            dateline,
            tags,
            lang,
            summary,
            draft,
            slug,
            aliases,
            extra,
        } = self;
        (title, date, source, author, editor, tags, lang, summary).hash(h);
        (draft, slug, aliases, dateline).hash(h);
        // JSON values have no hash of their own; their text stands for them.
        serde_json::to_string(extra).ok().hash(h);
    }
}

/// One entry of an article's own reading list (`相关阅读`, `Related reading`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ReadingEntry {
    pub title: String,
    pub source: Option<String>,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
}

/// Which kind of file an article was loaded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// A plain-text article as an outlet exports it.
    Raw,
    /// Markdown with YAML front matter.
    Markdown,
}

/// One article, loaded and ready to annotate and render.
#[derive(Debug, Clone, PartialEq, Hash)]
pub struct Article {
    /// The file, relative to the site root (`content/seed.txt`).
    pub file: PathBuf,
    /// The page's path in the output, without slashes at either end (`seed`, `analysis/x`).
    pub path: String,
    /// The section (folder under `content/`) the article sits in; `""` for the top level.
    pub section: String,
    pub format: Format,
    pub meta: Meta,
    /// The body as CommonMark. Raw articles are turned into Markdown with every ASCII
    /// punctuation character escaped, so their text is never read as markup.
    pub body: String,
    /// The line of the file on which `body` starts (for messages).
    pub body_line: usize,
    pub reading: Vec<ReadingEntry>,
}

/// A folder under `content/`, with its own list page.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Section {
    /// Path under `content/` with `/` separators; `""` is the home section.
    pub path: String,
    pub title: String,
    pub description: String,
    /// The order of its list page.
    pub sort_by: SortBy,
}

/// The order of a section's list page.
#[derive(Debug, Clone, Copy, Default, Hash, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SortBy {
    #[default]
    Date,
    Title,
}
