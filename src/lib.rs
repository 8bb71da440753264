//! pizhu (批注, "annotation") builds static sites of annotated articles.
//!
//! The pipeline, in one paragraph: [`load`] reads `content/` — raw `.txt` articles as
//! outlets export them and Markdown with YAML front matter — into one [`model::Article`]
//! shape; [`site::Site`] gathers them with `site.yaml` ([`config`]), the theme and the
//! static files, reporting every broken file at once; [`render`] turns articles into pages
//! through small Markdown steps and Tera templates, in memory and in parallel; [`write`]
//! puts the pages into the output folder, rewriting only what changed and removing what is
//! stale. [`build::build`] runs all of it.

pub mod annotate;
pub mod build;
pub mod check;
pub mod config;
pub mod error;
pub mod fs;
pub mod load;
pub mod model;
pub mod render;
pub mod serve;
pub mod site;
pub mod slug;
pub mod text;
pub mod write;
pub mod yaml;

pub use build::{build, BuildOptions, BuildReport};
pub use error::{Error, Result};
pub use model::{Article, Lang, Meta, PubDate, ReadingEntry};
pub use site::{LoadOptions, Site};
