//! English titles: a title before the name after the verb (`said Annature founder and CEO
//! Corey Cacic`), a pronoun after a titled person, and `the judge wrote` for the person the
//! article named earlier with that title.

use super::en_lexicon::{
    EN_CAP_RUN, EN_FULL_NAME, EN_NAME_WORD, EN_PARTY, EN_ROLE, EN_ROLE_MOD_WORD,
};
use super::en_names::en_clauses;
use super::en_org::{described_before, OFFICE_ABBREVIATIONS};
use super::join::latest_mention_at;
use super::{Detector, Speakers, Who};

impl Detector<'_> {
    /// A name at the end of the first sentence of `np`, after a title (`Collins SBA Head of
    /// Technology`, `Annature founder and CEO`, `Cmdr.`) or nothing.
    pub(super) fn en_titled_name(
        &self,
        np: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        let np = en_clauses(np).first().map_or("", |(_, c)| *c).trim_end();
        let run = EN_CAP_RUN.find_iter(np).last()?;
        if run.end() != np.len() {
            return None;
        }
        // `Head of Technology Patrick Gardner`: after a title, a name is its last two words
        // (and an initial between them), unless the whole run is a name already met.
        let words: Vec<&str> = run.as_str().split_whitespace().collect();
        let keep = match words.len() {
            n if n > 2 && !known.named.iter().any(|s| s.answers_to(run.as_str())) => {
                if words[n - 2].ends_with('.') {
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
        let title = np[..name_start].trim();
        let abbreviation = !title.contains(' ') && title.ends_with('.');
        // A title is role words, names and `of`/`and`: `Wednesday that he is not waiting for
        // Sen.` is a clause.
        let bare = EN_ROLE.replace_all(title, " ");
        let bare = EN_ROLE_MOD_WORD.replace_all(&bare, " ");
        let titled = EN_ROLE.is_match(title)
            && bare.split_whitespace().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || matches!(w, "of" | "and" | "at" | "for" | "the" | "&")
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

    /// The last person `text` names (a full name, or a speaker already met), when no
    /// speaker already met is named after them.
    pub(super) fn en_named_before(
        &self,
        text: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        let m = EN_FULL_NAME.find_iter(text).last()?;
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
        if after_known || !titled {
            return None;
        }
        match self.en_np(m.as_str(), known, names) {
            Some(who @ Who::Named { .. }) => Some(who),
            _ => None,
        }
    }
}

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
        _ => title.contains(role),
    }
}
