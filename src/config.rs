//! `site.yaml`: the site's settings. The file is optional and every key has a default; an
//! unknown key is an error that names its line.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::model::Lang;

/// The name of the configuration file at the site root.
pub const CONFIG_FILE: &str = "site.yaml";

/// Site settings, with defaults for everything.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The site's name, shown in the header and the page titles.
    pub title: String,
    /// One sentence about the site, for the home page's description.
    pub description: String,
    /// Where the site is published: `https://example.org/` or `https://example.org/reports/`.
    pub base_url: String,
    /// The site's main language (`zh` or `en`); each article detects its own.
    pub language: Lang,
    /// The output folder, relative to the site root.
    pub output_dir: PathBuf,
    pub markdown: MarkdownConfig,
    pub glossary: GlossaryConfig,
    pub related: RelatedConfig,
    pub feeds: FeedConfig,
    /// Articles per page of the home, section and tag lists (0: one page each).
    pub paginate_by: usize,
    /// How `pizhu new` names files: `unicode`, `pinyin` or `date`.
    pub slug: crate::slug::SlugRule,
}

/// Glossary tooltips.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct GlossaryConfig {
    /// Use pizhu's built-in AI-industry glossary under the site's own.
    pub builtin: bool,
    /// Mark the `first` occurrence of each term in an article, or `all` of them.
    pub mark: MarkMode,
    /// List the glossary's terms that no article uses on the glossary page, apart.
    pub show_unused: bool,
    /// At most this many articles (the newest) under each term on the glossary page, with
    /// a count of the rest; 0 lists them all.
    pub backlinks: usize,
}

/// Which occurrences of a term are marked.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum MarkMode {
    #[default]
    First,
    All,
}

impl Default for GlossaryConfig {
    fn default() -> Self {
        GlossaryConfig {
            builtin: true,
            mark: MarkMode::First,
            show_unused: false,
            backlinks: 100,
        }
    }
}

/// Markdown options for `.md` articles.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, Hash)]
#[serde(default, deny_unknown_fields)]
pub struct MarkdownConfig {
    pub tables: bool,
    pub footnotes: bool,
    pub strikethrough: bool,
    pub tasklists: bool,
    /// Curly quotes and dashes from straight ones (off: Chinese text has its own).
    pub smart_punctuation: bool,
    /// Keep raw HTML written in Markdown. Off by default: only for trusted sites.
    pub raw_html: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "pizhu".to_string(),
            description: String::new(),
            base_url: "/".to_string(),
            language: Lang::Zh,
            output_dir: PathBuf::from("public"),
            markdown: MarkdownConfig::default(),
            glossary: GlossaryConfig::default(),
            related: Default::default(),
            feeds: Default::default(),
            paginate_by: 20,
            slug: Default::default(),
        }
    }
}

impl Default for MarkdownConfig {
    fn default() -> Self {
        MarkdownConfig {
            tables: true,
            footnotes: true,
            strikethrough: true,
            tasklists: true,
            smart_punctuation: false,
            raw_html: false,
        }
    }
}

/// `feeds:` in `site.yaml`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct FeedConfig {
    /// How many of the newest articles a feed holds (0: no feeds).
    pub limit: usize,
    /// The whole text of each article instead of its summary.
    pub full_content: bool,
}

impl Default for FeedConfig {
    fn default() -> Self {
        FeedConfig {
            limit: 20,
            full_content: false,
        }
    }
}

/// `related:` in `site.yaml`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct RelatedConfig {
    /// At most this many related articles per article (0 turns them off).
    pub limit: usize,
    /// The lowest score (cosine, 0 to 1) a related article may have.
    pub threshold: f64,
    pub weights: Weights,
}

/// How much each kind of shared feature counts.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Weights {
    pub terms: f64,
    pub people: f64,
    pub tags: f64,
    pub text: f64,
}

impl Default for RelatedConfig {
    fn default() -> Self {
        RelatedConfig {
            limit: 5,
            threshold: 0.1,
            weights: Weights::default(),
        }
    }
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            terms: 1.0,
            people: 1.5,
            tags: 1.0,
            text: 1.0,
        }
    }
}

impl Config {
    /// Load `site.yaml` from `root`, or the defaults when there is none.
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join(CONFIG_FILE);
        if !path.exists() {
            return Ok(Config::default());
        }
        let text = crate::fs::read_utf8(&path)?;
        let mut config: Config = crate::yaml::parse(&text, &path, 1)?;
        let line = crate::yaml::key_line(&text, "base_url").unwrap_or(1);
        config.base_url =
            normalize_base_url(&config.base_url).map_err(|m| Error::parse(&path, line, 0, m))?;
        Ok(config)
    }

    /// The path part of `base_url`, always starting and ending with `/` (`/`, `/reports/`).
    pub fn base_path(&self) -> String {
        let after_scheme = match self.base_url.find("://") {
            Some(i) => &self.base_url[i + 3..],
            None => self.base_url.as_str(),
        };
        let path = if self.base_url.contains("://") {
            after_scheme.find('/').map_or("/", |i| &after_scheme[i..])
        } else {
            after_scheme
        };
        normalize_base_url(path).unwrap_or_else(|_| "/".to_string())
    }
}

/// Check a base URL and give it exactly one trailing slash. Accepts an absolute `http(s)`
/// URL or a path starting with `/`.
pub fn normalize_base_url(url: &str) -> std::result::Result<String, String> {
    let url = url.trim();
    let ok = url.starts_with('/') || url.starts_with("http://") || url.starts_with("https://");
    if !ok || url.contains(char::is_whitespace) {
        return Err(format!(
            "base_url `{url}` must be an http(s) URL or a path starting with `/`"
        ));
    }
    let mut url = url.trim_end_matches('/').to_string();
    url.push('/');
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_gets_one_trailing_slash() {
        assert_eq!(
            normalize_base_url("https://a.org/r").unwrap(),
            "https://a.org/r/"
        );
        assert_eq!(
            normalize_base_url("https://a.org//").unwrap(),
            "https://a.org/"
        );
        assert_eq!(normalize_base_url("/").unwrap(), "/");
        assert!(normalize_base_url("example.org").is_err());
    }

    #[test]
    fn base_path_is_the_sub_path() {
        let mut c = Config {
            base_url: "https://example.org/reports/".into(),
            ..Config::default()
        };
        assert_eq!(c.base_path(), "/reports/");
        c.base_url = "https://example.org/".into();
        assert_eq!(c.base_path(), "/");
    }

    #[test]
    fn unknown_key_names_its_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("site.yaml"), "title: x\ntitel: y\n").unwrap();
        let err = Config::load(dir.path())
            .unwrap_err()
            .relative_to(dir.path());
        let msg = err.to_string();
        assert!(
            msg.starts_with("site.yaml:2:1: unknown field `titel`"),
            "{msg}"
        );
    }
}
