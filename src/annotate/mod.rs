//! Annotation: what pizhu adds to an article's text, found as plain data before anything is
//! rendered. [`annotate`] takes the loaded [`Site`] and returns [`Annotations`]: for each
//! article its text, glossary hits, speakers, keywords, summary and length
//! ([`ArticleNotes`], in parallel), then the site-wide records that need every article
//! ([`SiteNotes`]: reading-list matches, cited-by, related articles, the speakers index and
//! the glossary's back-links). It reads nothing from disk and writes no HTML.

pub mod article;
pub mod glossary;
pub mod index;
pub mod people;
pub mod reading;
pub mod related;
pub mod segment;
pub mod speakers;
pub mod suggest;

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rayon::prelude::*;

pub use article::{annotate_article, ArticleNotes};
pub use glossary::{Glossary, GlossaryEntry, TermHit};
pub use index::SiteNotes;
pub use people::People;
pub use segment::Segmenter;
pub use speakers::{Detector, Speaker, Speakers, UnnamedSource};

use crate::load::people::Person;
use crate::load::site::Site;

/// What annotation works with, made once from the site's glossary and registry: the
/// glossary's matcher, the people registry by name, and jieba with the glossary's words.
pub struct Tools {
    pub glossary: Glossary,
    pub people: People,
    pub segmenter: Segmenter,
    /// A digest of the entries and people the tools were made from.
    pub stamp: u64,
}

impl std::fmt::Debug for Tools {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tools").field("stamp", &self.stamp).finish()
    }
}

impl Tools {
    /// The tools for `glossary` and `people`.
    pub fn new(glossary: &[GlossaryEntry], people: &[Person]) -> Tools {
        let glossary = Glossary::new(glossary.to_vec());
        let segmenter = Segmenter::new(glossary.words());
        Tools {
            stamp: Self::stamp_of(&glossary.entries, people),
            glossary,
            people: People::new(people.to_vec()),
            segmenter,
        }
    }

    /// The tools for a site.
    pub fn for_site(site: &Site) -> Tools {
        Self::new(&site.glossary, &site.people)
    }

    /// The stamp tools made from `glossary` and `people` would have.
    pub fn stamp_of(glossary: &[GlossaryEntry], people: &[Person]) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (glossary, people).hash(&mut h);
        h.finish()
    }

    /// The speaker detector over these tools.
    pub fn detector(&self) -> Detector<'_> {
        Detector {
            glossary: &self.glossary,
            segmenter: &self.segmenter,
            people: &self.people,
        }
    }
}

/// Everything annotation found on a site.
#[derive(Debug, Clone, Default)]
pub struct Annotations {
    /// One per article, in the order of [`Site::articles`].
    pub articles: Vec<Arc<ArticleNotes>>,
    pub site: SiteNotes,
}

/// What repeated annotation (the preview server) keeps: each article's notes by path with
/// the digest of what they were made from, and the reading-list matches.
#[derive(Default)]
pub struct AnnotateCache {
    articles: HashMap<String, Arc<ArticleNotes>>,
    reading: index::ReadingMemo,
}

/// Annotate every article of `site`, then the site as a whole.
pub fn annotate(site: &Site, tools: &Tools) -> Annotations {
    annotate_cached(site, tools, &mut AnnotateCache::default())
}

/// [`annotate`], reusing an article's notes while nothing they are made from has changed.
pub fn annotate_cached(site: &Site, tools: &Tools, cache: &mut AnnotateCache) -> Annotations {
    let articles: Vec<Arc<ArticleNotes>> = site
        .articles
        .par_iter()
        .map(|a| {
            let key = article::notes_key(a, &site.config, tools);
            match cache.articles.get(&a.path) {
                Some(notes) if notes.key == key => Arc::clone(notes),
                _ => Arc::new(article::annotate_keyed(a, &site.config, tools, key)),
            }
        })
        .collect();
    cache.articles = site
        .articles
        .iter()
        .zip(&articles)
        .map(|(a, n)| (a.path.clone(), Arc::clone(n)))
        .collect();
    let site_notes = index::site_notes(site, &articles, &mut cache.reading);
    Annotations {
        articles,
        site: site_notes,
    }
}

#[cfg(test)]
mod tests;
