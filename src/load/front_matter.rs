//! YAML front matter: the block between `---` lines at the top of a `.md` article (and,
//! optionally, of a `.txt` one). Its keys override what was detected from the text.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::dates::parse_date;
use crate::error::{Error, Result};
use crate::model::{Lang, PubDate, ReadingEntry};
use crate::yaml;

/// A file split into its front matter and the rest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML text, without the `---` lines; `None` when the file has no front matter.
    pub yaml: Option<&'a str>,
    /// Everything after the closing `---`.
    pub body: &'a str,
    /// The line of the file on which `body` starts.
    pub body_line: usize,
}

/// Split front matter from the body. A file opening with `---` must close the block with a
/// `---` (or `...`) line; otherwise the error names line 1.
pub fn split<'a>(text: &'a str, path: &Path) -> Result<Split<'a>> {
    let first_end = text.find('\n').unwrap_or(text.len());
    if text[..first_end].trim_end() != "---" {
        return Ok(Split {
            yaml: None,
            body: text,
            body_line: 1,
        });
    }
    let mut offset = first_end + 1;
    let mut line = 2;
    while offset <= text.len() {
        let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let current = text[offset..end].trim_end();
        if current == "---" || current == "..." {
            let body_start = (end + 1).min(text.len());
            return Ok(Split {
                yaml: Some(&text[first_end + 1..offset]),
                body: &text[body_start..],
                body_line: line + 1,
            });
        }
        if end == text.len() {
            break;
        }
        offset = end + 1;
        line += 1;
    }
    Err(Error::parse(
        path,
        1,
        1,
        "front matter opened with `---` is never closed",
    ))
}

/// Front matter keys. Unknown keys are errors that name their line; free-form values go
/// under `extra:`.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Raw {
    title: Option<String>,
    date: Option<serde_json::Value>,
    slug: Option<String>,
    tags: Vec<String>,
    /// Zola's spelling of tags, accepted so that the same files build in both.
    taxonomies: BTreeMap<String, Vec<String>>,
    draft: bool,
    summary: Option<String>,
    description: Option<String>,
    source: Option<String>,
    author: Option<String>,
    editor: Option<String>,
    dateline: Option<String>,
    lang: Option<String>,
    related: Vec<RawRelated>,
    /// Old addresses of the article that should lead to it.
    aliases: Vec<String>,
    extra: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct RawRelated {
    title: String,
    source: Option<String>,
    date: Option<serde_json::Value>,
    url: Option<String>,
}

/// Front matter, checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub date: Option<PubDate>,
    pub slug: Option<String>,
    pub tags: Vec<String>,
    pub draft: bool,
    pub summary: Option<String>,
    pub source: Option<String>,
    pub author: Option<String>,
    pub editor: Option<String>,
    pub dateline: Option<String>,
    pub lang: Option<Lang>,
    pub related: Option<Vec<ReadingEntry>>,
    pub aliases: Vec<String>,
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Parse and check a front matter block that starts on line 2 of `path`.
pub fn parse(yaml_text: &str, path: &Path) -> Result<FrontMatter> {
    const FIRST_LINE: usize = 2;
    let raw: Raw = yaml::parse(yaml_text, path, FIRST_LINE)?;
    let at = |key: &str| yaml::key_line(yaml_text, key).map_or(FIRST_LINE, |l| l + FIRST_LINE - 1);
    let bad = |key: &str, message: String| Error::parse(path, at(key), 0, message);

    let date = match &raw.date {
        None | Some(serde_json::Value::Null) => None,
        Some(value) => Some(date_value(value).ok_or_else(|| {
            bad(
                "date",
                format!(
                    "`date: {}` is not a date (write 2024-12-11 or 2024-12-11T21:57)",
                    plain(value)
                ),
            )
        })?),
    };
    let lang = match &raw.lang {
        None => None,
        Some(code) => Some(Lang::from_code(code).ok_or_else(|| {
            bad(
                "lang",
                format!("unknown language `{code}`, expected `zh` or `en`"),
            )
        })?),
    };
    if let Some(slug) = &raw.slug {
        check_slug(slug).map_err(|m| bad("slug", m))?;
    }
    let mut tags = raw.tags;
    for extra_tags in raw.taxonomies.into_values() {
        for tag in extra_tags {
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        }
    }
    let related = if yaml::key_line(yaml_text, "related").is_some() {
        let mut entries = Vec::new();
        for r in raw.related {
            if r.title.trim().is_empty() {
                return Err(bad("related", "a `related` entry has no title".to_string()));
            }
            let date = match &r.date {
                None | Some(serde_json::Value::Null) => None,
                Some(v) => Some(date_value(v).map(|d| d.day).ok_or_else(|| {
                    bad(
                        "related",
                        format!("`{}` in `related` is not a date", plain(v)),
                    )
                })?),
            };
            if let Some(url) = &r.url {
                check_url(url).map_err(|m| bad("related", m))?;
            }
            entries.push(ReadingEntry {
                title: r.title.trim().to_string(),
                source: r.source,
                date,
                url: r.url,
            });
        }
        Some(entries)
    } else {
        None
    };
    let mut aliases = Vec::new();
    for alias in raw.aliases {
        let path = alias.trim().trim_matches('/').to_string();
        let ok = !path.is_empty() && path.split('/').all(|s| check_slug(s).is_ok());
        if !ok {
            return Err(bad(
                "aliases",
                format!("alias `{alias}` must be a path inside the site, like `2024/old-name`"),
            ));
        }
        aliases.push(path);
    }
    Ok(FrontMatter {
        aliases,
        title: raw.title,
        date,
        slug: raw.slug,
        tags,
        draft: raw.draft,
        summary: raw.summary.or(raw.description),
        source: raw.source,
        author: raw.author,
        editor: raw.editor,
        dateline: raw.dateline,
        lang,
        related,
        extra: raw.extra,
    })
}

/// Front matter of a section's `_index.md`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct SectionFrontMatter {
    pub title: Option<String>,
    pub description: Option<String>,
    /// How the section's list is ordered: `date` (newest first, the default) or `title`.
    pub sort_by: crate::model::SortBy,
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Parse a section's front matter block that starts on line 2 of `path`.
pub fn parse_section(yaml_text: &str, path: &Path) -> Result<SectionFrontMatter> {
    yaml::parse(yaml_text, path, 2)
}

fn plain(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn date_value(value: &serde_json::Value) -> Option<PubDate> {
    match value {
        serde_json::Value::String(s) => parse_date(s),
        _ => None,
    }
}

/// A slug is one path segment: no slashes, no `.`/`..`, no control characters.
pub fn check_slug(slug: &str) -> std::result::Result<(), String> {
    let ok = !slug.is_empty()
        && slug != "."
        && slug != ".."
        && !slug.contains(['/', '\\', '?', '#', '%'])
        && !slug.chars().any(|c| c.is_control() || c.is_whitespace());
    if ok {
        Ok(())
    } else {
        Err(format!(
            "slug `{slug}` must be one path segment without spaces, `/`, `\\`, `?`, `#` or `%`"
        ))
    }
}

/// Links in reading lists may be web addresses or site-relative paths, never scripts.
pub fn check_url(url: &str) -> std::result::Result<(), String> {
    let lower = url.trim().to_ascii_lowercase();
    let scheme = lower.split_once(':').map(|(s, _)| s).filter(|s| {
        s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    match scheme {
        None | Some("http") | Some("https") | Some("mailto") => Ok(()),
        Some(other) => Err(format!(
            "url `{url}` uses `{other}:`; only http, https and mailto links are allowed"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_finds_block_and_body_line() {
        let text = "---\ntitle: a\n---\nbody\n";
        let s = split(text, Path::new("a.md")).unwrap();
        assert_eq!(s.yaml, Some("title: a\n"));
        assert_eq!(s.body, "body\n");
        assert_eq!(s.body_line, 4);
        let none = split("# hi\n", Path::new("a.md")).unwrap();
        assert_eq!(none.yaml, None);
    }

    #[test]
    fn unclosed_block_is_an_error_at_line_one() {
        let err = split("---\ntitle: a\nbody\n", Path::new("content/a.md")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "content/a.md:1:1: front matter opened with `---` is never closed"
        );
    }

    #[test]
    fn errors_point_into_the_file() {
        let err = parse("title: a\ntitel: b\n", Path::new("content/a.md")).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("content/a.md:3:1: unknown field `titel`"),
            "{err}"
        );
        let err = parse("title: a\ndate: soon\n", Path::new("content/a.md")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "content/a.md:3: `date: soon` is not a date (write 2024-12-11 or 2024-12-11T21:57)"
        );
        let err = parse("tags: [a\n", Path::new("content/a.md")).unwrap_err();
        assert!(err.to_string().starts_with("content/a.md:3:1: "), "{err}");
    }

    #[test]
    fn values_are_checked() {
        let fm = parse(
            "date: 2024-12-11T21:57:00+08:00\nlang: en\ntaxonomies:\n  tags: [AI]\ntags: [芯片]\nrelated:\n  - title: x\n    date: 2024-12-01\n",
            Path::new("a.md"),
        )
        .unwrap();
        assert_eq!(fm.date.unwrap().iso(), "2024-12-11T21:57");
        assert_eq!(fm.lang, Some(Lang::En));
        assert_eq!(fm.tags, ["芯片", "AI"]);
        assert_eq!(
            fm.related.unwrap()[0].date.unwrap().to_string(),
            "2024-12-01"
        );
        assert!(parse("slug: a/b\n", Path::new("a.md")).is_err());
        assert!(parse(
            "related:\n  - title: x\n    url: \"javascript:alert(1)\"\n",
            Path::new("a.md")
        )
        .is_err());
    }
}
