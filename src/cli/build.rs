//! `pizhu build`.

use std::io::IsTerminal;
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressStyle};
use pizhu::build::Progress;
use pizhu::{BuildOptions, LoadOptions};

use super::Verbosity;

/// Build the site into its output folder.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The site's root folder (it holds content/).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The output folder (default: output_dir from site.yaml, `public`).
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// The address the site is published at, for this build only.
    #[arg(long)]
    base_url: Option<String>,
    /// Include articles marked `draft: true`.
    #[arg(long)]
    drafts: bool,
}

/// A progress bar on a terminal, for builds long enough to want one.
struct Bar(ProgressBar);

/// Builds with fewer articles than this finish before a bar is worth drawing.
const BAR_FROM: usize = 500;

impl Progress for Bar {
    fn start(&self, total: usize) {
        if total >= BAR_FROM {
            self.0.set_length(total as u64);
            self.0
                .set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
    }
    fn tick(&self) {
        self.0.inc(1);
    }
}

pub fn run(args: Args, verbosity: Verbosity) -> pizhu::Result<()> {
    let options = BuildOptions {
        root: args.root,
        output: args.output,
        load: LoadOptions {
            drafts: args.drafts,
            base_url: args.base_url,
        },
    };
    let bar = ProgressBar::hidden();
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} articles {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let report = if verbosity != Verbosity::Quiet && std::io::stderr().is_terminal() {
        let progress = Bar(bar);
        let report = pizhu::build(&options, &progress);
        progress.0.finish_and_clear();
        report?
    } else {
        pizhu::build(&options, &pizhu::build::Silent)?
    };
    if verbosity != Verbosity::Quiet {
        for warning in &report.warnings {
            eprintln!("warning: {warning}");
        }
        println!(
            "Built {} pages from {} articles into {} in {:.2}s",
            report.pages,
            report.articles,
            report.output.display(),
            report.elapsed.as_secs_f64()
        );
    }
    if verbosity == Verbosity::Verbose {
        println!(
            "{} written, {} unchanged, {} removed",
            report.stats.written, report.stats.unchanged, report.stats.removed
        );
    }
    Ok(())
}
