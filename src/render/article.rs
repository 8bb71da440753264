//! Article pages: each body woven with its notes, then the article template with the
//! sidebar of speakers, the reading list matched to the site, cited-by and related articles.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rayon::prelude::*;

use super::cache::{digest, RenderCache};
use super::markdown::{body_html, Weave};
use super::view::{self, page_url, root_prefix, PageView, ReadingView, SectionLink, SummaryView};
use super::{Chrome, Page, GLOSSARY_PATH, SPEAKERS_PATH, TAGS_PATH};
use crate::annotate::index::speaker_key;
use crate::annotate::{Annotations, ArticleNotes};
use crate::error::Result;
use crate::load::site::Site;
use crate::model::Article;

/// An article page (with the key it was made from), or why it failed.
pub(super) type Made = Result<(u64, Page)>;

/// A body kept, with the key it was made from.
type KeptBody = Option<(u64, Arc<String>)>;

/// One article's body as HTML.
pub fn body(site: &Site, article: &Article, notes: &ArticleNotes) -> String {
    let weave = Weave {
        notes,
        glossary: &site.glossary,
        lang: article.meta.lang,
        glossary_url: format!("{}{GLOSSARY_PATH}/", root_prefix(&article.path)),
    };
    body_html(&article.body, &site.config.markdown, Some(&weave))
}

/// Every article's page, in article order (or the errors of those that failed), reusing
/// the last build's body and page where their keys are the same; and the bodies that
/// `keep` asks for (the preview keeps them all in its cache; a one-off build only those
/// its feeds show, so that at most two bodies at a time are alive besides them).
pub(super) fn pages(
    site: &Site,
    notes: &Annotations,
    chrome: &Chrome,
    cache: &mut RenderCache,
    tick: &(dyn Fn() + Sync),
    keep: &(dyn Fn(usize) -> bool + Sync),
) -> (Vec<Made>, Vec<Option<Arc<String>>>) {
    let (old_pages, old_bodies) = (&cache.pages, &cache.bodies);
    let once = cache.once;
    let made: Vec<(Made, KeptBody)> = site
        .articles
        .par_iter()
        .zip(notes.articles.par_iter())
        .enumerate()
        .map(|(i, (article, n))| {
            let body_key = digest((n.key, &article.path));
            let old_body = old_bodies
                .get(&article.path)
                .filter(|(k, _)| *k == body_key)
                .map(|(_, html)| Arc::clone(html));
            let make_body = || {
                old_body
                    .clone()
                    .unwrap_or_else(|| Arc::new(body(site, article, n)))
            };
            // A one-off render keeps no pages for later: no key to compute.
            let key = if once {
                0
            } else {
                page_key(site, notes, i, chrome.key)
            };
            let out = format!("{}/index.html", article.path);
            let (page, html) = match old_pages.get(&out) {
                Some((k, bytes)) if *k == key => (
                    Ok(Page {
                        path: out,
                        bytes: Arc::clone(bytes),
                    }),
                    None,
                ),
                _ => {
                    let html = make_body();
                    (page(site, notes, chrome, i, &html), Some(html))
                }
            };
            tick();
            let wanted = !once || keep(i);
            let html = match html {
                Some(h) if wanted => Some(h),
                None if wanted => Some(make_body()),
                _ => None,
            };
            (page.map(|p| (key, p)), html.map(|h| (body_key, h)))
        })
        .collect();
    let mut pages = Vec::with_capacity(made.len());
    let mut bodies = Vec::with_capacity(made.len());
    cache.bodies.clear();
    for ((page, body), article) in made.into_iter().zip(&site.articles) {
        pages.push(page);
        if let Some((key, html)) = &body {
            if !once {
                cache
                    .bodies
                    .insert(article.path.clone(), (*key, Arc::clone(html)));
            }
        }
        bodies.push(body.map(|(_, html)| html));
    }
    (pages, bodies)
}

/// Everything an article's page is made from: the article itself, its notes, the section
/// it is in, the site-wide records that touch it (with what the page shows of the articles
/// they name) and the chrome.
fn page_key(site: &Site, notes: &Annotations, i: usize, chrome_key: u64) -> u64 {
    let a = &site.articles[i];
    let links = &notes.site;
    let other = |j: usize| {
        let b = &site.articles[j];
        (
            b.path.as_str(),
            b.meta.title.as_str(),
            b.meta.date,
            b.meta.source.as_deref(),
        )
    };
    let reading: Vec<_> = links.reading[i].iter().map(|p| p.map(other)).collect();
    let cited: Vec<_> = links.cited_by[i].iter().map(|&j| other(j)).collect();
    let see: Vec<_> = links.see_also[i].iter().map(|&(j, _)| other(j)).collect();
    let section = site
        .sections
        .iter()
        .find(|s| !s.path.is_empty() && s.path == a.section);
    // The body itself is in the notes' key; the rest of the article is hashed here.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (
        &a.file,
        &a.path,
        &a.section,
        a.format,
        &a.meta,
        a.body_line,
        &a.reading,
    )
        .hash(&mut h);
    (
        notes.articles[i].key,
        chrome_key,
        section,
        reading,
        cited,
        see,
    )
        .hash(&mut h);
    h.finish()
}

fn page(
    site: &Site,
    notes: &Annotations,
    chrome: &Chrome,
    index: usize,
    body: &str,
) -> Result<Page> {
    let article = &site.articles[index];
    let n = &notes.articles[index];
    let links = &notes.site;
    let root = root_prefix(&article.path);
    let related = article
        .reading
        .iter()
        .zip(&links.reading[index])
        .map(|(entry, page)| match page {
            Some(j) => ReadingView::on_site(entry, &root, &site.articles[*j].path),
            None => ReadingView::new(entry),
        })
        .collect();
    let section = site
        .sections
        .iter()
        .find(|s| !s.path.is_empty() && s.path == article.section)
        .map(|s| SectionLink::new(s, 0));
    let view = PageView {
        summary: SummaryView::new(article, &n.summary, n.length),
        author: article.meta.author.as_deref(),
        dateline: article.meta.dateline.as_deref(),
        editor: article.meta.editor.as_deref(),
        content: body,
        headings: &n.text.headings,
        related,
        section,
        extra: &article.meta.extra,
        speakers: n
            .speakers
            .named
            .iter()
            .enumerate()
            .map(|(i, s)| view::SpeakerView {
                name: &s.name,
                ref_id: format!("s{}", i + 1),
                org: s.org.as_deref(),
                role: s.role.as_deref(),
                aliases: &s.aliases,
                paragraphs: s.paragraphs.iter().map(|p| p + 1).collect(),
                url: format!("{SPEAKERS_PATH}/#{}", speaker_key(&s.name)),
                bio: s.bio.as_deref(),
                link: s.link.as_deref(),
            })
            .collect(),
        unnamed_sources: n
            .speakers
            .unnamed
            .iter()
            .enumerate()
            .map(|(i, u)| view::UnnamedView {
                description: &u.description,
                ref_id: format!("u{}", i + 1),
                paragraphs: u.paragraphs.iter().map(|p| p + 1).collect(),
            })
            .collect(),
        tag_links: article
            .meta
            .tags
            .iter()
            .filter(|t| !view::tag_slug(t).is_empty())
            .map(|t| view::TagView {
                name: t,
                url: page_url(&format!("{TAGS_PATH}/{}", view::tag_slug(t))),
                count: 0,
            })
            .collect(),
        cited_by: links.cited_by[index]
            .iter()
            .map(|&j| view::ArticleLink::new(&site.articles[j]))
            .collect(),
        see_also: links.see_also[index]
            .iter()
            .map(|&(j, _)| view::ArticleLink::new(&site.articles[j]))
            .collect(),
    };
    let mut ctx = chrome.context(&article.path, article.meta.lang);
    ctx.insert("page", &view);
    let html = site
        .theme
        .render("article.html", &ctx, &article.file.display().to_string())?;
    Ok(Page {
        path: format!("{}/index.html", article.path),
        bytes: Arc::new(html.into_bytes()),
    })
}
