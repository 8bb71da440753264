//! English titles: a title before the name after the verb (`said Annature founder and CEO
//! Corey Cacic`), a pronoun after a titled person, and `the judge wrote` for the person the
//! article named earlier with that title.

use super::en_lexicon::{
    en_not_name, EN_CAP_RUN, EN_FULL_NAME, EN_NAME_WORD, EN_PARTY, EN_ROLE, EN_ROLE_MOD_WORD,
};
use super::en_names::{en_clauses, en_sentences};
use super::en_titles_before::{described_before, OFFICE_ABBREVIATIONS};
use super::en_words::{place_name, EN_NAME_PARTICLES};
use super::lexicon::re;
use super::mentions::latest_mention_at;
use super::{Detector, Speakers, Who};
use regex::Regex;
use std::sync::LazyLock;

impl Detector<'_> {
    /// A name at the end of the first sentence of `np`, after a title (`Collins SBA Head of
    /// Technology`, `Annature founder and CEO`, `Cmdr.`) or nothing.
    pub(super) fn en_titled_name(
        &self,
        np: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        // (`Chairman-Elect, President & CEO Rob C. Holmes`: titles listed with commas are
        // one title; any other comma ends the phrase.)
        let listed = np.contains(", ")
            && np
                .split(", ")
                .skip(1)
                .all(|part| part.starts_with(char::is_uppercase))
            && EN_ROLE.is_match(np.split(", ").next().unwrap_or_default());
        let np = match listed {
            true => en_sentences(np).first().map_or("", |(_, c)| *c).trim_end(),
            false => en_clauses(np).first().map_or("", |(_, c)| *c).trim_end(),
        };
        let run = EN_CAP_RUN.find_iter(np).last()?;
        if run.end() != np.len() {
            return None;
        }
        // `Head of Technology Patrick Gardner`: after a title, a name is its last two words
        // (and an initial between them), unless the whole run is a name already met.
        let words: Vec<&str> = run.as_str().split_whitespace().collect();
        let keep = match words.len() {
            n if n > 2 && !known.named.iter().any(|s| s.answers_to(run.as_str())) => {
                // (`Henry de Koninck`: a particle inside the name keeps its given name.)
                let particle = EN_NAME_PARTICLES.contains(&words[n - 2]);
                if words[n - 2].ends_with('.') || particle {
                    3
                } else {
                    2
                }
            }
            n => n,
        };
        let first = words[words.len() - keep];
        let name_start = first.as_ptr() as usize - np.as_ptr() as usize;
        let name = &np[name_start..];
        let title = np[..name_start].trim().trim_end_matches(',');
        // `Dr. H Alex Choi`: an initial written without its full stop is the name's, not the
        // title's.
        let title = match title.rsplit_once(' ') {
            Some((rest, initial))
                if initial.len() == 1 && initial.chars().all(|c| c.is_ascii_uppercase()) =>
            {
                rest
            }
            _ => title,
        };
        let abbreviation = !title.contains(' ') && title.ends_with('.');
        // A title is role words, names and `of`/`and`: `Wednesday that he is not waiting for
        // Sen.` is a clause.
        let bare = EN_ROLE.replace_all(title, " ");
        let bare = EN_ROLE_MOD_WORD.replace_all(&bare, " ");
        let titled = EN_ROLE.is_match(title)
            && bare.split_whitespace().all(|w| {
                // (`Chairman-Elect`: what a hyphen joins to a role word is the title's.)
                // (`President Dr.`: the full stop of an abbreviation left alone.)
                let w = w.trim_end_matches([',', '.']);
                let w = w.strip_prefix('-').filter(|r| !r.is_empty()).unwrap_or(w);
                w.is_empty()
                    || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || matches!(w, "of" | "and" | "at" | "for" | "the" | "&" | "state")
            });
        if !title.is_empty() && !abbreviation && !titled {
            return None;
        }
        match self.en_named(name, None, known, names, true)? {
            Who::Named { name, alias, .. } => {
                // `Sen.` is a role as the article writes it; `Cmdr.` alone waits for the
                // appositive (`a lead plaintiff`).
                let (org, role) = if title.is_empty() {
                    (None, None)
                } else {
                    match described_before(title) {
                        (_, Some(r))
                            if abbreviation && !OFFICE_ABBREVIATIONS.contains(&r.as_str()) =>
                        {
                            (None, None)
                        }
                        found => found,
                    }
                };
                Some(Who::Named {
                    name,
                    alias,
                    org,
                    role,
                })
            }
            _ => None,
        }
    }

    /// The person the texts (in order) name last with the title `role` (lower case) right
    /// before the name (`U.S. District Judge John Bates`, `President Trump`).
    pub(super) fn en_titled_before(
        &self,
        texts: &[&str],
        role: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        for text in texts.iter().rev() {
            for m in EN_ROLE
                .find_iter(text)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
            {
                // A title stands capitalised before a name; `the president Monday` is none.
                let fits = title_fits(role, &m.as_str().to_lowercase())
                    || text[..m.end()].to_lowercase().ends_with(role);
                if !m.as_str().starts_with(char::is_uppercase) || !fits {
                    continue;
                }
                let after = text[m.end()..].trim_start_matches('.');
                let Some(name) = EN_FULL_NAME
                    .find(after)
                    .filter(|n| after[..n.start()].trim().is_empty())
                    .or_else(|| EN_NAME_WORD.find(after).filter(|n| n.start() <= 1))
                else {
                    continue;
                };
                // The whole title: `U.S. District Judge`, not `Judge`.
                let title_start = text[..m.start()]
                    .split_inclusive(' ')
                    .rev()
                    .take(4)
                    .take_while(|w| w.starts_with(char::is_uppercase) && !w.contains([',', ';']))
                    .map(str::len)
                    .sum::<usize>();
                let phrase = &text[m.start() - title_start..text.len() - after.len() + name.end()];
                if let Some(who @ Who::Named { .. }) = self.en_np(phrase, known, names) {
                    return Some(who);
                }
            }
        }
        None
    }

    /// The person the texts (in order) name last with a party in brackets after the name
    /// (`Rep. Ro Khanna (D-Calif.)`), for `the California Democrat said`: `party` is
    /// `democrat`, `republican` or `independent`.
    pub(super) fn en_party_before(
        &self,
        texts: &[&str],
        party: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        let letter = party.chars().next()?.to_ascii_uppercase();
        for text in texts.iter().rev() {
            let last = EN_PARTY.captures_iter(text).filter(|c| {
                c.name("party")
                    .is_some_and(|p| p.as_str().starts_with(letter))
            });
            if let Some(name) = last.last().and_then(|c| c.name("name")) {
                if let Some(who @ Who::Named { .. }) =
                    self.en_named(name.as_str(), None, known, names, true)
                {
                    return Some(who);
                }
            }
        }
        None
    }

    /// The last person `text` names with a title (a full name, or a speaker already met),
    /// when no speaker already met is named after them; else the person the last sentence
    /// of `text` is about (`en_subject_before`).
    pub(super) fn en_named_before(
        &self,
        text: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        let Some(m) = EN_FULL_NAME.find_iter(text).last() else {
            return self.en_subject_before(text, known, names);
        };
        // `Steve Witkoff, President Trump’s Middle East envoy, flew …`: a name with a
        // possessive is an owner and what it owns, not a person; `Fogel returned …`: an
        // untitled name. The subject of the sentence before is who the pronoun means then.
        if m.as_str().contains("’s ") || m.as_str().contains("'s ") {
            return self.en_subject_before(text, known, names);
        }
        // `Bates, an appointee of former President George W. Bush, wrote`: a name in the
        // appositive of a speaker's sentence is not who a pronoun after it means.
        let after_known = latest_mention_at(known, text).is_some_and(|(at, _)| {
            at >= m.start()
                || (m.start() - at < 120 && text[at..m.start()].contains(", "))
                    && !text[at..m.start()].contains(['!', '?', '\n'])
                    && !text[at..m.start()].contains(". ")
        });
        // Only a phrase that says it is a person (`Rep. Ro Khanna`, `President X`): two
        // capitalised words alone are as often a place or a thing (`Wall Street`).
        let titled = EN_ROLE.find_iter(m.as_str()).next().is_some()
            || EN_ROLE
                .find_iter(&text[..m.start()])
                .last()
                .is_some_and(|r| {
                    text[r.end()..m.start()]
                        .trim_matches(|c: char| c == '.' || c.is_whitespace())
                        .is_empty()
                });
        if after_known {
            return None;
        }
        if !titled {
            return self.en_subject_before(text, known, names);
        }
        match self.en_np(m.as_str(), known, names) {
            Some(who @ Who::Named { .. }) => Some(who),
            _ => None,
        }
    }

    /// The person who is the subject of the last sentence of `text`, written as a name
    /// (a full name, a surname of one, a speaker met) that opens it, perhaps after an opening
    /// phrase and with an appositive, and that a verb in the past follows (`Fogel returned
    /// to the U.S.`, `Steve Witkoff, President Trump’s Middle East envoy, flew back`): a
    /// sentence whose subject is a person, for the pronoun that opens the next.
    fn en_subject_before(
        &self,
        text: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        // (`text` may end with the pronoun itself.)
        let text = text.trim_end();
        let text = ["He", "She", "he", "she"]
            .iter()
            .find_map(|p| text.strip_suffix(p))
            .unwrap_or(text)
            .trim_end();
        let mut clauses: Vec<&str> = en_clauses(text)
            .into_iter()
            .map(|(_, c)| c)
            .filter(|c| c.trim().len() > 1)
            .collect();
        // `Trump played the blame game. Democrats, he claimed, …`: the pronoun's own
        // sentence has begun; the sentence before it is the one to read.
        if !text.ends_with(['.', '!', '?']) && clauses.len() > 1 {
            clauses.pop();
        }
        let last = *clauses.last()?;
        // The last clause must be a sentence of its own, not the tail of a quotation.
        let start = last.as_ptr() as usize - text.as_ptr() as usize;
        let before = text[..start].trim_end();
        if !(before.is_empty() || before.ends_with(['.', '!', '?', '\n'])) {
            return None;
        }
        let clause = last.trim_start();
        let caps = EN_SUBJECT_CLAUSE.captures(clause)?;
        let name = caps.name("name")?.as_str();
        let appositive = caps.name("app").map(|a| a.as_str());
        let verb = caps.name("verb")?;
        let past = (verb.as_str().ends_with("ed") && verb.len() > 3)
            || EN_PAST_VERBS.contains(&verb.as_str());
        // `Psaki … pressed the senator further on why he thought …`: another person in the
        // sentence may be whom the pronoun means.
        let rest = &clause[verb.start()..];
        let other = latest_mention_at(known, rest).is_some() || EN_OTHER_PERSON.is_match(rest);
        if !past
            || other
            || en_not_name(name.split_whitespace().next().unwrap_or_default())
            || place_name(name)
        {
            return None;
        }
        match self.en_named(name, appositive, known, names, false) {
            Some(who @ Who::Named { .. }) => Some(who),
            _ => None,
        }
    }
}

/// A clause that opens with a name (or what a name owns: `Vemulapalli's work`), an
/// appositive after it perhaps, and then a lower-case word (the verb, read by
/// `en_subject_before`).
static EN_SUBJECT_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:On|In|At|Early|Late|Earlier|Later|Last)\b[^,]{1,40},\s+)?(?P<name>[A-Z][a-z][\p{L}\-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\p{L}\-]*){0,2})(?:['’]s\s+[a-z]+)?(?:,\s+(?P<app>[^,]{2,120}),)?\s+(?P<verb>[a-z]+)\b",
    )
});

/// A person referred to by their office (`pressed the senator`).
static EN_OTHER_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bthe\s+(?:[\w\-]+\s+){0,2}?(?:senator|president|congressman|congresswoman|lawmaker|governor|mayor|judge|justice|secretary|minister|ambassador|chairman|chairwoman|speaker|billionaire|host)\b",
    )
});

/// Verbs in the past that do not end in `-ed` (the subject of `Witkoff flew back`).
const EN_PAST_VERBS: &[&str] = &[
    "was", "had", "has", "flew", "went", "came", "met", "took", "made", "gave", "spoke", "wrote",
    "became", "left", "ran", "won", "lost", "sat", "stood", "saw", "thought", "knew", "felt",
    "got", "told", "said", "sent", "led", "held", "began", "brought", "built", "bought", "sought",
    "struck", "drew", "grew", "rose", "fell", "paid", "put", "set", "hit", "kept", "spent",
    "chose", "swore", "shook",
];

/// Whether a title before a name (`Sen.`, lower case) is the role a later reference gives
/// (`the lawmaker`, `the senator`).
pub(super) fn title_fits(role: &str, title: &str) -> bool {
    let title = title.trim_end_matches('.');
    let lawmaker = [
        "sen",
        "senator",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
    ];
    match role {
        "lawmaker" | "legislator" => lawmaker.contains(&title),
        "congressman" | "congresswoman" => lawmaker[2..].contains(&title),
        "senator" => lawmaker[..2].contains(&title),
        // `the Israeli PM`: the prime minister.
        "pm" => title.contains("prime minister") || title == "pm",
        _ => title.contains(role),
    }
}
