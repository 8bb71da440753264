//! File-system helpers. Every function puts the path it worked on into its error, so no
//! caller has to remember to.

use std::fs;
use std::io::ErrorKind;
use std::path::Path;

use crate::error::{Error, Result};

/// Read a whole file as bytes.
pub fn read(path: &Path) -> Result<Vec<u8>> {
    fs::read(path).map_err(|e| Error::io(path, e))
}

/// Read a whole file that must be UTF-8 text (configuration and templates).
pub fn read_utf8(path: &Path) -> Result<String> {
    let bytes = read(path)?;
    crate::encoding::decode(&bytes, path)
}

/// Create a folder and its parents.
pub fn create_dir_all(path: &Path) -> Result<()> {
    fs::create_dir_all(path).map_err(|e| Error::io(path, e))
}

/// Write `bytes` to `path` unless the file already holds exactly those bytes.
/// Returns whether the file was written. The new content goes to a temporary file beside
/// the target first and is renamed over it, so a reader never sees half a file.
pub fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<bool> {
    if let Ok(meta) = fs::metadata(path) {
        if meta.is_file() && meta.len() == bytes.len() as u64 {
            if let Ok(old) = fs::read(path) {
                if old == bytes {
                    return Ok(false);
                }
            }
        }
    }
    if let Some(parent) = path.parent() {
        create_dir_all(parent)?;
    }
    let tmp = match path.file_name() {
        Some(name) => path.with_file_name(format!(".{}.pizhu-tmp", name.to_string_lossy())),
        None => return Err(Error::io(path, ErrorKind::InvalidInput.into())),
    };
    fs::write(&tmp, bytes).map_err(|e| Error::io(&tmp, e))?;
    fs::rename(&tmp, path).map_err(|e| {
        let _ = fs::remove_file(&tmp);
        Error::io(path, e)
    })?;
    Ok(true)
}

/// Whether two files hold the same bytes (false when either cannot be read).
pub fn same_content(a: &Path, b: &Path) -> bool {
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(ma), Ok(mb)) if ma.len() == mb.len() => matches!(
            (fs::read(a), fs::read(b)),
            (Ok(x), Ok(y)) if x == y
        ),
        _ => false,
    }
}

/// Copy `from` to `to` unless `to` already holds the same bytes. Returns whether it copied.
pub fn copy_if_changed(from: &Path, to: &Path) -> Result<bool> {
    if same_content(from, to) {
        return Ok(false);
    }
    let bytes = read(from)?;
    write_if_changed(to, &bytes)
}

/// Remove a file; a file that is already gone is not an error.
pub fn remove_file(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != ErrorKind::NotFound => Err(Error::io(path, e)),
        _ => Ok(()),
    }
}

/// A folder-walk error as pizhu's error, naming the path where the walk failed (or
/// `root` when the walk cannot say).
pub fn walk_error(error: walkdir::Error, root: &Path) -> Error {
    let path = error.path().unwrap_or(root).to_path_buf();
    let io = error
        .into_io_error()
        .unwrap_or_else(|| std::io::Error::other("a symbolic link loops back on itself"));
    Error::io(path, io)
}
