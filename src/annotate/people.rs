//! The people registry as annotation reads it: every person by any of their names. The
//! registry itself is loaded by [`crate::load::people`].

use std::collections::HashMap;
use std::path::Path;

use crate::error::Result;
pub use crate::load::people::{Person, PEOPLE_FILE};

/// The registry, looked up by any of a person's names.
#[derive(Debug, Clone, Default)]
pub struct People {
    pub people: Vec<Person>,
    by_name: HashMap<String, usize>,
}

impl People {
    /// The registry of `people`, by name and alias (the loader has checked that no name
    /// belongs to two people).
    pub fn new(people: Vec<Person>) -> People {
        let mut by_name = HashMap::new();
        for (i, p) in people.iter().enumerate() {
            for form in std::iter::once(&p.name).chain(p.aliases.iter()) {
                by_name.entry(form.clone()).or_insert(i);
            }
        }
        People { people, by_name }
    }

    /// Parse a registry's text; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<People> {
        Ok(Self::new(crate::load::people::parse(text, path)?))
    }

    /// The person with this name or alias.
    pub fn get(&self, name: &str) -> Option<&Person> {
        self.by_name.get(name).map(|&i| &self.people[i])
    }

    pub fn knows(&self, name: &str) -> bool {
        self.by_name.contains_key(name)
    }

    /// The longest registered name or alias that `text` ends with.
    pub fn name_suffix(&self, text: &str) -> Option<&str> {
        self.by_name
            .keys()
            .filter(|k| k.chars().count() >= 2 && text.ends_with(k.as_str()))
            .max_by_key(|k| (k.len(), k.as_str()))
            .map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_errors() {
        let p = People::parse("- name: 刘华\n  org: MiniMax\n  role: 副总裁\n- name: Ilya Sutskever\n  aliases: [伊利亚·苏茨克维尔, 伊利亚]\n- name: 马斯克\n  speaker: false\n", Path::new("content/people.yaml")).unwrap();
        assert_eq!(p.get("伊利亚").unwrap().name, "Ilya Sutskever");
        assert!(!p.get("马斯克").unwrap().speaker);
        assert_eq!(
            p.name_suffix("OpenAI前首席科学家伊利亚·苏茨克维尔"),
            Some("伊利亚·苏茨克维尔")
        );
        let err = People::parse(
            "- name: A\n- name: B\n  aliases: [A]\n",
            Path::new("content/people.yaml"),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "content/people.yaml:2: `A` is already a name of `A`"
        );
        let err =
            People::parse("- name: A\n  rol: x\n", Path::new("content/people.yaml")).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("content/people.yaml:2:3: unknown field `rol`"),
            "{err}"
        );
    }
}
