//! English text at the article's scale: sentences and clauses (abbreviations and initials
//! end none), and the full names an article gives, for later mentions by surname alone.

use super::clauses_by;
use super::en_lexicon::{EN_FULL_NAME, EN_NOT_NAMES, EN_ORG_WORD, EN_ROLE};
use super::lexicon::CJK;

/// Words written with a full stop that does not end a sentence (`Sen. Dick Durbin`).
const ABBREVIATIONS: &[&str] = &[
    "Sen", "Rep", "Gov", "Mr", "Mrs", "Ms", "Dr", "Prof", "Lt", "Gen", "Col", "Sgt", "Adm", "Capt",
    "Cmdr", "Cpl", "Pvt", "Det", "Amb", "Supt", "Maj", "Rev", "Hon", "St", "Jr", "Sr", "Inc",
    "Corp", "Co", "Ltd", "No", "vs", "Ill", "Calif", "Fla", "Mich", "Mass", "Ariz", "Wash", "Tenn",
    "Penn", "Conn", "Minn", "Wis", "Colo", "Okla", "Ore", "Nev", "Ky", "Ala", "Ga", "La", "Md",
    "Va", "Pa", "Ind", "Mo", "Miss", "Kan", "Neb", "Del", "Ark", "Mont", "Wyo", "Vt", "Tex", "U.S",
    "D.C", "U.K", "U.N", "a.m", "p.m", "e.g", "i.e", "etc", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// The clauses of an English paragraph with their byte offsets: split at sentence ends,
/// semicolons, colons and quotation marks, but not at the full stop of an abbreviation or
/// an initial, nor inside brackets (`Sen. Dick Durbin (D-Ill.)`).
pub(super) fn en_clauses(text: &str) -> Vec<(usize, &str)> {
    let mut depth = 0usize;
    clauses_by(text, |i, c| {
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
                let initial = word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase());
                depth == 0 && !initial && !ABBREVIATIONS.contains(&word)
            }
            '!' | '?' | ';' | '“' | '”' | '"' | ':' => true,
            _ => false,
        }
    })
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
        for m in EN_FULL_NAME.find_iter(&p) {
            let mut name = m.as_str().trim();
            name = name
                .strip_suffix("’s")
                .or_else(|| name.strip_suffix("'s"))
                .unwrap_or(name);
            let mut titled = false;
            if let Some(r) = EN_ROLE.find_iter(name).last() {
                name = name[r.end()..].trim_start_matches('.').trim();
                titled = true;
            }
            // `Borders Czar Tom Homan`: four capitalised words with no role word among them
            // are a title the lexicon does not know and a name of two.
            if name.split_whitespace().count() > 3 {
                let skip = name.split_whitespace().count() - 2;
                let at = name
                    .split_whitespace()
                    .nth(skip)
                    .map_or(0, |w| w.as_ptr() as usize - name.as_ptr() as usize);
                name = &name[at..];
            }
            // `Vice President Vance`: one word after a title is a surname too.
            let words = name.split_whitespace().count();
            if words == 0
                || (words < 2 && !titled)
                || name.contains('’')
                || name.contains('\'')
                || EN_ROLE.is_match(name)
            {
                continue;
            }
            let first = name.split_whitespace().next().unwrap_or_default();
            if EN_NOT_NAMES.contains(&first) || EN_ORG_WORD.is_match(name) {
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
    by_surname
        .into_iter()
        .filter_map(|(last, full)| Some((last, full?)))
        .collect()
}
