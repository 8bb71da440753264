//! The files made for machines rather than readers: Atom (`atom.xml`) and RSS (`rss.xml`)
//! of the newest articles (the site's and each tag's), with their summaries or whole texts;
//! `sitemap.xml` (an index of several sitemaps past 50,000 addresses); `robots.txt` pointing
//! to the sitemap; the redirect pages of aliases; and `404.html`.
//!
//! Feeds and sitemaps need absolute addresses: they are made from `base_url`, so a site
//! published at `https://example.org/reports/` should say so in `site.yaml`. Dates carry no
//! time zone in pizhu; feeds, which need one, give them in UTC.

use atom_syndication as atom;
use chrono::{FixedOffset, NaiveTime, TimeZone};

use super::cache::PageSink;
use super::lists::Tags;
use super::view::{page_url, root_prefix};
use super::{out_file, Chrome, TAGS_PATH};
use crate::annotate::{Annotations, ArticleNotes};
use crate::load::site::Site;
use crate::model::{Article, PubDate};

/// An article in a feed: its notes (for the summary) and its body's HTML.
pub type FeedItem<'a> = (&'a Article, &'a ArticleNotes, &'a str);

/// The most addresses one sitemap file may hold.
pub const SITEMAP_LIMIT: usize = 50_000;

fn absolute(site: &Site, path: &str) -> String {
    format!("{}{}", site.config.base_url, page_url(path))
}

fn datetime(date: Option<PubDate>) -> atom::FixedDateTime {
    let utc = FixedOffset::east_opt(0).expect("UTC is a valid offset");
    let naive = match date {
        Some(d) => d.day.and_time(d.time.unwrap_or(NaiveTime::MIN)),
        None => chrono::NaiveDate::from_ymd_opt(1970, 1, 1)
            .unwrap_or_default()
            .and_time(NaiveTime::MIN),
    };
    utc.from_utc_datetime(&naive)
}

/// The Atom feed of `articles` (newest first), with their rendered bodies; `at` is the
/// folder the feed is written in (`""`, `tags/AI/`) and `topic` what it is about, if not the
/// whole site.
pub fn atom(site: &Site, articles: &[FeedItem], at: &str, topic: Option<&str>) -> String {
    let entries: Vec<atom::Entry> = articles
        .iter()
        .map(|(a, r, html)| {
            let url = absolute(site, &a.path);
            let mut entry = atom::Entry::default();
            entry.set_title(a.meta.title.as_str());
            entry.set_id(url.clone());
            entry.set_updated(datetime(a.meta.date));
            entry.set_published(Some(datetime(a.meta.date)));
            entry.set_links(vec![atom::Link {
                href: url,
                rel: "alternate".into(),
                ..Default::default()
            }]);
            entry.set_summary(Some(atom::Text::plain(r.summary.as_str())));
            if let Some(name) = a.meta.author.as_ref().or(a.meta.source.as_ref()) {
                entry.set_authors(vec![atom::Person {
                    name: name.clone(),
                    ..Default::default()
                }]);
            }
            entry.set_categories(
                a.meta
                    .tags
                    .iter()
                    .map(|t| atom::Category {
                        term: t.clone(),
                        ..Default::default()
                    })
                    .collect::<Vec<_>>(),
            );
            if site.config.feeds.full_content {
                let mut content = atom::Content::default();
                content.set_content_type(Some("html".to_string()));
                content.set_value(Some(html.to_string()));
                entry.set_content(Some(content));
            }
            entry
        })
        .collect();
    let mut feed = atom::Feed::default();
    feed.set_title(feed_title(site, topic));
    feed.set_id(site.config.base_url.clone());
    feed.set_updated(
        articles
            .first()
            .map_or_else(|| datetime(None), |(a, _, _)| datetime(a.meta.date)),
    );
    feed.set_links(vec![
        atom::Link {
            href: format!("{}{at}", site.config.base_url),
            rel: "alternate".into(),
            ..Default::default()
        },
        atom::Link {
            href: format!("{}{at}atom.xml", site.config.base_url),
            rel: "self".into(),
            ..Default::default()
        },
    ]);
    if !site.config.description.is_empty() {
        feed.set_subtitle(Some(atom::Text::plain(site.config.description.as_str())));
    }
    feed.set_lang(Some(site.config.language.code().to_string()));
    // Atom wants an author for every entry: the site stands for entries that name none.
    feed.set_authors(vec![atom::Person {
        name: site.config.title.clone(),
        ..Default::default()
    }]);
    feed.set_generator(Some(atom::Generator {
        value: "pizhu".into(),
        ..Default::default()
    }));
    feed.set_entries(entries);
    feed.to_string()
}

/// The RSS 2.0 feed of `articles` (newest first).
pub fn rss(site: &Site, articles: &[FeedItem], at: &str, topic: Option<&str>) -> String {
    let items: Vec<rss::Item> = articles
        .iter()
        .map(|(a, r, html)| {
            let url = absolute(site, &a.path);
            let mut item = rss::Item::default();
            item.set_title(a.meta.title.clone());
            item.set_link(url.clone());
            item.set_guid(rss::Guid {
                value: url,
                permalink: true,
            });
            item.set_description(r.summary.clone());
            if a.meta.date.is_some() {
                item.set_pub_date(datetime(a.meta.date).to_rfc2822());
            }
            item.set_categories(
                a.meta
                    .tags
                    .iter()
                    .map(|t| rss::Category {
                        name: t.clone(),
                        domain: None,
                    })
                    .collect::<Vec<_>>(),
            );
            if site.config.feeds.full_content {
                item.set_content(html.to_string());
            }
            item
        })
        .collect();
    let mut channel = rss::Channel::default();
    channel.set_title(feed_title(site, topic));
    channel.set_link(format!("{}{at}", site.config.base_url));
    channel.set_description(if site.config.description.is_empty() {
        site.config.title.clone()
    } else {
        site.config.description.clone()
    });
    channel.set_language(Some(site.config.language.code().to_string()));
    channel.set_generator(Some("pizhu".to_string()));
    channel.set_items(items);
    channel.to_string()
}

fn feed_title(site: &Site, topic: Option<&str>) -> String {
    match topic {
        Some(t) => format!("{} · {t}", site.config.title),
        None => site.config.title.clone(),
    }
}

/// `sitemap.xml` for `pages` (path without slashes, last change), or, past
/// [`SITEMAP_LIMIT`] addresses, an index and `sitemap-1.xml`, `sitemap-2.xml`, ….
pub fn sitemaps(base_url: &str, pages: &[(String, Option<PubDate>)]) -> Vec<(String, String)> {
    let urlset = |chunk: &[(String, Option<PubDate>)]| {
        let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (path, date) in chunk {
            xml.push_str("  <url><loc>");
            xml.push_str(&html_escape::encode_text(&format!(
                "{base_url}{}",
                page_url(path)
            )));
            xml.push_str("</loc>");
            if let Some(d) = date {
                xml.push_str(&format!("<lastmod>{}</lastmod>", d.day.format("%Y-%m-%d")));
            }
            xml.push_str("</url>\n");
        }
        xml.push_str("</urlset>\n");
        xml
    };
    if pages.len() <= SITEMAP_LIMIT {
        return vec![("sitemap.xml".to_string(), urlset(pages))];
    }
    let mut files = Vec::new();
    let mut index = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (n, chunk) in pages.chunks(SITEMAP_LIMIT).enumerate() {
        let name = format!("sitemap-{}.xml", n + 1);
        index.push_str(&format!(
            "  <sitemap><loc>{}{}</loc></sitemap>\n",
            html_escape::encode_text(base_url),
            name
        ));
        files.push((name, urlset(chunk)));
    }
    index.push_str("</sitemapindex>\n");
    files.insert(0, ("sitemap.xml".to_string(), index));
    files
}

/// `robots.txt`: everything may be crawled; the sitemap is named.
pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {}sitemap.xml\n",
        site.config.base_url
    )
}

/// Every file for machines: feeds of the site and of each tag, redirect pages of aliases,
/// sitemaps, `robots.txt` and `404.html`. Small and cheap: made every time.
pub(super) fn all(
    site: &Site,
    notes: &Annotations,
    bodies: &[Option<std::sync::Arc<String>>],
    tags: &Tags,
    chrome: &Chrome,
    sink: &mut PageSink,
) {
    let items = |list: &[usize]| -> Vec<FeedItem> {
        list.iter()
            .take(site.config.feeds.limit)
            .map(|&i| {
                (
                    &site.articles[i],
                    notes.articles[i].as_ref(),
                    bodies[i].as_deref().map_or("", String::as_str),
                )
            })
            .collect()
    };
    if site.config.feeds.limit > 0 {
        for (slug, (name, members)) in tags {
            let base = format!("{TAGS_PATH}/{slug}");
            let newest = items(members);
            let at = format!("{base}/");
            sink.push(
                format!("{base}/atom.xml"),
                atom(site, &newest, &at, Some(name)),
            );
            sink.push(
                format!("{base}/rss.xml"),
                rss(site, &newest, &at, Some(name)),
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
            sink.push(out_file(alias), html);
        }
    }

    let order = &notes.site.order;
    if site.config.feeds.limit > 0 {
        let newest = items(order);
        sink.push("atom.xml", atom(site, &newest, "", None));
        sink.push("rss.xml", rss(site, &newest, "", None));
    }
    let mut listed: Vec<(String, Option<PubDate>)> = vec![(String::new(), None)];
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
    for (path, xml) in sitemaps(&site.config.base_url, &listed) {
        sink.push(path, xml);
    }
    sink.push("robots.txt", robots(site));

    // 404.html is served at whatever address was asked for, so its links start from the
    // site's base path rather than from its own place.
    let mut ctx = chrome.context("", site.config.language);
    ctx.insert("root", &site.config.base_path());
    ctx.insert("permalink", "");
    sink.render(site, ("404.html", &ctx, "404 page"), "404.html", None);
}

/// A page that sends the reader on to `target` (relative), naming the canonical address.
fn redirect_page(target: &str, canonical: &str) -> String {
    let t = html_escape::encode_double_quoted_attribute(target);
    let c = html_escape::encode_double_quoted_attribute(canonical);
    format!(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Redirect</title><meta http-equiv=\"refresh\" content=\"0; url={t}\"><link rel=\"canonical\" href=\"{c}\"><meta name=\"robots\" content=\"noindex\"></head><body><p><a href=\"{t}\">{t}</a></p></body></html>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_sitemap_then_an_index() {
        let pages: Vec<(String, Option<PubDate>)> = (0..SITEMAP_LIMIT)
            .map(|i| (format!("a/{i}"), None))
            .collect();
        let one = sitemaps("https://e.org/r/", &pages);
        assert_eq!(one.len(), 1);
        assert!(one[0].1.contains("<loc>https://e.org/r/a/0/</loc>"));
        let mut more = pages.clone();
        more.push(("last".into(), None));
        let files = sitemaps("https://e.org/r/", &more);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"]);
        assert!(files[0].1.contains("<sitemapindex"));
        assert!(files[0]
            .1
            .contains("<loc>https://e.org/r/sitemap-2.xml</loc>"));
        assert!(files[2].1.contains("<loc>https://e.org/r/last/</loc>"));
        assert_eq!(files[1].1.matches("<url>").count(), SITEMAP_LIMIT);
    }
}
