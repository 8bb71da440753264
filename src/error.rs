//! The library's error type: every variant names the file it comes from and, for parse
//! errors, the line (and column where known) in that file, so that messages read
//! `content/a.md:3:7: unknown field`.

use std::path::{Path, PathBuf};

/// A result with pizhu's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong while loading, rendering or writing a site.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file or folder failed.
    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Bad input at a place in a file. `line` and `column` are 1-based; 0 means unknown.
    #[error("{}", format_at(.path, *.line, *.column, .message))]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// A template failed to parse or render.
    #[error("{what}: {message}")]
    Template { what: String, message: String },
    /// The output folder is not one pizhu may write to or clear.
    #[error("{}: {message}", .path.display())]
    Output { path: PathBuf, message: String },
    /// Several files were broken; every one is reported.
    #[error("{}", join_errors(.0))]
    Many(Vec<Error>),
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// A parse error at `line:column` of `path` (pass 0 for an unknown column).
    pub fn parse(
        path: impl Into<PathBuf>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        Error::Parse {
            path: path.into(),
            line,
            column,
            message: message.into(),
        }
    }

    /// Collapse a list of errors: one stays itself, several become [`Error::Many`].
    pub fn from_list(mut errors: Vec<Error>) -> Option<Self> {
        match errors.len() {
            0 => None,
            1 => errors.pop(),
            _ => Some(Error::Many(errors)),
        }
    }

    /// The individual errors this error stands for (itself, or the members of `Many`).
    pub fn flatten(&self) -> Vec<&Error> {
        match self {
            Error::Many(list) => list.iter().flat_map(Error::flatten).collect(),
            other => vec![other],
        }
    }

    /// Rewrite paths in this error so that they are relative to `root` (what a user sees).
    pub fn relative_to(self, root: &Path) -> Self {
        let rel = |p: PathBuf| p.strip_prefix(root).map(Path::to_path_buf).unwrap_or(p);
        match self {
            Error::Io { path, source } => Error::Io {
                path: rel(path),
                source,
            },
            Error::Parse {
                path,
                line,
                column,
                message,
            } => Error::Parse {
                path: rel(path),
                line,
                column,
                message,
            },
            Error::Output { path, message } => Error::Output {
                path: rel(path),
                message,
            },
            Error::Many(list) => {
                Error::Many(list.into_iter().map(|e| e.relative_to(root)).collect())
            }
            other => other,
        }
    }
}

fn format_at(path: &Path, line: usize, column: usize, message: &str) -> String {
    match (line, column) {
        (0, _) => format!("{}: {message}", path.display()),
        (l, 0) => format!("{}:{l}: {message}", path.display()),
        (l, c) => format!("{}:{l}:{c}: {message}", path.display()),
    }
}

fn join_errors(errors: &[Error]) -> String {
    let mut out = String::new();
    for (i, e) in errors.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&e.to_string());
    }
    out
}
