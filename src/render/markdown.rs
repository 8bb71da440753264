//! Markdown to HTML, as small steps over pulldown-cmark's event stream, in this order:
//! 1. parse with the site's options;
//! 2. leave out raw HTML unless the site trusts it;
//! 3. merge adjacent text (escapes split it), so that a term is seen whole;
//! 4. give every heading a stable id (its own `{#id}`, else one made from its text);
//! 5. mark glossary terms in running text (never in headings, links, images or code);
//! 6. number paragraphs (`<p id="p1">`) so that later features can link to them;
//! 7. wrap tables so that wide ones scroll on their own on a phone;
//! 8. write HTML.

use std::collections::HashSet;
use std::fmt::Write as _;

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::annotate::{Detector, Glossary, Segmenter, Speakers, TermHit};
use crate::config::MarkdownConfig;
use crate::model::Lang;

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
    /// Every glossary term found in running text, in order.
    pub terms: Vec<TermHit>,
    /// The people quoted, and where.
    pub speakers: Speakers,
}

/// What the annotation steps need: the glossary, the segmenter, the article's language,
/// whether to mark every occurrence of a term, the link to the glossary page from this
/// article, and the speaker detector (when speakers are wanted).
pub struct Annotator<'a> {
    pub glossary: &'a Glossary,
    pub segmenter: &'a Segmenter,
    pub lang: Lang,
    pub mark_all: bool,
    pub glossary_url: String,
    pub speakers: Option<&'a Detector<'a>>,
}

/// Render a CommonMark body without glossary terms.
pub fn render(body: &str, config: &MarkdownConfig) -> Rendered {
    render_with(body, config, None)
}

/// Render a CommonMark body, marking glossary terms when `marker` is given.
pub fn render_with(body: &str, config: &MarkdownConfig, marker: Option<&Annotator>) -> Rendered {
    let events: Vec<Event> = Parser::new_ext(body, options(config)).collect();
    let events = drop_raw_html(events, config.raw_html);
    let events = merge_text(events);
    let (events, headings) = heading_ids(events);
    let paragraph_text = paragraph_text(&events);
    let speakers = match marker.and_then(|m| m.speakers.map(|d| (d, m.lang))) {
        Some((detector, lang)) => detector.detect(&paragraph_text, lang),
        None => Speakers::default(),
    };
    let (events, terms) = match marker {
        Some(marker) => mark_terms(events, marker),
        None => (events, Vec::new()),
    };
    let events = number_paragraphs(events, &speakers.refs_by_paragraph(paragraph_text.len()));
    let events = wrap_tables(events);
    let mut out = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    Rendered {
        html: out,
        headings,
        paragraphs: paragraph_text.len(),
        paragraph_text,
        terms,
        speakers,
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

fn merge_text(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    for event in events {
        match (out.last_mut(), event) {
            (Some(Event::Text(prev)), Event::Text(next)) => {
                let mut joined = prev.to_string();
                joined.push_str(&next);
                *prev = CowStr::from(joined);
            }
            (_, event) => out.push(event),
        }
    }
    out
}

/// Mark glossary terms in running text. Records every occurrence; marks the first of each
/// term (or all with `mark_all`) with a link to the glossary and a tooltip beside it.
fn mark_terms<'a>(events: Vec<Event<'a>>, marker: &Annotator) -> (Vec<Event<'a>>, Vec<TermHit>) {
    let mut out = Vec::with_capacity(events.len());
    let mut hits = Vec::new();
    let mut excluded = 0usize; // inside a heading, link, image, code block or HTML block
    let mut paragraph: Option<usize> = None;
    let mut paragraphs = 0usize;
    let mut marked: HashSet<usize> = HashSet::new();
    for event in events {
        match &event {
            Event::Start(Tag::Paragraph) => {
                paragraph = Some(paragraphs);
                paragraphs += 1;
            }
            Event::End(TagEnd::Paragraph) => paragraph = None,
            Event::Start(
                Tag::Heading { .. }
                | Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::MetadataBlock(_),
            ) => excluded += 1,
            Event::End(
                TagEnd::Heading(_)
                | TagEnd::Link
                | TagEnd::Image
                | TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::MetadataBlock(_),
            ) => excluded = excluded.saturating_sub(1),
            Event::Text(text) if excluded == 0 => {
                let found = marker.glossary.find(text, marker.segmenter);
                if !found.is_empty() {
                    let mut last = 0;
                    for hit in found {
                        let mark = marker.mark_all || !marked.contains(&hit.entry);
                        hits.push(TermHit {
                            entry: hit.entry,
                            paragraph,
                            marked: mark,
                        });
                        if !mark {
                            continue;
                        }
                        marked.insert(hit.entry);
                        if hit.start > last {
                            out.push(Event::Text(CowStr::from(text[last..hit.start].to_string())));
                        }
                        out.push(Event::InlineHtml(CowStr::from(term_markup(
                            marker,
                            hit.entry,
                            &text[hit.start..hit.end],
                            hits.len(),
                        ))));
                        last = hit.end;
                    }
                    if last > 0 {
                        if last < text.len() {
                            out.push(Event::Text(CowStr::from(text[last..].to_string())));
                        }
                        continue;
                    }
                }
            }
            _ => {}
        }
        out.push(event);
    }
    (out, hits)
}

/// A marked term: a link to its glossary entry with `data-term`, and beside it the
/// definition in an element with `role="tooltip"` that the link's `aria-describedby` names.
fn term_markup(marker: &Annotator, entry: usize, text: &str, n: usize) -> String {
    use html_escape::{encode_double_quoted_attribute as attr, encode_text as esc};
    let e = &marker.glossary.entries[entry];
    let (definition, lang) = e.definition_in(marker.lang);
    let lang_attr = if lang == marker.lang {
        String::new()
    } else {
        format!(" lang=\"{lang}\"")
    };
    let mut html = String::new();
    let _ = write!(
        html,
        "<span class=\"term-wrap\"><a class=\"term\" href=\"{url}#{anchor}\" data-term=\"{term}\" aria-describedby=\"term-tip-{n}\">{text}</a><span class=\"term-tip\" role=\"tooltip\" id=\"term-tip-{n}\"{lang_attr}><b class=\"term-tip-name\">{name}</b> {definition}</span></span>",
        url = attr(&marker.glossary_url),
        anchor = attr(&e.anchor),
        term = attr(&e.term),
        text = esc(text),
        name = esc(&e.term),
        definition = crate::annotate::glossary::inline_html(definition).trim_end(),
    );
    html
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

/// The plain text of each paragraph, in order (read before any markup is woven in).
fn paragraph_text(events: &[Event<'_>]) -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    let mut open = false;
    for event in events {
        match event {
            Event::Start(Tag::Paragraph) => {
                texts.push(String::new());
                open = true;
            }
            Event::End(TagEnd::Paragraph) => open = false,
            Event::Text(t) | Event::Code(t) if open => {
                if let Some(text) = texts.last_mut() {
                    text.push_str(t);
                }
            }
            Event::SoftBreak | Event::HardBreak if open => {
                if let Some(text) = texts.last_mut() {
                    text.push(' ');
                }
            }
            _ => {}
        }
    }
    texts
}

/// Give every paragraph its id: `<p id="p1">`, `<p id="p2">`, … in document order; a
/// paragraph where someone speaks also says who (`class="speech" data-speaks="s1 u1"`).
fn number_paragraphs<'a>(events: Vec<Event<'a>>, speakers: &[Vec<String>]) -> Vec<Event<'a>> {
    let mut n = 0usize;
    events
        .into_iter()
        .map(|event| match event {
            Event::Start(Tag::Paragraph) => {
                n += 1;
                let html = match speakers.get(n - 1).filter(|s| !s.is_empty()) {
                    Some(refs) => format!(
                        "<p id=\"p{n}\" class=\"speech\" data-speaks=\"{}\">",
                        refs.join(" ")
                    ),
                    None => format!("<p id=\"p{n}\">"),
                };
                Event::InlineHtml(CowStr::from(html))
            }
            other => other,
        })
        .collect()
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
