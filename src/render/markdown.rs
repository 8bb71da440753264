//! Markdown to HTML, as small steps over pulldown-cmark's event stream, in this order:
//! 1. parse with the site's options;
//! 2. leave out raw HTML unless the site trusts it;
//! 3. give every heading a stable id (its own `{#id}`, else one made from its text);
//! 4. number paragraphs (`<p id="p1">`) so that later features can link to them;
//! 5. wrap tables so that wide ones scroll on their own on a phone;
//! 6. write HTML.

use std::collections::HashSet;

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::config::MarkdownConfig;

/// A heading of an article, for the table of contents and `inspect`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    pub level: u8,
    pub text: String,
    pub id: String,
}

/// An article body rendered to HTML, with what the renderer learnt on the way.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    /// Number of paragraphs (each has the id `p1`, `p2`, … in order).
    pub paragraphs: usize,
    /// The plain text of each paragraph, in order.
    pub paragraph_text: Vec<String>,
}

/// Render a CommonMark body.
pub fn render(body: &str, config: &MarkdownConfig) -> Rendered {
    let events: Vec<Event> = Parser::new_ext(body, options(config)).collect();
    let events = drop_raw_html(events, config.raw_html);
    let (events, headings) = heading_ids(events);
    let (events, paragraph_text) = number_paragraphs(events);
    let events = wrap_tables(events);
    let mut out = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    Rendered {
        html: out,
        headings,
        paragraphs: paragraph_text.len(),
        paragraph_text,
    }
}

fn options(config: &MarkdownConfig) -> Options {
    let mut options = Options::ENABLE_HEADING_ATTRIBUTES;
    options.set(Options::ENABLE_TABLES, config.tables);
    options.set(Options::ENABLE_FOOTNOTES, config.footnotes);
    options.set(Options::ENABLE_STRIKETHROUGH, config.strikethrough);
    options.set(Options::ENABLE_TASKLISTS, config.tasklists);
    options.set(Options::ENABLE_SMART_PUNCTUATION, config.smart_punctuation);
    options
}

fn drop_raw_html(events: Vec<Event<'_>>, keep: bool) -> Vec<Event<'_>> {
    if keep {
        return events;
    }
    let mut depth = 0usize; // inside an HTML block
    events
        .into_iter()
        .filter(|e| match e {
            Event::Start(Tag::HtmlBlock) => {
                depth += 1;
                false
            }
            Event::End(TagEnd::HtmlBlock) => {
                depth = depth.saturating_sub(1);
                false
            }
            Event::Html(_) | Event::InlineHtml(_) => false,
            _ => depth == 0,
        })
        .collect()
}

fn heading_ids(mut events: Vec<Event<'_>>) -> (Vec<Event<'_>>, Vec<Heading>) {
    // Ids written by the author are taken first, so made-up ids never steal them.
    let mut used: HashSet<String> = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { id: Some(id), .. }) => Some(id.to_string()),
            _ => None,
        })
        .collect();
    let mut headings = Vec::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, id, .. }) = &events[i] {
            let level = *level as u8;
            let given = id.as_ref().map(|s| s.to_string());
            let mut text = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j] {
                    text.push_str(t);
                }
                j += 1;
            }
            let id = match given {
                Some(id) => id,
                None => {
                    let id = unique_id(&slug_id(&text), &mut used);
                    if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[i] {
                        *slot = Some(CowStr::from(id.clone()));
                    }
                    id
                }
            };
            headings.push(Heading {
                level,
                text: text.trim().to_string(),
                id,
            });
            i = j;
        }
        i += 1;
    }
    (events, headings)
}

/// An id made from heading text: letters and digits of any script kept (Chinese headings
/// keep their characters), Latin lower-cased, everything else a single `-`.
pub fn slug_id(text: &str) -> String {
    let mut id = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            id.extend(c.to_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_string();
    // Paragraph ids are `p1`, `p2`, …: a heading must not take one.
    let looks_like_paragraph = id
        .strip_prefix('p')
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    match id.as_str() {
        "" => "section".to_string(),
        _ if looks_like_paragraph => format!("{id}-h"),
        _ => id,
    }
}

fn unique_id(base: &str, used: &mut HashSet<String>) -> String {
    let mut id = base.to_string();
    let mut n = 1;
    while used.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    used.insert(id.clone());
    id
}

fn number_paragraphs(events: Vec<Event<'_>>) -> (Vec<Event<'_>>, Vec<String>) {
    let mut texts: Vec<String> = Vec::new();
    let mut open: Option<String> = None;
    let mut out = Vec::with_capacity(events.len());
    for event in events {
        match event {
            Event::Start(Tag::Paragraph) => {
                out.push(Event::InlineHtml(CowStr::from(format!(
                    "<p id=\"p{}\">",
                    texts.len() + 1
                ))));
                texts.push(String::new());
                open = Some(String::new());
            }
            Event::End(TagEnd::Paragraph) => {
                if let (Some(text), Some(slot)) = (open.take(), texts.last_mut()) {
                    *slot = text;
                }
                out.push(Event::End(TagEnd::Paragraph));
            }
            Event::Text(ref t) | Event::Code(ref t) => {
                if let Some(text) = open.as_mut() {
                    text.push_str(t);
                }
                out.push(event);
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(text) = open.as_mut() {
                    text.push(' ');
                }
                out.push(event);
            }
            other => out.push(other),
        }
    }
    (out, texts)
}

fn wrap_tables(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    for event in events {
        match event {
            Event::Start(Tag::Table(_)) => {
                out.push(Event::Html(CowStr::Borrowed(
                    "<div class=\"table-wrap\">\n",
                )));
                out.push(event);
            }
            Event::End(TagEnd::Table) => {
                out.push(event);
                out.push(Event::Html(CowStr::Borrowed("</div>\n")));
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(body: &str) -> Rendered {
        render(body, &MarkdownConfig::default())
    }

    #[test]
    fn paragraphs_are_numbered() {
        let r = md("one\n\n## Two\n\nthree *four*\n");
        assert_eq!(
            r.html,
            "<p id=\"p1\">one</p>\n<h2 id=\"two\">Two</h2>\n<p id=\"p2\">three <em>four</em></p>\n"
        );
        assert_eq!(r.paragraph_text, ["one", "three four"]);
    }

    #[test]
    fn heading_ids_keep_chinese_and_stay_unique() {
        let r = md("## 大模型慢了吗\n\n## 范式变了！\n\n## 范式变了\n\n## Scaling Law (尺度定律)\n\n## P1\n\n## x {#mine}\n\n## Mine\n");
        let ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "大模型慢了吗",
                "范式变了",
                "范式变了-1",
                "scaling-law-尺度定律",
                "p1-h",
                "mine",
                "mine-1"
            ]
        );
    }

    #[test]
    fn raw_html_is_left_out_unless_trusted() {
        let body = "<script>alert(1)</script>\n\ntext <b>bold</b>\n";
        assert_eq!(md(body).html, "<p id=\"p1\">text bold</p>\n");
        let trusted = MarkdownConfig {
            raw_html: true,
            ..MarkdownConfig::default()
        };
        assert!(render(body, &trusted).html.contains("<script>"));
    }

    #[test]
    fn escaped_raw_text_stays_text() {
        let body = crate::load::raw_text::to_markdown(&[crate::load::raw_text::RawBlock::Heading(
            "Foo {#bar}".into(),
        )]);
        let r = md(&body);
        assert_eq!(r.headings[0].text, "Foo {#bar}");
        assert_eq!(r.headings[0].id, "foo-bar");
    }

    #[test]
    fn extensions() {
        let r =
            md("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ text[^1]\n\n[^1]: note\n\n- [x] done\n");
        assert!(
            r.html.contains("<div class=\"table-wrap\">\n<table>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<del>old</del>"));
        assert!(r.html.contains("footnote-definition"));
        assert!(r.html.contains("checkbox"));
    }
}
