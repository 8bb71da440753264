//! `pizhu check`: what a reader would trip over, with file and line.

use std::path::PathBuf;

use pizhu::error::{Error, Result};

use super::Verbosity;

/// Build the site in memory and report broken links and anchors, missing assets, reading
/// entries that nearly match a page, unused glossary entries and pages nothing links to.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The site's root folder.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Also ask every link to another site whether it answers.
    #[arg(long)]
    external: bool,
}

pub fn run(args: Args, verbosity: Verbosity) -> Result<()> {
    let report = pizhu::check::check(&args.root, args.external)?;
    for w in &report.warnings {
        if verbosity != Verbosity::Quiet {
            eprintln!("warning: {w}");
        }
    }
    for e in &report.errors {
        eprintln!("error: {e}");
    }
    if verbosity != Verbosity::Quiet {
        println!(
            "Checked {} pages and {} links: {} errors, {} warnings",
            report.pages,
            report.links,
            report.errors.len(),
            report.warnings.len()
        );
    }
    if report.errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Output {
            path: args.root,
            message: format!("{} problems found by check", report.errors.len()),
        })
    }
}
