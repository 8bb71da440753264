//! `pizhu new "标题"`: a new Markdown article named by the site's slug rule.

use std::path::PathBuf;

use pizhu::config::Config;
use pizhu::error::{Error, Result};
use pizhu::slug::slugify;

use super::Verbosity;

/// Create a new article (a draft) from a title.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The article's title.
    title: String,
    /// The site's root folder.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The section (folder under content/) to put it in.
    #[arg(long, default_value = "")]
    section: String,
}

pub fn run(args: Args, verbosity: Verbosity) -> Result<()> {
    let config = Config::load(&args.root)?;
    let now = chrono::Local::now();
    let slug = slugify(
        &args.title,
        config.slug,
        &now.format("%Y-%m-%d-%H%M").to_string(),
    );
    let folder = args
        .root
        .join("content")
        .join(args.section.trim_matches('/'));
    pizhu::fs::create_dir_all(&folder)?;
    // Never overwrite: a taken name gets -2, -3, ….
    let mut path = folder.join(format!("{slug}.md"));
    let mut n = 2;
    while path.exists() || path.with_extension("txt").exists() {
        path = folder.join(format!("{slug}-{n}.md"));
        n += 1;
    }
    let title = serde_json::to_string(&args.title).unwrap_or_default();
    let text = format!(
        "---\ntitle: {title}\ndate: {}\ndraft: true\ntags: []\n---\n\n",
        now.format("%Y-%m-%dT%H:%M")
    );
    std::fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
    if verbosity != Verbosity::Quiet {
        println!(
            "Created {} (a draft: `pizhu build --drafts` or `pizhu serve --drafts` shows it)",
            path.display()
        );
    }
    Ok(())
}
