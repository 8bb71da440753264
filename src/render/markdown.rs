//! The article body woven into HTML: the prepared events of [`crate::load::body`], with
//! the records of annotation written in as markup, in this order:
//! 1. mark glossary terms where annotation found them (the first of each, or all);
//! 2. number paragraphs (`<p id="p1">`), saying who speaks in each;
//! 3. wrap tables so that wide ones scroll on their own on a phone;
//! 4. write HTML.
//!
//! No detection happens here: the positions come from [`ArticleNotes`].

use std::fmt::Write as _;

use pulldown_cmark::{html, CowStr, Event, Parser, Tag, TagEnd};

use crate::annotate::ArticleNotes;
use crate::config::MarkdownConfig;
use crate::load::body::{self, Cursor};
use crate::load::front_matter::check_url;
use crate::load::glossary::GlossaryEntry;
use crate::model::Lang;

/// What weaving needs besides the body: the article's notes, the glossary's entries, the
/// article's language and the link to the glossary page from the article.
pub struct Weave<'a> {
    pub notes: &'a ArticleNotes,
    pub glossary: &'a [GlossaryEntry],
    pub lang: Lang,
    pub glossary_url: String,
}

/// Render a CommonMark body to HTML, weaving in `weave`'s records when given.
pub fn body_html(body: &str, config: &MarkdownConfig, weave: Option<&Weave>) -> String {
    let (events, _) = body::events(body, config);
    let (events, refs) = match weave {
        Some(w) => (
            mark_terms(events, w),
            w.notes
                .speakers
                .refs_by_paragraph(w.notes.text.paragraphs.len()),
        ),
        None => (events, Vec::new()),
    };
    let events = number_paragraphs(events, &refs);
    let events = wrap_tables(events);
    let mut out = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    out
}

/// Write the marked terms of each run: a link to the glossary with a tooltip beside it.
fn mark_terms<'a>(events: Vec<Event<'a>>, weave: &Weave) -> Vec<Event<'a>> {
    let notes = weave.notes;
    let mut out = Vec::with_capacity(events.len());
    let mut cursor = Cursor::default();
    let mut run = 0usize;
    let mut next_hit = 0usize;
    for event in events {
        if !cursor.step(&event) {
            out.push(event);
            continue;
        }
        let Event::Text(text) = &event else {
            out.push(event);
            continue;
        };
        let start = notes.text.runs.get(run).map_or(0, |r| r.start);
        let mut last = 0;
        while let Some(hit) = notes.terms.get(next_hit).filter(|h| h.run == run) {
            next_hit += 1;
            if !hit.marked {
                continue;
            }
            // Records and events come from the same body; a hit that does not fit its run
            // (it never should) is left unmarked rather than cutting the text wrongly.
            let (Some(from), Some(to)) = (hit.start.checked_sub(start), hit.end.checked_sub(start))
            else {
                continue;
            };
            let (Some(before), Some(term)) = (text.get(last..from), text.get(from..to)) else {
                continue;
            };
            if !before.is_empty() {
                out.push(Event::Text(CowStr::from(before.to_string())));
            }
            out.push(Event::InlineHtml(CowStr::from(term_markup(
                weave, hit.entry, term, next_hit,
            ))));
            last = to;
        }
        run += 1;
        if last > 0 {
            if last < text.len() {
                out.push(Event::Text(CowStr::from(text[last..].to_string())));
            }
            continue;
        }
        out.push(event);
    }
    out
}

/// A marked term: a link to its glossary entry with `data-term`, and beside it the
/// definition in an element with `role="tooltip"` that the link's `aria-describedby` names.
fn term_markup(weave: &Weave, entry: usize, text: &str, n: usize) -> String {
    use html_escape::{encode_double_quoted_attribute as attr, encode_text as esc};
    let e = &weave.glossary[entry];
    let (definition, lang) = e.definition_in(weave.lang);
    let lang_attr = if lang == weave.lang {
        String::new()
    } else {
        format!(" lang=\"{lang}\"")
    };
    let mut html = String::new();
    let _ = write!(
        html,
        "<span class=\"term-wrap\"><a class=\"term\" href=\"{url}#{anchor}\" data-term=\"{term}\" aria-describedby=\"term-tip-{n}\">{text}</a><span class=\"term-tip\" role=\"tooltip\" id=\"term-tip-{n}\"{lang_attr}><b class=\"term-tip-name\">{name}</b> {definition}</span></span>",
        url = attr(&weave.glossary_url),
        anchor = attr(&e.anchor),
        term = attr(&e.term),
        text = esc(text),
        name = esc(&e.term),
        definition = inline_html(definition).trim_end(),
    );
    html
}

/// Inline Markdown to inline HTML: block structure flattened, raw HTML left out, links only
/// to web addresses and site paths.
pub fn inline_html(markdown: &str) -> String {
    let mut events = Vec::new();
    let mut dropped_links = 0usize;
    let mut started = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {}
            Event::Start(Tag::Link { ref dest_url, .. }) if check_url(dest_url).is_err() => {
                dropped_links += 1
            }
            Event::End(TagEnd::Link) if dropped_links > 0 => dropped_links -= 1,
            Event::Start(Tag::Paragraph)
            | Event::Start(Tag::Heading { .. })
            | Event::Start(Tag::Item) => {
                if started {
                    events.push(Event::Text(" ".into()));
                }
                started = true;
            }
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. }) => {
                events.push(event)
            }
            Event::End(
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link,
            ) => events.push(event),
            Event::Start(_) | Event::End(_) => {}
            Event::SoftBreak | Event::HardBreak => events.push(Event::Text(" ".into())),
            other => events.push(other),
        }
    }
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events.into_iter());
    out
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

    fn md(body: &str) -> String {
        body_html(body, &MarkdownConfig::default(), None)
    }

    #[test]
    fn paragraphs_are_numbered() {
        assert_eq!(
            md("one\n\n## Two\n\nthree *four*\n"),
            "<p id=\"p1\">one</p>\n<h2 id=\"two\">Two</h2>\n<p id=\"p2\">three <em>four</em></p>\n"
        );
    }

    #[test]
    fn raw_html_is_left_out_unless_trusted() {
        let body = "<script>alert(1)</script>\n\ntext <b>bold</b>\n";
        assert_eq!(md(body), "<p id=\"p1\">text bold</p>\n");
        let trusted = MarkdownConfig {
            raw_html: true,
            ..MarkdownConfig::default()
        };
        assert!(body_html(body, &trusted, None).contains("<script>"));
    }

    #[test]
    fn extensions() {
        let html =
            md("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ text[^1]\n\n[^1]: note\n\n- [x] done\n");
        assert!(
            html.contains("<div class=\"table-wrap\">\n<table>"),
            "{html}"
        );
        assert!(html.contains("<del>old</del>"));
        assert!(html.contains("footnote-definition"));
        assert!(html.contains("checkbox"));
    }

    #[test]
    fn definitions_cannot_inject_markup() {
        assert_eq!(
            inline_html("**粗** <script>x</script> `a<b`"),
            "<strong>粗</strong> x <code>a&lt;b</code>"
        );
        assert_eq!(
            inline_html("[x](javascript:alert(1)) [y](https://e.org)"),
            "x <a href=\"https://e.org\">y</a>"
        );
        assert_eq!(inline_html("# 标题\n\n段落"), "标题 段落");
    }
}
