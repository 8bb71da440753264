//! The preview server: `pizhu serve`. It builds the site into memory (nothing is written
//! into the site folder), serves it on loopback, watches the site's files, rebuilds on a
//! change and tells open pages to reload over server-sent events. A broken file shows as an
//! overlay on every page while the last good pages stay served underneath.
//!
//! Safe by default: it binds to 127.0.0.1; it serves only what the build produced (no
//! request reaches the file system by its path); it refuses a Host header that is not the
//! bound address or localhost (DNS rebinding) and live-reload requests from other origins;
//! it sends no CORS headers.

mod http;
mod watch;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use tokio::sync::broadcast;

use crate::build::build_in_memory;
use crate::error::{Error, Result};
use crate::load::site::LoadOptions;
use crate::write::OutputFile;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    pub drafts: bool,
}

/// A served file: bytes rendered in memory, or a static file copied as it is.
#[derive(Debug, Clone)]
pub enum Body {
    Bytes(Arc<Vec<u8>>),
    File(PathBuf),
}

/// What open pages are told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A new build is served: reload.
    Reload(u64),
    /// The last build failed: show this (the old pages stay).
    Failed(String),
}

/// The pages being served and the state of the last build.
#[derive(Debug, Default)]
pub struct Pages {
    pub files: HashMap<String, Body>,
    /// The error of the last build, when it failed.
    pub error: Option<String>,
    /// Counts successful builds.
    pub version: u64,
}

/// What the server's handlers share.
pub struct Shared {
    pub pages: RwLock<Pages>,
    /// What the next rebuild may reuse.
    pub cache: std::sync::Mutex<crate::build::BuildCache>,
    pub notices: broadcast::Sender<Notice>,
    /// Host names (without port) a request may name.
    pub hosts: Vec<String>,
    /// Bound to every address: any IP-literal Host is fine (a rebinding attack needs a name).
    pub any_ip: bool,
    pub port: u16,
}

impl Shared {
    /// Build the site and serve the result, or keep the last good pages and report.
    pub fn rebuild(&self, root: &Path, load: &LoadOptions) -> std::result::Result<u64, String> {
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        match build_in_memory(root, load, &mut cache) {
            Ok((files, warnings)) => {
                for w in warnings {
                    eprintln!("warning: {w}");
                }
                let mut map = HashMap::with_capacity(files.len());
                for file in files {
                    match file {
                        OutputFile::Bytes { path, bytes } => map.insert(path, Body::Bytes(bytes)),
                        OutputFile::Copy { path, source } => map.insert(path, Body::File(source)),
                    };
                }
                let version = {
                    let mut pages = self.pages.write().unwrap_or_else(|e| e.into_inner());
                    pages.files = map;
                    pages.error = None;
                    pages.version += 1;
                    pages.version
                };
                let _ = self.notices.send(Notice::Reload(version));
                Ok(version)
            }
            Err(error) => {
                let message = report(&error);
                self.pages.write().unwrap_or_else(|e| e.into_inner()).error = Some(message.clone());
                let _ = self.notices.send(Notice::Failed(message.clone()));
                Err(message)
            }
        }
    }
}

/// An error as the terminal and the overlay show it: one problem a line.
pub fn report(error: &Error) -> String {
    error
        .flatten()
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Serve the site until Ctrl-C. `ready` is called with the address once the server listens.
pub fn serve(options: ServeOptions, ready: impl FnOnce(SocketAddr)) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io("tokio runtime", e))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind((options.bind, options.port))
            .await
            .map_err(|e| Error::io(format!("{}:{}", options.bind, options.port), e))?;
        let addr = listener
            .local_addr()
            .map_err(|e| Error::io("listener", e))?;
        let mut hosts = vec![
            "localhost".to_string(),
            "127.0.0.1".to_string(),
            "[::1]".to_string(),
        ];
        let bound = match options.bind {
            IpAddr::V6(v6) => format!("[{v6}]"),
            IpAddr::V4(v4) => v4.to_string(),
        };
        if !hosts.contains(&bound) {
            hosts.push(bound);
        }
        let (notices, _) = broadcast::channel(16);
        let shared = Arc::new(Shared {
            pages: RwLock::new(Pages::default()),
            cache: Default::default(),
            notices,
            hosts,
            any_ip: options.bind.is_unspecified(),
            port: addr.port(),
        });
        let load = LoadOptions {
            drafts: options.drafts,
            base_url: Some(format!("http://{}/", display_addr(addr))),
        };
        // The first build: its failure is served as an overlay until it is fixed.
        let first = {
            let shared = Arc::clone(&shared);
            let root = options.root.clone();
            let load = load.clone();
            tokio::task::spawn_blocking(move || shared.rebuild(&root, &load)).await
        };
        if let Ok(Err(message)) = first {
            eprintln!("error: the site does not build yet:\n{message}");
        }
        let _watcher = watch::start(Arc::clone(&shared), options.root.clone(), load)?;
        // Listen for Ctrl-C before telling anyone the server is up, so that an early one
        // still stops it cleanly.
        let shutdown = interrupted()?;
        ready(addr);
        let app = http::router(Arc::clone(&shared));
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown)
            .await
            .map_err(|e| Error::io("server", e))
    })
}

/// A future that completes on Ctrl-C (SIGINT), listening from the moment it is made.
#[cfg(unix)]
fn interrupted() -> Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut interrupt = signal(SignalKind::interrupt()).map_err(|e| Error::io("SIGINT", e))?;
    Ok(async move {
        interrupt.recv().await;
    })
}

/// A future that completes on Ctrl-C.
#[cfg(not(unix))]
fn interrupted() -> Result<impl std::future::Future<Output = ()>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}

/// `127.0.0.1:1111`, or `[::1]:1111`.
pub fn display_addr(addr: SocketAddr) -> String {
    match addr {
        SocketAddr::V4(a) => a.to_string(),
        SocketAddr::V6(a) => format!("[{}]:{}", a.ip(), a.port()),
    }
}
