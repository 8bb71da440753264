//! The English side: `X said`, `said X, role at Org`, `according to X`, and the noun
//! phrases and appositives around the name.

use super::lexicon::{
    EN_ACCORDING, EN_CONJUNCTION, EN_INVERTED, EN_LEAD, EN_NAME, EN_NOT_NAMES, EN_ORG_WORD,
    EN_ROLE, EN_ROLE_MOD, EN_UNNAMED, EN_VERB,
};
use super::{clauses, Detector, Speakers, Who};

impl Detector<'_> {
    pub(super) fn en_attributions(&self, paragraph: &str, known: &Speakers) -> Vec<(usize, Who)> {
        let mut found: Vec<(usize, Who)> = Vec::new();
        // Quote-first, inverted: `,” said Mira Okafor, chief technology officer at X.`
        for caps in EN_INVERTED.captures_iter(paragraph) {
            let (Some(np), whole) = (caps.name("np"), caps.get(0)) else {
                continue;
            };
            if let Some(who) =
                self.en_named(np.as_str(), caps.name("app").map(|m| m.as_str()), known)
            {
                found.push((whole.map_or(0, |m| m.start()), who));
            }
        }
        for caps in EN_ACCORDING.captures_iter(paragraph) {
            let Some(np) = caps.name("np") else { continue };
            if let Some(who) = self.en_np(np.as_str(), known) {
                found.push((np.start(), who));
            }
        }
        // `X said`: the phrase from the start of the clause (or from the last `but`,
        // `while`, `although` …) to the verb.
        for (start, clause) in clauses(paragraph, &['.', '!', '?', ';', '“', '”', '"', ':']) {
            let mut from = 0;
            for m in EN_VERB.find_iter(clause) {
                let before = &clause[from..m.start()];
                let np_start = EN_CONJUNCTION
                    .find_iter(before)
                    .last()
                    .map_or(0, |c| c.end());
                let np = before[np_start..].trim().trim_end_matches(',').trim();
                from = m.end();
                if let Some(who) = self.en_np(np, known) {
                    found.push((start + m.start(), who));
                }
            }
        }
        found.sort_by_key(|(p, _)| *p);
        found.dedup_by(|a, b| a.1 == b.1 && a.0 == b.0);
        found
    }

    fn en_np(&self, np: &str, known: &Speakers) -> Option<Who> {
        let np = EN_LEAD.find(np).map_or(np, |m| &np[m.end()..]).trim();
        let np = np
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
        if matches!(np, "He" | "She" | "he" | "she") {
            return Some(Who::Pronoun);
        }
        if let Some(caps) = EN_UNNAMED.captures(np) {
            let desc = caps.name("desc").map_or("", |m| m.as_str()).trim();
            return Some(Who::Unnamed(desc.to_string()));
        }
        // `Mira Okafor, chief technology officer at Northwind Compute`
        if let Some((name, app)) = np.split_once(',') {
            return self.en_named(name.trim(), Some(app.trim().trim_end_matches(',')), known);
        }
        // `Northwind Compute CTO Mira Okafor`: a role word, then the name.
        if let Some(m) = EN_ROLE.find_iter(np).last() {
            let tail = np[m.end()..].trim();
            if !tail.is_empty() {
                if let Some(Who::Named { name, alias, .. }) = self.en_named(tail, None, known) {
                    let (org, role) = split_en_before(&np[..m.end()]);
                    return Some(Who::Named {
                        name,
                        alias,
                        org,
                        role,
                    });
                }
            }
        }
        self.en_named(np, None, known)
    }

    fn en_named(&self, name: &str, appositive: Option<&str>, known: &Speakers) -> Option<Who> {
        // A later mention by a surname with particles (`de la Cruz said`).
        let trimmed = name.trim();
        if trimmed.contains(' ') && known.named.iter().any(|s| s.answers_to(trimmed)) {
            let (org, role) = appositive.map(split_en_after).unwrap_or((None, None));
            return Some(Who::Named {
                name: trimmed.to_string(),
                alias: None,
                org,
                role,
            });
        }
        let caps = EN_NAME.captures(name.trim())?;
        let name = caps.name("name")?.as_str().to_string();
        let first = name.split_whitespace().next().unwrap_or_default();
        if EN_NOT_NAMES.contains(&first)
            || self.glossary.lookup(&name).is_some()
            || EN_ORG_WORD.is_match(&name)
        {
            return None;
        }
        let known_form =
            known.named.iter().any(|s| s.answers_to(&name)) || self.people.knows(&name);
        if name.split_whitespace().count() < 2 && !known_form {
            return None;
        }
        let (org, role) = appositive.map(split_en_after).unwrap_or((None, None));
        Some(Who::Named {
            name,
            alias: None,
            org,
            role,
        })
    }
}

/// English appositive after a name: `chief technology officer at Northwind Compute`.
pub(super) fn split_en_after(app: &str) -> (Option<String>, Option<String>) {
    // `chief technology officer at Northwind Compute, a startup that…`: the first part.
    let app = app.split(',').next().unwrap_or_default();
    let app = app.trim().trim_end_matches(['.', ',']);
    let app = app
        .strip_prefix("the ")
        .or_else(|| app.strip_prefix("a "))
        .or_else(|| app.strip_prefix("an "))
        .unwrap_or(app);
    if !EN_ROLE.is_match(app) {
        return (None, None);
    }
    for sep in [" at ", " of ", " for ", " with ", " from "] {
        if let Some((role, org)) = app.split_once(sep) {
            let org = org.trim().trim_start_matches("the ");
            return (Some(org.to_string()), Some(role.trim().to_string()));
        }
    }
    if let Some((org, role)) = app.split_once("'s ") {
        return (Some(org.trim().to_string()), Some(role.trim().to_string()));
    }
    (None, Some(app.to_string()))
}

/// English organisation and role before a name: `Northwind Compute CTO`.
fn split_en_before(app: &str) -> (Option<String>, Option<String>) {
    let Some(m) = EN_ROLE.find_iter(app).next() else {
        return (None, None);
    };
    let start = EN_ROLE_MOD
        .find(&app[..m.start()])
        .map_or(m.start(), |r| r.start());
    let org = app[..start].trim().trim_end_matches("'s").trim();
    let org = org.strip_prefix("the ").unwrap_or(org);
    let role = app[start..].trim();
    (
        (!org.is_empty()).then(|| org.to_string()),
        Some(role.to_string()),
    )
}
