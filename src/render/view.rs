//! What templates see. These view structs are apart from the domain types so that the
//! template context is a documented, stable surface (README lists it) and the model can
//! change behind it.

use serde::Serialize;

use crate::config::Config;
use crate::load::body::Heading;
use crate::model::{Article, Lang, ReadingEntry, Section};

/// `site` in every template.
#[derive(Debug, Clone, Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub base_url: &'a str,
    pub language: Lang,
}

impl<'a> SiteView<'a> {
    pub fn new(config: &'a Config) -> Self {
        SiteView {
            title: &config.title,
            description: &config.description,
            base_url: &config.base_url,
            language: config.language,
        }
    }
}

/// An article in a list (home, section).
#[derive(Debug, Clone, Serialize, Hash)]
pub struct SummaryView<'a> {
    pub title: &'a str,
    pub url: String,
    pub date: Option<String>,
    pub date_display: Option<String>,
    pub source: Option<&'a str>,
    pub summary: &'a str,
    pub lang: Lang,
    pub tags: &'a [String],
    /// Length: Chinese characters plus Latin words.
    pub words: usize,
    /// Minutes to read (Chinese at about 400 characters, English at 230 words a minute).
    pub reading_minutes: usize,
}

impl<'a> SummaryView<'a> {
    pub fn new(article: &'a Article, summary: &'a str, length: crate::text::Length) -> Self {
        SummaryView {
            words: length.count(),
            reading_minutes: length.minutes(),
            title: &article.meta.title,
            url: page_url(&article.path),
            date: article.meta.date.map(|d| d.iso()),
            date_display: article.meta.date.map(|d| d.display()),
            source: article.meta.source.as_deref(),
            summary,
            lang: article.meta.lang,
            tags: &article.meta.tags,
        }
    }
}

/// `page` in `article.html`.
#[derive(Debug, Clone, Serialize)]
pub struct PageView<'a> {
    #[serde(flatten)]
    pub summary: SummaryView<'a>,
    pub author: Option<&'a str>,
    pub editor: Option<&'a str>,
    /// The dateline or lead that opened the text, shown before it.
    pub dateline: Option<&'a str>,
    pub content: &'a str,
    pub headings: &'a [Heading],
    pub related: Vec<ReadingView<'a>>,
    pub section: Option<SectionLink<'a>>,
    pub extra: &'a std::collections::BTreeMap<String, serde_json::Value>,
    /// The people quoted, in order of first appearance.
    pub speakers: Vec<SpeakerView<'a>>,
    /// The article's tags with their pages.
    pub tag_links: Vec<TagView<'a>>,
    /// Sources quoted without a name.
    pub unnamed_sources: Vec<UnnamedView<'a>>,
    /// Articles of the site whose reading lists cite this one.
    pub cited_by: Vec<ArticleLink<'a>>,
    /// Related articles of the site, best first.
    pub see_also: Vec<ArticleLink<'a>>,
}

/// A speaker in an article's sidebar.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerView<'a> {
    pub name: &'a str,
    /// The id that ties the sidebar entry to the paragraphs (`data-speaks="s1"`).
    #[serde(rename = "ref")]
    pub ref_id: String,
    pub org: Option<&'a str>,
    pub role: Option<&'a str>,
    pub aliases: &'a [String],
    /// 1-based paragraphs (`#p3`) where they speak.
    pub paragraphs: Vec<usize>,
    /// Their entry on the speakers page, relative to the root (`speakers/#刘华`).
    pub url: String,
    pub bio: Option<&'a str>,
    pub link: Option<&'a str>,
}

/// An unnamed source in an article's sidebar.
#[derive(Debug, Clone, Serialize)]
pub struct UnnamedView<'a> {
    pub description: &'a str,
    #[serde(rename = "ref")]
    pub ref_id: String,
    pub paragraphs: Vec<usize>,
}

/// `speakers` in `speakers.html`: everyone quoted on the site, by name.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakersPageView<'a> {
    pub people: Vec<PersonView<'a>>,
}

/// A person on the speakers page.
#[derive(Debug, Clone, Serialize)]
pub struct PersonView<'a> {
    pub name: &'a str,
    pub anchor: String,
    pub org: Option<&'a str>,
    pub role: Option<&'a str>,
    pub aliases: Vec<&'a str>,
    pub bio: Option<&'a str>,
    pub link: Option<&'a str>,
    /// The articles that quote them, newest first, with the paragraphs.
    pub articles: Vec<TermUse>,
}

/// An entry of an article's reading list.
#[derive(Debug, Clone, Serialize)]
pub struct ReadingView<'a> {
    pub title: &'a str,
    pub source: Option<&'a str>,
    pub date: Option<String>,
    /// The site's own page when the entry names one (relative to the current page), else
    /// the entry's own address, if it has one.
    pub url: Option<String>,
    /// Whether `url` is a page of this site (left out of JSON when not).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub internal: bool,
}

impl<'a> ReadingView<'a> {
    /// An entry as written: its own address, if any.
    pub fn new(entry: &'a ReadingEntry) -> Self {
        ReadingView {
            title: &entry.title,
            source: entry.source.as_deref(),
            date: entry.date.map(|d| d.format("%Y-%m-%d").to_string()),
            url: entry.url.clone(),
            internal: false,
        }
    }

    /// An entry that names a page of the site, linked from a page whose root prefix is
    /// `root`.
    pub fn on_site(entry: &'a ReadingEntry, root: &str, path: &str) -> Self {
        ReadingView {
            url: Some(format!("{root}{}", page_url(path))),
            internal: true,
            ..ReadingView::new(entry)
        }
    }
}

/// A link to another article of the site (cited by, see also).
#[derive(Debug, Clone, Serialize)]
pub struct ArticleLink<'a> {
    pub title: &'a str,
    /// Relative to the root (`analysis/x/`); also the value of `data-see-also`.
    pub url: String,
    pub date: Option<String>,
    pub source: Option<&'a str>,
}

impl<'a> ArticleLink<'a> {
    pub fn new(article: &'a crate::model::Article) -> Self {
        ArticleLink {
            title: &article.meta.title,
            url: page_url(&article.path),
            date: article.meta.date.map(|d| d.iso()),
            source: article.meta.source.as_deref(),
        }
    }
}

/// `reading` in `related.html`: every reading-list entry of the site once.
#[derive(Debug, Clone, Serialize)]
pub struct ReadingIndexView<'a> {
    /// Entries cited by two articles or more, most cited first.
    pub most_cited: Vec<IndexEntry<'a>>,
    /// All entries, newest first, by month (`2024-12`; undated last, month `""`).
    pub months: Vec<MonthView<'a>>,
    pub total: usize,
}

/// One month of the reading index.
#[derive(Debug, Clone, Serialize)]
pub struct MonthView<'a> {
    pub month: String,
    pub entries: Vec<IndexEntry<'a>>,
}

/// An entry of the reading index.
#[derive(Debug, Clone, Serialize)]
pub struct IndexEntry<'a> {
    pub title: &'a str,
    pub source: Option<&'a str>,
    pub date: Option<String>,
    /// The site's page (relative to the root) when it has it, else the entry's address.
    pub url: Option<String>,
    pub internal: bool,
    /// The articles whose reading lists cite it.
    pub cited_by: Vec<ArticleLink<'a>>,
}

/// A link to a section (nav, sub-sections, an article's section).
#[derive(Debug, Clone, Serialize, Hash)]
pub struct SectionLink<'a> {
    pub title: &'a str,
    pub url: String,
    pub count: usize,
}

impl<'a> SectionLink<'a> {
    pub fn new(section: &'a Section, count: usize) -> Self {
        SectionLink {
            title: &section.title,
            url: page_url(&section.path),
            count,
        }
    }
}

/// `section` in `section.html`.
#[derive(Debug, Clone, Serialize, Hash)]
pub struct SectionView<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub url: String,
    pub articles: Vec<SummaryView<'a>>,
    pub subsections: Vec<SectionLink<'a>>,
}

/// `glossary` in `glossary.html`.
#[derive(Debug, Clone, Serialize)]
pub struct GlossaryView<'a> {
    /// The terms used by at least one article, then (only when `glossary.show_unused` is
    /// on, and there are any) the terms no article uses.
    pub groups: Vec<TermGroup<'a>>,
    /// How many terms are used on the site.
    pub used: usize,
}

/// A group of terms on the glossary page.
#[derive(Debug, Clone, Serialize)]
pub struct TermGroup<'a> {
    pub unused: bool,
    pub terms: Vec<TermView<'a>>,
}

/// A term on the glossary page.
#[derive(Debug, Clone, Serialize)]
pub struct TermView<'a> {
    pub term: &'a str,
    /// The entry's id on the page (`scaling-law`, `月之暗面`).
    pub anchor: &'a str,
    pub aliases: &'a [String],
    pub category: Option<&'a str>,
    /// The definition in the site's language, as inline HTML.
    pub definition: String,
    /// The definition in the other language, when there is one, as inline HTML.
    pub definition_other: Option<String>,
    pub link: Option<&'a str>,
    /// The articles that use the term, newest first (at most `glossary.backlinks`).
    pub uses: Vec<TermUse>,
    /// How many more articles use it than are listed.
    pub more: usize,
}

/// An article that uses a term, and the paragraphs (1-based: `#p3`) where it does.
#[derive(Debug, Clone, Serialize)]
pub struct TermUse {
    pub title: String,
    pub url: String,
    pub date: Option<String>,
    pub paragraphs: Vec<usize>,
}

/// `paginator` on list pages: where this page stands among the pages of its list.
#[derive(Debug, Clone, Serialize, Hash)]
pub struct Paginator {
    pub number: usize,
    pub total: usize,
    /// The previous and next pages, relative to the root.
    pub previous: Option<String>,
    pub next: Option<String>,
    pub pages: Vec<PageNumber>,
}

/// One page of a paginated list.
#[derive(Debug, Clone, Serialize, Hash)]
pub struct PageNumber {
    pub number: usize,
    pub url: String,
    pub current: bool,
}

/// A tag: its name, its page (relative to the root) and how many articles carry it.
#[derive(Debug, Clone, Serialize, Hash)]
pub struct TagView<'a> {
    pub name: &'a str,
    pub url: String,
    pub count: usize,
}

/// The path of page `number` of the list at `base` (`""`, `analysis`, `tags/AI`): the list
/// itself for page 1, else `base/page/N`.
pub fn list_page_path(base: &str, number: usize) -> String {
    match (number, base) {
        (1, _) => base.to_string(),
        (n, "") => format!("page/{n}"),
        (n, b) => format!("{b}/page/{n}"),
    }
}

/// Cut `items` into pages of `per_page` (0: one page), each with its path and paginator.
pub fn paginate<T: Clone>(
    items: &[T],
    base: &str,
    per_page: usize,
) -> Vec<(String, Vec<T>, Paginator)> {
    let per_page = if per_page == 0 {
        items.len().max(1)
    } else {
        per_page
    };
    let chunks: Vec<&[T]> = if items.is_empty() {
        vec![&[]]
    } else {
        items.chunks(per_page).collect()
    };
    let total = chunks.len();
    let url = |n: usize| page_url(&list_page_path(base, n));
    chunks
        .into_iter()
        .enumerate()
        .map(|(i, chunk)| {
            let number = i + 1;
            let paginator = Paginator {
                number,
                total,
                previous: (number > 1).then(|| url(number - 1)),
                next: (number < total).then(|| url(number + 1)),
                pages: (1..=total)
                    .map(|n| PageNumber {
                        number: n,
                        url: url(n),
                        current: n == number,
                    })
                    .collect(),
            };
            (list_page_path(base, number), chunk.to_vec(), paginator)
        })
        .collect()
}

/// A tag as one path segment: its characters kept (percent-encoded in links), Latin lower
/// case (so `AI` and `ai` are one tag), `/` and spaces made `-`.
pub fn tag_slug(tag: &str) -> String {
    tag.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            if c == '/' || c == '\\' || c.is_whitespace() {
                '-'
            } else {
                c
            }
        })
        .collect()
}

/// Characters escaped in URL paths: controls, space and the characters with a meaning in
/// URLs or HTML. Non-ASCII (Chinese) characters are percent-encoded as UTF-8.
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'\\')
    .add(b'^')
    .add(b'|')
    .add(b'[')
    .add(b']');

/// The link to a page at `path` relative to the site root: each segment percent-encoded,
/// with a trailing `/` (`""` for the home page).
pub fn page_url(path: &str) -> String {
    if path.is_empty() {
        return String::new();
    }
    let mut url = String::new();
    for segment in path.split('/') {
        url.extend(percent_encoding::utf8_percent_encode(segment, PATH_SEGMENT));
        url.push('/');
    }
    url
}

/// The relative prefix from a page at `path` back to the site root (`""`, `"../"`, …).
pub fn root_prefix(path: &str) -> String {
    if path.is_empty() {
        return String::new();
    }
    "../".repeat(path.split('/').count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_prefixes() {
        assert_eq!(page_url("seed"), "seed/");
        assert_eq!(
            page_url("analysis/开源 模型"),
            "analysis/%E5%BC%80%E6%BA%90%20%E6%A8%A1%E5%9E%8B/"
        );
        assert_eq!(page_url(""), "");
        assert_eq!(root_prefix(""), "");
        assert_eq!(root_prefix("a/b"), "../../");
    }

    #[test]
    fn pages_of_a_list() {
        let items: Vec<usize> = (0..5).collect();
        let pages = paginate(&items, "", 2);
        let paths: Vec<&str> = pages.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(paths, ["", "page/2", "page/3"]);
        assert_eq!(pages[1].1, [2, 3]);
        assert_eq!(pages[1].2.previous.as_deref(), Some(""));
        assert_eq!(pages[1].2.next.as_deref(), Some("page/3/"));
        assert_eq!(paginate(&items, "tags/AI", 2)[2].0, "tags/AI/page/3");
        assert_eq!(paginate(&items, "x", 0).len(), 1);
        assert_eq!(
            paginate::<usize>(&[], "x", 2).len(),
            1,
            "an empty list still has its page"
        );
        assert_eq!(tag_slug("Scaling Law/AI"), "scaling-law-ai");
    }
}
