//! `pizhu init`: a new site that builds as it is — `site.yaml` with every option
//! commented, and `content/` with one sample article of each kind.

use std::path::{Path, PathBuf};

use pizhu::error::{Error, Result};

use super::Verbosity;

/// Create a new site.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder to create the site in (default: the current folder).
    #[arg(default_value = ".")]
    dir: PathBuf,
}

const FILES: &[(&str, &str)] = &[
    ("site.yaml", include_str!("samples/site.yaml")),
    ("content/hello.txt", include_str!("samples/hello.txt")),
    (
        "content/hello-markdown.md",
        include_str!("samples/hello-markdown.md"),
    ),
];

pub fn run(args: Args, verbosity: Verbosity) -> Result<()> {
    create(&args.dir)?;
    if verbosity != Verbosity::Quiet {
        println!("Created a pizhu site in {}", args.dir.display());
        println!("Build it with: pizhu build --root {}", args.dir.display());
    }
    Ok(())
}

/// Write the new site's files; refuse a folder that already has any of them or a
/// non-empty `content/`, so that nothing of the user's is overwritten.
fn create(dir: &Path) -> Result<()> {
    for (name, _) in FILES {
        let path = dir.join(name);
        if path.exists() {
            return Err(Error::Output {
                path,
                message: "already exists; `pizhu init` never overwrites a file".to_string(),
            });
        }
    }
    let content = dir.join("content");
    if content.is_dir()
        && std::fs::read_dir(&content)
            .map_err(|e| Error::io(&content, e))?
            .next()
            .is_some()
    {
        return Err(Error::Output {
            path: content,
            message: "is not empty; `pizhu init` makes new sites only".to_string(),
        });
    }
    for (name, text) in FILES {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            pizhu::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
    }
    Ok(())
}
