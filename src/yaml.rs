//! The one place that parses YAML. `serde_yaml` is frozen upstream; keeping it behind this
//! module means swapping it touches one file. Errors come back as [`Error::Parse`] with the
//! line and column in the file the YAML was taken from.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Error, Result};

/// Parse `text` as `T`. `first_line` is the line of the file on which `text` starts
/// (1 for a whole file, 2 for front matter after its opening `---`), so that errors point
/// into the file, not into the block.
pub fn parse<T: DeserializeOwned>(text: &str, path: &Path, first_line: usize) -> Result<T> {
    // An empty document (or only comments) deserializes as `null`; treat it as an empty map
    // so that every key takes its default.
    let blank = text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
    let source = if blank { "{}" } else { text };
    serde_yaml::from_str(source).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line() + first_line - 1, l.column()))
            .unwrap_or((first_line, 0));
        let message = e.to_string();
        let message = match message.find(" at line ") {
            Some(i) => message[..i].to_string(),
            None => message,
        };
        Error::parse(path, line, column, message)
    })
}

/// The line (1-based, within `text`) where the top-level key `key` is written, if it is.
pub fn key_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i + 1)
}
