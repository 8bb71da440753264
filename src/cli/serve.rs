//! `pizhu serve`: preview the site with live reload.

use std::net::IpAddr;
use std::path::PathBuf;

use pizhu::serve::{display_addr, serve, ServeOptions};

use super::Verbosity;

/// Preview the site: build it into memory, serve it, rebuild and reload on every change.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The site's root folder (it holds content/).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The port to listen on (0 picks a free one).
    #[arg(long, short, default_value_t = 1111)]
    port: u16,
    /// The address to listen on. Anything but loopback exposes the preview to the network.
    #[arg(long, default_value = "127.0.0.1")]
    bind: IpAddr,
    /// Open the site in the default browser.
    #[arg(long)]
    open: bool,
    /// Include articles marked `draft: true`.
    #[arg(long)]
    drafts: bool,
}

pub fn run(args: Args, verbosity: Verbosity) -> pizhu::Result<()> {
    if !args.bind.is_loopback() {
        eprintln!(
            "warning: serving on {} makes the preview reachable from other machines",
            args.bind
        );
    }
    let options = ServeOptions {
        root: args.root.clone(),
        bind: args.bind,
        port: args.port,
        drafts: args.drafts,
    };
    let open = args.open;
    serve(options, move |addr| {
        let url = format!("http://{}/", display_addr(addr));
        if verbosity != Verbosity::Quiet {
            println!("Serving {} at {url} (Ctrl-C to stop)", args.root.display());
        }
        if open {
            if let Err(e) = opener::open(&url) {
                eprintln!("warning: could not open a browser: {e}");
            }
        }
    })
}
