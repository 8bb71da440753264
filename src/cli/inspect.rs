//! `pizhu inspect`: parse one article and print what pizhu understood, for people or (with
//! `--json`) for tools. The JSON keys are stable; later features add keys, never rename.

use std::path::PathBuf;

use pizhu::config::MarkdownConfig;
use pizhu::model::{Article, Lang};
use pizhu::render::markdown;
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
}

#[derive(Debug, Serialize)]
struct Report<'a> {
    title: &'a str,
    source: Option<&'a str>,
    date: Option<String>,
    editor: Option<&'a str>,
    headings: Vec<&'a str>,
    paragraphs: usize,
    related: Vec<ReadingView<'a>>,
    lang: Lang,
    author: Option<&'a str>,
    tags: &'a [String],
}

pub fn run(args: Args) -> pizhu::Result<()> {
    let article = pizhu::load::load_file(&args.file, Lang::Zh)?;
    let rendered = markdown::render(&article.body, &MarkdownConfig::default());
    let report = report(&article, &rendered);
    if args.json {
        let json = serde_json::to_string_pretty(&report).unwrap_or_default();
        println!("{json}");
    } else {
        print!("{}", text(&report));
    }
    Ok(())
}

fn report<'a>(article: &'a Article, rendered: &'a markdown::Rendered) -> Report<'a> {
    let meta = &article.meta;
    Report {
        title: &meta.title,
        source: meta.source.as_deref(),
        date: meta.date.map(|d| d.iso()),
        editor: meta.editor.as_deref(),
        headings: rendered.headings.iter().map(|h| h.text.as_str()).collect(),
        paragraphs: rendered.paragraphs,
        related: article.reading.iter().map(ReadingView::new).collect(),
        lang: meta.lang,
        author: meta.author.as_deref(),
        tags: &meta.tags,
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
    out.push_str(&format!("language    {}\n", r.lang));
    out.push_str(&format!("paragraphs  {}\n", r.paragraphs));
    out.push_str(&format!("headings    {}\n", r.headings.len()));
    for h in &r.headings {
        out.push_str(&format!("  · {h}\n"));
    }
    out.push_str(&format!("related     {}\n", r.related.len()));
    for (i, e) in r.related.iter().enumerate() {
        let mut line = format!("  {}. {}", i + 1, e.title);
        let meta: Vec<&str> = [e.source, e.date.as_deref(), e.url]
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
