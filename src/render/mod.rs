//! Rendering: the loaded site and its annotations become pages. Render only weaves: bodies
//! take the records of their article ([`markdown`]), templates take view structs built from
//! the records ([`view`]). It detects, matches and scores nothing, and writes nothing;
//! [`crate::write`] does.
//!
//! - [`article`]: article pages;
//! - [`lists`]: home, sections, tags, glossary, speakers and the reading index;
//! - [`machine`]: feeds, sitemaps, `robots.txt`, alias redirects and `404.html`;
//! - [`cache`]: what the preview server keeps between renders.

pub mod article;
pub mod cache;
pub mod lists;
pub mod machine;
pub mod markdown;
pub mod view;

use std::sync::Arc;

use tera::Context;

use crate::annotate::Annotations;
use crate::error::{Error, Result};
use crate::load::site::Site;
use crate::model::Lang;
pub use cache::RenderCache;
use cache::{digest, PageSink};
use view::{page_url, root_prefix, SectionLink, SiteView};

/// A rendered file of the output, by its path relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub path: String,
    pub bytes: Arc<Vec<u8>>,
}

/// Where the glossary page is written.
pub const GLOSSARY_PATH: &str = "glossary";
/// Where the site's reading index is written.
pub const READING_PATH: &str = "related";
/// Where the tags page is written (and each tag's page under it).
pub const TAGS_PATH: &str = "tags";
/// Where the speakers page is written.
pub const SPEAKERS_PATH: &str = "speakers";

/// Render every page of the site in memory. `tick` is called once per article page (for a
/// progress bar). Every failing page is reported, not only the first.
pub fn render_site(
    site: &Site,
    notes: &Annotations,
    tick: &(dyn Fn() + Sync),
) -> Result<Vec<Page>> {
    let mut once = RenderCache {
        once: true,
        ..RenderCache::default()
    };
    render_site_cached(site, notes, tick, &mut once)
}

/// [`render_site`], reusing what `cache` holds from the last build and keeping what this one
/// made.
pub fn render_site_cached(
    site: &Site,
    notes: &Annotations,
    tick: &(dyn Fn() + Sync),
    cache: &mut RenderCache,
) -> Result<Vec<Page>> {
    let chrome = Chrome::new(site, notes);
    let tags = lists::tags_of(site, &notes.site.order);
    // Feeds with whole texts read the bodies of their articles again.
    let mut in_feeds = vec![false; site.articles.len()];
    if site.config.feeds.full_content {
        let limit = site.config.feeds.limit;
        let lists = std::iter::once(&notes.site.order).chain(tags.values().map(|(_, m)| m));
        for list in lists {
            for &i in list.iter().take(limit) {
                in_feeds[i] = true;
            }
        }
    }
    let (article_pages, bodies) =
        article::pages(site, notes, &chrome, cache, tick, &|i| in_feeds[i]);
    let old_pages = std::mem::take(&mut cache.pages);
    let mut pages = Vec::new();
    let mut errors = Vec::new();
    for page in article_pages {
        match page {
            Ok((key, p)) => {
                cache
                    .pages
                    .insert(p.path.clone(), (key, Arc::clone(&p.bytes)));
                pages.push(p);
            }
            Err(e) => errors.push(e),
        }
    }
    let mut sink = PageSink {
        old: old_pages,
        new: &mut cache.pages,
        pages: &mut pages,
        errors: &mut errors,
    };
    lists::home(site, notes, &chrome, &mut sink);
    lists::sections(site, notes, &chrome, &mut sink);
    lists::tags(site, notes, &tags, &chrome, &mut sink);
    lists::glossary(site, notes, &chrome, &mut sink);
    lists::reading(site, notes, &chrome, &mut sink);
    lists::speakers(site, notes, &chrome, &mut sink);
    machine::all(site, notes, &bodies, &tags, &chrome, &mut sink);
    for (name, bytes) in &site.theme.assets {
        pages.push(Page {
            path: name.clone(),
            bytes: Arc::new(bytes.clone()),
        });
    }
    if let Some(error) = Error::from_list(errors) {
        return Err(error);
    }
    pages.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(pages)
}

/// What every page's template gets: the site, the navigation, which site-wide pages exist;
/// and a digest of it all with the theme, which every page's key includes.
pub(crate) struct Chrome<'a> {
    site: SiteView<'a>,
    nav: Vec<SectionLink<'a>>,
    has_glossary: bool,
    has_speakers: bool,
    has_reading: bool,
    /// The site's icon among its static files (`favicon.svg`, `.png` or `.ico`), if any.
    favicon: Option<&'a str>,
    pub key: u64,
}

impl<'a> Chrome<'a> {
    fn new(site: &'a Site, notes: &Annotations) -> Chrome<'a> {
        let view = SiteView::new(&site.config);
        let nav = lists::child_sections(site, "");
        let has_glossary = !site.glossary.is_empty();
        let has_speakers = !notes.site.people.is_empty();
        let has_reading = site.articles.iter().any(|a| !a.reading.is_empty());
        let favicon = ["favicon.svg", "favicon.png", "favicon.ico"]
            .into_iter()
            .find(|name| site.static_files.iter().any(|f| f.path == *name));
        let key = digest((
            serde_json::to_string(&view).ok(),
            serde_json::to_string(&nav).ok(),
            has_glossary,
            has_speakers,
            has_reading,
            favicon,
            site.theme.stamp,
        ));
        Chrome {
            site: view,
            nav,
            has_glossary,
            has_speakers,
            has_reading,
            favicon,
            key,
        }
    }

    /// The context of the page at `path` (without slashes; `""` for the home page).
    fn context(&self, path: &str, lang: Lang) -> Context {
        let mut ctx = Context::new();
        ctx.insert("site", &self.site);
        ctx.insert("sections", &self.nav);
        ctx.insert("has_glossary", &self.has_glossary);
        ctx.insert("has_speakers", &self.has_speakers);
        ctx.insert("has_reading", &self.has_reading);
        ctx.insert("favicon", &self.favicon);
        ctx.insert("root", &root_prefix(path));
        ctx.insert("current_url", &page_url(path));
        ctx.insert(
            "permalink",
            &format!("{}{}", self.site.base_url, page_url(path)),
        );
        ctx.insert("lang", &lang);
        ctx
    }
}

/// The output file of the page at `path` (`""` → `index.html`, `a/b` → `a/b/index.html`).
fn out_file(path: &str) -> String {
    if path.is_empty() {
        "index.html".to_string()
    } else {
        format!("{path}/index.html")
    }
}
