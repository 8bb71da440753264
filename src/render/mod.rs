//! Rendering: loaded articles become pages through Markdown steps and Tera templates. It
//! writes nothing; [`crate::write`] does.

pub mod feeds;
pub mod markdown;
pub mod templates;
pub mod view;

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rayon::prelude::*;
use tera::Context;

use crate::config::MarkMode;
use crate::error::{Error, Result};
use crate::load::SortBy;
use crate::model::{Article, Lang};
use crate::site::Site;
use crate::text::summarize;
use view::{
    page_url, root_prefix, PageView, ReadingView, SectionLink, SectionView, SiteView, SummaryView,
};

/// A rendered file of the output, by its path relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub path: String,
    pub bytes: Arc<Vec<u8>>,
}

/// An article's body rendered, with its list summary.
#[derive(Debug, Clone)]
pub struct RenderedArticle {
    pub body: markdown::Rendered,
    pub summary: String,
    /// Keywords for related articles (nouns, names, English words, with counts).
    pub keywords: Vec<(String, usize)>,
    /// How long the body is.
    pub length: crate::text::Length,
}

/// How an article links to the rest of the site: the page each reading-list entry names
/// (if any), the articles that cite it, and its related articles.
#[derive(Debug, Clone, Default)]
pub struct SiteLinks {
    pub reading: Vec<Vec<Option<usize>>>,
    pub cited_by: Vec<Vec<usize>>,
    pub see_also: Vec<Vec<(usize, f64)>>,
}

/// Match every reading-list entry against the site and compute related articles.
pub fn site_links(site: &Site, rendered: &[Arc<RenderedArticle>]) -> SiteLinks {
    site_links_cached(site, rendered, &mut None)
}

/// Reading-list matches of the last build, with the digest of every title, date and reading
/// list they were computed from.
pub type ReadingMemo = Option<(u64, Vec<Vec<Option<usize>>>)>;

/// [`site_links`], reusing the reading-list matches while no title, date or reading list of
/// the site has changed (an edit to a body changes none of them).
pub fn site_links_cached(
    site: &Site,
    rendered: &[Arc<RenderedArticle>],
    memo: &mut ReadingMemo,
) -> SiteLinks {
    use crate::annotate::reading::TitleIndex;
    use crate::annotate::related::{see_also, Features};
    let key = digest(
        site.articles
            .iter()
            .map(|a| (&a.path, &a.meta.title, a.meta.date, &a.reading))
            .collect::<Vec<_>>(),
    );
    let reading = match memo {
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
    };
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
    let features: Vec<Features> = site
        .articles
        .iter()
        .zip(rendered)
        .map(|(a, r)| {
            let mut terms: Vec<usize> = r.body.terms.iter().map(|t| t.entry).collect();
            terms.sort_unstable();
            terms.dedup();
            let mut people: Vec<String> = Vec::new();
            for s in &r.body.speakers.named {
                people.push(s.name.clone());
                people.extend(s.org.iter().cloned());
            }
            Features {
                terms,
                people,
                tags: a.meta.tags.clone(),
                keywords: r.keywords.clone(),
            }
        })
        .collect();
    let dates: Vec<_> = site.articles.iter().map(|a| a.meta.date).collect();
    let paths: Vec<&str> = site.articles.iter().map(|a| a.path.as_str()).collect();
    let see_also = see_also(&features, &dates, &paths, &site.config.related);
    SiteLinks {
        reading,
        cited_by,
        see_also,
    }
}

/// Order article indices newest first, then by path.
fn sort_newest_first(site: &Site, list: &mut [usize]) {
    list.sort_by(|&a, &b| {
        let (x, y) = (&site.articles[a], &site.articles[b]);
        y.meta
            .date
            .cmp(&x.meta.date)
            .then_with(|| x.path.cmp(&y.path))
    });
}

/// Where the glossary page is written.
pub const GLOSSARY_PATH: &str = "glossary";
/// Where the site's reading index is written.
pub const READING_PATH: &str = "related";
/// Where the tags page is written (and each tag's page under it).
pub const TAGS_PATH: &str = "tags";
/// Where the speakers page is written.
pub const SPEAKERS_PATH: &str = "speakers";

/// In a Markdown article, the text before this line is its summary.
pub const MORE: &str = "<!-- more -->";

/// Summaries are cut within this many characters (Chinese) or about four times as many
/// (English, whose words are longer).
const SUMMARY_CHARS: usize = 120;

/// Render one article's body and summary (no template).
pub fn render_article(article: &Article, site: &Site) -> RenderedArticle {
    let detector = crate::annotate::Detector {
        glossary: &site.glossary,
        segmenter: &site.segmenter,
        people: &site.people,
    };
    let marker = markdown::Annotator {
        glossary: &site.glossary,
        segmenter: &site.segmenter,
        lang: article.meta.lang,
        mark_all: site.config.glossary.mark == MarkMode::All,
        glossary_url: format!("{}{GLOSSARY_PATH}/", root_prefix(&article.path)),
        speakers: Some(&detector),
    };
    let body = markdown::render_with(&article.body, &site.config.markdown, Some(&marker));
    let summary = match &article.meta.summary {
        Some(s) => s.trim().to_string(),
        // Markdown articles may mark where their summary ends.
        None if article.body.contains(MORE) => {
            let head = &article.body[..article.body.find(MORE).unwrap_or(article.body.len())];
            markdown::render(head, &site.config.markdown)
                .paragraph_text
                .join(" ")
                .trim()
                .to_string()
        }
        None => {
            let limit = match article.meta.lang {
                Lang::Zh => SUMMARY_CHARS,
                Lang::En => SUMMARY_CHARS * 2,
            };
            // The first paragraphs, as many as fit (a short opening question is not enough).
            let glue = if article.meta.lang == Lang::Zh {
                ""
            } else {
                " "
            };
            let mut opening = String::new();
            for p in body
                .paragraph_text
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
    };
    let keywords = if site.config.related.limit > 0 {
        crate::annotate::related::keywords(&body.paragraph_text, article.meta.lang, &site.segmenter)
    } else {
        Vec::new()
    };
    let length = body
        .paragraph_text
        .iter()
        .chain(body.headings.iter().map(|h| &h.text))
        .fold(crate::text::Length::default(), |sum, text| {
            sum + crate::text::Length::of(text)
        });
    RenderedArticle {
        body,
        summary,
        keywords,
        length,
    }
}

/// What repeated builds (the preview server) keep: rendered bodies and article pages, each
/// with a digest of everything it was made from; an entry is reused only when the digest
/// is the same.
#[derive(Default)]
pub struct RenderCache {
    bodies: HashMap<String, (u64, Arc<RenderedArticle>)>,
    pages: HashMap<String, (u64, Arc<Vec<u8>>)>,
    reading: ReadingMemo,
}

fn digest(parts: impl Hash) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut h);
    h.finish()
}

/// Everything an article's body rendering reads: `env` digests the settings and annotators.
fn body_digest(env: u64, article: &Article) -> u64 {
    digest((
        env,
        &article.body,
        article.meta.lang,
        &article.path,
        &article.meta.summary,
    ))
}

/// Render every page of the site in memory. `tick` is called once per article rendered
/// (for a progress bar). Every failing page is reported, not only the first.
pub fn render_site(site: &Site, tick: &(dyn Fn() + Sync)) -> Result<Vec<Page>> {
    render_site_cached(site, tick, &mut RenderCache::default())
}

/// [`render_site`], reusing what `cache` holds from the last build and keeping what this one
/// made.
pub fn render_site_cached(
    site: &Site,
    tick: &(dyn Fn() + Sync),
    cache: &mut RenderCache,
) -> Result<Vec<Page>> {
    let env = digest((
        format!(
            "{:?}{:?}{}",
            site.config.markdown, site.config.glossary, site.config.related.limit
        ),
        site.annotation_stamp,
    ));
    let keyed: Vec<(u64, Arc<RenderedArticle>)> = site
        .articles
        .par_iter()
        .map(|a| {
            let key = body_digest(env, a);
            match cache.bodies.get(&a.path) {
                Some((k, r)) if *k == key => (key, Arc::clone(r)),
                _ => (key, Arc::new(render_article(a, site))),
            }
        })
        .collect();
    cache.bodies = site
        .articles
        .iter()
        .zip(&keyed)
        .map(|(a, (k, r))| (a.path.clone(), (*k, Arc::clone(r))))
        .collect();
    let body_keys: Vec<u64> = keyed.iter().map(|(k, _)| *k).collect();
    let rendered: Vec<Arc<RenderedArticle>> = keyed.into_iter().map(|(_, r)| r).collect();
    let chrome = Chrome {
        site: SiteView::new(&site.config),
        nav: nav_sections(site),
        has_glossary: !site.glossary.entries.is_empty(),
        has_speakers: rendered.iter().any(|r| !r.body.speakers.named.is_empty()),
        has_reading: site.articles.iter().any(|a| !a.reading.is_empty()),
    };

    // Newest first; undated last; ties by path so that the order never depends on the disk.
    let mut order: Vec<usize> = (0..site.articles.len()).collect();
    sort_newest_first(site, &mut order);

    let links = site_links_cached(site, &rendered, &mut cache.reading);
    let chrome_key = digest((
        format!("{:?}", serde_json::to_string(&chrome.site).ok()),
        serde_json::to_string(&chrome.nav).ok(),
        chrome.has_glossary,
        chrome.has_speakers,
        chrome.has_reading,
        site.theme.stamp,
    ));
    let old_pages = std::mem::take(&mut cache.pages);
    let article_pages: Vec<Result<(u64, Page)>> = site
        .articles
        .par_iter()
        .zip(rendered.par_iter())
        .enumerate()
        .map(|(i, (article, r))| {
            let key = page_digest(site, &links, i, body_keys[i], chrome_key);
            let out = format!("{}/index.html", article.path);
            let page = match old_pages.get(&out) {
                Some((k, bytes)) if *k == key => Ok(Page {
                    path: out,
                    bytes: Arc::clone(bytes),
                }),
                _ => article_page(site, &chrome, &links, i, article, r),
            };
            tick();
            page.map(|p| (key, p))
        })
        .collect();

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

    let summaries = |filter: &dyn Fn(&Article) -> bool| -> Vec<SummaryView> {
        order
            .iter()
            .filter(|&&i| filter(&site.articles[i]))
            .map(|&i| SummaryView::new(&site.articles[i], &rendered[i].summary, rendered[i].length))
            .collect()
    };

    let per_page = site.config.paginate_by;
    for (path, articles, paginator) in view::paginate(&summaries(&|_| true), "", per_page) {
        let mut home = chrome.context(&path, site.config.language);
        home.insert("articles", &articles);
        home.insert("paginator", &paginator);
        sink.render(
            site,
            ("index.html", &home, "home page"),
            &out_file(&path),
            Some(digest((
                chrome_key,
                "index.html",
                &path,
                &articles,
                &paginator,
            ))),
        );
    }

    for section in site.sections.iter().filter(|s| !s.path.is_empty()) {
        let all = match section.sort_by {
            SortBy::Date => summaries(&|a| a.section == section.path),
            SortBy::Title => {
                let mut list = summaries(&|a| a.section == section.path);
                list.sort_by(|a, b| a.title.cmp(b.title).then_with(|| a.url.cmp(&b.url)));
                list
            }
        };
        let lang = majority_lang(site, &section.path);
        for (path, articles, paginator) in view::paginate(&all, &section.path, per_page) {
            let view = SectionView {
                title: &section.title,
                description: &section.description,
                url: page_url(&section.path),
                articles,
                subsections: child_sections(site, &section.path),
            };
            let mut ctx = chrome.context(&path, lang);
            ctx.insert("section", &view);
            ctx.insert("paginator", &paginator);
            let what = format!("section {}", section.path);
            sink.render(
                site,
                ("section.html", &ctx, &what),
                &out_file(&path),
                Some(digest((
                    chrome_key,
                    "section.html",
                    &path,
                    lang,
                    &view,
                    &paginator,
                ))),
            );
        }
    }

    // Tags: a page for each (paginated, with its own feeds) and a page listing them all.
    let tags = tags_of(site, &order);
    if !tags.is_empty() {
        let mut list: Vec<view::TagView> = tags
            .iter()
            .map(|(slug, (name, members))| view::TagView {
                name,
                url: page_url(&format!("{TAGS_PATH}/{slug}")),
                count: members.len(),
            })
            .collect();
        list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(b.name)));
        let mut ctx = chrome.context(TAGS_PATH, site.config.language);
        ctx.insert("tags", &list);
        sink.render(
            site,
            ("tags.html", &ctx, "tags page"),
            &out_file(TAGS_PATH),
            None,
        );
        for (slug, (name, members)) in &tags {
            let base = format!("{TAGS_PATH}/{slug}");
            let all: Vec<SummaryView> = members
                .iter()
                .map(|&i| {
                    SummaryView::new(&site.articles[i], &rendered[i].summary, rendered[i].length)
                })
                .collect();
            let tag = view::TagView {
                name,
                url: page_url(&base),
                count: members.len(),
            };
            for (path, articles, paginator) in view::paginate(&all, &base, per_page) {
                let mut ctx = chrome.context(&path, site.config.language);
                ctx.insert("tag", &tag);
                ctx.insert("articles", &articles);
                ctx.insert("paginator", &paginator);
                let what = format!("tag {name}");
                sink.render(
                    site,
                    ("tag.html", &ctx, &what),
                    &out_file(&path),
                    Some(digest((
                        chrome_key, "tag.html", &path, &tag, &articles, &paginator,
                    ))),
                );
            }
            if site.config.feeds.limit > 0 {
                let newest: Vec<(&Article, &RenderedArticle)> = members
                    .iter()
                    .take(site.config.feeds.limit)
                    .map(|&i| (&site.articles[i], rendered[i].as_ref()))
                    .collect();
                let at = format!("{base}/");
                sink.pages.push(Page {
                    path: format!("{base}/atom.xml"),
                    bytes: Arc::new(feeds::atom(site, &newest, &at, Some(name)).into_bytes()),
                });
                sink.pages.push(Page {
                    path: format!("{base}/rss.xml"),
                    bytes: Arc::new(feeds::rss(site, &newest, &at, Some(name)).into_bytes()),
                });
            }
        }
    }

    if !site.glossary.entries.is_empty() {
        let view = glossary_view(site, &rendered);
        let mut ctx = chrome.context(GLOSSARY_PATH, site.config.language);
        ctx.insert("glossary", &view);
        let out = format!("{GLOSSARY_PATH}/index.html");
        sink.render(site, ("glossary.html", &ctx, "glossary page"), &out, None);
    }

    // The reading index and the speakers page list the whole site: when what they are made
    // from is unchanged (a body edit usually changes neither), their last bytes are reused
    // without building their views at all.
    let meta_key = digest(
        site.articles
            .iter()
            .map(|a| (&a.path, &a.meta.title, a.meta.date, &a.meta.source))
            .collect::<Vec<_>>(),
    );
    let reading_key = digest((chrome_key, meta_key, &links.reading));
    let reading_out = format!("{READING_PATH}/index.html");
    let speakers_key = digest((
        chrome_key,
        meta_key,
        rendered
            .iter()
            .map(|r| &r.body.speakers.named)
            .collect::<Vec<_>>(),
    ));
    let speakers_out = format!("{SPEAKERS_PATH}/index.html");
    if !sink.reuse(&reading_out, reading_key) {
        let reading = reading_index(site, &links);
        if reading.total > 0 {
            let mut ctx = chrome.context(READING_PATH, site.config.language);
            ctx.insert("reading", &reading);
            sink.render(
                site,
                ("related.html", &ctx, "reading index"),
                &reading_out,
                Some(reading_key),
            );
        }
    }
    if !sink.reuse(&speakers_out, speakers_key) {
        let people = speakers_view(site, &rendered);
        if !people.people.is_empty() {
            let mut ctx = chrome.context(SPEAKERS_PATH, site.config.language);
            ctx.insert("speakers", &people);
            sink.render(
                site,
                ("speakers.html", &ctx, "speakers page"),
                &speakers_out,
                Some(speakers_key),
            );
        }
    }

    // Old addresses of articles lead to them: a small page that redirects at once.
    for article in &site.articles {
        for alias in &article.meta.aliases {
            let target = format!("{}{}", root_prefix(alias), page_url(&article.path));
            let html = redirect_page(
                &target,
                &format!("{}{}", site.config.base_url, page_url(&article.path)),
            );
            sink.pages.push(Page {
                path: out_file(alias),
                bytes: Arc::new(html.into_bytes()),
            });
        }
    }

    // Feeds, sitemaps and robots.txt: small, cheap, made every time.
    let newest: Vec<(&Article, &RenderedArticle)> = order
        .iter()
        .take(site.config.feeds.limit)
        .map(|&i| (&site.articles[i], rendered[i].as_ref()))
        .collect();
    if site.config.feeds.limit > 0 {
        sink.pages.push(Page {
            path: "atom.xml".into(),
            bytes: Arc::new(feeds::atom(site, &newest, "", None).into_bytes()),
        });
        sink.pages.push(Page {
            path: "rss.xml".into(),
            bytes: Arc::new(feeds::rss(site, &newest, "", None).into_bytes()),
        });
    }
    let mut listed: Vec<(String, Option<crate::model::PubDate>)> = vec![(String::new(), None)];
    listed.extend(
        order
            .iter()
            .map(|&i| (site.articles[i].path.clone(), site.articles[i].meta.date)),
    );
    listed.extend(
        site.sections
            .iter()
            .filter(|s| !s.path.is_empty())
            .map(|s| (s.path.clone(), None)),
    );
    if !tags.is_empty() {
        listed.push((TAGS_PATH.to_string(), None));
        listed.extend(
            tags.keys()
                .map(|slug| (format!("{TAGS_PATH}/{slug}"), None)),
        );
    }
    for (path, xml) in feeds::sitemaps(&site.config.base_url, &listed) {
        sink.pages.push(Page {
            path,
            bytes: Arc::new(xml.into_bytes()),
        });
    }
    sink.pages.push(Page {
        path: "robots.txt".into(),
        bytes: Arc::new(feeds::robots(site).into_bytes()),
    });

    // 404.html is served at whatever address was asked for, so its links start from the
    // site's base path rather than from its own place.
    let mut ctx = chrome.context("", site.config.language);
    ctx.insert("root", &site.config.base_path());
    ctx.insert("permalink", "");
    sink.render(site, ("404.html", &ctx, "404 page"), "404.html", None);

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

/// Where the pages that list many articles (home, sections, glossary, speakers, reading
/// index) go: rendered, or reused from the last build when what they are made from is the
/// same.
struct PageSink<'a> {
    old: HashMap<String, (u64, Arc<Vec<u8>>)>,
    new: &'a mut HashMap<String, (u64, Arc<Vec<u8>>)>,
    pages: &'a mut Vec<Page>,
    errors: &'a mut Vec<Error>,
}

impl PageSink<'_> {
    /// Reuse the last build's page at `path` if it was made from `key`.
    fn reuse(&mut self, path: &str, key: u64) -> bool {
        match self.old.get(path) {
            Some((k, bytes)) if *k == key => {
                self.new.insert(path.to_string(), (key, Arc::clone(bytes)));
                self.pages.push(Page {
                    path: path.to_string(),
                    bytes: Arc::clone(bytes),
                });
                true
            }
            _ => false,
        }
    }

    /// Render `template` with `ctx` into `path`, unless the last build's page has the same
    /// key: `key`, or else a digest of the context itself.
    fn render(
        &mut self,
        site: &Site,
        (template, ctx, what): (&str, &Context, &str),
        path: &str,
        key: Option<u64>,
    ) {
        let key = key.unwrap_or_else(|| {
            let json = serde_json::to_vec(&ctx.clone().into_json()).unwrap_or_default();
            digest((site.theme.stamp, template, json))
        });
        if self.reuse(path, key) {
            return;
        }
        let before = self.pages.len();
        push(
            self.pages,
            self.errors,
            site.theme.render(template, ctx, what),
            path,
        );
        if let Some(page) = self.pages.get(before) {
            self.new
                .insert(path.to_string(), (key, Arc::clone(&page.bytes)));
        }
    }
}

fn push(pages: &mut Vec<Page>, errors: &mut Vec<Error>, html: Result<String>, path: &str) {
    match html {
        Ok(html) => pages.push(Page {
            path: path.to_string(),
            bytes: Arc::new(html.into_bytes()),
        }),
        Err(e) => errors.push(e),
    }
}

fn article_page(
    site: &Site,
    chrome: &Chrome,
    links: &SiteLinks,
    index: usize,
    article: &Article,
    rendered: &RenderedArticle,
) -> Result<Page> {
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
        summary: SummaryView::new(article, &rendered.summary, rendered.length),
        author: article.meta.author.as_deref(),
        editor: article.meta.editor.as_deref(),
        content: &rendered.body.html,
        headings: &rendered.body.headings,
        related,
        section,
        extra: &article.meta.extra,
        speakers: rendered
            .body
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
                url: format!("{SPEAKERS_PATH}/#{}", speaker_anchor(&s.name)),
                bio: s.bio.as_deref(),
                link: s.link.as_deref(),
            })
            .collect(),
        unnamed_sources: rendered
            .body
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

/// What every page's template gets: the site, the navigation, whether there is a glossary.
struct Chrome<'a> {
    site: SiteView<'a>,
    nav: Vec<SectionLink<'a>>,
    has_glossary: bool,
    has_speakers: bool,
    has_reading: bool,
}

impl Chrome<'_> {
    /// The context of the page at `path` (without slashes; `""` for the home page).
    fn context(&self, path: &str, lang: Lang) -> Context {
        let mut ctx = Context::new();
        ctx.insert("site", &self.site);
        ctx.insert("sections", &self.nav);
        ctx.insert("has_glossary", &self.has_glossary);
        ctx.insert("has_speakers", &self.has_speakers);
        ctx.insert("has_reading", &self.has_reading);
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

/// The language most articles of a section (and its sub-sections) are written in; the
/// site's language on a tie.
fn majority_lang(site: &Site, section: &str) -> Lang {
    let prefix = format!("{section}/");
    let (mut zh, mut en) = (0usize, 0usize);
    for a in site
        .articles
        .iter()
        .filter(|a| a.section == section || a.section.starts_with(&prefix))
    {
        match a.meta.lang {
            Lang::Zh => zh += 1,
            Lang::En => en += 1,
        }
    }
    match zh.cmp(&en) {
        std::cmp::Ordering::Greater => Lang::Zh,
        std::cmp::Ordering::Less => Lang::En,
        std::cmp::Ordering::Equal => site.config.language,
    }
}

/// Top-level sections, for the navigation.
fn nav_sections(site: &Site) -> Vec<SectionLink<'_>> {
    child_sections(site, "")
}

fn child_sections<'a>(site: &'a Site, parent: &str) -> Vec<SectionLink<'a>> {
    site.sections
        .iter()
        .filter(|s| !s.path.is_empty() && parent_of(&s.path) == parent)
        .map(|s| {
            let prefix = format!("{}/", s.path);
            let count = site
                .articles
                .iter()
                .filter(|a| a.section == s.path || a.section.starts_with(&prefix))
                .count();
            SectionLink::new(s, count)
        })
        .collect()
}

fn parent_of(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(p, _)| p)
}

/// The glossary page's view: the terms used on the site, each with the articles and
/// paragraphs that use it, in order of the term; and, when the site asks, the unused ones.
fn glossary_view<'a>(site: &'a Site, rendered: &[Arc<RenderedArticle>]) -> view::GlossaryView<'a> {
    let glossary = &site.glossary;
    // Which articles use each entry, by index; views are made only for those listed.
    let mut uses: Vec<Vec<usize>> = vec![Vec::new(); glossary.entries.len()];
    for (i, r) in rendered.iter().enumerate() {
        for hit in &r.body.terms {
            if uses[hit.entry].last() != Some(&i) {
                uses[hit.entry].push(i);
            }
        }
    }
    let term_use = |entry: usize, i: usize| {
        let mut paragraphs: Vec<usize> = Vec::new();
        for hit in rendered[i].body.terms.iter().filter(|h| h.entry == entry) {
            if let Some(p) = hit.paragraph {
                if !paragraphs.contains(&(p + 1)) {
                    paragraphs.push(p + 1);
                }
            }
        }
        let article = &site.articles[i];
        view::TermUse {
            title: article.meta.title.clone(),
            url: page_url(&article.path),
            date: article.meta.date.map(|d| d.iso()),
            paragraphs,
        }
    };
    let lang = site.config.language;
    let mut used = Vec::new();
    let mut unused = Vec::new();
    for (i, entry) in glossary.entries.iter().enumerate() {
        let mut users = std::mem::take(&mut uses[i]);
        sort_newest_first(site, &mut users);
        let limit = site.config.glossary.backlinks;
        let more = if limit > 0 && users.len() > limit {
            let more = users.len() - limit;
            users.truncate(limit);
            more
        } else {
            0
        };
        let article_uses: Vec<view::TermUse> = users.into_iter().map(|a| term_use(i, a)).collect();
        let term = view::TermView {
            term: &entry.term,
            anchor: &entry.anchor,
            aliases: &entry.aliases,
            category: entry.category.as_deref(),
            definition: entry.definition_html(lang),
            definition_other: match lang {
                Lang::Zh => entry
                    .definition_en
                    .as_deref()
                    .map(crate::annotate::glossary::inline_html),
                Lang::En => entry
                    .definition_zh
                    .as_deref()
                    .map(crate::annotate::glossary::inline_html),
            },
            link: entry.link.as_deref(),
            uses: article_uses,
            more,
        };
        if term.uses.is_empty() {
            if site.config.glossary.show_unused {
                unused.push(term);
            }
        } else {
            used.push(term);
        }
    }
    let order = |a: &view::TermView, b: &view::TermView| {
        a.term
            .to_lowercase()
            .cmp(&b.term.to_lowercase())
            .then(a.term.cmp(b.term))
    };
    used.sort_by(order);
    unused.sort_by(order);
    let count = used.len();
    let mut groups = vec![view::TermGroup {
        unused: false,
        terms: used,
    }];
    if !unused.is_empty() {
        groups.push(view::TermGroup {
            unused: true,
            terms: unused,
        });
    }
    view::GlossaryView {
        groups,
        used: count,
    }
}

/// The id of a person on the speakers page: made from the name, the same on every page.
pub fn speaker_anchor(name: &str) -> String {
    markdown::slug_id(name)
}

/// Everyone quoted on the site, by name; each with the articles (newest first) and
/// paragraphs where they speak. Organisation and role come from the newest article that
/// gives them.
fn speakers_view<'a>(
    site: &'a Site,
    rendered: &'a [Arc<RenderedArticle>],
) -> view::SpeakersPageView<'a> {
    let mut people: std::collections::BTreeMap<String, view::PersonView<'a>> = Default::default();
    let mut order: Vec<usize> = (0..site.articles.len()).collect();
    sort_newest_first(site, &mut order);
    for i in order {
        let article = &site.articles[i];
        for s in &rendered[i].body.speakers.named {
            let anchor = speaker_anchor(&s.name);
            let person = people
                .entry(anchor.clone())
                .or_insert_with(|| view::PersonView {
                    name: &s.name,
                    anchor,
                    org: None,
                    role: None,
                    aliases: Vec::new(),
                    bio: None,
                    link: None,
                    articles: Vec::new(),
                });
            person.org = person.org.or(s.org.as_deref());
            person.role = person.role.or(s.role.as_deref());
            person.bio = person.bio.or(s.bio.as_deref());
            person.link = person.link.or(s.link.as_deref());
            for a in &s.aliases {
                if !person.aliases.contains(&a.as_str()) {
                    person.aliases.push(a);
                }
            }
            person.articles.push(view::TermUse {
                title: article.meta.title.clone(),
                url: page_url(&article.path),
                date: article.meta.date.map(|d| d.iso()),
                paragraphs: s.paragraphs.iter().map(|p| p + 1).collect(),
            });
        }
    }
    let mut people: Vec<view::PersonView> = people.into_values().collect();
    people.sort_by(|a, b| a.name.cmp(b.name));
    view::SpeakersPageView { people }
}

/// Every reading-list entry of the site once (by normalised title), newest first and by
/// month, with the site's page where it matched and the articles that cite it; the most
/// cited first of all.
fn reading_index<'a>(site: &'a Site, links: &SiteLinks) -> view::ReadingIndexView<'a> {
    use crate::annotate::reading::normalize_title;
    let mut entries: Vec<view::IndexEntry<'a>> = Vec::new();
    let mut at: std::collections::HashMap<String, usize> = Default::default();
    let mut citing: Vec<Vec<usize>> = Vec::new();
    for (i, article) in site.articles.iter().enumerate() {
        for (entry, page) in article.reading.iter().zip(&links.reading[i]) {
            let key = match page {
                Some(j) => format!("page:{j}"),
                None => normalize_title(&entry.title),
            };
            let slot = *at.entry(key).or_insert_with(|| {
                entries.push(view::IndexEntry {
                    title: &entry.title,
                    source: entry.source.as_deref(),
                    date: entry.date.map(|d| d.format("%Y-%m-%d").to_string()),
                    url: match page {
                        Some(j) => Some(page_url(&site.articles[*j].path)),
                        None => entry.url.clone(),
                    },
                    internal: page.is_some(),
                    cited_by: Vec::new(),
                });
                citing.push(Vec::new());
                entries.len() - 1
            });
            let e = &mut entries[slot];
            e.source = e.source.or(entry.source.as_deref());
            if e.date.is_none() {
                e.date = entry.date.map(|d| d.format("%Y-%m-%d").to_string());
            }
            if !citing[slot].contains(&i) {
                citing[slot].push(i);
            }
        }
    }
    for (e, list) in entries.iter_mut().zip(citing.iter_mut()) {
        sort_newest_first(site, list);
        e.cited_by = list
            .iter()
            .map(|&j| view::ArticleLink::new(&site.articles[j]))
            .collect();
    }
    let total = entries.len();
    let mut most_cited: Vec<view::IndexEntry> = entries
        .iter()
        .filter(|e| e.cited_by.len() >= 2)
        .cloned()
        .collect();
    most_cited.sort_by(|a, b| {
        b.cited_by
            .len()
            .cmp(&a.cited_by.len())
            .then_with(|| b.date.cmp(&a.date))
            .then_with(|| a.title.cmp(b.title))
    });
    most_cited.truncate(10);
    entries.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.title.cmp(b.title)));
    let mut months: Vec<view::MonthView> = Vec::new();
    for e in entries {
        let month = e
            .date
            .as_deref()
            .map(|d| d[..7].to_string())
            .unwrap_or_default();
        match months.last_mut() {
            Some(m) if m.month == month => m.entries.push(e),
            _ => months.push(view::MonthView {
                month,
                entries: vec![e],
            }),
        }
    }
    view::ReadingIndexView {
        most_cited,
        months,
        total,
    }
}

/// Everything an article's page reads besides its body: its metadata, its links to the rest
/// of the site, and the chrome (settings, navigation, templates).
fn page_digest(site: &Site, links: &SiteLinks, i: usize, body_key: u64, chrome_key: u64) -> u64 {
    let a = &site.articles[i];
    let m = &a.meta;
    let other = |j: usize| {
        let b = &site.articles[j];
        (
            b.path.as_str(),
            b.meta.title.as_str(),
            b.meta.date,
            b.meta.source.as_deref(),
        )
    };
    let reading: Vec<_> = a
        .reading
        .iter()
        .zip(&links.reading[i])
        .map(|(e, page)| (&e.title, &e.source, e.date, &e.url, page.map(other)))
        .collect();
    let cited: Vec<_> = links.cited_by[i].iter().map(|&j| other(j)).collect();
    let see: Vec<_> = links.see_also[i].iter().map(|&(j, _)| other(j)).collect();
    let meta = (
        &m.title,
        m.date,
        &m.source,
        &m.author,
        &m.editor,
        &m.tags,
        m.lang,
        serde_json::to_string(&m.extra).ok(),
    );
    digest((body_key, chrome_key, &a.section, meta, reading, cited, see))
}

/// The output file of the page at `path` (`""` → `index.html`, `a/b` → `a/b/index.html`).
fn out_file(path: &str) -> String {
    if path.is_empty() {
        "index.html".to_string()
    } else {
        format!("{path}/index.html")
    }
}

/// Every tag by its slug: the name it is first written with, and its articles in `order`.
/// Tags that differ only in case are one tag (their slug is the same).
fn tags_of<'a>(
    site: &'a Site,
    order: &[usize],
) -> std::collections::BTreeMap<String, (&'a str, Vec<usize>)> {
    let mut tags: std::collections::BTreeMap<String, (&str, Vec<usize>)> = Default::default();
    for &i in order {
        for tag in &site.articles[i].meta.tags {
            let slug = view::tag_slug(tag);
            if slug.is_empty() {
                continue;
            }
            let entry = tags.entry(slug).or_insert((tag.as_str(), Vec::new()));
            if entry.1.last() != Some(&i) {
                entry.1.push(i);
            }
        }
    }
    tags
}

/// A page that sends the reader on to `target` (relative), naming the canonical address.
fn redirect_page(target: &str, canonical: &str) -> String {
    let t = html_escape::encode_double_quoted_attribute(target);
    let c = html_escape::encode_double_quoted_attribute(canonical);
    format!(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Redirect</title><meta http-equiv=\"refresh\" content=\"0; url={t}\"><link rel=\"canonical\" href=\"{c}\"><meta name=\"robots\" content=\"noindex\"></head><body><p><a href=\"{t}\">{t}</a></p></body></html>\n"
    )
}
