//! pizhu (批注, "annotation") builds static sites of annotated articles.
//!
//! The pipeline is four stages, each a module, each handing the next one plain data:
//!
//! ```text
//! load      site root            → Site          articles, sections, settings, glossary
//!                                                entries, people registry, theme, static files
//! annotate  &Site, &Tools        → Annotations   per article: text, terms, speakers, keywords,
//!                                                summary; site-wide: reading matches, cited-by,
//!                                                related, speakers index, term back-links
//! render    &Site, &Annotations  → Vec<Page>     every page in memory, woven from the records
//! write     &[OutputFile]        → WriteStats    the output folder, only what changed
//! ```
//!
//! [`load`] reads `content/` — raw `.txt` articles as outlets export them and Markdown with
//! front matter — into one [`model::Article`] shape and gathers the [`Site`], reporting
//! every broken file at once. [`annotate`] is pure: it reads nothing from disk and writes
//! no HTML; its [`annotate::Tools`] (glossary matcher, registry, jieba) are made once per
//! glossary and registry. [`render`] detects nothing: it weaves the records into Markdown
//! events and Tera templates. [`write`] replaces the output folder's files safely.
//! [`build::build`] runs the four; `serve` and `check` run the same stages in memory.

pub mod annotate;
pub mod build;
pub mod check;
pub mod config;
pub mod encoding;
pub mod error;
pub mod fs;
pub mod load;
pub mod model;
pub mod render;
pub mod serve;
pub mod slug;
pub mod text;
pub mod write;
pub mod yaml;

pub use build::{build, BuildOptions, BuildReport};
pub use error::{Error, Result};
pub use load::site::{self as site, LoadOptions, Site};
pub use model::{Article, Lang, Meta, PubDate, ReadingEntry};
