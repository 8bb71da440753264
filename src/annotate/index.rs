//! The site-wide passes, run once every article is annotated: reading-list matches and
//! cited-by, related articles, the glossary's back-links, the speakers index and the
//! reading index. Plain data; article indices are positions in [`Site::articles`].

use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;

use super::article::ArticleNotes;
use super::reading::{normalize_title, TitleIndex};
use super::related::{see_also, Features};
use crate::load::site::Site;
use crate::slug::slug_id;

/// What annotation found across the site.
#[derive(Debug, Clone, Default)]
pub struct SiteNotes {
    /// Every article, newest first; undated last; ties by path.
    pub order: Vec<usize>,
    /// For each article, the page each entry of its reading list names, if the site has it.
    pub reading: Vec<Vec<Option<usize>>>,
    /// For each article, the articles whose reading lists name it, newest first.
    pub cited_by: Vec<Vec<usize>>,
    /// For each article, its related articles with their scores, best first.
    pub see_also: Vec<Vec<(usize, f64)>>,
    /// For each glossary entry, the articles that use it, newest first.
    pub term_uses: Vec<Vec<usize>>,
    /// Everyone quoted on the site, by name.
    pub people: Vec<PersonNotes>,
    /// Every reading-list entry of the site once, in order of first citation.
    pub reading_index: Vec<IndexEntry>,
}

/// A person quoted on the site: organisation, role, bio and link from the newest article
/// that gives them; every article (newest first) with the speaker's index in its notes.
#[derive(Debug, Clone, PartialEq, Hash)]
pub struct PersonNotes {
    /// The person's id on the speakers page, made from the name.
    pub key: String,
    pub name: String,
    pub org: Option<String>,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    pub bio: Option<String>,
    pub link: Option<String>,
    /// (article, index of the speaker in that article's notes).
    pub quoted: Vec<(usize, usize)>,
}

/// One entry of the reading index: the reading-list entry first met (article, position in
/// its list), the source and date of the first entry that gives them, the site's page it
/// matched, and every article that cites it, newest first.
#[derive(Debug, Clone, PartialEq, Hash)]
pub struct IndexEntry {
    pub first: (usize, usize),
    pub source: Option<String>,
    pub date: Option<NaiveDate>,
    pub page: Option<usize>,
    pub cited_by: Vec<usize>,
}

/// Reading-list matches of the last build, with the digest of every title, date and reading
/// list they were computed from.
pub type ReadingMemo = Option<(u64, Vec<Vec<Option<usize>>>)>;

/// The id of a person on the speakers page: made from the name, the same on every page.
pub fn speaker_key(name: &str) -> String {
    slug_id(name)
}

/// Run the site-wide passes over the notes of every article, reusing the reading-list
/// matches in `memo` while no title, date or reading list has changed.
pub fn site_notes(site: &Site, notes: &[Arc<ArticleNotes>], memo: &mut ReadingMemo) -> SiteNotes {
    let mut order: Vec<usize> = (0..site.articles.len()).collect();
    sort_newest_first(site, &mut order);
    let reading = reading_matches(site, memo);
    let mut cited_by: Vec<Vec<usize>> = vec![Vec::new(); site.articles.len()];
    for (i, entries) in reading.iter().enumerate() {
        for &j in entries.iter().flatten() {
            if !cited_by[j].contains(&i) {
                cited_by[j].push(i);
            }
        }
    }
    for list in &mut cited_by {
        sort_newest_first(site, list);
    }
    let see_also = related(site, notes);
    let term_uses = term_uses(site, notes, &order);
    let people = people(notes, &order);
    let reading_index = reading_index(site, &reading);
    SiteNotes {
        order,
        reading,
        cited_by,
        see_also,
        term_uses,
        people,
        reading_index,
    }
}

/// Order article indices newest first, then by path.
pub fn sort_newest_first(site: &Site, list: &mut [usize]) {
    list.sort_by(|&a, &b| {
        let (x, y) = (&site.articles[a], &site.articles[b]);
        y.meta
            .date
            .cmp(&x.meta.date)
            .then_with(|| x.path.cmp(&y.path))
    });
}

fn digest(parts: impl Hash) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut h);
    h.finish()
}

fn reading_matches(site: &Site, memo: &mut ReadingMemo) -> Vec<Vec<Option<usize>>> {
    let key = digest(
        site.articles
            .iter()
            .map(|a| (&a.path, &a.meta.title, a.meta.date, &a.reading))
            .collect::<Vec<_>>(),
    );
    match memo {
        Some((k, reading)) if *k == key => reading.clone(),
        _ => {
            let index = TitleIndex::new(&site.articles);
            let reading: Vec<Vec<Option<usize>>> = site
                .articles
                .par_iter()
                .enumerate()
                .map(|(i, a)| a.reading.iter().map(|e| index.find(e, i)).collect())
                .collect();
            *memo = Some((key, reading.clone()));
            reading
        }
    }
}

fn related(site: &Site, notes: &[Arc<ArticleNotes>]) -> Vec<Vec<(usize, f64)>> {
    let features: Vec<Features> = site
        .articles
        .iter()
        .zip(notes)
        .map(|(a, n)| {
            let mut terms: Vec<usize> = n.terms.iter().map(|t| t.entry).collect();
            terms.sort_unstable();
            terms.dedup();
            let mut people: Vec<&str> = Vec::new();
            for s in &n.speakers.named {
                people.push(&s.name);
                people.extend(s.org.as_deref());
            }
            Features {
                terms,
                people,
                tags: &a.meta.tags,
                keywords: &n.keywords,
            }
        })
        .collect();
    let dates: Vec<_> = site.articles.iter().map(|a| a.meta.date).collect();
    let paths: Vec<&str> = site.articles.iter().map(|a| a.path.as_str()).collect();
    see_also(&features, &dates, &paths, &site.config.related)
}

fn term_uses(site: &Site, notes: &[Arc<ArticleNotes>], order: &[usize]) -> Vec<Vec<usize>> {
    let mut uses: Vec<Vec<usize>> = vec![Vec::new(); site.glossary.len()];
    for &i in order {
        for hit in &notes[i].terms {
            if let Some(list) = uses.get_mut(hit.entry) {
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
    }
    uses
}

fn people(notes: &[Arc<ArticleNotes>], order: &[usize]) -> Vec<PersonNotes> {
    let mut people: BTreeMap<String, PersonNotes> = BTreeMap::new();
    for &i in order {
        for (k, s) in notes[i].speakers.named.iter().enumerate() {
            let key = speaker_key(&s.name);
            let person = people.entry(key.clone()).or_insert_with(|| PersonNotes {
                key,
                name: s.name.clone(),
                org: None,
                role: None,
                aliases: Vec::new(),
                bio: None,
                link: None,
                quoted: Vec::new(),
            });
            if person.org.is_none() {
                person.org = s.org.clone();
            }
            if person.role.is_none() {
                person.role = s.role.clone();
            }
            if person.bio.is_none() {
                person.bio = s.bio.clone();
            }
            if person.link.is_none() {
                person.link = s.link.clone();
            }
            for a in &s.aliases {
                if !person.aliases.contains(a) {
                    person.aliases.push(a.clone());
                }
            }
            person.quoted.push((i, k));
        }
    }
    let mut people: Vec<PersonNotes> = people.into_values().collect();
    people.sort_by(|a, b| a.name.cmp(&b.name));
    people
}

fn reading_index(site: &Site, reading: &[Vec<Option<usize>>]) -> Vec<IndexEntry> {
    let mut entries: Vec<IndexEntry> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for (i, article) in site.articles.iter().enumerate() {
        for (k, (entry, page)) in article.reading.iter().zip(&reading[i]).enumerate() {
            let key = match page {
                Some(j) => format!("page:{j}"),
                None => normalize_title(&entry.title),
            };
            let slot = *at.entry(key).or_insert_with(|| {
                entries.push(IndexEntry {
                    first: (i, k),
                    source: None,
                    date: None,
                    page: *page,
                    cited_by: Vec::new(),
                });
                entries.len() - 1
            });
            let e = &mut entries[slot];
            if e.source.is_none() {
                e.source = entry.source.clone();
            }
            if e.date.is_none() {
                e.date = entry.date;
            }
            if !e.cited_by.contains(&i) {
                e.cited_by.push(i);
            }
        }
    }
    for e in &mut entries {
        sort_newest_first(site, &mut e.cited_by);
    }
    entries
}
