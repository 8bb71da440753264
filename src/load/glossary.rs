//! The glossary's entries: pizhu's built-in AI-industry glossary with the site's
//! `content/glossary.yaml` laid over it (a site entry replaces a built-in one of the same
//! term and takes over any spelling it claims). Errors name the file and the entry's line.
//! Finding terms in text is annotation's work ([`crate::annotate::Glossary`]).

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::load::front_matter::check_url;
use crate::model::Lang;
use crate::slug::slug_id;

/// The glossary file in a site's `content/`.
pub const GLOSSARY_FILE: &str = "glossary.yaml";

const BUILTIN: &str = include_str!("builtin_glossary.yaml");
const BUILTIN_NAME: &str = "built-in glossary";

/// One term of the glossary.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct GlossaryEntry {
    /// The canonical name (`Scaling Law`).
    pub term: String,
    /// Other spellings and the other language (`尺度定律`, `scaling law`).
    pub aliases: Vec<String>,
    /// The definition as written (inline Markdown), by language; at least one is set.
    pub definition_zh: Option<String>,
    pub definition_en: Option<String>,
    pub link: Option<String>,
    pub category: Option<String>,
    pub case_sensitive: bool,
    /// Where a spelling is not the term: text that must not come right after it
    /// (`蒸馏` not before `酒`) or right before it (`Agent` not after `Special`), spaces
    /// between aside; Latin compared in any case and as whole words.
    pub not_before: Vec<String>,
    pub not_after: Vec<String>,
    /// Spellings matched only in Chinese articles: in English text the word is mostly
    /// something else (`Agent`, `benchmark`).
    pub zh_only: Vec<String>,
    /// The id of the entry on the glossary page.
    pub anchor: String,
    /// Whether the entry comes from the site's own glossary (else the built-in one).
    pub from_site: bool,
}

impl GlossaryEntry {
    /// The definition in `lang`, or in the other language when there is none.
    pub fn definition(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Zh => (&self.definition_zh, &self.definition_en),
            Lang::En => (&self.definition_en, &self.definition_zh),
        };
        first.as_deref().or(second.as_deref()).unwrap_or_default()
    }

    /// The definition in `lang` if there is one, else in the other language; with the
    /// language it is in.
    pub fn definition_in(&self, lang: Lang) -> (&str, Lang) {
        let other = match lang {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        };
        let pick = |l: Lang| match l {
            Lang::Zh => self.definition_zh.as_deref(),
            Lang::En => self.definition_en.as_deref(),
        };
        match pick(lang) {
            Some(d) => (d, lang),
            None => (pick(other).unwrap_or_default(), other),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    term: String,
    #[serde(default)]
    aliases: Vec<String>,
    definition: RawDefinition,
    link: Option<String>,
    category: Option<String>,
    #[serde(default)]
    case_sensitive: bool,
    #[serde(default)]
    not_before: Vec<String>,
    #[serde(default)]
    not_after: Vec<String>,
    #[serde(default)]
    zh_only: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawDefinition {
    Text(String),
    ByLang(ByLang),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ByLang {
    zh: Option<String>,
    en: Option<String>,
}

/// The built-in glossary (unless `builtin` is false) with `root/content/glossary.yaml`
/// laid over it.
pub fn load(root: &Path, builtin: bool) -> Result<Vec<GlossaryEntry>> {
    let site_file = root.join(crate::load::CONTENT_DIR).join(GLOSSARY_FILE);
    let site_text = if site_file.is_file() {
        Some(crate::fs::read_utf8(&site_file)?)
    } else {
        None
    };
    let rel = site_file
        .strip_prefix(root)
        .unwrap_or(&site_file)
        .to_path_buf();
    from_sources(builtin, site_text.as_deref().map(|t| (t, rel.as_path())))
}

/// Build from the built-in glossary (when `builtin`) and a site file's text and path.
pub fn from_sources(builtin: bool, site: Option<(&str, &Path)>) -> Result<Vec<GlossaryEntry>> {
    let mut entries = if builtin {
        parse_file(BUILTIN, Path::new(BUILTIN_NAME), false)?
    } else {
        Vec::new()
    };
    if let Some((text, path)) = site {
        for entry in parse_file(text, path, true)? {
            let claims: Vec<String> = spellings(&entry)
                .map(|s| key(s, entry.case_sensitive))
                .collect();
            for other in entries.iter_mut() {
                let case_sensitive = other.case_sensitive;
                other
                    .aliases
                    .retain(|a| !claims.contains(&key(a, case_sensitive)));
                other
                    .zh_only
                    .retain(|a| !claims.contains(&key(a, case_sensitive)));
            }
            entries.retain(|e| !claims.contains(&key(&e.term, e.case_sensitive)));
            entries.push(entry);
        }
    }
    set_anchors(&mut entries);
    Ok(entries)
}

/// Give every entry its id on the glossary page, unique, made from its term.
fn set_anchors(entries: &mut [GlossaryEntry]) {
    let mut used = std::collections::HashSet::new();
    for entry in entries.iter_mut() {
        let base = slug_id(&entry.term);
        let mut anchor = base.clone();
        let mut n = 1;
        while !used.insert(anchor.clone()) {
            anchor = format!("{base}-{n}");
            n += 1;
        }
        entry.anchor = anchor;
    }
}

/// A spelling of an entry: its term, then its aliases.
pub fn spellings(entry: &GlossaryEntry) -> impl Iterator<Item = &str> {
    std::iter::once(entry.term.as_str()).chain(entry.aliases.iter().map(String::as_str))
}

/// How two spellings are compared for clashes.
pub fn key(spelling: &str, case_sensitive: bool) -> String {
    if case_sensitive {
        spelling.to_string()
    } else {
        spelling.to_lowercase()
    }
}

fn parse_file(text: &str, path: &Path, from_site: bool) -> Result<Vec<GlossaryEntry>> {
    let raw: Vec<RawEntry> = crate::yaml::parse_list(text, path)?;
    let lines = crate::yaml::list_item_lines(text);
    let line_of = |i: usize| lines.get(i).copied().unwrap_or(0);
    let mut entries: Vec<GlossaryEntry> = Vec::new();
    let mut seen: HashMap<String, (usize, String)> = HashMap::new();
    let mut errors = Vec::new();
    for (i, raw) in raw.into_iter().enumerate() {
        let line = line_of(i);
        let bad = |message: String| Error::parse(path, line, 0, message);
        let term = raw.term.trim().to_string();
        if term.is_empty() {
            errors.push(bad("an entry has an empty `term`".to_string()));
            continue;
        }
        let (zh, en) = match raw.definition {
            RawDefinition::Text(t) => (Some(t), None),
            RawDefinition::ByLang(b) => (b.zh, b.en),
        };
        let clean = |d: Option<String>| d.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let (zh, en) = (clean(zh), clean(en));
        if zh.is_none() && en.is_none() {
            errors.push(bad(format!("`{term}` has an empty definition")));
            continue;
        }
        if let Some(link) = &raw.link {
            if let Err(m) = check_url(link) {
                errors.push(bad(m));
                continue;
            }
        }
        let trimmed = |list: Vec<String>| -> Vec<String> {
            list.into_iter()
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty())
                .collect()
        };
        let aliases = trimmed(raw.aliases);
        let zh_only = trimmed(raw.zh_only);
        if let Some(stray) = zh_only.iter().find(|z| *z != &term && !aliases.contains(z)) {
            errors.push(bad(format!(
                "`{stray}` in `zh_only` of `{term}` is not its term or one of its aliases"
            )));
            continue;
        }
        let entry = GlossaryEntry {
            term,
            aliases,
            definition_zh: zh,
            definition_en: en,
            link: raw.link,
            category: raw.category,
            case_sensitive: raw.case_sensitive,
            not_before: trimmed(raw.not_before),
            not_after: trimmed(raw.not_after),
            zh_only,
            anchor: String::new(),
            from_site,
        };
        let mut clash = None;
        for spelling in spellings(&entry) {
            let k = spelling.to_lowercase();
            if let Some((other_line, other)) = seen.get(&k) {
                clash = Some(if other == &entry.term {
                    format!("`{spelling}` is listed twice for `{}`", entry.term)
                } else if spelling == entry.term && other_line != &line {
                    format!("duplicate term `{spelling}`: it is already defined at line {other_line} (as `{other}`)")
                } else {
                    format!(
                        "`{spelling}` of `{}` is already used by `{other}` at line {other_line}",
                        entry.term
                    )
                });
                break;
            }
            seen.insert(k, (line, entry.term.clone()));
        }
        match clash {
            Some(message) => errors.push(bad(message)),
            None => entries.push(entry),
        }
    }
    match Error::from_list(errors) {
        Some(e) => Err(e),
        None => Ok(entries),
    }
}
