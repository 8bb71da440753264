//! Writing the output folder. Everything is rendered before anything is written, so a
//! failed build leaves the last good site untouched. Files whose bytes did not change are
//! not rewritten, files no longer produced are removed, and pizhu only ever clears a folder
//! it created itself (it leaves a marker file there).

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

use walkdir::WalkDir;

use crate::error::{Error, Result};
use crate::load::site::STATIC_DIR;
use crate::load::theme::TEMPLATES_DIR;
use crate::load::CONTENT_DIR;

/// The marker pizhu leaves in an output folder it made.
pub const MARKER: &str = ".pizhu-output";
const MARKER_TEXT: &str = "This folder is written by pizhu. Each build replaces its contents.\n";

/// One file of the output.
#[derive(Debug, Clone)]
pub enum OutputFile {
    /// Bytes rendered in memory.
    Bytes {
        path: String,
        bytes: std::sync::Arc<Vec<u8>>,
    },
    /// A file copied as it is.
    Copy { path: String, source: PathBuf },
}

impl OutputFile {
    pub fn path(&self) -> &str {
        match self {
            OutputFile::Bytes { path, .. } | OutputFile::Copy { path, .. } => path,
        }
    }
}

/// What a write did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteStats {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// Check that `output` is a folder pizhu may fill and clear for the site at `root`.
pub fn check_output(root: &Path, output: &Path) -> Result<()> {
    let refuse = |message: &str| Error::Output {
        path: output.to_path_buf(),
        message: message.to_string(),
    };
    let site = resolve(root);
    let out = resolve(output);
    if out == site {
        return Err(refuse(
            "refusing to write the site into its own root folder",
        ));
    }
    if site.starts_with(&out) {
        return Err(refuse(
            "refusing to write into a folder that contains the site",
        ));
    }
    for dir in [CONTENT_DIR, TEMPLATES_DIR, STATIC_DIR] {
        if out.starts_with(site.join(dir)) {
            return Err(refuse(&format!(
                "refusing to write into the site's `{dir}/` folder"
            )));
        }
    }
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        if out == resolve(Path::new(&home)) {
            return Err(refuse("refusing to write into the home folder"));
        }
    }
    if out.exists() {
        if !out.is_dir() {
            return Err(refuse("the output exists and is not a folder"));
        }
        let mut entries = std::fs::read_dir(&out).map_err(|e| Error::io(output, e))?;
        let empty = entries.next().is_none();
        if !empty && !out.join(MARKER).is_file() {
            return Err(refuse(&format!(
                "refusing to replace a folder pizhu did not create (it has no {MARKER} file); remove it or choose another output"
            )));
        }
    }
    Ok(())
}

/// An absolute, lexically clean form of `path`, with symbolic links resolved as far as
/// the path exists.
fn resolve(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut clean = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::ParentDir => {
                clean.pop();
            }
            Component::CurDir => {}
            other => clean.push(other),
        }
    }
    // Canonicalise the longest existing ancestor (symlinks), keep the rest as written.
    let mut existing = clean.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match existing.file_name() {
            Some(name) => rest.push(name.to_os_string()),
            None => break,
        }
        existing.pop();
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        resolved.push(name);
    }
    resolved
}

/// Write `files` into `output` (already checked by [`check_output`]), then remove what is
/// no longer produced. A `.git` folder in the output (a Pages deploy checkout) is kept.
pub fn write_output(output: &Path, files: &[OutputFile]) -> Result<WriteStats> {
    crate::fs::create_dir_all(output)?;
    crate::fs::write_if_changed(&output.join(MARKER), MARKER_TEXT.as_bytes())?;
    let mut stats = WriteStats::default();
    let mut keep: BTreeSet<PathBuf> = BTreeSet::new();
    keep.insert(output.join(MARKER));
    for file in files {
        let target = output.join(file.path());
        let changed = match file {
            OutputFile::Bytes { bytes, .. } => crate::fs::write_if_changed(&target, bytes)?,
            OutputFile::Copy { source, .. } => crate::fs::copy_if_changed(source, &target)?,
        };
        if changed {
            stats.written += 1;
        } else {
            stats.unchanged += 1;
        }
        keep.insert(target);
    }
    let mut stale_dirs = Vec::new();
    let walker = WalkDir::new(output)
        .min_depth(1)
        .into_iter()
        .filter_entry(|e| !(e.depth() == 1 && e.file_name() == ".git"));
    for entry in walker {
        let entry = entry.map_err(|e| crate::fs::walk_error(e, output))?;
        if entry.file_type().is_dir() {
            stale_dirs.push(entry.into_path());
        } else if !keep.contains(entry.path()) {
            crate::fs::remove_file(entry.path())?;
            stats.removed += 1;
        }
    }
    // Deepest first, so that a folder is empty by the time its parent is looked at.
    stale_dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    for dir in stale_dirs {
        let empty = std::fs::read_dir(&dir)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if empty {
            std::fs::remove_dir(&dir).map_err(|e| Error::io(&dir, e))?;
        }
    }
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_dangerous_outputs() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        for bad in [
            root.clone(),
            root.join("content"),
            root.join("content/x"),
            dir.path().to_path_buf(),
            root.join("static"),
        ] {
            assert!(check_output(&root, &bad).is_err(), "{}", bad.display());
        }
        assert!(check_output(&root, &root.join("public")).is_ok());
        assert!(check_output(&root, &root.join("content/../public")).is_ok());
        assert!(check_output(&root, &root.join("public/../content")).is_err());
    }

    #[test]
    fn refuses_a_foreign_folder_but_reuses_its_own() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("precious.txt"), "keep me").unwrap();
        let err = check_output(dir.path(), &out).unwrap_err().to_string();
        assert!(err.contains("did not create"), "{err}");
        assert_eq!(
            std::fs::read_to_string(out.join("precious.txt")).unwrap(),
            "keep me"
        );

        let ours = dir.path().join("ours");
        let files = vec![OutputFile::Bytes {
            path: "a/index.html".into(),
            bytes: std::sync::Arc::new(b"a".to_vec()),
        }];
        assert_eq!(write_output(&ours, &files).unwrap().written, 1);
        assert!(check_output(dir.path(), &ours).is_ok());
    }

    #[test]
    fn unchanged_files_are_kept_and_stale_ones_removed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let page = |p: &str, b: &str| OutputFile::Bytes {
            path: p.into(),
            bytes: std::sync::Arc::new(b.as_bytes().to_vec()),
        };
        let first = write_output(
            &out,
            &[page("a/index.html", "A"), page("b/index.html", "B")],
        )
        .unwrap();
        assert_eq!(
            first,
            WriteStats {
                written: 2,
                unchanged: 0,
                removed: 0
            }
        );
        std::fs::create_dir_all(out.join(".git")).unwrap();
        std::fs::write(out.join(".git/HEAD"), "ref").unwrap();
        let second = write_output(
            &out,
            &[page("a/index.html", "A"), page("c/index.html", "C")],
        )
        .unwrap();
        assert_eq!(
            second,
            WriteStats {
                written: 1,
                unchanged: 1,
                removed: 1
            }
        );
        assert!(!out.join("b").exists(), "empty folder removed");
        assert!(out.join(".git/HEAD").exists(), ".git kept");
    }
}
