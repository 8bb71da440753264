//! One article's annotations: its text, the glossary terms in it, who speaks where, its
//! keywords, summary and length. Each paragraph is segmented by jieba once; every pass that
//! needs words reads that segmentation.

use std::hash::{Hash, Hasher};

use super::glossary::TermHit;
use super::speakers::Speakers;
use super::Tools;
use crate::config::{Config, MarkMode};
use crate::load::body::{self, BodyText, Place};
use crate::model::{Article, Lang};
use crate::text::{summarize, Length};
use jieba_rs::Tag;

/// In a Markdown article, the text before this line is its summary.
pub const MORE: &str = "<!-- more -->";

/// Summaries are cut within this many characters (Chinese) or about twice as many
/// (English, whose words are longer).
const SUMMARY_CHARS: usize = 120;

/// What annotation found in one article: plain data, positions into [`ArticleNotes::text`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleNotes {
    /// A digest of everything these notes were made from (the article's text, the
    /// settings, the glossary, the registry and the dictionary).
    pub key: u64,
    /// The body's paragraphs, loose text, runs of running text and headings.
    pub text: BodyText,
    /// Every glossary term found in running text, in order.
    pub terms: Vec<TermHit>,
    /// The people quoted, and where.
    pub speakers: Speakers,
    /// Keywords for related articles (nouns, names, English words), with counts.
    pub keywords: Vec<(String, usize)>,
    /// The list summary.
    pub summary: String,
    /// How long the body is.
    pub length: Length,
}

/// Everything an article's notes are made from besides the tools: its text and the
/// settings annotation reads.
pub fn notes_key(article: &Article, config: &Config, tools: &Tools) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (
        tools.stamp,
        &config.markdown,
        config.glossary.mark,
        config.related.limit > 0,
        &article.body,
        article.meta.lang,
        &article.meta.summary,
    )
        .hash(&mut h);
    h.finish()
}

/// Annotate one article.
pub fn annotate_article(article: &Article, config: &Config, tools: &Tools) -> ArticleNotes {
    annotate_keyed(article, config, tools, notes_key(article, config, tools))
}

/// [`annotate_article`] whose [`notes_key`] is known.
pub(super) fn annotate_keyed(
    article: &Article,
    config: &Config,
    tools: &Tools,
    key: u64,
) -> ArticleNotes {
    let lang = article.meta.lang;
    let text = body::text(&article.body, &config.markdown);
    // jieba, once for each paragraph: its words with their tags, and where words start.
    let paragraph_words: Vec<Vec<Tag>> = text
        .paragraphs
        .iter()
        .map(|p| tools.segmenter.tag(p))
        .collect();
    let cuts: Vec<Vec<usize>> = text
        .paragraphs
        .iter()
        .zip(&paragraph_words)
        .map(|(p, words)| word_starts(words, p.len()))
        .collect();
    let loose_cuts: Vec<Vec<usize>> = text
        .loose
        .iter()
        .map(|t| tools.segmenter.boundaries(t))
        .collect();
    let cuts_of = |place: Place| match place {
        Place::Paragraph(p) => cuts[p].as_slice(),
        Place::Loose(l) => loose_cuts[l].as_slice(),
    };
    let terms = find_terms(
        &text,
        &cuts_of,
        config.glossary.mark == MarkMode::All,
        lang,
        tools,
    );
    let headings: Vec<&str> = text.headings.iter().map(|h| h.text.as_str()).collect();
    let speakers = tools
        .detector()
        .detect_cut(&text.paragraphs, &cuts, &headings, lang);
    let keywords = if config.related.limit > 0 {
        super::related::keywords(&paragraph_words, lang)
    } else {
        Vec::new()
    };
    let summary = summary(article, &text, config);
    let length = text
        .paragraphs
        .iter()
        .chain(text.headings.iter().map(|h| &h.text))
        .fold(Length::default(), |sum, t| sum + Length::of(t));
    ArticleNotes {
        key,
        text,
        terms,
        speakers,
        keywords,
        summary,
        length,
    }
}

/// Where the words of a text of `len` bytes start, and its end.
fn word_starts(words: &[Tag], len: usize) -> Vec<usize> {
    let mut cuts: Vec<usize> = words.iter().map(|w| w.byte_start).collect();
    cuts.push(len);
    cuts.dedup();
    cuts
}

/// Glossary terms in every run of running text, with word boundaries from the segmentation
/// of the run's paragraph: the first of each entry marked (or all, with `mark_all`); the
/// article is in `lang`.
fn find_terms<'t>(
    text: &BodyText,
    cuts_of: &dyn Fn(Place) -> &'t [usize],
    mark_all: bool,
    lang: Lang,
    tools: &Tools,
) -> Vec<TermHit> {
    let mut hits = Vec::new();
    let mut marked = std::collections::HashSet::new();
    for (r, run) in text.runs.iter().enumerate() {
        let run_text = text.run_text(run);
        let cuts = || {
            // Word starts inside the run, from its container's segmentation.
            let mut cuts: Vec<usize> = vec![0];
            cuts.extend(
                cuts_of(run.place)
                    .iter()
                    .filter(|&&b| b > run.start && b < run.end)
                    .map(|&b| b - run.start),
            );
            cuts.push(run_text.len());
            cuts.dedup();
            cuts
        };
        for hit in tools.glossary.find_cut_in(run_text, &cuts, Some(lang)) {
            let mark = mark_all || !marked.contains(&hit.entry);
            if mark {
                marked.insert(hit.entry);
            }
            hits.push(TermHit {
                entry: hit.entry,
                run: r,
                paragraph: match run.place {
                    Place::Paragraph(p) => Some(p),
                    Place::Loose(_) => None,
                },
                start: run.start + hit.start,
                end: run.start + hit.end,
                marked: mark,
            });
        }
    }
    hits
}

/// The summary: the article's own, else the text before `<!-- more -->`, else the first
/// paragraphs as far as they fit, cut at a sentence end.
fn summary(article: &Article, text: &BodyText, config: &Config) -> String {
    if let Some(s) = &article.meta.summary {
        return s.trim().to_string();
    }
    if let Some(at) = article.body.find(MORE) {
        let head = &article.body[..at];
        return body::text(head, &config.markdown)
            .paragraphs
            .join(" ")
            .trim()
            .to_string();
    }
    let lang = article.meta.lang;
    let limit = match lang {
        Lang::Zh => SUMMARY_CHARS,
        Lang::En => SUMMARY_CHARS * 2,
    };
    // The first paragraphs, as many as fit (a short opening question is not enough).
    let glue = if lang == Lang::Zh { "" } else { " " };
    let mut opening = String::new();
    for p in text
        .paragraphs
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
    {
        if !opening.is_empty() {
            opening.push_str(glue);
        }
        opening.push_str(p);
        if opening.chars().count() >= limit {
            break;
        }
    }
    summarize(&opening, limit)
}
