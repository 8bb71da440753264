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
    let source = if is_blank(text) { "{}" } else { text };
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
        Error::parse(path, line, column, without_list_indices(&message))
    })
}

/// serde_yaml prefixes messages with the path of the value (`.[0].aliases: …`); list
/// indices say nothing that the line does not, so they are dropped (`aliases: …`).
fn without_list_indices(message: &str) -> String {
    let Some((path, rest)) = message.split_once(": ") else {
        return message.to_string();
    };
    let is_path = !path.contains(' ') && (path.starts_with('.') || path.starts_with('['));
    if !is_path {
        return message.to_string();
    }
    let mut kept = String::new();
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            _ if in_index => {}
            _ => kept.push(c),
        }
    }
    let kept = kept.trim_matches('.').replace("..", ".");
    if kept.is_empty() {
        rest.to_string()
    } else {
        format!("{kept}: {rest}")
    }
}

/// Parse a whole file that holds a YAML list; an empty file is an empty list.
pub fn parse_list<T: DeserializeOwned>(text: &str, path: &Path) -> Result<Vec<T>> {
    if is_blank(text) {
        return Ok(Vec::new());
    }
    parse(text, path, 1)
}

fn is_blank(text: &str) -> bool {
    text.lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
}

/// The line of each top-level item of a YAML list, in order (for errors about an item).
pub fn list_item_lines(text: &str) -> Vec<usize> {
    let mut indent: Option<usize> = None;
    let mut lines = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        let depth = line.len() - trimmed.len();
        if trimmed == "-" || trimmed.starts_with("- ") {
            if indent.is_none() {
                indent = Some(depth);
            }
            if indent == Some(depth) {
                lines.push(i + 1);
            }
        }
    }
    lines
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_indices_are_dropped_from_messages() {
        assert_eq!(
            without_list_indices(".[0]: unknown field `x`"),
            "unknown field `x`"
        );
        assert_eq!(
            without_list_indices(".[3].aliases: invalid type"),
            "aliases: invalid type"
        );
        assert_eq!(
            without_list_indices("markdown.tables: invalid type"),
            "markdown.tables: invalid type"
        );
        assert_eq!(
            without_list_indices("unknown field `a: b`"),
            "unknown field `a: b`"
        );
    }
}
