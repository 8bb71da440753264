//! An article body as pulldown-cmark events, prepared the same way for every stage that
//! reads it, and the plain text those events hold:
//! 1. parse with the site's options;
//! 2. leave out raw HTML unless the site trusts it, except pizhu's own blocks for what is
//!    shown beside the running text (see [`aside`]);
//! 3. merge adjacent text (escapes split it), so that a term is seen whole;
//! 4. give every heading a stable id (its own `{#id}`, else one made from its text).
//!
//! Annotation reads [`BodyText`] (paragraphs, headings and the runs of running text) and
//! records positions in it; rendering walks the same events with a [`Cursor`] and finds
//! each record where it belongs.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use regex::Regex;
use serde::Serialize;

use crate::config::MarkdownConfig;
use crate::slug::{slug_id, unique_id};

/// A heading of an article, for the table of contents and `inspect`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Heading {
    pub level: u8,
    pub text: String,
    pub id: String,
}

/// Where a run of running text lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Place {
    /// In body paragraph `n` (0-based), at a byte span of its text.
    Paragraph(usize),
    /// Outside any paragraph (a tight list item, a table cell): text `n` of
    /// [`BodyText::loose`].
    Loose(usize),
}

/// One text event of running text (not in a heading, link, image, code or HTML): where its
/// text is, as bytes `start..end` of that paragraph's or loose text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Run {
    pub place: Place,
    pub start: usize,
    pub end: usize,
}

/// Text shown beside the running text, not part of it: a photo caption, a list's label,
/// the label of an editor's note. Raw articles write these as pizhu's own HTML blocks
/// (`<p class="caption">…</p>`, `<p class="list-label">…</p>`,
/// `<p class="editor-note-label">…</p>`), which hold text only and are kept even where raw
/// HTML is not.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Aside {
    /// `caption`, `list-label` or `editor-note-label`.
    pub kind: &'static str,
    pub text: String,
}

static OWN_P: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^<p class="(?P<kind>caption|list-label|editor-note-label)">(?P<text>[^<>]*)</p>\n?$"#,
    )
    .expect("pizhu's own HTML pattern is valid")
});

/// The aside an HTML block is, when it is one of pizhu's own (text only, no other markup).
pub fn aside(html: &str) -> Option<Aside> {
    let caps = OWN_P.captures(html)?;
    let kind = match &caps["kind"] {
        "caption" => "caption",
        "list-label" => "list-label",
        _ => "editor-note-label",
    };
    Some(Aside {
        kind,
        text: html_escape::decode_html_entities(&caps["text"])
            .trim()
            .to_string(),
    })
}

/// The plain text of a body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct BodyText {
    /// Each paragraph's text, in order (paragraph `n` gets the id `p{n+1}`).
    pub paragraphs: Vec<String>,
    /// Running text outside paragraphs, one string per run.
    pub loose: Vec<String>,
    /// Every run of running text, in document order.
    pub runs: Vec<Run>,
    pub headings: Vec<Heading>,
    /// Captions, list labels and editor's notes, in order.
    pub asides: Vec<Aside>,
}

impl BodyText {
    /// The text of a run.
    pub fn run_text(&self, run: &Run) -> &str {
        &self.container(run.place)[run.start..run.end]
    }

    /// The whole paragraph or loose text a run lies in.
    pub fn container(&self, place: Place) -> &str {
        match place {
            Place::Paragraph(p) => &self.paragraphs[p],
            Place::Loose(l) => &self.loose[l],
        }
    }
}

/// The prepared events of `body` and its headings.
pub fn events<'a>(body: &'a str, config: &MarkdownConfig) -> (Vec<Event<'a>>, Vec<Heading>) {
    let events: Vec<Event> = Parser::new_ext(body, options(config)).collect();
    let events = drop_raw_html(events, config.raw_html);
    let events = merge_text(events);
    heading_ids(events)
}

/// The plain text of `body`.
pub fn text(body: &str, config: &MarkdownConfig) -> BodyText {
    let (events, headings) = events(body, config);
    let mut out = BodyText {
        headings,
        ..BodyText::default()
    };
    let mut cursor = Cursor::default();
    let mut html: Option<String> = None; // the HTML block being read
    for event in &events {
        let is_run = cursor.step(event);
        let open = cursor.paragraph();
        match event {
            Event::Start(Tag::HtmlBlock) => html = Some(String::new()),
            Event::Html(t) => {
                if let Some(h) = html.as_mut() {
                    h.push_str(t);
                }
            }
            Event::End(TagEnd::HtmlBlock) => {
                if let Some(a) = html.take().as_deref().and_then(aside) {
                    out.asides.push(a);
                }
            }
            Event::Start(Tag::Paragraph) => out.paragraphs.push(String::new()),
            Event::Text(t) | Event::Code(t) if open.is_some() => {
                let Some(text) = out.paragraphs.last_mut() else {
                    continue;
                };
                if is_run {
                    out.runs.push(Run {
                        place: Place::Paragraph(open.unwrap_or_default()),
                        start: text.len(),
                        end: text.len() + t.len(),
                    });
                }
                text.push_str(t);
            }
            Event::Text(t) if is_run => {
                out.runs.push(Run {
                    place: Place::Loose(out.loose.len()),
                    start: 0,
                    end: t.len(),
                });
                out.loose.push(t.to_string());
            }
            Event::SoftBreak | Event::HardBreak if open.is_some() => {
                if let Some(text) = out.paragraphs.last_mut() {
                    text.push(' ');
                }
            }
            _ => {}
        }
    }
    out
}

/// Where a walk over prepared events stands: in which paragraph, and whether inside a
/// heading, link, image, code or HTML block, where nothing is annotated.
#[derive(Debug, Default)]
pub struct Cursor {
    excluded: usize,
    paragraph: Option<usize>,
    paragraphs: usize,
}

impl Cursor {
    /// Move over `event`; true when it is a run (a text event of running text).
    pub fn step(&mut self, event: &Event<'_>) -> bool {
        match event {
            Event::Start(Tag::Paragraph) => {
                self.paragraph = Some(self.paragraphs);
                self.paragraphs += 1;
            }
            Event::End(TagEnd::Paragraph) => self.paragraph = None,
            Event::Start(
                Tag::Heading { .. }
                | Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::MetadataBlock(_),
            ) => self.excluded += 1,
            Event::End(
                TagEnd::Heading(_)
                | TagEnd::Link
                | TagEnd::Image
                | TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::MetadataBlock(_),
            ) => self.excluded = self.excluded.saturating_sub(1),
            Event::Text(_) => return self.excluded == 0,
            _ => {}
        }
        false
    }

    /// The paragraph the walk is in (0-based), if any.
    pub fn paragraph(&self) -> Option<usize> {
        self.paragraph
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
    let mut out = Vec::with_capacity(events.len());
    let mut block: Option<Vec<Event>> = None; // the HTML block being read
    for e in events {
        match (e, block.as_mut()) {
            (e @ Event::Start(Tag::HtmlBlock), _) => block = Some(vec![e]),
            (e @ Event::End(TagEnd::HtmlBlock), Some(b)) => {
                b.push(e);
                let text: String = b
                    .iter()
                    .filter_map(|e| match e {
                        Event::Html(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                let b = block.take().unwrap_or_default();
                if aside(&text).is_some() {
                    out.extend(b);
                }
            }
            (e, Some(b)) => b.push(e),
            (Event::Html(_) | Event::InlineHtml(_), None) => {}
            (e, None) => out.push(e),
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    fn md(body: &str) -> BodyText {
        text(body, &MarkdownConfig::default())
    }

    #[test]
    fn paragraphs_runs_and_loose_text() {
        let t = md("one *two* [link](x) `c` three\n\n## Head\n\n- item\n- other\n");
        assert_eq!(t.paragraphs, ["one two link c three"]);
        let runs: Vec<&str> = t.runs.iter().map(|r| t.run_text(r)).collect();
        assert_eq!(runs, ["one ", "two", " ", " ", " three", "item", "other"]);
        assert_eq!(t.runs[4].place, Place::Paragraph(0));
        assert_eq!(t.runs[4].start, "one two link c".len());
        assert_eq!(t.runs[5].place, Place::Loose(0));
        assert_eq!(t.headings[0].id, "head");
    }

    #[test]
    fn heading_ids_keep_chinese_and_stay_unique() {
        let t = md("## 大模型慢了吗\n\n## 范式变了！\n\n## 范式变了\n\n## Scaling Law (尺度定律)\n\n## P1\n\n## x {#mine}\n\n## Mine\n");
        let ids: Vec<&str> = t.headings.iter().map(|h| h.id.as_str()).collect();
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
    fn escaped_raw_text_stays_text() {
        let body = crate::load::raw_text::to_markdown(&[crate::load::raw_text::RawBlock::Heading(
            "Foo {#bar}".into(),
        )]);
        let t = md(&body);
        assert_eq!(t.headings[0].text, "Foo {#bar}");
        assert_eq!(t.headings[0].id, "foo-bar");
    }
}
