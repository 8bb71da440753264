//! The subject of an English clause before its verb of speech: the noun phrase after the
//! last conjunction, past asides, opening phrases and auxiliaries (`Rep. X (R-Tenn.), one of
//! two members who …, on Friday told`), and both subjects of `X and Y said`.

use super::en_lexicon::{
    EN_CONJUNCTION, EN_DASH_ASIDE, EN_LEAD, EN_NP_TAIL, EN_OPENING_PHRASE, EN_RELATIVE_ASIDE,
    EN_ROLE, EN_ROLE_REFERENCE,
};
use super::en_names::en_clauses;
use super::en_np::without_age;
use super::en_org::{describes_org, split_en_after};
use super::en_titles_before::occupation_before;
use super::{Detector, Speakers, Who};

impl Detector<'_> {
    /// The speakers of the words `before` a verb of speech in one clause: the noun phrase
    /// after the last conjunction, or the clause's subject when that phrase is a verb phrase
    /// (`Rep. Tim Burchett (R-Tenn.), one of two members who … and wants …, on Friday told`),
    /// and both subjects of `X and Y said`.
    pub(super) fn en_subjects(
        &self,
        before: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Vec<Who> {
        // `…Alan Wilson (R), who she said did not do enough`: the pronoun right before the
        // verb is its subject.
        // `He’s said`, `She's also pledged`: a pronoun with a contracted auxiliary.
        let last_words: Vec<&str> = before.split_whitespace().rev().take(2).collect();
        let pronoun = |w: &str| {
            let w = w.trim_end_matches("’s").trim_end_matches("'s");
            matches!(w, "he" | "she" | "He" | "She")
        };
        let contracted = |w: &str| w.ends_with("’s") || w.ends_with("'s");
        // `the other X user he responded to`: a pronoun right after a noun opens a relative
        // clause, and speaks for no one.
        let relative = last_words.get(1).is_some_and(|w| {
            w.chars().all(|c| c.is_lowercase())
                && !matches!(
                    *w,
                    "and"
                        | "but"
                        | "or"
                        | "as"
                        | "when"
                        | "while"
                        | "where"
                        | "because"
                        | "after"
                        | "before"
                        | "since"
                        | "though"
                        | "although"
                        | "that"
                        | "so"
                        | "then"
                        | "yet"
                        | "if"
                        | "also"
                        | "which"
                        | "who"
                        | "whom"
                        | "what"
                        | "how"
                        | "why"
                        | "now"
                        | "once"
                        | "until"
                        | "unless"
                        | "whether"
                )
        });
        match last_words.as_slice() {
            [w, ..] if pronoun(w) && relative => return Vec::new(),
            [w, ..] if pronoun(w) => return vec![Who::Pronoun],
            ["also" | "since" | "previously", w] if pronoun(w) && contracted(w) => {
                return vec![Who::Pronoun]
            }
            _ => {}
        }
        // `Speaker Mike Johnson — who attended … with Trump — said`: the aside is not the
        // subject.
        let unaside = EN_DASH_ASIDE.replace_all(before, " ");
        // `Pete Buttigieg, who served under Biden, wrote`: nor is a relative clause.
        let unaside = EN_RELATIVE_ASIDE.replace_all(&unaside, ", ").into_owned();
        let before = unaside.as_str();
        // `Commenting on Mr. Ottawa’s new role as President for the EMEA Region, Mr. Ross
        // said`: an opening phrase is not the subject, nor its title the subject's.
        // (A clause after a sentence's end opens with a space.)
        let opened = before.trim_start();
        let before = match EN_OPENING_PHRASE.find(opened) {
            // (`In Texas, state Comptroller Glenn Hegar told`: a lower-case title too.)
            Some(m)
                if opened[m.end()..]
                    .trim_start_matches("both ")
                    .starts_with(char::is_uppercase)
                    || lower_modifier(&opened[m.end()..]).is_some()
                    || EN_ROLE.find(&opened[m.end()..]).is_some_and(|r| {
                        let pre = opened[m.end()..m.end() + r.start()].trim();
                        pre.split_whitespace().count() <= 1
                            && !matches!(pre, "a" | "an" | "the" | "his" | "her")
                    }) =>
            {
                &opened[m.end()..]
            }
            _ => before,
        };
        let before = EN_NP_TAIL
            .find(before)
            .map_or(before, |t| &before[..t.start()]);
        // `the Post reported Trump said`: what another reported opens the subject after it.
        let before = [" reported ", " reports "]
            .iter()
            .filter_map(|v| before.rfind(v).map(|at| at + v.len()))
            .max()
            .filter(|&at| before[at..].starts_with(char::is_uppercase))
            .map_or(before, |at| &before[at..]);
        // `Zelensky bluntly told`: an adverb of manner before the verb (not `family`).
        let before = match before.trim_end().rsplit_once(' ') {
            Some((head, adverb))
                if adverb.len() >= 5
                    && adverb.ends_with("ly")
                    && adverb.chars().all(|c| c.is_ascii_lowercase())
                    && !EN_LY_NOUNS.contains(&adverb) =>
            {
                head
            }
            _ => before,
        };
        let mut cuts: Vec<regex::Match> = EN_CONJUNCTION.find_iter(before).collect();
        // A relative `that` or `whom` cuts before a subject it introduces (`something that
        // Vice President JD Vance questioned`), not inside an appositive (`a law firm that
        // specializes in …, told`) nor before a verb phrase (`that in no way justifies`).
        // `Office of Management and Budget Director Russell Vought`: `and` inside a name
        // of the form `X of Y and Z`, before a title, joins no subjects.
        cuts.retain(|c| {
            let and = c.as_str().trim() == "and";
            let mut head = before[..c.start()].split_whitespace().rev();
            let of_name = head
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                && head.find(|w| !w.starts_with(char::is_uppercase)) == Some("of");
            let rest = &before[c.end()..];
            // (`of Oxford and Louis Ploix said`: two people; the name's end has a title after.)
            !(and && of_name && rest.starts_with(char::is_uppercase) && EN_ROLE.is_match(rest))
        });
        cuts.retain(|c| {
            !is_relative(c.as_str())
                || (before[c.end()..].starts_with(char::is_uppercase)
                    && !before[c.end()..].contains(','))
        });
        // `Tom Flocco, the CEO of Pete and Gerry’s Eggs, told`: a conjunction inside the
        // appositive of a name that opens the phrase joins no subjects.
        if let Some(comma) = before.find(',') {
            let appositive =
                before.trim_end().ends_with(',') && comma < before.trim_end().len() - 1;
            if appositive
                && matches!(
                    self.en_named(before[..comma].trim(), None, known, names, false),
                    Some(Who::Named { .. })
                )
            {
                cuts.retain(|c| c.start() < comma);
            }
        }
        // `Group President and CEO Maria Lund`: `and` after a role word joins two roles.
        if cuts.last().is_some_and(|cut| {
            let head = before[..cut.start()].trim_end();
            cut.as_str().trim() == "and"
                && EN_ROLE
                    .find_iter(head)
                    .last()
                    .is_some_and(|r| r.end() == head.len())
        }) {
            cuts.pop();
        }
        let np_start = cuts.last().map_or(0, |c| c.end());
        let np = without_age(before[np_start..].trim().trim_end_matches(',').trim());
        // `In a short memo, acting Deputy Attorney General Emil Bove said`: a modifier in lower
        // case before a title opens it as a capital would.
        let capitalised;
        let np = match lower_modifier(np) {
            Some(m) => {
                capitalised = format!("{}{}", m[..1].to_uppercase(), &np[1..]);
                capitalised.as_str()
            }
            None => np,
        };
        // `Those matters, Johnson said, are …`: the name between the commas.
        // `Asked by The Hill …, the Texas Republican said`: a reference to a person by role.
        // `…, infectious disease expert Amesh Adalja said`: an occupation in lower case, then
        // the name.
        let inset = np
            .rsplit_once(',')
            .map(|(_, last)| without_age(last.trim()))
            .and_then(|last| match described_name(last) {
                Some(at) => Some(&last[at..]),
                None => (!last.is_empty()
                    && (last.starts_with(char::is_uppercase) || EN_ROLE_REFERENCE.is_match(last)))
                .then_some(last),
            });
        // `Joacim Sjöberg, Chief Executive Officer of Castellum, says`: when the phrase opens
        // with a name, what follows its comma is an appositive, not a name.
        let head_is_name = np.split_once(',').is_some_and(|(head, _)| {
            matches!(
                self.en_named(head.trim(), None, known, names, false),
                Some(Who::Named { .. })
            )
        });
        let inset = inset.filter(|_| !head_is_name);
        // `… split between Shannon and Gardner, the Department of Justice previously
        // revealed`: an institution right before the verb is its subject, and no person.
        let institution = np.rsplit_once(',').is_some_and(|(_, last)| {
            let head = last.trim().strip_prefix("the ").unwrap_or_default();
            let head = head.split(" of ").next().unwrap_or_default();
            !before.trim_end().ends_with(',')
                && head.starts_with(char::is_uppercase)
                && head
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| INSTITUTIONS.contains(&w))
        });
        if institution {
            return Vec::new();
        }
        // `…, Pavel Sorokin, Russia's first deputy energy minister, said`: a name between
        // commas, then its appositive.
        let named_then_role = || {
            let mut parts = np.rsplit(',').map(str::trim);
            let app = parts.next().filter(|app| EN_ROLE.is_match(app))?;
            match self.en_named(parts.next()?, Some(app), known, names, false)? {
                who @ Who::Named { .. } => Some(who),
                _ => None,
            }
        };
        let who = match inset
            .and_then(|last| self.en_np(last, known, names))
            .or_else(|| (!head_is_name).then(named_then_role).flatten())
        {
            // `The head of the American Public Health Association, Dr. Georges Benjamin,
            // called …`: the phrase before the name describes them.
            Some(Who::Named {
                name,
                alias,
                org,
                role,
            }) => {
                let head = np.rsplit_once(',').map_or("", |(head, _)| head);
                let head = head.rsplit(',').next().unwrap_or_default().trim();
                let (o, r) = split_en_after(head);
                Some(Who::Named {
                    name,
                    alias,
                    org: if r.is_some() { o } else { org },
                    role: r.or(role),
                })
            }
            other => other.or_else(|| self.en_np(np, known, names)),
        };
        // `the shooting that claimed`, `something that Vice President JD Vance questioned`:
        // a relative `that` or `whom` leaves only the words after it as the subject.
        let relative = cuts.last().is_some_and(|cut| is_relative(cut.as_str()));
        match (who, cuts.last()) {
            (None, Some(_)) if relative => Vec::new(),
            (Some(who), Some(cut)) if cut.as_str().trim() == "and" => {
                // `Professor Tom Melham and lead engineer Louis-Emile Ploix said`
                let first_start = cuts.len().checked_sub(2).map_or(0, |k| cuts[k].end());
                let first = before[first_start..cut.start()].trim();
                // `both Appropriations Chair Tom Cole (R-Okla.) and Rep. Rosa DeLauro`
                let first = ["both ", "Both "]
                    .iter()
                    .find_map(|b| first.strip_prefix(b))
                    .unwrap_or(first);
                let mut out = Vec::new();
                if !first.contains(',') {
                    if let Some(first @ Who::Named { .. }) = self.en_np(first, known, names) {
                        out.push(first);
                    }
                }
                out.push(who);
                out
            }
            (Some(who), _) => vec![who],
            // `Waters and other Democrats wrote`: the person named before a group.
            (None, Some(cut))
                if cut.as_str().trim() == "and"
                    && matches!(np.split_whitespace().next(), Some("other" | "fellow")) =>
            {
                let first_start = cuts.len().checked_sub(2).map_or(0, |k| cuts[k].end());
                match self.en_np(before[first_start..cut.start()].trim(), known, names) {
                    Some(first @ Who::Named { .. }) => vec![first],
                    _ => Vec::new(),
                }
            }
            // A verb phrase after the conjunction (`… and wants to see cuts`): the subject
            // is the name at the clause's start, before its appositive.
            // `Gabbard thanked the president … and vowed to …`: nothing between the
            // conjunction and the verb; the subject opens the clause.
            (None, Some(_)) if np.is_empty() => {
                let run: Vec<&str> = before
                    .split_whitespace()
                    .take_while(|w| w.starts_with(char::is_uppercase))
                    .collect();
                // (`Habit Burger & Grill has earned …`: a firm's name goes on after `&`.)
                let firm = before.split_whitespace().nth(run.len()) == Some("&");
                match self.en_np(&run.join(" "), known, names) {
                    Some(who @ Who::Named { .. }) if !run.is_empty() && !firm => vec![who],
                    _ => Vec::new(),
                }
            }
            (None, Some(_)) if np.starts_with(char::is_lowercase) && !starts_np(np) => before
                .split_once(',')
                .filter(|(_, app)| !describes_org(app))
                .and_then(|(head, _)| match self.en_np(head.trim(), known, names) {
                    Some(who @ Who::Named { .. }) => Some(who),
                    _ => None,
                })
                .into_iter()
                .collect(),
            // `Hegseth in opening remarks before the … meeting on Wednesday said`: a name,
            // then a prepositional phrase.
            (None, _) => {
                let np = EN_LEAD
                    .find(before)
                    .map_or(before, |m| &before[m.end()..])
                    .trim();
                let mut words = np.split_whitespace();
                let run: Vec<&str> = words
                    .by_ref()
                    .take_while(|w| w.starts_with(char::is_uppercase))
                    .collect();
                let next = np.split_whitespace().nth(run.len());
                let phrase = matches!(
                    next,
                    Some(
                        "in" | "at"
                            | "on"
                            | "during"
                            | "after"
                            | "before"
                            | "with"
                            | "from"
                            | "via"
                            | "over"
                            | "to"
                    )
                );
                match self.en_np(&run.join(" "), known, names) {
                    Some(who @ Who::Named { .. }) if phrase && !run.is_empty() => vec![who],
                    _ => Vec::new(),
                }
            }
        }
    }
}

impl Detector<'_> {
    /// The person a paragraph with no attribution is about, for a `“…,” he said.` that
    /// follows it (`Rep. William Timmons (R-S.C.) took aim at Democrats …`): the subject its
    /// first sentence opens with, a full name with a title or an appositive, or a speaker met
    /// before.
    pub(super) fn en_person_of(
        &self,
        paragraph: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        let clauses = en_clauses(paragraph);
        // `Pressed by reporters of the chances …, Johnson left the door open`: a participle's
        // phrase before the subject is no part of it.
        let participle = |c: &str| {
            c.split_whitespace().next().is_some_and(|w| {
                w.starts_with(char::is_uppercase) && (w.ends_with("ed") || w.ends_with("ing"))
            })
        };
        let first = clauses.first().map(|(_, c)| *c)?;
        let first = match first.split_once(", ") {
            Some((lead, rest)) if participle(lead) => rest,
            _ => first,
        };
        let first = EN_LEAD.find(first).map_or(first, |m| &first[m.end()..]);
        // The subject runs on over capitalised words, bracketed notes and the particles
        // of a name or an organisation, and stops at the first lower-case word: its verb.
        let mut end = 0;
        let mut depth = 0usize;
        for (at, word) in first.split_whitespace().map(|w| {
            let at = w.as_ptr() as usize - first.as_ptr() as usize;
            (at, w)
        }) {
            let inside = depth > 0 || word.starts_with('(');
            depth += word.matches('(').count();
            depth = depth.saturating_sub(word.matches(')').count());
            if inside || word.starts_with(char::is_uppercase) {
                end = at + word.len();
                continue;
            }
            if matches!(word, "of" | "and" | "for" | "the" | "de" | "van" | "von") {
                continue;
            }
            // The verb must follow the name itself, not a comma's appositive.
            if end == 0 || first[..at].trim_end().ends_with(',') {
                return None;
            }
            break;
        }
        let np = &first[..end];
        let who = self.en_np(np, known, names)?;
        // (A surname whose full name the article writes elsewhere is a person's, too.)
        let full =
            matches!(&who, Who::Named { name, .. } if name.contains(' ') && !np.contains(' '));
        (met_or_titled(&who, known) || full).then_some(who)
    }
}

/// A modifier in lower case that opens a title (`acting Deputy Attorney General`), with its
/// space. (`former` is read with the title already: `former Rep. Carlos Curbelo`.)
fn lower_modifier(text: &str) -> Option<&'static str> {
    ["acting ", "interim ", "outgoing ", "incoming "]
        .into_iter()
        .find(|m| {
            text.strip_prefix(m)
                .is_some_and(|r| r.starts_with(char::is_uppercase))
        })
}

/// Where a person's occupation in lower case starts, when a phrase ends with one and then
/// their name (`infectious disease expert Amesh Adalja`, `people like consumer advocate Ralph
/// Nader`): see [`occupation_before`]; the name is of two words or more.
fn described_name(phrase: &str) -> Option<usize> {
    if !phrase.starts_with(char::is_lowercase) {
        return None;
    }
    // (A bracketed note after the name, `(R-Ga.)`, is no part of it.)
    let words: Vec<&str> = phrase
        .split_whitespace()
        .filter(|w| !w.starts_with('(') && !w.ends_with(')'))
        .collect();
    // The name is the run of capitalised words the phrase ends with (`former NFL quarterback
    // Rich Gannon`).
    let k = words.len()
        - words
            .iter()
            .rev()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .count();
    if !(2..=4).contains(&(words.len() - k)) || k == 0 {
        return None;
    }
    occupation_before(&phrase[..words[k].as_ptr() as usize - phrase.as_ptr() as usize])
}

/// Whether a cut of `EN_CONJUNCTION` is a relative pronoun.
/// Nouns that end like adverbs (`the Smith family said`).
const EN_LY_NOUNS: &[&str] = &[
    "family",
    "assembly",
    "monopoly",
    "anomaly",
    "butterfly",
    "supply",
    "reply",
    "rally",
    "folly",
    "homily",
    "melancholy",
    "italy",
    "bully",
    "belly",
    "jelly",
];

fn is_relative(cut: &str) -> bool {
    matches!(cut.trim_start_matches(',').trim(), "that" | "whom")
}

/// Whether a person found by a weaker frame is vouched for: a speaker met before, or a full
/// name the text gives a title or an organisation (`MIT Professor Christopher Knittel`).
pub(super) fn met_or_titled(who: &Who, known: &Speakers) -> bool {
    match who {
        Who::Named {
            name, org, role, ..
        } => {
            known.named.iter().any(|s| s.answers_to(name))
                || (name.contains(' ') && (org.is_some() || role.is_some()))
        }
        _ => false,
    }
}

/// Whether a lower-case phrase opens with a determiner or pronoun, so that it is a noun
/// phrase (`the company`, `his spokesman`) rather than a verb phrase (`wants to see`).
fn starts_np(np: &str) -> bool {
    let first = np.split_whitespace().next().unwrap_or_default();
    matches!(
        first,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "this"
            | "that"
            | "these"
            | "those"
            | "some"
            | "many"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "one"
            | "another"
            | "officials"
            | "analysts"
            | "experts"
            | "critics"
            | "both"
            | "each"
            | "most"
            | "several"
            | "two"
            | "three"
    )
}

/// The head nouns of institutions that speak as themselves (`the Department of Justice`,
/// `the Interior Department`, `the U.S. Attorney’s Office`). Not `EN_ORG_WORD`, which holds
/// party words too: `the Texas Republican` before a verb is a person.
const INSTITUTIONS: &[&str] = &[
    "Department",
    "Ministry",
    "Office",
    "Agency",
    "Bureau",
    "Administration",
    "Commission",
    "Committee",
    "Court",
    "Council",
    "Board",
    "Service",
    "Authority",
    "Government",
    "Embassy",
    "Pentagon",
    "Kremlin",
    "Treasury",
    "Company",
    "Corporation",
    "Institute",
    "University",
    "Foundation",
    "Association",
    "Federation",
];
