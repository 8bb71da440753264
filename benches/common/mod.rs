//! What the benchmarks share: corpora made by `../shared/bench/gen_corpus.py`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The corpus generator beside the repository, when it is there.
pub fn generator() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/gen_corpus.py");
    if path.is_file() {
        Some(path)
    } else {
        eprintln!("skipped: {} is not here", path.display());
        None
    }
}

/// A number from the environment variable `name`, else `default`.
#[allow(
    dead_code,
    reason = "the build benchmark reads a list of sizes instead"
)]
pub fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Generate `n` articles of `format` (`raw` or `md`) with `seed` under `dir`, laid out as a
/// site; return its root (`dir/site`, its articles in `content/`).
pub fn site(generator: &Path, dir: &Path, n: usize, seed: u64, format: &str) -> PathBuf {
    let out = dir.join("corpus");
    let status = Command::new("python3")
        .arg(generator)
        .args([
            "--n",
            &n.to_string(),
            "--seed",
            &seed.to_string(),
            "--format",
            format,
            "--out",
        ])
        .arg(&out)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .status()
        .expect("run python3 gen_corpus.py");
    assert!(status.success(), "gen_corpus.py failed");
    let root = dir.join("site");
    std::fs::create_dir_all(&root).expect("site folder");
    let content = if format == "raw" {
        out.join("raw")
    } else {
        out.join("content")
    };
    std::fs::rename(&content, root.join("content")).expect("move corpus into the site");
    root
}
