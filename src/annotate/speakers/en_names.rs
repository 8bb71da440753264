//! English text at the article's scale: sentences and clauses (abbreviations and initials
//! end none), and the full names an article gives, for later mentions by surname alone.

use super::clauses_by;
use super::en_lexicon::{en_not_name, EN_CAP_RUN, EN_ORG_WORD, EN_PERSON_WORD, EN_ROLE};
use super::en_words::{EN_NATIONALITIES, EN_STATES};
use super::lexicon::{re, CJK};
use regex::Regex;
use std::sync::LazyLock;

/// Two capital letters as a first name, then a surname (`JD Vance`).
static EN_INITIALS_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b[A-Z]{2}\s+(?P<last>[A-Z][a-z][\p{L}\-]+)\b"));

/// Words written with a full stop that does not end a sentence (`Sen. Dick Durbin`).
const ABBREVIATIONS: &[&str] = &[
    "Sen", "Rep", "Gov", "Mr", "Mrs", "Ms", "Dr", "Drs", "Prof", "Lt", "Gen", "Col", "Sgt", "Adm",
    "Capt", "Cmdr", "Cpl", "Pvt", "Det", "Amb", "Supt", "Maj", "Rev", "Hon", "St", "Jr", "Sr",
    "Inc", "Corp", "Co", "Ltd", "No", "vs", "Ill", "Calif", "Fla", "Mich", "Mass", "Ariz", "Wash",
    "Tenn", "Penn", "Conn", "Minn", "Wis", "Colo", "Okla", "Ore", "Nev", "Ky", "Ala", "Ga", "La",
    "Md", "Va", "Pa", "Ind", "Mo", "Miss", "Kan", "Neb", "Del", "Ark", "Mont", "Wyo", "Vt", "Tex",
    "U.S", "D.C", "U.K", "U.N", "a.m", "p.m", "e.g", "i.e", "etc", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// The clauses of an English paragraph with their byte offsets: split at sentence ends,
/// semicolons, colons and quotation marks, but not at the full stop of an abbreviation or
/// an initial, nor inside brackets (`Sen. Dick Durbin (D-Ill.)`).
pub(super) fn en_clauses(text: &str) -> Vec<(usize, &str)> {
    en_split(text, true)
}

/// The sentences of an English paragraph with their byte offsets (as `en_clauses`, but only
/// at sentence ends).
pub(super) fn en_sentences(text: &str) -> Vec<(usize, &str)> {
    en_split(text, false)
}

fn en_split(text: &str, clauses: bool) -> Vec<(usize, &str)> {
    let mut depth = 0usize;
    let titles = if clauses {
        quoted_titles(text)
    } else {
        Vec::new()
    };
    clauses_by(text, |i, c| {
        // `Sununu, as he appeared on “CUOMO” Wednesday, said`: the quotation marks of a
        // title end no clause.
        if titles.contains(&i) {
            return false;
        }
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        match c {
            '.' => {
                let word = text[..i]
                    .rsplit(|c: char| c.is_whitespace() || c == '(')
                    .next()
                    .unwrap_or_default();
                // `P.` of `John P. McMahon`, and `J.P` of `J.P. Morgan`.
                let initial = !word.is_empty()
                    && word
                        .split('.')
                        .all(|w| w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()));
                // `Gate.io`, `3.5`: a full stop inside a word ends nothing.
                let inside = text[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric());
                depth == 0 && !initial && !inside && !ABBREVIATIONS.contains(&word)
            }
            '!' | '?' => true,
            ';' | '“' | '”' | '"' | ':' => clauses,
            _ => false,
        }
    })
}

/// Where the quotation marks of titles stand (`NBC’s “Meet the Press”`, `on “CUOMO”`): a
/// quotation of one to five capitalised words with no punctuation inside, within a clause
/// (not opening or closing the paragraph or a clause).
fn quoted_titles(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (open, _) in text.match_indices('“') {
        let inner_start = open + '“'.len_utf8();
        let Some(len) = text[inner_start..].find('”') else {
            continue;
        };
        let inner = &text[inner_start..inner_start + len];
        let close = inner_start + len;
        let words: Vec<&str> = inner.split_whitespace().collect();
        let titled = (1..=5).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || matches!(*w, "the" | "of" | "and" | "a" | "in" | "on" | "with")
            })
            && !inner.contains([',', '.', ';', ':', '!', '?', '“']);
        let before = text[..open].trim_end();
        let after = &text[close + '”'.len_utf8()..];
        let inside = !before.is_empty()
            && !before.ends_with([',', ':', '.', '—'])
            && after.starts_with(' ')
            && !after.trim_start().is_empty();
        // (`Charlotte “Coco” Wallace`: a nickname inside a name is not a title.)
        let capital = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
        let nickname = capital(before.split_whitespace().next_back())
            && capital(after.split_whitespace().next());
        if titled && inside && !nickname {
            out.extend([open, close]);
        }
    }
    out
}

/// Full names (two or three capitalised words) anywhere in an English article, by their last
/// word, for attributions by surname alone (`…, Durbin said.`); a surname that two names
/// share is left out.
pub(super) fn full_names(paragraphs: &[String]) -> Vec<(String, String)> {
    let mut by_surname: std::collections::BTreeMap<String, Option<String>> = Default::default();
    for p in paragraphs {
        // In Chinese text a Latin name stands between Han characters (`首席执行官Sam
        // Altman表示`): they end the name as punctuation would (not as a space, which
        // would join `Alphabet首席执行官Sundar` into one name).
        let p = CJK.replace_all(p, ";");
        // `Defense Secretary [Pete] Hegseth`: an editor's brackets inside a name.
        let p = p.replace(['[', ']'], "");
        // A run of capitalised words of any length (`Senate Majority Leader John Thune`); a
        // possessive ends one (`Japan’s Prime Minister Shigeru Ishiba`).
        for m in EN_CAP_RUN.find_iter(&p) {
            // `calling him “Scam Altman.”`: a name that is a whole quotation is a nickname.
            let quoted = p[..m.start()].ends_with(['“', '"'])
                && p[m.end()..]
                    .trim_start_matches(['.', ',', '!', '?'])
                    .starts_with(['”', '"']);
            if quoted {
                continue;
            }
            let mut name = m.as_str().trim();
            let mut titled = false;
            if let Some(r) = EN_ROLE.find_iter(name).last() {
                name = name[r.end()..].trim_start_matches('.').trim();
                titled = true;
            }
            // `Borders Czar Tom Homan`: four capitalised words or more are a title the lexicon
            // does not know and a name of two (three with an initial).
            if name.split_whitespace().count() > 3 {
                let skip = name.split_whitespace().count() - 2;
                let at = name
                    .split_whitespace()
                    .nth(skip)
                    .map_or(0, |w| w.as_ptr() as usize - name.as_ptr() as usize);
                name = &name[at..];
            }
            // `So Trump`, `Early Wednesday`, `Secretary of State Marco Rubio`, `American Marc
            // Fogel`: a function word, a time word, an office's department or a nationality
            // at the start of the run is no part of the name.
            while let Some((first, rest)) = name.split_once(' ') {
                let national = EN_NATIONALITIES.iter().any(|(n, _)| *n == first)
                    && rest.split_whitespace().count() >= 2;
                if !en_not_name(first) && !national {
                    break;
                }
                name = rest.trim_start();
            }
            // `Vice President Vance`: one word after a title is a surname too.
            let words = name.split_whitespace().count();
            if words == 0 || (words < 2 && !titled) || EN_ROLE.is_match(name) {
                continue;
            }
            let first = name.split_whitespace().next().unwrap_or_default();
            if en_not_name(first) || EN_ORG_WORD.is_match(name) {
                continue;
            }
            let Some(last) = name.split_whitespace().last() else {
                continue;
            };
            let slot = by_surname
                .entry(last.to_string())
                .or_insert(Some(name.to_string()));
            match slot.as_deref() {
                // `President Trump`, then `Donald Trump`: the fuller form.
                Some(n) if name.len() > n.len() && name.ends_with(n) => {
                    *slot = Some(name.to_string());
                }
                Some(n) if n != name && !n.ends_with(name) => *slot = None,
                _ => {}
            }
        }
    }
    // `Vice President JD Vance`: initials written as one capitalised word are a first name
    // after a title (and `AP Photo`, `US Steel` have none).
    for p in paragraphs {
        for caps in EN_INITIALS_NAME.captures_iter(p) {
            let (Some(all), Some(last)) = (caps.get(0), caps.name("last")) else {
                continue;
            };
            let before = p[..all.start()].trim_end().trim_end_matches('.');
            let titled = EN_ROLE
                .find_iter(before)
                .last()
                .is_some_and(|r| r.end() == before.len());
            if titled && !EN_ORG_WORD.is_match(all.as_str()) {
                by_surname
                    .entry(last.as_str().to_string())
                    .or_insert_with(|| Some(all.as_str().to_string()));
            }
        }
    }
    // `Johnson responded that he …`: a surname the article never gives in full stands for
    // itself when the text treats it as a person's.
    let article = paragraphs.join("\n");
    // The words of the article as written, once: a candidate written in lower case too is a
    // common noun, and one written after `the` names a thing.
    let words: Vec<&str> = article
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let written: std::collections::HashSet<&str> = words.iter().copied().collect();
    // (`the Trump administration`, `the Trump Education Department`: a person's name used
    // of what they lead names them still.)
    let attributive = |next: Option<&&str>| {
        next.is_some_and(|w| {
            (w.starts_with(char::is_uppercase) && !EN_ORG_WORD.is_match(w))
                || matches!(
                    *w,
                    "administration"
                        | "Administration"
                        | "campaign"
                        | "era"
                        | "team"
                        | "family"
                        | "presidency"
                        | "transition"
                        | "years"
                        | "camp"
                        | "doctrine"
                )
        })
    };
    let after_the: std::collections::HashSet<&str> = (0..words.len().saturating_sub(1))
        .filter(|&k| matches!(words[k], "the" | "The") && !attributive(words.get(k + 2)))
        .map(|k| words[k + 1])
        .collect();
    for p in paragraphs {
        for caps in EN_PERSON_WORD.captures_iter(p) {
            let Some(w) = caps.name("w").map(|m| m.as_str()) else {
                continue;
            };
            // `Thune said`: one word alone before the verb (not the end of `Senate Majority
            // Leader John Thune`, nor `the Kremlin`, nor `French`), measured on the real
            // corpus to be a person's surname nineteen times in twenty.
            if caps.name("plain").is_some() {
                let at = caps.get(0).map_or(0, |m| m.start());
                let previous = p[..at].split_whitespace().next_back().unwrap_or("");
                let joined = previous.starts_with(char::is_uppercase)
                    && !previous.ends_with(['.', ',', '”', '"', ':', ';']);
                let the = after_the.contains(w);
                let nationality = EN_NATIONALITIES.iter().any(|(n, c)| *n == w || *c == w)
                    || EN_STATES.contains(&w);
                // `Senators said`, `Survey said`: a word the article also writes in lower
                // case is a common noun.
                let lower = w.to_lowercase();
                let common = written.contains(lower.as_str());
                if joined || the || nationality || common {
                    continue;
                }
            }
            if !en_not_name(w) && !EN_ORG_WORD.is_match(w) && !EN_ROLE.is_match(w) {
                by_surname
                    .entry(w.to_string())
                    .or_insert_with(|| Some(w.to_string()));
            }
        }
    }
    by_surname
        .into_iter()
        .filter_map(|(last, full)| Some((last, full?)))
        .collect()
}
