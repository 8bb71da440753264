//! The `pizhu` command. Thin: parse the arguments, run the verb, print the error once,
//! return the exit code.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::run()
}
