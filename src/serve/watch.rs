//! Watching the site's files: `content/`, `templates/`, `static/` and `site.yaml`, with
//! events debounced so that an editor's save (often several writes) rebuilds once.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use notify_debouncer_mini::notify::RecursiveMode;
use notify_debouncer_mini::{new_debouncer, DebounceEventResult, Debouncer};

use super::Shared;
use crate::error::{Error, Result};
use crate::load::site::LoadOptions;

/// The debouncer; dropping it stops the watching.
pub type Watcher = Debouncer<notify_debouncer_mini::notify::RecommendedWatcher>;

/// Watch the site at `root` and rebuild `shared` on every change.
pub fn start(shared: Arc<Shared>, root: PathBuf, load: LoadOptions) -> Result<Watcher> {
    let rebuild_root = root.clone();
    // Events name absolute paths: compare them with the root as the system spells it.
    let watched_root = root.canonicalize().unwrap_or_else(|_| root.clone());
    let mut last = fingerprint(&root);
    let mut debouncer = new_debouncer(
        Duration::from_millis(80),
        move |result: DebounceEventResult| {
            let Ok(events) = result else { return };
            let relevant = events.iter().any(|e| {
                let name = e
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let editor_temp =
                    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp");
                let rel = e.path.strip_prefix(&watched_root).unwrap_or(&e.path);
                let watched = rel == std::path::Path::new(crate::config::CONFIG_FILE)
                    || ["content", "templates", "static"]
                        .iter()
                        .any(|d| rel.starts_with(d));
                watched && !editor_temp && !opened_folder(&e.path)
            });
            if !relevant {
                return;
            }
            // Reading files (the build itself) is an event too: rebuild only when what the
            // build reads has changed.
            let mut now = fingerprint(&rebuild_root);
            if now == last {
                return;
            }
            // An editor may write a file in steps (truncate, then write), and a busy machine
            // may pause it in between: wait until the files hold still and no file has become
            // empty, so that a half-written file is not built (at most 0.5 s; a file left
            // empty is built as it is).
            for _ in 0..20 {
                std::thread::sleep(Duration::from_millis(25));
                let again = fingerprint(&rebuild_root);
                let emptied = again.empty.difference(&last.empty).next().is_some();
                if again == now && !emptied {
                    break;
                }
                now = again;
            }
            last = now;
            let started = Instant::now();
            match shared.rebuild(&rebuild_root, &load) {
                Ok(version) => eprintln!(
                    "rebuilt (build {version}) in {:.0} ms",
                    started.elapsed().as_secs_f64() * 1000.0
                ),
                Err(message) => eprintln!("error: the last good pages stay served:\n{message}"),
            }
        },
    )
    .map_err(|e| Error::io(&root, std::io::Error::other(e.to_string())))?;
    let watcher = debouncer.watcher();
    for dir in ["content", "templates", "static"] {
        let path = root.join(dir);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| Error::io(&path, std::io::Error::other(e.to_string())))?;
        }
    }
    // site.yaml: watch the root itself, not recursively (the output folder may be there).
    watcher
        .watch(&root, RecursiveMode::NonRecursive)
        .map_err(|e| Error::io(&root, std::io::Error::other(e.to_string())))?;
    Ok(debouncer)
}

/// What the watched files look like: a digest of every path, size and modification time,
/// and which files are empty.
#[derive(PartialEq, Eq)]
struct Fingerprint {
    digest: u64,
    empty: std::collections::BTreeSet<PathBuf>,
}

/// The fingerprint of the watched files under `root`.
fn fingerprint(root: &std::path::Path) -> Fingerprint {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    let mut empty = std::collections::BTreeSet::new();
    let mut stamp = |path: &std::path::Path| {
        if let Ok(meta) = std::fs::metadata(path) {
            path.hash(&mut hasher);
            meta.len().hash(&mut hasher);
            meta.modified().ok().hash(&mut hasher);
            if meta.is_file() && meta.len() == 0 {
                empty.insert(path.to_path_buf());
            }
        }
    };
    stamp(&root.join(crate::config::CONFIG_FILE));
    for dir in ["content", "templates", "static"] {
        for entry in walkdir::WalkDir::new(root.join(dir))
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            stamp(entry.path());
        }
    }
    Fingerprint {
        digest: hasher.finish(),
        empty,
    }
}

/// Whether an event on `path` is a folder being read: walking a folder (the build, the
/// fingerprint) opens it, which is an event too, and answering each would keep the watcher
/// busy for ever. A folder renamed or moved in has its status changed just now.
fn opened_folder(path: &std::path::Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    if !meta.is_dir() {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        now - meta.ctime() > 2
    }
    #[cfg(not(unix))]
    {
        false
    }
}
