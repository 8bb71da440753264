//! `pizhu inspect`: parse one article and print what pizhu understood, for people or (with
//! `--json`) for tools. The JSON keys are stable; later features add keys, never rename.

use std::path::{Path, PathBuf};

use pizhu::annotate::speakers::Span;
use pizhu::annotate::{annotate_article, ArticleNotes, Glossary, GlossaryEntry, Tools};
use pizhu::config::Config;
use pizhu::load::body::Aside;
use pizhu::model::{Article, Lang};
use pizhu::render::view::ReadingView;
use serde::Serialize;

/// Parse one article and print what pizhu understood.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A `.txt` raw article or a `.md` Markdown article.
    file: PathBuf,
    /// Print one JSON object instead of text.
    #[arg(long)]
    json: bool,
    /// Say how each speaker was found: every attribution with its paragraph, the words it
    /// names them by and the frame that matched (`X said`, `在X看来`, …). With `--json`, each
    /// mention carries its `frame` anyway.
    #[arg(long)]
    explain: bool,
    /// A glossary file (as `content/glossary.yaml`) to find terms with, over the built-in one.
    #[arg(long)]
    glossary: Option<PathBuf>,
    /// Leave out the built-in glossary.
    #[arg(long)]
    no_builtin: bool,
    /// A people registry (as `content/people.yaml`) to refine speakers with.
    #[arg(long)]
    people: Option<PathBuf>,
    /// A site whose pages the reading list is matched against: matched entries get the
    /// page's address as their `url`.
    #[arg(long)]
    site: Option<PathBuf>,
}

/// The glossary for a command that works outside a site build: the built-in one (unless
/// `builtin` is false) with `file` laid over it, or else the glossary of the site at `site`
/// when there is one.
pub fn load_glossary(
    file: Option<&Path>,
    builtin: bool,
    site: Option<&Path>,
) -> pizhu::Result<Vec<GlossaryEntry>> {
    let default = site
        .map(|s| s.join("content").join(pizhu::load::glossary::GLOSSARY_FILE))
        .filter(|f| f.is_file());
    let file = file.map(Path::to_path_buf).or(default);
    match file {
        Some(path) => {
            let text = pizhu::fs::read_utf8(&path)?;
            pizhu::load::glossary::from_sources(builtin, Some((&text, &path)))
        }
        None => pizhu::load::glossary::from_sources(builtin, None),
    }
}

#[derive(Debug, Serialize)]
struct TermReport<'a> {
    term: &'a str,
    paragraphs: Vec<usize>,
    /// Every occurrence: paragraph (0-based; none outside paragraphs), byte span of that
    /// paragraph's text, the text itself, and whether it is marked.
    hits: Vec<HitReport<'a>>,
}

#[derive(Debug, Serialize)]
struct HitReport<'a> {
    paragraph: Option<usize>,
    start: usize,
    end: usize,
    text: &'a str,
    marked: bool,
}

#[derive(Debug, Serialize)]
struct Report<'a> {
    title: &'a str,
    source: Option<&'a str>,
    date: Option<String>,
    editor: Option<&'a str>,
    /// The dateline or lead taken from the first paragraph.
    dateline: Option<&'a str>,
    headings: Vec<&'a str>,
    paragraphs: usize,
    /// Captions, list labels and editor's notes' labels: shown, but not running text.
    asides: &'a [Aside],
    /// Running text outside paragraphs (list items, table cells).
    loose: &'a [String],
    related: Vec<ReadingView<'a>>,
    lang: Lang,
    author: Option<&'a str>,
    tags: &'a [String],
    terms: Vec<TermReport<'a>>,
    speakers: Vec<SpeakerReport<'a>>,
    unnamed_sources: Vec<UnnamedReport<'a>>,
}

#[derive(Debug, Serialize)]
struct SpeakerReport<'a> {
    name: &'a str,
    org: Option<&'a str>,
    role: Option<&'a str>,
    aliases: &'a [String],
    paragraphs: &'a [usize],
    /// Where the text attributes speech to them: paragraph and byte span of each name.
    mentions: &'a [Span],
}

#[derive(Debug, Serialize)]
struct UnnamedReport<'a> {
    description: &'a str,
    paragraphs: &'a [usize],
    mentions: &'a [Span],
}

pub fn run(args: Args) -> pizhu::Result<()> {
    let article = pizhu::load::load_file(&args.file, Lang::Zh)?;
    let glossary = load_glossary(args.glossary.as_deref(), !args.no_builtin, None)?;
    let people = match &args.people {
        Some(path) => pizhu::load::people::parse(&pizhu::fs::read_utf8(path)?, path)?,
        None => Vec::new(),
    };
    let tools = Tools::new(&glossary, &people);
    let notes = annotate_article(&article, &Config::default(), &tools);
    let speakers = &notes.speakers;
    let mut report = report(&article, &notes, &tools.glossary);
    if let Some(root) = &args.site {
        link_reading_list(&mut report, &article, root)?;
    }
    report.speakers = speakers
        .named
        .iter()
        .map(|s| SpeakerReport {
            name: &s.name,
            org: s.org.as_deref(),
            role: s.role.as_deref(),
            aliases: &s.aliases,
            paragraphs: &s.paragraphs,
            mentions: &s.mentions,
        })
        .collect();
    report.unnamed_sources = speakers
        .unnamed
        .iter()
        .map(|u| UnnamedReport {
            description: &u.description,
            paragraphs: &u.paragraphs,
            mentions: &u.mentions,
        })
        .collect();
    if args.json {
        let json = serde_json::to_string_pretty(&report).unwrap_or_default();
        println!("{json}");
    } else {
        print!("{}", text(&report));
        if args.explain {
            print!("{}", explain(&notes));
        }
    }
    Ok(())
}

/// How each speaker was found: `¶3 «高雪峰» ← X表示 (name, then a speech verb)`.
fn explain(notes: &ArticleNotes) -> String {
    let mut out = String::from("how speakers were found\n");
    let people = notes
        .speakers
        .named
        .iter()
        .map(|s| (&s.name, &s.mentions, &s.paragraphs));
    let unnamed = notes
        .speakers
        .unnamed
        .iter()
        .map(|u| (&u.description, &u.mentions, &u.paragraphs));
    for (who, mentions, paragraphs) in people.chain(unnamed) {
        out.push_str(&format!("  {who}\n"));
        for m in mentions.iter() {
            let said = notes
                .text
                .paragraphs
                .get(m.paragraph)
                .and_then(|p| p.get(m.start..m.end))
                .unwrap_or_default();
            out.push_str(&format!("    ¶{} «{said}» ← {}\n", m.paragraph, m.frame));
        }
        let carried: Vec<String> = paragraphs
            .iter()
            .filter(|p| !mentions.iter().any(|m| m.paragraph == **p))
            .map(|p| p.to_string())
            .collect();
        if !carried.is_empty() {
            out.push_str(&format!(
                "    ¶{} ← a quote or appositive carried on from an attribution\n",
                carried.join(",")
            ));
        }
    }
    out
}

fn report<'a>(article: &'a Article, notes: &'a ArticleNotes, glossary: &'a Glossary) -> Report<'a> {
    let meta = &article.meta;
    // Terms in order of first occurrence, each with the paragraphs it occurs in.
    let mut terms: Vec<TermReport> = Vec::new();
    for hit in &notes.terms {
        let term = glossary.entries[hit.entry].term.as_str();
        let at = match terms.iter().position(|t| t.term == term) {
            Some(i) => i,
            None => {
                terms.push(TermReport {
                    term,
                    paragraphs: Vec::new(),
                    hits: Vec::new(),
                });
                terms.len() - 1
            }
        };
        if let Some(p) = hit.paragraph {
            if !terms[at].paragraphs.contains(&p) {
                terms[at].paragraphs.push(p);
            }
        }
        let run = &notes.text.runs[hit.run];
        terms[at].hits.push(HitReport {
            paragraph: hit.paragraph,
            start: hit.start,
            end: hit.end,
            text: &notes.text.container(run.place)[hit.start..hit.end],
            marked: hit.marked,
        });
    }
    Report {
        title: &meta.title,
        source: meta.source.as_deref(),
        date: meta.date.map(|d| d.iso()),
        editor: meta.editor.as_deref(),
        dateline: meta.dateline.as_deref(),
        headings: notes
            .text
            .headings
            .iter()
            .map(|h| h.text.as_str())
            .collect(),
        paragraphs: notes.text.paragraphs.len(),
        asides: &notes.text.asides,
        loose: &notes.text.loose,
        related: article.reading.iter().map(ReadingView::new).collect(),
        lang: meta.lang,
        author: meta.author.as_deref(),
        tags: &meta.tags,
        terms,
        speakers: Vec::new(),
        unnamed_sources: Vec::new(),
    }
}

fn text(r: &Report) -> String {
    let or_none = |v: Option<&str>| v.unwrap_or("—").to_string();
    let mut out = String::new();
    out.push_str(&format!("title       {}\n", r.title));
    out.push_str(&format!("source      {}\n", or_none(r.source)));
    out.push_str(&format!("date        {}\n", or_none(r.date.as_deref())));
    out.push_str(&format!("editor      {}\n", or_none(r.editor)));
    out.push_str(&format!("author      {}\n", or_none(r.author)));
    out.push_str(&format!("dateline    {}\n", or_none(r.dateline)));
    out.push_str(&format!("language    {}\n", r.lang));
    out.push_str(&format!("paragraphs  {}\n", r.paragraphs));
    for a in r.asides {
        out.push_str(&format!("  {}: {}\n", a.kind, a.text));
    }
    out.push_str(&format!("headings    {}\n", r.headings.len()));
    for h in &r.headings {
        out.push_str(&format!("  · {h}\n"));
    }
    out.push_str(&format!("terms       {}\n", r.terms.len()));
    for t in &r.terms {
        let paragraphs: Vec<String> = t.paragraphs.iter().map(|p| p.to_string()).collect();
        out.push_str(&format!("  · {} ¶{}\n", t.term, paragraphs.join(",")));
    }
    out.push_str(&format!("speakers    {}\n", r.speakers.len()));
    for s in &r.speakers {
        let about: Vec<&str> = [s.org, s.role].into_iter().flatten().collect();
        let paragraphs: Vec<String> = s.paragraphs.iter().map(|p| p.to_string()).collect();
        let about = match about.is_empty() {
            true => String::new(),
            false => format!(" ({})", about.join(", ")),
        };
        out.push_str(&format!(
            "  · {}{about} ¶{}\n",
            s.name,
            paragraphs.join(",")
        ));
    }
    for u in &r.unnamed_sources {
        let paragraphs: Vec<String> = u.paragraphs.iter().map(|p| p.to_string()).collect();
        out.push_str(&format!(
            "  · unnamed: {} ¶{}\n",
            u.description,
            paragraphs.join(",")
        ));
    }
    out.push_str(&format!("related     {}\n", r.related.len()));
    for (i, e) in r.related.iter().enumerate() {
        let mut line = format!("  {}. {}", i + 1, e.title);
        let meta: Vec<&str> = [e.source, e.date.as_deref(), e.url.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !meta.is_empty() {
            line.push_str(&format!(" — {}", meta.join(", ")));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Give each reading-list entry that names a page of the site at `root` that page's
/// address (under the site's base path: `/reports/seed/`).
fn link_reading_list(report: &mut Report, article: &Article, root: &Path) -> pizhu::Result<()> {
    let config = pizhu::config::Config::load(root)?;
    let content = pizhu::load::load_content(root, config.language, true);
    if let Some(error) = pizhu::Error::from_list(content.errors) {
        return Err(error.relative_to(root));
    }
    let index = pizhu::annotate::reading::TitleIndex::new(&content.articles);
    let me = std::fs::canonicalize(&article.file).ok();
    let from = content
        .articles
        .iter()
        .position(|a| std::fs::canonicalize(root.join(&a.file)).ok() == me)
        .unwrap_or(usize::MAX);
    for (entry, view) in article.reading.iter().zip(report.related.iter_mut()) {
        if let Some(j) = index.find(entry, from) {
            view.url = Some(format!(
                "{}{}",
                config.base_path(),
                pizhu::render::view::page_url(&content.articles[j].path)
            ));
            view.internal = true;
        }
    }
    Ok(())
}
