//! The people registry, `content/people.yaml` (optional): names, aliases, organisation,
//! role, bio and link of people the site quotes. An entry fixes what detection found (the
//! same person, a better role) and adds a bio and link; `speaker: false` keeps a name out
//! of sidebars. Errors name the file and the entry's line.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::load::front_matter::check_url;

/// The registry file in a site's `content/`.
pub const PEOPLE_FILE: &str = "people.yaml";

/// A registered person.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Person {
    pub name: String,
    pub aliases: Vec<String>,
    pub org: Option<String>,
    pub role: Option<String>,
    pub bio: Option<String>,
    pub link: Option<String>,
    /// `false` keeps the person out of sidebars and the speakers page.
    pub speaker: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerson {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    org: Option<String>,
    role: Option<String>,
    bio: Option<String>,
    link: Option<String>,
    #[serde(default = "yes")]
    speaker: bool,
}

fn yes() -> bool {
    true
}

/// Load `root/content/people.yaml`; no file is an empty registry.
pub fn load(root: &Path) -> Result<Vec<Person>> {
    let file = root.join(crate::load::CONTENT_DIR).join(PEOPLE_FILE);
    if !file.is_file() {
        return Ok(Vec::new());
    }
    let text = crate::fs::read_utf8(&file)?;
    let rel = file.strip_prefix(root).unwrap_or(&file);
    parse(&text, rel)
}

/// Parse a registry's text; `path` names it in errors.
pub fn parse(text: &str, path: &Path) -> Result<Vec<Person>> {
    let raw: Vec<RawPerson> = crate::yaml::parse_list(text, path)?;
    let lines = crate::yaml::list_item_lines(text);
    let mut people: Vec<Person> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut errors = Vec::new();
    for (i, p) in raw.into_iter().enumerate() {
        let line = lines.get(i).copied().unwrap_or(0);
        let name = p.name.trim().to_string();
        if name.is_empty() {
            errors.push(Error::parse(path, line, 0, "an entry has an empty `name`"));
            continue;
        }
        if let Some(Err(m)) = p.link.as_deref().map(check_url) {
            errors.push(Error::parse(path, line, 0, m));
            continue;
        }
        let person = Person {
            aliases: p
                .aliases
                .into_iter()
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty())
                .collect(),
            name,
            org: p.org,
            role: p.role,
            bio: p.bio,
            link: p.link,
            speaker: p.speaker,
        };
        let index = people.len();
        let mut clash = None;
        for form in std::iter::once(&person.name).chain(person.aliases.iter()) {
            if let Some(&other) = by_name.get(form) {
                clash = Some(format!(
                    "`{form}` is already a name of `{}`",
                    people[other].name
                ));
                break;
            }
            by_name.insert(form.clone(), index);
        }
        match clash {
            Some(m) => errors.push(Error::parse(path, line, 0, m)),
            None => people.push(person),
        }
    }
    match Error::from_list(errors) {
        Some(e) => Err(e),
        None => Ok(people),
    }
}
