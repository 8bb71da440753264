//! The command line: one file per verb, each with a small options struct.

mod build;
mod check;
mod glossary;
mod init;
mod inspect;
mod new;
mod serve;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// pizhu (批注): a static site generator for annotated articles.
#[derive(Debug, Parser)]
#[command(name = "pizhu", version, about, long_about = None)]
struct Cli {
    /// Print nothing but errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more about what is done.
    #[arg(short, long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into its output folder (public/ by default).
    Build(build::Args),
    /// Create a new site: site.yaml and content/ with one sample article of each kind.
    Init(init::Args),
    /// Parse one article and print what pizhu understood.
    Inspect(inspect::Args),
    /// Glossary tools: `pizhu glossary suggest PATH...`.
    Glossary(glossary::Args),
    /// Check the site: broken links, anchors and assets, near-miss reading entries, unused
    /// glossary entries, pages nothing links to.
    Check(check::Args),
    /// Create a new article (a draft) from a title, named by the site's slug rule.
    New(new::Args),
    /// Preview the site with live reload (in memory; nothing is written).
    Serve(serve::Args),
}

/// How much to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

/// Parse the arguments and run the verb; errors are printed here, once.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let verbosity = match (cli.quiet, cli.verbose) {
        (true, _) => Verbosity::Quiet,
        (_, true) => Verbosity::Verbose,
        _ => Verbosity::Normal,
    };
    let result = match cli.command {
        Command::Build(args) => build::run(args, verbosity),
        Command::Init(args) => init::run(args, verbosity),
        Command::Inspect(args) => inspect::run(args),
        Command::Glossary(args) => glossary::run(args),
        Command::Serve(args) => serve::run(args, verbosity),
        Command::New(args) => new::run(args, verbosity),
        Command::Check(args) => check::run(args, verbosity),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            report(&error);
            ExitCode::FAILURE
        }
    }
}

/// Print an error: one line each, with a count first when there are several.
fn report(error: &pizhu::Error) {
    let all = error.flatten();
    if all.len() > 1 {
        eprintln!("error: {} problems:", all.len());
        for e in all {
            eprintln!("  {e}");
        }
    } else {
        eprintln!("error: {error}");
    }
}
