//! The glossary's matcher: finds the site's terms in running text. Leftmost-longest across
//! all terms and aliases; a term that begins or ends with a Latin letter or digit matches
//! only where its neighbour is not one; a term that begins or ends with a Chinese character
//! matches only where that edge falls on a jieba word boundary; a term that ends with a
//! digit is not the start of a longer version number (`GPT-4` not in `GPT-4.5`); Latin is
//! matched case-insensitively unless the entry says `case_sensitive`. An entry can refuse
//! contexts (`not_before`, `not_after`) and keep spellings to Chinese articles (`zh_only`).
//! The entries themselves are loaded by [`crate::load::glossary`].

use std::collections::HashMap;
use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;

use super::segment::Segmenter;
use crate::error::Result;
use crate::load::glossary::spellings;
pub use crate::load::glossary::GlossaryEntry;
use crate::model::Lang;
use crate::text::is_han;

/// A term found in text: bytes `start..end` of the searched text, entry `entry`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
}

/// A term found in an article: which entry; where it stands (the run of running text it is
/// in, and bytes `start..end` of that run's paragraph, or of its loose text when `paragraph`
/// is `None`); and whether it is marked (the first occurrence of the entry, or every one
/// with `mark: all`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct TermHit {
    pub entry: usize,
    pub run: usize,
    pub paragraph: Option<usize>,
    pub start: usize,
    pub end: usize,
    pub marked: bool,
}

/// The merged glossary and its matcher.
pub struct Glossary {
    pub entries: Vec<GlossaryEntry>,
    /// For each pattern of the matcher: the spelling and its entry.
    patterns: Vec<(String, usize)>,
    /// For each pattern: whether it is matched only in Chinese articles.
    zh_only: Vec<bool>,
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

impl Glossary {
    /// Entries from the built-in glossary (when `builtin`) and a site file's text and path,
    /// ready to match (for commands and tests that work outside a site).
    pub fn from_sources(builtin: bool, site: Option<(&str, &Path)>) -> Result<Glossary> {
        Ok(Self::new(crate::load::glossary::from_sources(
            builtin, site,
        )?))
    }

    /// The matcher over `entries`.
    pub fn new(entries: Vec<GlossaryEntry>) -> Glossary {
        let mut patterns: Vec<(String, usize)> = Vec::new();
        let mut zh_only = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            for spelling in spellings(entry) {
                if !spelling.trim().is_empty() {
                    patterns.push((spelling.to_string(), i));
                    zh_only.push(entry.zh_only.iter().any(|z| z == spelling));
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
            zh_only,
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

    /// The terms in `text`, leftmost-longest, not overlapping, in order; jieba segments
    /// `text` when a candidate's edge is Chinese.
    pub fn find(&self, text: &str, segmenter: &Segmenter) -> Vec<Hit> {
        self.find_cut(text, &|| segmenter.boundaries(text))
    }

    /// [`Glossary::find`] with the word boundaries of `text` given by `cuts` (asked for only
    /// when a candidate's edge is Chinese).
    pub fn find_cut(&self, text: &str, cuts: &dyn Fn() -> Vec<usize>) -> Vec<Hit> {
        self.find_cut_in(text, cuts, None)
    }

    /// [`Glossary::find_cut`] in an article in `lang`: in English text the `zh_only`
    /// spellings are left out (with no language, every spelling counts).
    pub fn find_cut_in(
        &self,
        text: &str,
        cuts: &dyn Fn() -> Vec<usize>,
        lang: Option<Lang>,
    ) -> Vec<Hit> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let mut candidates: Vec<Hit> = Vec::new();
        let mut known_cuts: Option<Vec<usize>> = None;
        for m in matcher.find_overlapping_iter(text) {
            let (pattern, entry) = &self.patterns[m.pattern().as_usize()];
            let (start, end) = (m.start(), m.end());
            if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                continue;
            }
            if lang == Some(Lang::En) && self.zh_only[m.pattern().as_usize()] {
                continue;
            }
            if self.entries[*entry].case_sensitive && &text[start..end] != pattern {
                continue;
            }
            if !latin_edges_ok(text, start, end) || ends_a_version(text, start, end) {
                continue;
            }
            if refused_context(&self.entries[*entry], text, start, end) {
                continue;
            }
            let first = text[start..end].chars().next().is_some_and(is_han);
            let last = text[start..end].chars().next_back().is_some_and(is_han);
            if first || last {
                let cuts = known_cuts.get_or_insert_with(cuts);
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

/// Whether `text[start..end]` ends with a digit that a longer version number goes on
/// from: `GPT-4` in `GPT-4.5`, `o1` in `o1.5`.
fn ends_a_version(text: &str, start: usize, end: usize) -> bool {
    let ends_digit = text[start..end]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit());
    let mut after = text[end..].chars();
    ends_digit && after.next() == Some('.') && after.next().is_some_and(|c| c.is_ascii_digit())
}

/// Whether the text around `text[start..end]` is one its entry refuses: a `not_before`
/// right after it or a `not_after` right before it, spaces between aside.
fn refused_context(entry: &GlossaryEntry, text: &str, start: usize, end: usize) -> bool {
    let after = text[end..].trim_start();
    let before = text[..start].trim_end();
    entry.not_before.iter().any(|w| starts_with_word(after, w))
        || entry.not_after.iter().any(|w| ends_with_word(before, w))
}

/// Whether `text` starts with `word` (ASCII in any case), not glued to a Latin letter or
/// digit after it when `word` ends with one.
fn starts_with_word(text: &str, word: &str) -> bool {
    let n = word.len();
    text.len() >= n
        && text.as_bytes()[..n].eq_ignore_ascii_case(word.as_bytes())
        && text.is_char_boundary(n)
        && !(word.chars().next_back().is_some_and(is_latin_word_char)
            && text[n..].chars().next().is_some_and(is_latin_word_char))
}

/// Whether `text` ends with `word` (ASCII in any case), not glued to a Latin letter or
/// digit before it when `word` starts with one.
fn ends_with_word(text: &str, word: &str) -> bool {
    let n = word.len();
    text.len() >= n
        && text.is_char_boundary(text.len() - n)
        && text.as_bytes()[text.len() - n..].eq_ignore_ascii_case(word.as_bytes())
        && !(word.chars().next().is_some_and(is_latin_word_char)
            && text[..text.len() - n]
                .chars()
                .next_back()
                .is_some_and(is_latin_word_char))
}

#[cfg(test)]
mod tests;
