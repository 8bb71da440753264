//! Byte-identical output: sites built from the demo, the seed, the fixtures and a sample of
//! real items are compared file by file with digests committed under `tests/golden/`.
//! A change to pizhu's structure must leave every page as it was; a change that means to
//! alter pages regenerates the digests with `PIZHU_BLESS=1 cargo test golden` and says
//! which pages changed and why in its commit.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::common::{pizhu_in, shared_file, snapshot, TestSite};

/// Every output file of a build of `root` as `digest  path` lines.
fn digests(root: &Path) -> String {
    let out = root.join("golden-out");
    let result = pizhu_in(
        root,
        &[
            "build",
            "--root",
            ".",
            "--output",
            out.to_str().expect("utf-8 path"),
        ],
    );
    assert!(
        result.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let mut lines = String::new();
    for (path, bytes) in snapshot(&out) {
        let hash = Sha256::digest(&bytes);
        let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
        let _ = writeln!(lines, "{}  {path}", &hex[..16]);
    }
    lines
}

/// Compare with `tests/golden/NAME.digests`, or write it under `PIZHU_BLESS=1`.
fn compare(name: &str, got: &str) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{name}.digests"));
    if std::env::var("PIZHU_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(&file, got).expect("write digests");
        return;
    }
    let want = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("{}: {e} (PIZHU_BLESS=1 writes it)", file.display()));
    if want != got {
        let want_lines: Vec<&str> = want.lines().collect();
        let got_lines: Vec<&str> = got.lines().collect();
        let changed: Vec<String> = got_lines
            .iter()
            .filter(|l| !want_lines.contains(l))
            .map(|l| format!("  new or changed: {l}"))
            .chain(
                want_lines
                    .iter()
                    .filter(|l| !got_lines.contains(l))
                    .map(|l| format!("  was: {l}")),
            )
            .take(40)
            .collect();
        panic!(
            "the {name} site's output differs from tests/golden/{name}.digests:\n{}",
            changed.join("\n")
        );
    }
}

fn copy_into(site: &TestSite, from: &Path, to: &str) {
    let bytes = std::fs::read(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    site.bytes(to, &bytes);
}

#[test]
fn demo_site_output_is_unchanged() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = TestSite::new();
    for dir in ["content", "static"] {
        for path in files_under(&repo.join(dir)) {
            let rel = path.strip_prefix(repo).expect("inside the repository");
            copy_into(&site, &path, &rel.to_string_lossy());
        }
    }
    if repo.join("site.yaml").is_file() {
        copy_into(&site, &repo.join("site.yaml"), "site.yaml");
    }
    compare("demo", &digests(site.root()));
}

#[test]
fn seed_and_fixture_site_output_is_unchanged() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = TestSite::new();
    if let Some(seed) = shared_file("corpus/seed.txt") {
        copy_into(&site, &seed, "content/seed.txt");
    } else {
        return;
    }
    for (dir, section) in [
        ("tests/fixtures/raw", "fixtures"),
        ("tests/fixtures/speakers/articles", "quoted"),
    ] {
        for path in files_under(&repo.join(dir)) {
            if path.extension().is_some_and(|e| e == "txt") {
                let name = path.file_name().expect("a name").to_string_lossy();
                copy_into(&site, &path, &format!("content/{section}/{name}"));
            }
        }
    }
    compare("seed", &digests(site.root()));
}

/// Every 16th item of each folder of `../shared/corpus/real/raw`, in name order.
#[test]
fn real_sample_output_is_unchanged() {
    let Some(readme) = shared_file("corpus/real/README.md") else {
        return;
    };
    let raw = readme.parent().expect("a folder").join("raw");
    let site = TestSite::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&raw)
        .expect("real/raw")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let outlet = dir
            .file_name()
            .expect("a name")
            .to_string_lossy()
            .into_owned();
        for path in files_under(&dir).into_iter().step_by(16) {
            let name = path.file_name().expect("a name").to_string_lossy();
            copy_into(&site, &path, &format!("content/{outlet}/{name}"));
        }
    }
    compare("real", &digests(site.root()));
}

/// Files under `dir`, sorted by path.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.expect("readable folder"))
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}
