//! `pizhu glossary suggest`: candidate terms the glossary lacks, as YAML ready to paste.

use std::path::{Path, PathBuf};

use pizhu::annotate::suggest::{self, Text};
use pizhu::config::MarkdownConfig;
use pizhu::model::Lang;
use walkdir::WalkDir;

/// Glossary tools.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// Print candidate terms that the glossary lacks, as YAML ready to paste.
    Suggest(SuggestArgs),
}

#[derive(Debug, clap::Args)]
struct SuggestArgs {
    /// Articles, or folders of articles (.txt and .md).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Ignore the built-in glossary: suggest its terms too.
    #[arg(long)]
    no_builtin: bool,
    /// The site glossary to compare with (default: content/glossary.yaml, if there is one).
    #[arg(long)]
    glossary: Option<PathBuf>,
    /// At most this many candidates.
    #[arg(long, default_value_t = 50)]
    limit: usize,
}

pub fn run(args: Args) -> pizhu::Result<()> {
    let Command::Suggest(args) = args.command;
    let glossary = super::inspect::load_glossary(
        args.glossary.as_deref(),
        !args.no_builtin,
        Some(Path::new(".")),
    )?;
    let tools = pizhu::annotate::Tools::new(&glossary, &[]);
    let mut files = Vec::new();
    for path in &args.paths {
        if path.is_dir() {
            for entry in WalkDir::new(path).sort_by_file_name() {
                let entry = entry.map_err(|e| pizhu::fs::walk_error(e, path))?;
                let is_article = matches!(
                    entry.path().extension().and_then(|e| e.to_str()),
                    Some("txt" | "md")
                );
                let name = entry.file_name().to_string_lossy();
                if entry.file_type().is_file() && is_article && name != "_index.md" {
                    files.push(entry.into_path());
                }
            }
        } else {
            files.push(path.clone());
        }
    }
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    for file in &files {
        match pizhu::load::load_file(file, Lang::Zh) {
            Ok(a) => articles.push(a),
            Err(e) => errors.push(e),
        }
    }
    if let Some(error) = pizhu::Error::from_list(errors) {
        return Err(error);
    }
    let rendered: Vec<(Lang, Vec<String>)> = articles
        .iter()
        .map(|a| {
            (
                a.meta.lang,
                pizhu::load::body::text(&a.body, &MarkdownConfig::default()).paragraphs,
            )
        })
        .collect();
    let texts: Vec<Text> = rendered
        .iter()
        .map(|(lang, p)| Text {
            lang: *lang,
            paragraphs: p,
        })
        .collect();
    let candidates = suggest::suggest(&texts, &tools.glossary, &tools.segmenter, args.limit);
    print!("{}", suggest::to_yaml(&candidates));
    Ok(())
}
