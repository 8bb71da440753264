//! The glossary: terms that explain themselves where they stand in the text.
//!
//! - [`Glossary::load`] merges the built-in AI-industry glossary with the site's
//!   `content/glossary.yaml` (a site entry replaces a built-in one of the same term and takes
//!   over any spelling it claims); errors name the file and the line of the entry.
//! - [`Glossary::find`] finds terms in running text: leftmost-longest across all terms and
//!   aliases; a term that begins or ends with a Latin letter or digit matches only where
//!   its neighbour is not one; a term that begins or ends with a Chinese character matches
//!   only where that edge falls on a jieba word boundary; Latin is matched case-insensitively
//!   unless the entry says `case_sensitive`.

use std::collections::HashMap;
use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde::Deserialize;

use super::segment::Segmenter;
use crate::error::{Error, Result};
use crate::load::front_matter::check_url;
use crate::model::Lang;
use crate::render::markdown::slug_id;
use crate::text::is_han;

/// The glossary file in a site's `content/`.
pub const GLOSSARY_FILE: &str = "glossary.yaml";

const BUILTIN: &str = include_str!("builtin_glossary.yaml");
const BUILTIN_NAME: &str = "built-in glossary";

/// One term of the glossary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossaryEntry {
    /// The canonical name (`Scaling Law`).
    pub term: String,
    /// Other spellings and the other language (`尺度定律`, `scaling law`).
    pub aliases: Vec<String>,
    /// The definition as written (inline Markdown), by language; at least one is set.
    pub definition_zh: Option<String>,
    pub definition_en: Option<String>,
    pub link: Option<String>,
    pub category: Option<String>,
    pub case_sensitive: bool,
    /// The id of the entry on the glossary page.
    pub anchor: String,
    /// Whether the entry comes from the site's own glossary (else the built-in one).
    pub from_site: bool,
}

impl GlossaryEntry {
    /// The definition in `lang`, or in the other language when there is none.
    pub fn definition(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Zh => (&self.definition_zh, &self.definition_en),
            Lang::En => (&self.definition_en, &self.definition_zh),
        };
        first.as_deref().or(second.as_deref()).unwrap_or_default()
    }

    /// The definition in `lang` if there is one, else in the other language; with the
    /// language it is in.
    pub fn definition_in(&self, lang: Lang) -> (&str, Lang) {
        let other = match lang {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        };
        let pick = |l: Lang| match l {
            Lang::Zh => self.definition_zh.as_deref(),
            Lang::En => self.definition_en.as_deref(),
        };
        match pick(lang) {
            Some(d) => (d, lang),
            None => (pick(other).unwrap_or_default(), other),
        }
    }

    /// The definition in `lang` as inline HTML (escaped, no raw HTML, safe links only).
    pub fn definition_html(&self, lang: Lang) -> String {
        inline_html(self.definition(lang))
    }
}

/// A term found in text: bytes `start..end` of the searched text, entry `entry`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
}

/// A term found in an article: which entry, in which body paragraph (0-based), and whether
/// it was marked (the first occurrence, or every one with `mark: all`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermHit {
    pub entry: usize,
    pub paragraph: Option<usize>,
    pub marked: bool,
}

/// The merged glossary and its matcher.
pub struct Glossary {
    pub entries: Vec<GlossaryEntry>,
    /// For each pattern of the matcher: the spelling and its entry.
    patterns: Vec<(String, usize)>,
    matcher: Option<AhoCorasick>,
    /// Lower-cased spelling → entry, for [`Glossary::lookup`].
    by_spelling: HashMap<String, Vec<usize>>,
}

impl std::fmt::Debug for Glossary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Glossary")
            .field("entries", &self.entries.len())
            .finish()
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    term: String,
    #[serde(default)]
    aliases: Vec<String>,
    definition: RawDefinition,
    link: Option<String>,
    category: Option<String>,
    #[serde(default)]
    case_sensitive: bool,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawDefinition {
    Text(String),
    ByLang(ByLang),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ByLang {
    zh: Option<String>,
    en: Option<String>,
}

impl Glossary {
    /// The built-in glossary (unless `builtin` is false) with `root/content/glossary.yaml`
    /// laid over it.
    pub fn load(root: &Path, builtin: bool) -> Result<Glossary> {
        let site_file = root.join(crate::load::CONTENT_DIR).join(GLOSSARY_FILE);
        let site_text = if site_file.is_file() {
            Some(crate::fs::read_utf8(&site_file)?)
        } else {
            None
        };
        let rel = site_file
            .strip_prefix(root)
            .unwrap_or(&site_file)
            .to_path_buf();
        Self::from_sources(builtin, site_text.as_deref().map(|t| (t, rel.as_path())))
    }

    /// A glossary with no terms.
    pub fn empty() -> Glossary {
        Self::from_entries(Vec::new())
    }

    /// Build from the built-in glossary (when `builtin`) and a site file's text and path.
    pub fn from_sources(builtin: bool, site: Option<(&str, &Path)>) -> Result<Glossary> {
        let mut entries = if builtin {
            parse_file(BUILTIN, Path::new(BUILTIN_NAME), false)?
        } else {
            Vec::new()
        };
        if let Some((text, path)) = site {
            for entry in parse_file(text, path, true)? {
                let claims: Vec<String> = spellings(&entry)
                    .map(|s| key(s, entry.case_sensitive))
                    .collect();
                for other in entries.iter_mut() {
                    other
                        .aliases
                        .retain(|a| !claims.contains(&key(a, other.case_sensitive)));
                }
                entries.retain(|e| !claims.contains(&key(&e.term, e.case_sensitive)));
                entries.push(entry);
            }
        }
        Ok(Self::from_entries(entries))
    }

    fn from_entries(mut entries: Vec<GlossaryEntry>) -> Glossary {
        let mut used = std::collections::HashSet::new();
        for entry in &mut entries {
            let base = slug_id(&entry.term);
            let mut anchor = base.clone();
            let mut n = 1;
            while !used.insert(anchor.clone()) {
                anchor = format!("{base}-{n}");
                n += 1;
            }
            entry.anchor = anchor;
        }
        let mut patterns: Vec<(String, usize)> = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            for spelling in spellings(entry) {
                if !spelling.trim().is_empty() {
                    patterns.push((spelling.to_string(), i));
                }
            }
        }
        let matcher = if patterns.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(patterns.iter().map(|(p, _)| p.as_str()))
                .ok()
        };
        let mut by_spelling: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (p, _)) in patterns.iter().enumerate() {
            by_spelling.entry(p.to_lowercase()).or_default().push(i);
        }
        Glossary {
            entries,
            patterns,
            matcher,
            by_spelling,
        }
    }

    /// Every spelling the matcher knows, for adding to the segmenter's dictionary.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.patterns.iter().map(|(p, _)| p.as_str())
    }

    /// The entry whose term or alias is `name` (case-insensitive for Latin).
    pub fn lookup(&self, name: &str) -> Option<usize> {
        let candidates = self.by_spelling.get(&name.to_lowercase())?;
        candidates.iter().find_map(|&p| {
            let (spelling, entry) = &self.patterns[p];
            (!self.entries[*entry].case_sensitive || spelling == name).then_some(*entry)
        })
    }

    /// The terms in `text`, leftmost-longest, not overlapping, in order.
    pub fn find(&self, text: &str, segmenter: &Segmenter) -> Vec<Hit> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let mut candidates: Vec<Hit> = Vec::new();
        let mut cuts: Option<Vec<usize>> = None;
        for m in matcher.find_overlapping_iter(text) {
            let (pattern, entry) = &self.patterns[m.pattern().as_usize()];
            let (start, end) = (m.start(), m.end());
            if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                continue;
            }
            if self.entries[*entry].case_sensitive && &text[start..end] != pattern {
                continue;
            }
            if !latin_edges_ok(text, start, end) {
                continue;
            }
            let first = text[start..end].chars().next().is_some_and(is_han);
            let last = text[start..end].chars().next_back().is_some_and(is_han);
            if first || last {
                let cuts = cuts.get_or_insert_with(|| segmenter.boundaries(text));
                if (first && cuts.binary_search(&start).is_err())
                    || (last && cuts.binary_search(&end).is_err())
                {
                    continue;
                }
            }
            candidates.push(Hit {
                start,
                end,
                entry: *entry,
            });
        }
        candidates.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(b.end.cmp(&a.end))
                .then(a.entry.cmp(&b.entry))
        });
        let mut hits: Vec<Hit> = Vec::new();
        for c in candidates {
            if hits.last().is_none_or(|h| c.start >= h.end) {
                hits.push(c);
            }
        }
        hits
    }
}

fn spellings(entry: &GlossaryEntry) -> impl Iterator<Item = &str> {
    std::iter::once(entry.term.as_str()).chain(entry.aliases.iter().map(String::as_str))
}

/// How two spellings are compared for clashes.
fn key(spelling: &str, case_sensitive: bool) -> String {
    if case_sensitive {
        spelling.to_string()
    } else {
        spelling.to_lowercase()
    }
}

fn is_latin_word_char(c: char) -> bool {
    c.is_alphanumeric() && (c as u32) < 0x2E80
}

/// Whether `text[start..end]` stands alone as far as Latin letters and digits go: an edge
/// that is Latin must not touch another Latin letter or digit (`o1` not in `o10`).
pub(crate) fn latin_edges_ok(text: &str, start: usize, end: usize) -> bool {
    let matched = &text[start..end];
    let starts_latin = matched.chars().next().is_some_and(is_latin_word_char);
    let ends_latin = matched.chars().next_back().is_some_and(is_latin_word_char);
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let glued_before = starts_latin && before.is_some_and(is_latin_word_char);
    let glued_after = ends_latin && after.is_some_and(is_latin_word_char);
    !glued_before && !glued_after
}

fn parse_file(text: &str, path: &Path, from_site: bool) -> Result<Vec<GlossaryEntry>> {
    let raw: Vec<RawEntry> = crate::yaml::parse_list(text, path)?;
    let lines = crate::yaml::list_item_lines(text);
    let line_of = |i: usize| lines.get(i).copied().unwrap_or(0);
    let mut entries: Vec<GlossaryEntry> = Vec::new();
    let mut seen: HashMap<String, (usize, String)> = HashMap::new();
    let mut errors = Vec::new();
    for (i, raw) in raw.into_iter().enumerate() {
        let line = line_of(i);
        let bad = |message: String| Error::parse(path, line, 0, message);
        let term = raw.term.trim().to_string();
        if term.is_empty() {
            errors.push(bad("an entry has an empty `term`".to_string()));
            continue;
        }
        let (zh, en) = match raw.definition {
            RawDefinition::Text(t) => (Some(t), None),
            RawDefinition::ByLang(b) => (b.zh, b.en),
        };
        let clean = |d: Option<String>| d.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let (zh, en) = (clean(zh), clean(en));
        if zh.is_none() && en.is_none() {
            errors.push(bad(format!("`{term}` has an empty definition")));
            continue;
        }
        if let Some(link) = &raw.link {
            if let Err(m) = check_url(link) {
                errors.push(bad(m));
                continue;
            }
        }
        let entry = GlossaryEntry {
            term,
            aliases: raw
                .aliases
                .into_iter()
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty())
                .collect(),
            definition_zh: zh,
            definition_en: en,
            link: raw.link,
            category: raw.category,
            case_sensitive: raw.case_sensitive,
            anchor: String::new(),
            from_site,
        };
        let mut clash = None;
        for spelling in spellings(&entry) {
            let k = spelling.to_lowercase();
            if let Some((other_line, other)) = seen.get(&k) {
                clash = Some(if other == &entry.term {
                    format!("`{spelling}` is listed twice for `{}`", entry.term)
                } else if spelling == entry.term && other_line != &line {
                    format!("duplicate term `{spelling}`: it is already defined at line {other_line} (as `{other}`)")
                } else {
                    format!(
                        "`{spelling}` of `{}` is already used by `{other}` at line {other_line}",
                        entry.term
                    )
                });
                break;
            }
            seen.insert(k, (line, entry.term.clone()));
        }
        match clash {
            Some(message) => errors.push(bad(message)),
            None => entries.push(entry),
        }
    }
    match Error::from_list(errors) {
        Some(e) => Err(e),
        None => Ok(entries),
    }
}

/// Inline Markdown to inline HTML: block structure flattened, raw HTML left out, links only
/// to web addresses and site paths.
pub fn inline_html(markdown: &str) -> String {
    let mut events = Vec::new();
    let mut dropped_links = 0usize;
    let mut started = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {}
            Event::Start(Tag::Link { ref dest_url, .. }) if check_url(dest_url).is_err() => {
                dropped_links += 1
            }
            Event::End(TagEnd::Link) if dropped_links > 0 => dropped_links -= 1,
            Event::Start(Tag::Paragraph)
            | Event::Start(Tag::Heading { .. })
            | Event::Start(Tag::Item) => {
                if started {
                    events.push(Event::Text(" ".into()));
                }
                started = true;
            }
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. }) => {
                events.push(event)
            }
            Event::End(
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link,
            ) => events.push(event),
            Event::Start(_) | Event::End(_) => {}
            Event::SoftBreak | Event::HardBreak => events.push(Event::Text(" ".into())),
            other => events.push(other),
        }
    }
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events.into_iter());
    out
}

#[cfg(test)]
mod tests;
