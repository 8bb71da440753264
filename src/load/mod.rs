//! Loading: files become [`Article`]s, and nothing else decides anything here.
//!
//! A raw `.txt` article is decoded ([`encoding`]), split from optional front matter
//! ([`front_matter`]) and parsed ([`raw_text`]); a `.md` file is front matter and Markdown.
//! Both become the same [`Article`] and go one path afterwards.

pub mod body;
pub mod dates;
pub mod front_matter;
pub mod glossary;
pub mod markdown;
pub mod people;
pub mod raw_text;
pub mod site;
pub mod theme;

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::error::{Error, Result};
pub use crate::model::SortBy;
use crate::model::{Article, Format, Lang, Meta, Section};
use crate::text::detect_lang;

/// The folder under the site root that holds the articles.
pub const CONTENT_DIR: &str = "content";
/// The file in a content folder that describes its section.
pub const SECTION_FILE: &str = "_index.md";

/// Everything under `content/`: the articles (drafts only when asked for) and the sections,
/// plus every file that could not be loaded. A broken file does not stop the others.
#[derive(Debug, Default)]
pub struct Content {
    pub articles: Vec<Article>,
    pub sections: Vec<Section>,
    pub errors: Vec<Error>,
}

/// Load every article and section under `root/content`. `site_lang` is the language an
/// article without letters in it falls back to.
pub fn load_content(root: &Path, site_lang: Lang, drafts: bool) -> Content {
    load_content_cached(root, site_lang, drafts, &mut ArticleCache::default())
}

/// Articles already parsed, by file: the size and modification time they were read at.
pub type ArticleCache =
    std::collections::HashMap<PathBuf, (u64, Option<std::time::SystemTime>, Lang, Article)>;

/// [`load_content`], reusing the articles of `cache` whose files did not change.
pub fn load_content_cached(
    root: &Path,
    site_lang: Lang,
    drafts: bool,
    cache: &mut ArticleCache,
) -> Content {
    let content_dir = root.join(CONTENT_DIR);
    let mut content = Content::default();
    let mut section_paths = std::collections::BTreeSet::new();
    section_paths.insert(String::new());
    let mut files: Vec<PathBuf> = Vec::new();
    for entry in WalkDir::new(&content_dir).sort_by_file_name() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                content.errors.push(crate::fs::walk_error(e, &content_dir));
                continue;
            }
        };
        let name = entry.file_name().to_string_lossy();
        if name.starts_with('.') && entry.depth() > 0 {
            continue;
        }
        if entry.file_type().is_file() {
            files.push(entry.into_path());
        }
    }
    for file in files {
        let rel = file.strip_prefix(root).unwrap_or(&file).to_path_buf();
        let section = section_of(&rel);
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name == SECTION_FILE {
            match load_section(root, &rel, &section) {
                Ok(s) => {
                    section_paths.remove(&s.path);
                    content.sections.push(s);
                }
                Err(e) => content.errors.push(e),
            }
            continue;
        }
        let format = match file.extension().and_then(|e| e.to_str()) {
            Some("txt") => Format::Raw,
            Some("md" | "markdown") => Format::Markdown,
            _ => continue, // glossary.yaml, people.yaml, images: not articles
        };
        let meta = std::fs::metadata(&file).ok();
        let stamp = (
            meta.as_ref().map_or(0, |m| m.len()),
            meta.as_ref().and_then(|m| m.modified().ok()),
        );
        let loaded = match cache.get(&rel) {
            Some((len, modified, lang, article))
                if (*len, *modified) == stamp && *lang == site_lang =>
            {
                Ok(article.clone())
            }
            _ => load_article(root, &rel, format, site_lang).inspect(|a| {
                cache.insert(rel.clone(), (stamp.0, stamp.1, site_lang, a.clone()));
            }),
        };
        match loaded {
            Ok(article) if article.meta.draft && !drafts => {}
            Ok(article) => {
                add_ancestors(&mut section_paths, &article.section);
                content.articles.push(article);
            }
            Err(e) => content.errors.push(e),
        }
    }
    // Folders that hold articles but no `_index.md` are sections titled by their name.
    let described: Vec<String> = content.sections.iter().map(|s| s.path.clone()).collect();
    for path in section_paths {
        if !described.contains(&path) {
            let title = path.rsplit('/').next().unwrap_or_default().to_string();
            content.sections.push(Section {
                path,
                title,
                description: String::new(),
                sort_by: SortBy::Date,
            });
        }
    }
    content.sections.sort_by(|a, b| a.path.cmp(&b.path));
    content
}

fn add_ancestors(paths: &mut std::collections::BTreeSet<String>, section: &str) {
    let mut current = section;
    while !current.is_empty() {
        paths.insert(current.to_string());
        current = current.rsplit_once('/').map_or("", |(parent, _)| parent);
    }
}

/// The section of a file: its folder under `content/`, with `/` separators.
fn section_of(rel: &Path) -> String {
    let mut parts: Vec<String> = rel
        .parent()
        .map(|p| {
            p.components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    if parts.first().map(String::as_str) == Some(CONTENT_DIR) {
        parts.remove(0);
    }
    parts.join("/")
}

fn load_section(root: &Path, rel: &Path, section: &str) -> Result<Section> {
    let text = crate::fs::read_utf8(&root.join(rel))?;
    let split = front_matter::split(&text, rel)?;
    let fm = match split.yaml {
        Some(yaml) => front_matter::parse_section(yaml, rel)?,
        None => front_matter::SectionFrontMatter::default(),
    };
    let fallback = section.rsplit('/').next().unwrap_or_default().to_string();
    Ok(Section {
        path: section.to_string(),
        title: fm.title.unwrap_or(fallback),
        description: fm.description.unwrap_or_default(),
        sort_by: fm.sort_by,
    })
}

/// Load one article. `rel` is the file's path relative to `root` (it names the file in
/// errors); the article's output path is its path under `content/` without extension, or
/// its folder plus the front matter `slug`.
pub fn load_article(root: &Path, rel: &Path, format: Format, site_lang: Lang) -> Result<Article> {
    let bytes = crate::fs::read(&root.join(rel))?;
    let text = crate::encoding::decode(&bytes, rel)?;
    let split = front_matter::split(&text, rel)?;
    let fm = match split.yaml {
        Some(yaml) => front_matter::parse(yaml, rel)?,
        None => front_matter::FrontMatter::default(),
    };
    let stem = rel
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut article = match format {
        Format::Raw => from_raw(split.body, split.body_line, rel)?,
        Format::Markdown => markdown::load(split.body, split.body_line, &stem),
    };
    article.file = rel.to_path_buf();
    article.section = section_of(rel);
    let name = fm.slug.clone().unwrap_or(stem);
    article.path = if article.section.is_empty() {
        name
    } else {
        format!("{}/{}", article.section, name)
    };
    apply_front_matter(&mut article, fm, site_lang);
    Ok(article)
}

/// Parse text as a raw article on its own, with no site around it (for `inspect`).
pub fn load_file(path: &Path, site_lang: Lang) -> Result<Article> {
    let format = match path.extension().and_then(|e| e.to_str()) {
        Some("md" | "markdown") => Format::Markdown,
        _ => Format::Raw,
    };
    let dir = path.parent().unwrap_or(Path::new(""));
    let name = path.file_name().map(PathBuf::from).unwrap_or_default();
    let mut article =
        load_article(dir, &name, format, site_lang).map_err(|e| with_path(e, path))?;
    article.file = path.to_path_buf();
    Ok(article)
}

fn with_path(error: Error, path: &Path) -> Error {
    match error {
        Error::Io { source, .. } => Error::io(path, source),
        Error::Parse {
            line,
            column,
            message,
            ..
        } => Error::parse(path, line, column, message),
        other => other,
    }
}

fn from_raw(body: &str, body_line: usize, rel: &Path) -> Result<Article> {
    let raw = raw_text::parse(body)
        .ok_or_else(|| Error::parse(rel, body_line, 0, "the article is empty: no title line"))?;
    Ok(Article {
        file: PathBuf::new(),
        path: String::new(),
        section: String::new(),
        format: Format::Raw,
        meta: Meta {
            title: raw.title,
            date: raw.date,
            source: raw.source,
            author: raw.author,
            editor: raw.editor,
            dateline: raw.dateline,
            ..Meta::default()
        },
        body: raw_text::to_markdown(&raw.blocks),
        body_line,
        reading: raw.reading,
    })
}

fn apply_front_matter(article: &mut Article, fm: front_matter::FrontMatter, site_lang: Lang) {
    let meta = &mut article.meta;
    if let Some(title) = fm.title {
        meta.title = title;
    }
    meta.date = fm.date.or(meta.date);
    meta.source = fm.source.or(meta.source.take());
    meta.author = fm.author.or(meta.author.take());
    meta.editor = fm.editor.or(meta.editor.take());
    meta.dateline = fm.dateline.or(meta.dateline.take());
    meta.tags = fm.tags;
    meta.summary = fm.summary;
    meta.draft = fm.draft;
    meta.slug = fm.slug;
    meta.extra = fm.extra;
    meta.aliases = fm.aliases;
    if let Some(related) = fm.related {
        article.reading = related;
    }
    meta.lang = fm.lang.unwrap_or_else(|| {
        let sample = format!("{}\n{}", meta.title, article.body);
        detect_lang(&sample, site_lang)
    });
}
