//! Pages that list many articles: home, sections and tags (paginated), the glossary page,
//! the speakers page and the reading index. They are built from the site-wide records of
//! annotation; nothing is detected or matched here.

use std::collections::BTreeMap;

use super::cache::{digest, PageSink};
use super::markdown::inline_html;
use super::view::{self, page_url, SectionLink, SectionView, SummaryView};
use super::{out_file, Chrome, GLOSSARY_PATH, READING_PATH, SPEAKERS_PATH, TAGS_PATH};
use crate::annotate::Annotations;
use crate::load::site::Site;
use crate::model::{Article, Lang, SortBy};

/// The list entries of the articles of `order` that pass `filter`.
fn summaries<'a>(
    site: &'a Site,
    notes: &'a Annotations,
    order: &[usize],
    filter: &dyn Fn(&Article) -> bool,
) -> Vec<SummaryView<'a>> {
    order
        .iter()
        .filter(|&&i| filter(&site.articles[i]))
        .map(|&i| {
            let n = &notes.articles[i];
            SummaryView::new(&site.articles[i], &n.summary, n.length)
        })
        .collect()
}

/// The home page and its further pages.
pub(super) fn home(site: &Site, notes: &Annotations, chrome: &Chrome, sink: &mut PageSink) {
    let all = summaries(site, notes, &notes.site.order, &|_| true);
    for (path, articles, paginator) in view::paginate(&all, "", site.config.paginate_by) {
        let mut home = chrome.context(&path, site.config.language);
        home.insert("articles", &articles);
        home.insert("paginator", &paginator);
        sink.render(
            site,
            ("index.html", &home, "home page"),
            &out_file(&path),
            Some(digest((
                chrome.key,
                "index.html",
                &path,
                &articles,
                &paginator,
            ))),
        );
    }
}

/// Each section's list pages.
pub(super) fn sections(site: &Site, notes: &Annotations, chrome: &Chrome, sink: &mut PageSink) {
    for section in site.sections.iter().filter(|s| !s.path.is_empty()) {
        let mut all = summaries(site, notes, &notes.site.order, &|a| {
            a.section == section.path
        });
        if section.sort_by == SortBy::Title {
            all.sort_by(|a, b| a.title.cmp(b.title).then_with(|| a.url.cmp(&b.url)));
        }
        let lang = majority_lang(site, &section.path);
        for (path, articles, paginator) in
            view::paginate(&all, &section.path, site.config.paginate_by)
        {
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
                    chrome.key,
                    "section.html",
                    &path,
                    lang,
                    &view,
                    &paginator,
                ))),
            );
        }
    }
}

/// Every tag by its slug: the name it is first written with, and its articles newest first.
/// Tags that differ only in case are one tag (their slug is the same).
pub(super) type Tags<'a> = BTreeMap<String, (&'a str, Vec<usize>)>;

/// The tags of the site.
pub(super) fn tags_of<'a>(site: &'a Site, order: &[usize]) -> Tags<'a> {
    let mut tags: Tags = Default::default();
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

/// The page of all tags and each tag's list pages.
pub(super) fn tags(
    site: &Site,
    notes: &Annotations,
    tags: &Tags,
    chrome: &Chrome,
    sink: &mut PageSink,
) {
    if tags.is_empty() {
        return;
    }
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
    for (slug, (name, members)) in tags {
        let base = format!("{TAGS_PATH}/{slug}");
        let all = summaries(site, notes, members, &|_| true);
        let tag = view::TagView {
            name,
            url: page_url(&base),
            count: members.len(),
        };
        for (path, articles, paginator) in view::paginate(&all, &base, site.config.paginate_by) {
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
                    chrome.key, "tag.html", &path, &tag, &articles, &paginator,
                ))),
            );
        }
    }
}

/// The glossary page: the terms used on the site, each with the newest articles that use
/// it and the paragraphs where; and, when the site asks, the unused ones.
pub(super) fn glossary(site: &Site, notes: &Annotations, chrome: &Chrome, sink: &mut PageSink) {
    if site.glossary.is_empty() {
        return;
    }
    let term_use = |entry: usize, i: usize| {
        let mut paragraphs: Vec<usize> = Vec::new();
        for hit in notes.articles[i].terms.iter().filter(|h| h.entry == entry) {
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
    let limit = site.config.glossary.backlinks;
    let mut used = Vec::new();
    let mut unused = Vec::new();
    for (i, entry) in site.glossary.iter().enumerate() {
        let users = &notes.site.term_uses[i];
        let shown = if limit > 0 {
            &users[..users.len().min(limit)]
        } else {
            &users[..]
        };
        let term = view::TermView {
            term: &entry.term,
            anchor: &entry.anchor,
            aliases: &entry.aliases,
            category: entry.category.as_deref(),
            definition: inline_html(entry.definition(lang)),
            definition_other: match lang {
                Lang::Zh => entry.definition_en.as_deref().map(inline_html),
                Lang::En => entry.definition_zh.as_deref().map(inline_html),
            },
            link: entry.link.as_deref(),
            uses: shown.iter().map(|&a| term_use(i, a)).collect(),
            more: users.len() - shown.len(),
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
    let view = view::GlossaryView {
        groups,
        used: count,
    };
    let mut ctx = chrome.context(GLOSSARY_PATH, site.config.language);
    ctx.insert("glossary", &view);
    let out = format!("{GLOSSARY_PATH}/index.html");
    sink.render(site, ("glossary.html", &ctx, "glossary page"), &out, None);
}

/// What the speakers page and the reading index show of each article.
fn meta_key(site: &Site) -> u64 {
    digest(
        site.articles
            .iter()
            .map(|a| (&a.path, &a.meta.title, a.meta.date, &a.meta.source))
            .collect::<Vec<_>>(),
    )
}

/// The speakers page: everyone quoted on the site, by name, with the articles (newest
/// first) and paragraphs where they speak. Reused whole while its records are unchanged.
pub(super) fn speakers(site: &Site, notes: &Annotations, chrome: &Chrome, sink: &mut PageSink) {
    let out = format!("{SPEAKERS_PATH}/index.html");
    let key = digest((chrome.key, meta_key(site), &notes.site.people));
    if notes.site.people.is_empty() || sink.reuse(&out, key) {
        return;
    }
    let people = notes
        .site
        .people
        .iter()
        .map(|p| view::PersonView {
            name: &p.name,
            anchor: p.key.clone(),
            org: p.org.as_deref(),
            role: p.role.as_deref(),
            aliases: p.aliases.iter().map(String::as_str).collect(),
            bio: p.bio.as_deref(),
            link: p.link.as_deref(),
            articles: p
                .quoted
                .iter()
                .map(|&(i, k)| {
                    let article = &site.articles[i];
                    view::TermUse {
                        title: article.meta.title.clone(),
                        url: page_url(&article.path),
                        date: article.meta.date.map(|d| d.iso()),
                        paragraphs: notes.articles[i].speakers.named[k]
                            .paragraphs
                            .iter()
                            .map(|p| p + 1)
                            .collect(),
                    }
                })
                .collect(),
        })
        .collect();
    let view = view::SpeakersPageView { people };
    let mut ctx = chrome.context(SPEAKERS_PATH, site.config.language);
    ctx.insert("speakers", &view);
    sink.render(
        site,
        ("speakers.html", &ctx, "speakers page"),
        &out,
        Some(key),
    );
}

/// The reading index: every reading-list entry of the site once, the most cited first of
/// all, then newest first by month. Reused whole while its records are unchanged.
pub(super) fn reading(site: &Site, notes: &Annotations, chrome: &Chrome, sink: &mut PageSink) {
    let out = format!("{READING_PATH}/index.html");
    let key = digest((chrome.key, meta_key(site), &notes.site.reading));
    if notes.site.reading_index.is_empty() || sink.reuse(&out, key) {
        return;
    }
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
    let mut entries: Vec<view::IndexEntry> = notes
        .site
        .reading_index
        .iter()
        .map(|e| {
            let (i, k) = e.first;
            let first = &site.articles[i].reading[k];
            view::IndexEntry {
                title: &first.title,
                source: e.source.as_deref(),
                date: day(e.date),
                url: match e.page {
                    Some(j) => Some(page_url(&site.articles[j].path)),
                    None => first.url.clone(),
                },
                internal: e.page.is_some(),
                cited_by: e
                    .cited_by
                    .iter()
                    .map(|&j| view::ArticleLink::new(&site.articles[j]))
                    .collect(),
            }
        })
        .collect();
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
    let view = view::ReadingIndexView {
        most_cited,
        months,
        total,
    };
    let mut ctx = chrome.context(READING_PATH, site.config.language);
    ctx.insert("reading", &view);
    sink.render(
        site,
        ("related.html", &ctx, "reading index"),
        &out,
        Some(key),
    );
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

/// The sections directly under `parent` (`""`: the top level, for the navigation), with
/// how many articles each holds.
pub(super) fn child_sections<'a>(site: &'a Site, parent: &str) -> Vec<SectionLink<'a>> {
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
