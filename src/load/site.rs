//! A site: its settings, its articles and sections, its theme and its static files, loaded
//! from a site root. Loading reports every broken file at once.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use walkdir::WalkDir;

use crate::config::{normalize_base_url, Config};
use crate::error::{Error, Result};
use crate::load::glossary::GlossaryEntry;
use crate::load::people::Person;
use crate::load::theme::Theme;
use crate::load::{self, CONTENT_DIR};
use crate::model::{Article, Section};

/// The folder under the site root copied into the output as it is.
pub const STATIC_DIR: &str = "static";

/// How to load a site.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Include articles marked `draft: true`.
    pub drafts: bool,
    /// Replace `base_url` from `site.yaml` for this build.
    pub base_url: Option<String>,
}

/// A static file to copy: where it is, and its path in the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaticFile {
    pub source: PathBuf,
    pub path: String,
}

/// Everything a build reads, loaded and checked.
#[derive(Debug)]
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    pub articles: Vec<Article>,
    pub sections: Vec<Section>,
    pub theme: Theme,
    /// The glossary's entries: the built-in ones (unless `glossary.builtin` is off) under
    /// the site's `content/glossary.yaml`.
    pub glossary: Arc<Vec<GlossaryEntry>>,
    /// The people registry (`content/people.yaml`).
    pub people: Arc<Vec<Person>>,
    pub static_files: Vec<StaticFile>,
    /// Things worth telling the user that do not stop the build.
    pub warnings: Vec<String>,
}

impl Site {
    /// Load the site at `root`. Errors in any number of files come back together, with
    /// paths relative to `root`.
    pub fn load(root: &Path, options: &LoadOptions) -> Result<Site> {
        Self::load_cached(root, options, &mut SiteCache::default())
    }

    /// [`Site::load`] for repeated builds (the preview server): files whose size and
    /// modification time did not change are not parsed again.
    pub fn load_cached(root: &Path, options: &LoadOptions, cache: &mut SiteCache) -> Result<Site> {
        let mut errors = Vec::new();
        let mut config = Config::load(root).unwrap_or_else(|e| {
            errors.push(e);
            Config::default()
        });
        if let Some(url) = &options.base_url {
            match normalize_base_url(url) {
                Ok(url) => config.base_url = url,
                Err(message) => errors.push(Error::parse("--base-url", 0, 0, message)),
            }
        }
        let content = if root.join(CONTENT_DIR).is_dir() {
            load::load_content_cached(root, config.language, options.drafts, &mut cache.articles)
        } else {
            errors.push(Error::Output {
                path: root.join(CONTENT_DIR),
                message: "no content folder here: is this a pizhu site? (`pizhu init` makes one)"
                    .to_string(),
            });
            load::Content::default()
        };
        errors.extend(content.errors);
        errors.extend(path_collisions(&content.articles, &content.sections));
        let theme = match Theme::load(root) {
            Ok(t) => Some(t),
            Err(e) => {
                errors.push(e);
                None
            }
        };
        let glossary =
            crate::load::glossary::load(root, config.glossary.builtin).unwrap_or_else(|e| {
                errors.push(e);
                Vec::new()
            });
        let people = crate::load::people::load(root).unwrap_or_else(|e| {
            errors.push(e);
            Vec::new()
        });
        let mut warnings = Vec::new();
        let static_files = static_files(root, &mut warnings).unwrap_or_else(|e| {
            errors.push(e);
            Vec::new()
        });
        if let Some(error) = Error::from_list(errors) {
            return Err(error.relative_to(root));
        }
        // `theme` is missing only when its error was reported above; never panic over it.
        let Some(theme) = theme else {
            return Err(Error::Template {
                what: crate::load::theme::TEMPLATES_DIR.to_string(),
                message: "the theme did not load".to_string(),
            });
        };
        Ok(Site {
            root: root.to_path_buf(),
            glossary: Arc::new(glossary),
            people: Arc::new(people),
            config,
            articles: content.articles,
            sections: content.sections,
            theme,
            static_files,
            warnings,
        })
    }
}

/// What a site keeps between builds of the preview server: parsed articles by file, with
/// the size and modification time they were read at.
#[derive(Default)]
pub struct SiteCache {
    pub articles: load::ArticleCache,
}

/// Pages pizhu writes itself; no article may take their paths.
pub const RESERVED_PATHS: &[&str] = &[
    "glossary",
    "speakers",
    "related",
    "tags",
    "page",
    "atom.xml",
    "rss.xml",
    "sitemap.xml",
    "robots.txt",
];

/// Two files that would write the same page, or an article whose page is a section's or
/// one of pizhu's own.
fn path_collisions(articles: &[Article], sections: &[Section]) -> Vec<Error> {
    let mut errors = Vec::new();
    for section in sections
        .iter()
        .filter(|s| RESERVED_PATHS.contains(&s.path.as_str()))
    {
        errors.push(Error::parse(
            Path::new(CONTENT_DIR).join(&section.path),
            0,
            0,
            format!(
                "the section `{}/` has the path of a page pizhu writes itself; rename the folder",
                section.path
            ),
        ));
    }
    for article in articles
        .iter()
        .filter(|a| RESERVED_PATHS.contains(&a.path.as_str()))
    {
        errors.push(Error::parse(
            &article.file,
            0,
            0,
            format!(
                "its page `{}/` is one pizhu writes itself; give it another `slug`",
                article.path
            ),
        ));
    }
    let taken: std::collections::BTreeSet<&str> = articles
        .iter()
        .map(|a| a.path.as_str())
        .chain(sections.iter().map(|s| s.path.as_str()))
        .collect();
    let mut aliases: BTreeMap<&str, &Path> = BTreeMap::new();
    for article in articles {
        for alias in &article.meta.aliases {
            let top = alias.split('/').next().unwrap_or_default();
            let clash = if taken.contains(alias.as_str()) {
                Some("a page of the site".to_string())
            } else if RESERVED_PATHS.contains(&top) {
                Some("one of pizhu's own pages".to_string())
            } else {
                aliases
                    .get(alias.as_str())
                    .map(|other| format!("an alias of {}", other.display()))
            };
            match clash {
                Some(what) => errors.push(Error::parse(
                    &article.file,
                    0,
                    0,
                    format!("its alias `{alias}/` is already {what}"),
                )),
                None => {
                    aliases.insert(alias, &article.file);
                }
            }
        }
    }
    let mut seen: BTreeMap<&str, &Path> = BTreeMap::new();
    for article in articles {
        if let Some(other) = seen.get(article.path.as_str()) {
            errors.push(Error::parse(
                &article.file,
                0,
                0,
                format!(
                    "its page `{}/` is also written by {}",
                    article.path,
                    other.display()
                ),
            ));
        } else {
            seen.insert(&article.path, &article.file);
        }
        if sections.iter().any(|s| s.path == article.path) {
            errors.push(Error::parse(
                &article.file,
                0,
                0,
                format!(
                    "its page `{}/` is the list page of the section `content/{}/`",
                    article.path, article.path
                ),
            ));
        }
    }
    errors
}

/// Files under `static/`. A symbolic link is followed only when it points inside the site.
fn static_files(root: &Path, warnings: &mut Vec<String>) -> Result<Vec<StaticFile>> {
    let dir = root.join(STATIC_DIR);
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let site = root.canonicalize().map_err(|e| Error::io(root, e))?;
    let mut files = Vec::new();
    for entry in WalkDir::new(&dir).follow_links(false).sort_by_file_name() {
        let entry = entry.map_err(|e| crate::fs::walk_error(e, &dir))?;
        let rel = entry.path().strip_prefix(&dir).unwrap_or(entry.path());
        let shown = Path::new(STATIC_DIR).join(rel);
        let file_type = entry.file_type();
        let source = if file_type.is_symlink() {
            match entry.path().canonicalize() {
                Ok(target) if target.starts_with(&site) && target.is_file() => target,
                Ok(target) if target.starts_with(&site) => continue, // a folder link: skipped
                _ => {
                    warnings.push(format!(
                        "{}: skipped, it links outside the site",
                        shown.display()
                    ));
                    continue;
                }
            }
        } else if file_type.is_file() {
            entry.path().to_path_buf()
        } else {
            continue;
        };
        files.push(StaticFile {
            source,
            path: rel.to_string_lossy().replace('\\', "/"),
        });
    }
    Ok(files)
}
