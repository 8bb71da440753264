//! English noun phrases around a verb of speech: a name with its title, description and
//! appositive (`Northwind Compute CTO Mira Okafor`, `Mira Okafor, chief technology officer
//! at Northwind`), a reference by role (`the senator`), a pronoun, an unnamed source.

use super::en_lexicon::{
    en_not_name, EN_BRACKETS, EN_CAP_RUN, EN_FIRMS, EN_GROUP_REFERENCE, EN_LEAD, EN_NAME,
    EN_OPENING_PHRASE, EN_ORG_WORD, EN_ROLE, EN_ROLE_REFERENCE, EN_ROLE_TAIL, EN_UNNAMED,
};
use super::en_org::{describes_org, split_en_after};
use super::en_titles::title_fits;
use super::en_titles_before::described_before;
use super::en_words::{
    place, EN_FUNCTION_WORDS, EN_LEGAL_FORMS, EN_NAME_PARTICLES, EN_NATIONALITIES, EN_ORG_NOUNS,
};
use super::{Detector, Speakers, Who, THEY};

impl Detector<'_> {
    pub(super) fn en_np(
        &self,
        np: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        // `Mayor Lena Ortiz (D)`: what stands in brackets is not the name.
        let unbracketed = EN_BRACKETS.replace_all(np, "");
        let np = unbracketed.as_ref();
        let np = EN_LEAD.find(np).map_or(np, |m| &np[m.end()..]).trim();
        let np = without_age(np);
        let np = np
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
        if matches!(np, "He" | "She" | "he" | "she") {
            return Some(Who::Pronoun);
        }
        // `they wrote`, `the former secretaries noted`: the speakers last named together
        // (resolved once the paragraph is read).
        // (`In their letter, the senators noted`: after the phrase that opens the sentence.)
        let group = EN_OPENING_PHRASE.find(np).map_or(np, |m| &np[m.end()..]);
        if matches!(group, "They" | "they") || EN_GROUP_REFERENCE.is_match(group) {
            return Some(Who::Titled(THEY.to_string()));
        }
        // `… U.S. Marshal Fred Canfil saw a sign that said`: a relative pronoun right before
        // the verb is its subject, and stands for the thing before it.
        let mut words = np.rsplit(char::is_whitespace);
        if matches!(words.next(), Some("that" | "which"))
            && words
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase))
        {
            return None;
        }
        // `the senator said`: the speaker already met whose role it is.
        // `The Indiana Republican, a fellow ex-Marine`: the reference before its appositive.
        let head = np.split(',').next().unwrap_or(np).trim();
        if let Some(caps) = EN_ROLE_REFERENCE.captures(head) {
            let role = caps.name("role").map_or("", |m| m.as_str()).to_lowercase();
            // (`Pope Francis`: a title the name itself opens with.)
            let met = known.named.iter().rev().find(|s| {
                s.role.as_deref().is_some_and(|r| {
                    let r = r.to_lowercase();
                    r.contains(&role) || title_fits(&role, &r)
                }) || s.name.to_lowercase().starts_with(&format!("{role} "))
            });
            // `A Democratic senator who organized …, said` then `the senator said`: an
            // unnamed source that spoke more recently than the named one answers first.
            let unnamed = known
                .unnamed
                .iter()
                .filter(|u| u.description.to_lowercase().contains(&role))
                .max_by_key(|u| u.paragraphs.last().copied());
            let named_last = met.and_then(|s| s.paragraphs.last().copied());
            if let Some(u) = unnamed.filter(|u| u.paragraphs.last().copied() > named_last) {
                return Some(Who::Unnamed(u.description.clone()));
            }
            return Some(match met {
                Some(s) => Who::Named {
                    name: s.name.clone(),
                    alias: None,
                    org: None,
                    role: None,
                },
                None => Who::Titled(role),
            });
        }
        if let Some(caps) = EN_UNNAMED.captures(np) {
            let desc = caps.name("desc").map_or("", |m| m.as_str()).trim();
            return Some(Who::Unnamed(desc.to_string()));
        }
        // `Lt. Ben Endres from the Alaska State Troopers`: a person, then the organisation
        // they speak for.
        for sep in [" from ", " of ", " at "] {
            let Some((head, tail)) = np.split_once(sep) else {
                continue;
            };
            let org = tail.strip_prefix("the ").unwrap_or(tail).trim();
            let org = org.strip_suffix('.').unwrap_or(org);
            let named_org = org_name(org);
            // The head is a name of two words at least (`the Champion of …` is a title).
            let capitalised = head
                .split_whitespace()
                .filter(|w| w.starts_with(char::is_uppercase))
                .count();
            let the = head.starts_with("the ") || head.starts_with("The ");
            if head.contains(',') || !named_org || the || capitalised < 2 {
                continue;
            }
            if let Some(Who::Named {
                name,
                alias,
                org: None,
                role,
            }) = self.en_np(head, known, names)
            {
                // `Judge John McConnell Jr. of Rhode Island`: a place is where, not who for.
                return Some(Who::Named {
                    name,
                    alias,
                    org: (!place(org)).then(|| org.to_string()),
                    role,
                });
            }
        }
        // `Mira Okafor, chief technology officer at Northwind Compute`
        if let Some((name, app)) = np.split_once(',') {
            let app = app.trim().trim_end_matches(',');
            return self.en_named(name.trim(), Some(app), known, names, false);
        }
        // `Omdia's Su`, `Chevron's CEO`: an organisation's person, or its role alone.
        let (owner, np) = match np.split_once("’s ").or_else(|| np.split_once("'s ")) {
            Some((owner, rest)) => (Some(owner.trim()), rest.trim()),
            None => (None, np),
        };
        // `Northwind Compute CTO Mira Okafor`, `President Trump`: a role word, then the name.
        if let Some(m) = EN_ROLE.find_iter(np).last() {
            let tail = np[m.end()..].trim_start_matches('.').trim();
            // `The secretary of Defense`, `Head Start`: what follows a role with a preposition
            // is its domain, and `Head`/`Lead` before one word make a name of no person.
            let domain = ["of ", "at ", "for ", "on "]
                .iter()
                .any(|p| tail.starts_with(p));
            let program = matches!(m.as_str(), "Head" | "Lead") && !tail.contains(' ');
            if program {
                return None;
            }
            // `Secretary of State Marco Rubio`: a title with its domain, then the name (and
            // `CEO of Baru Gold` is a title and its organisation only).
            if domain {
                let run = EN_CAP_RUN.find_iter(tail).last();
                // (`General Manager of WANF/WPCH Erik Schrader`: an organisation in capitals
                // right before a name of two words.)
                let capitals_before = |at: usize| {
                    tail[..at].split_whitespace().last().is_some_and(|w| {
                        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                            && !w.chars().any(char::is_lowercase)
                    })
                };
                let named = run.is_some_and(|r| {
                    r.end() == tail.len()
                        && (r.as_str().split_whitespace().count() >= 3
                            || capitals_before(r.start()))
                });
                return named
                    .then(|| self.en_titled_name(np, known, names))
                    .flatten();
            }
            // `CEO Odfjell Technology AS Simen Lieungh`: a company's legal form ends its name,
            // and the person's name follows.
            let suffix = tail.split_whitespace().collect::<Vec<_>>();
            let legal = suffix
                .iter()
                .rposition(|w| EN_LEGAL_FORMS.contains(&w.trim_end_matches([',', '.'])));
            if let Some(k) = legal.filter(|&k| k > 0 && suffix.len() - k > 2) {
                let person = suffix[k + 1..].join(" ");
                if let Some(Who::Named { name, alias, .. }) =
                    self.en_named(&person, None, known, names, true)
                {
                    return Some(Who::Named {
                        name,
                        alias,
                        org: Some(suffix[..=k].join(" ")),
                        role: Some(np[..m.end()].trim().to_string()),
                    });
                }
            }
            let Some(Who::Named { name, alias, .. }) =
                self.en_named(tail, None, known, names, true)
            else {
                return None;
            };
            let dot = usize::from(np[m.end()..].starts_with('.'));
            let (org, role) = described_before(&np[..m.end() + dot]);
            // `Northwind's Group President and CEO`: all after the owner is the role.
            let role = match owner {
                Some(_) => Some(np[..m.end()].trim().to_string()),
                None => role,
            };
            return Some(Who::Named {
                name,
                alias,
                org: owner.map(str::to_string).or(org),
                role,
            });
        }
        match self.en_named(np, None, known, names, owner.is_some()) {
            Some(Who::Named {
                name, alias, role, ..
            }) if owner.is_some() => Some(Who::Named {
                name,
                alias,
                org: owner.map(str::to_string),
                role,
            }),
            other => other,
        }
    }

    /// A person's name, with the organisation and role of an appositive after it. A single
    /// word is a name when it is a known speaker's, stands after a role word (`after_role`),
    /// or is the surname of a full name the article gives elsewhere.
    pub(super) fn en_named(
        &self,
        name: &str,
        appositive: Option<&str>,
        known: &Speakers,
        names: &[(String, String)],
        after_role: bool,
    ) -> Option<Who> {
        if appositive.is_some_and(describes_org) {
            return None;
        }
        // A later mention by a surname with particles (`de la Cruz said`).
        let trimmed = name.trim();
        // Only a name's words: `in November he would not … if Trump` is a clause.
        let name_words = trimmed
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || EN_NAME_PARTICLES.contains(&w));
        if trimmed.contains(' ')
            && name_words
            && !EN_ROLE.is_match(trimmed)
            && known.named.iter().any(|s| s.answers_to(trimmed))
        {
            let (org, role) = appositive.map(split_en_after).unwrap_or((None, None));
            return Some(Who::Named {
                name: trimmed.to_string(),
                alias: None,
                org,
                role,
            });
        }
        // `Tim Burchett (R-Tenn.)`: what stands in brackets is not the name.
        let unbracketed = EN_BRACKETS.replace_all(name, "");
        // `co-author William Ellsworth`: lower-case words before a name describe the person.
        let mut name = unbracketed.trim();
        // `A seemingly frustrated Phillip`: an article before the description.
        if let Some(rest) = ["A ", "An ", "The "]
            .iter()
            .find_map(|a| name.strip_prefix(a))
            .filter(|rest| rest.starts_with(char::is_lowercase))
        {
            name = rest;
        }
        let mut described = false;
        let mut org_described = false;
        // `infant died from Sudden Infant Death Syndrome`: a verb and a preposition make a
        // clause, not a description.
        let mut verb = false;
        while name.starts_with(|c: char| c.is_lowercase()) {
            match name.split_once(char::is_whitespace) {
                Some((word, rest)) => {
                    verb |= word.ends_with("ed")
                        || matches!(word, "is" | "was" | "are" | "were" | "been" | "born");
                    if verb && EN_FUNCTION_WORDS.contains(&word) {
                        return None;
                    }
                    // `the tech giant Apple`: a description of a company; `The rise of
                    // Trumpism` of no one.
                    org_described |= EN_ORG_NOUNS.contains(&word.trim_end_matches(','))
                        || EN_FUNCTION_WORDS.contains(&word);
                    name = rest.trim_start();
                    described = true;
                }
                None => break,
            }
        }
        // `CEOOddbjørn Berentsen` (a space lost in the source): the acronym is a role.
        if let Some(rest) = ["CEO", "CFO", "CTO", "COO", "CMO", "CIO"]
            .iter()
            .find_map(|r| name.strip_prefix(r))
            .filter(|rest| rest.starts_with(char::is_uppercase))
        {
            name = rest;
            described = true;
        }
        // `President Trump`, `Chairman Lindsey Graham`: the role words are not the name.
        let mut after_role = after_role || described;
        let mut described = (None, None);
        if let Some(m) = EN_ROLE.find_iter(name).last() {
            described = described_before(&name[..m.end()]);
            name = name[m.end()..].trim_start_matches('.').trim();
            after_role = true;
        } else if let Some(w) = name
            .split_whitespace()
            .rfind(|w| w.starts_with(char::is_lowercase))
        {
            // `Kentucky businessman Nate Morris`: a description the lexicon does not know,
            // then a full name.
            let at = w.as_ptr() as usize - name.as_ptr() as usize + w.len();
            let rest = name[at..].trim();
            // `Committee for a Responsible Federal Budget`: a name's words do not follow a
            // function word.
            let function = name[..at]
                .split_whitespace()
                .any(|w| matches!(w, "a" | "an" | "the") || EN_FUNCTION_WORDS.contains(&w));
            if (2..=3).contains(&rest.split_whitespace().count()) && !org_described && !function {
                described = (None, Some(name[..at].trim().to_string()));
                name = rest;
            }
        }
        // `Trump’s Gaza plan`: an owner, not a speaker (`Omdia's Su` is read by `en_np`).
        if name.contains("’s") || name.contains("'s") || EN_ROLE_TAIL.is_match(name) {
            return None;
        }
        let caps = EN_NAME.captures(name)?;
        let name = caps.name("name")?.as_str();
        // `Trooper First Class Megan Frazer`: after a title, four words are the title's end
        // and a name of two.
        let words: Vec<&str> = name.split_whitespace().collect();
        let plain = words
            .iter()
            .all(|w| !w.ends_with('.') && !w.ends_with(',') && !matches!(*w, "II" | "III"));
        // `American Marc Fogel`: a nationality before a name of two words is no part of it.
        let national = words.len() >= 3 && EN_NATIONALITIES.iter().any(|(n, _)| *n == words[0]);
        let name = match words.len() {
            n if n > 3 && after_role && plain => words[n - 2..].join(" "),
            _ if national => words[1..].join(" "),
            _ => name.to_string(),
        };
        let first = name.split_whitespace().next().unwrap_or_default();
        // `FBI`, `GOP`, `AP`: initials in capitals name organisations; a person's name has a
        // word in ordinary case (`JD Vance`, `Guillaume TEXIER`).
        let all_capitals = name.split_whitespace().all(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        });
        // `Collins SBA`: a short acronym at the end names a firm (a surname in capitals,
        // `TEXIER`, is longer; `II` is a numeral).
        let acronym_tail = name.split_whitespace().count() >= 2
            && name.split_whitespace().last().is_some_and(|w| {
                (2..=3).contains(&w.len())
                    && w.chars().all(|c| c.is_ascii_uppercase())
                    && !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
            });
        if all_capitals
            || acronym_tail
            || en_not_name(first)
            || self.glossary.lookup(&name).is_some()
            || EN_ORG_WORD.is_match(&name)
            || EN_FIRMS.contains(&name.as_str())
        {
            return None;
        }
        let known_form =
            known.named.iter().any(|s| s.answers_to(&name)) || self.people.knows(&name);
        if org_described && name.split_whitespace().count() < 2 {
            return None;
        }
        let name = if name.split_whitespace().count() < 2 && !known_form {
            match names.iter().find(|(last, _)| *last == name) {
                Some((_, full)) => full.clone(),
                // (`that America maintained`: a place after a lower-case word is no one.)
                None if (after_role || role_apposed(appositive))
                    && name.chars().count() >= 2
                    && !place(&name) =>
                {
                    name
                }
                None => return None,
            }
        } else {
            name
        };
        // `Council member Dana Whitlock, who chairs …`: the role before the name when the
        // appositive gives none.
        let (org, role) = match appositive.map(split_en_after) {
            Some((org, Some(role))) => (org, Some(role)),
            _ => described,
        };
        Some(Who::Named {
            name,
            alias: None,
            org,
            role,
        })
    }
}

/// Whether an appositive opens with a person's title (`Co-Founder of BYDFi`, `the CEO`):
/// one word before it is a person's name (`Michael, Co-Founder of BYDFi, stated:`).
fn role_apposed(appositive: Option<&str>) -> bool {
    appositive.is_some_and(|a| {
        let a = a.trim();
        let a = a.strip_prefix("the ").unwrap_or(a);
        // (`CarePilot, a leader in AI-driven documentation`, `MarketGrader, leader in smart
        // beta`: a company described.)
        EN_ROLE.find(a).is_some_and(|m| {
            m.start() == 0
                && !matches!(
                    m.as_str().to_lowercase().as_str(),
                    "leader" | "partner" | "owner" | "developer" | "publisher" | "producer"
                )
        })
    })
}

/// An organisation's name written out: capitalised words, with the small words a name holds
/// between them (`Alaska State Troopers`, `Foundation for Defense of Democracies`), or one
/// acronym (`AARP`).
fn org_name(org: &str) -> bool {
    let words: Vec<&str> = org.split_whitespace().collect();
    let capital = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let acronym = |w: &&str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
    match words.as_slice() {
        [] => false,
        [one] => acronym(one),
        [first, .., last] => {
            capital(first)
                && capital(last)
                && words.iter().filter(|w| capital(w)).count() >= 2
                && words
                    .iter()
                    .all(|w| capital(w) || matches!(*w, "of" | "for" | "and" | "on" | "the" | "&"))
        }
    }
}

/// `np` without an age after the name (`Luna’s owner, Angel Hernandez, 35,`) or before it
/// (`the 42-year-old Vittert`).
pub(super) fn without_age(np: &str) -> &str {
    // `the 42-year-old Vittert`: an age before a name.
    if let Some((age, rest)) = np
        .strip_prefix("the ")
        .and_then(|r| r.split_once("-year-old "))
    {
        if age.chars().all(|c| c.is_ascii_digit()) && rest.starts_with(char::is_uppercase) {
            return rest;
        }
    }
    match np.trim_end().trim_end_matches(',').rsplit_once(", ") {
        Some((head, age))
            if (1..=3).contains(&age.len()) && age.chars().all(|c| c.is_ascii_digit()) =>
        {
            head
        }
        _ => np,
    }
}
