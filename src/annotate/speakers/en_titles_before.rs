//! English titles before a name: the organisation and role in the words that end right
//! before it (`Northwind Compute CTO`, `French President`, `infectious disease expert`).

use super::en_lexicon::{EN_LEAD, EN_ROLE, EN_ROLE_MOD};
use super::en_words::{place, place_name, EN_FUNCTION_WORDS, EN_NATIONALITIES, EN_OFFICE_WORDS};

/// Abbreviated offices that are a role on their own.
pub(super) const OFFICE_ABBREVIATIONS: [&str; 4] = ["Sen.", "Rep.", "Gov.", "Prof."];

/// Organisation and role of the words before a name that end with a role word
/// (`Northwind Compute CTO`). An honorific is no role (`Infectious Disease Specialist Dr.`);
/// the abbreviation of an office standing alone is (`Sen.`, `Rep.`, `Gov.`, `Prof.`), as the
/// article writes it.
pub(super) fn described_before(words: &str) -> (Option<String>, Option<String>) {
    let described = words.trim_end_matches('.');
    // `Lt. Cmdr.`: a role that ends in an abbreviation keeps its dot.
    let dotted = |(org, role): (Option<String>, Option<String>)| {
        let role = role.map(|r| match words.trim_end().strip_suffix('.') {
            Some(w) if w.ends_with(&r) && !r.ends_with('.') => format!("{r}."),
            _ => r,
        });
        (org, role)
    };
    let Some((rest, honorific)) = ["Dr", "Prof", "Rep", "Sen", "Gov"].iter().find_map(|h| {
        let rest = described
            .strip_suffix(h)
            .or_else(|| described.strip_suffix(&h.to_lowercase()))?;
        (rest.is_empty() || rest.ends_with(' ')).then_some((rest, *h))
    }) else {
        return dotted(split_en_before(described));
    };
    let rest = rest.trim_end();
    if rest.is_empty() && honorific != "Dr" {
        return (None, Some(format!("{honorific}.")));
    }
    let title = format!("{honorific}.");
    match split_en_before(rest) {
        // `Texas Lt. Gov.`: a rank right before the honorific is part of the title, and a
        // state or a country before it is where, not an organisation.
        (org, Some(rank)) if matches!(rank.as_str(), "Lt." | "Lt") => {
            (org.filter(|o| !place_name(o)), Some(format!("Lt. {title}")))
        }
        (org, Some(role)) => (org, Some(role)),
        // `Connecticut Rep.`, `California Gov.`: the place is where the office is;
        // `Democratic Sen.`, `state Sen.`, `former Rep.`: a party, a level or a time is
        // part of the title; other words before it are no part of it.
        (_, None) if honorific != "Dr" => {
            let words: Vec<&str> = rest.split_whitespace().filter(|w| !place(w)).collect();
            let part = !words.is_empty()
                && words.iter().all(|w| {
                    matches!(
                        *w,
                        "state"
                            | "former"
                            | "freshman"
                            | "Democratic"
                            | "Republican"
                            | "GOP"
                            | "Independent"
                    )
                });
            match part {
                true => (None, Some(format!("{} {title}", words.join(" ")))),
                false => (None, Some(title)),
            }
        }
        (org, None) => (org, None),
    }
}

/// English organisation and role before a name: `Northwind Compute CTO`.
pub(super) fn split_en_before(app: &str) -> (Option<String>, Option<String>) {
    let Some(m) = EN_ROLE.find_iter(app).next() else {
        return (None, None);
    };
    let start = EN_ROLE_MOD
        .find(&app[..m.start()])
        .map_or(m.start(), |r| r.start());
    let org = app[..start]
        .trim()
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim();
    let org = org.strip_prefix("the ").unwrap_or(org);
    // `Former White House aide`: a time or standing before the organisation is the role's
    // (`former aide` of the White House).
    let (modifier, org) = match org.split_once(' ') {
        Some((m, rest)) if matches!(m, "Former" | "former" | "Acting" | "acting" | "Interim") => {
            (Some(m.to_lowercase()), rest)
        }
        _ => (None, org),
    };
    // `British news host`: a description with lower-case words is all role; an organisation
    // is a name.
    let described = org.split_whitespace().any(|w| {
        w.starts_with(char::is_lowercase) && !matches!(w, "of" | "and" | "for" | "the" | "de")
    });
    // `Defense Secretary`, `U.S. District Judge`, `House Majority Leader`: a public office's
    // title is one role; `French President` is of France.
    let office = !org.is_empty()
        && org
            .split_whitespace()
            .all(|w| EN_OFFICE_WORDS.contains(&w) || country_of(w).is_some());
    if described {
        return (None, Some(app.trim().to_string()));
    }
    if office {
        let country = org
            .split_whitespace()
            .find_map(country_of)
            .map(str::to_string);
        // `Ukrainian President`: the nationality alone says the country, and the title is
        // what follows it (`U.S. District Judge` keeps its office words).
        let role = match org.split_whitespace().all(|w| country_of(w).is_some()) {
            true => app[start..].trim(),
            false => app.trim(),
        };
        return (country, Some(role.to_string()));
    }
    let role = app[start..].trim();
    let role = match modifier {
        Some(m) if !org.is_empty() => format!("{m} {role}"),
        _ => role.to_string(),
    };
    ((!org.is_empty()).then(|| org.to_string()), Some(role))
}

/// Organisation and role of a title written right before a name, outside a speech frame
/// (`summit host French President Emmanuel Macron`, `MTG's Group President and CEO Maria
/// Redin`): the capitalised words that end with a role word, or with an occupation in lower
/// case (`CNN host`, `virologist`). A nationality stands for its country (`French President`
/// is of France).
pub(super) fn title_before(before: &str) -> (Option<String>, Option<String>) {
    let text = before.trim_end();
    // `Border czar Tom Homan`, `Last night, virologist Angie Rasmussen`: an occupation in
    // lower case, after the capitalised words of its title if any.
    let occupation = occupation_before(text);
    let head = occupation.map_or(text, |at| text[..at].trim_end());
    let mut start = head.len();
    for (i, word) in head.rsplit(' ').enumerate() {
        let joins = i > 0 || occupation.is_some();
        let titled = word.starts_with(|c: char| c.is_uppercase())
            || (joins && matches!(word, "and" | "of" | "&"));
        if !titled || word.ends_with([',', ';', ':', '(', ')', '"', '“', '”']) {
            break;
        }
        start = word.as_ptr() as usize - text.as_ptr() as usize;
    }
    // (`writer and director John Campbell`: no title before the `and`.)
    if occupation.is_some()
        && ["and ", "of ", "& "]
            .iter()
            .any(|w| text[start..].starts_with(w))
    {
        start = head.len();
    }
    // (`Tech investor Ari Lund`, `Border czar Tom Homan` opening a sentence: a capital of
    // the sentence's first word, not of an organisation's name.)
    let opening = {
        let run = &text[start.min(head.len())..head.len()];
        let first_word = text[..start.min(head.len())].trim_end();
        !run.contains(' ')
            && run.chars().skip(1).all(char::is_lowercase)
            && (first_word.is_empty() || first_word.ends_with(['.', '!', '?', '“', '"']))
    };
    match occupation {
        Some(at) if start >= head.len() => return (None, Some(text[at..].to_string())),
        Some(_) if opening => return (None, Some(text[start..].to_string())),
        None if start == text.len() => return (None, None),
        _ => {}
    }
    let mut phrase = text[start..].trim_start_matches(|c: char| c == '&' || c.is_lowercase());
    // `As CEO Jane Doe put it`, `Meanwhile, CEO …`: a sentence's opening word is no
    // organisation.
    if let Some(m) = EN_LEAD.find(phrase) {
        phrase = &phrase[m.end()..];
    }
    // `Ari Lund and Vice President`: `and` joins two roles (`President and CEO`), not a name
    // and a role.
    if let Some((head, tail)) = phrase.rsplit_once(" and ") {
        let joins_roles = EN_ROLE
            .find_iter(head)
            .last()
            .is_some_and(|m| m.end() == head.trim_end().len());
        // `Office of Management and Budget Director`: `and` inside a name of the form
        // `X of Y and Z` joins no people either.
        let joins_names = head.split_whitespace().any(|w| w == "of")
            && head
                .split_whitespace()
                .last()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && tail
                .split_whitespace()
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase) && !EN_ROLE.is_match(w));
        if !joins_roles && !joins_names {
            phrase = tail;
        }
    }
    let ends_with_role = EN_ROLE.find_iter(phrase).last().is_some_and(|m| {
        phrase[m.end()..]
            .trim_matches(|c: char| c == '.' || c.is_whitespace())
            .is_empty()
    });
    if phrase.is_empty() || !ends_with_role {
        return (None, None);
    }
    // `MTG's Group President and CEO`: the owner is the organisation, the rest the role.
    if let Some((owner, role)) = phrase
        .split_once("'s ")
        .or_else(|| phrase.split_once("’s "))
    {
        return (Some(owner.to_string()), Some(role.trim().to_string()));
    }
    described_before(phrase)
}

/// Where an occupation in lower case starts that ends `text` right before a name
/// (`… virologist `, `people like consumer advocate `): up to three lower-case words after
/// any function word, the last a whole role word.
pub(super) fn occupation_before(text: &str) -> Option<usize> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let role = words.last()?;
    let whole_role = EN_ROLE
        .find(role)
        .is_some_and(|m| m.start() == 0 && m.end() == role.len());
    if !whole_role || !role.starts_with(char::is_lowercase) {
        return None;
    }
    // (`he told host Leland Vittert`, `has charged billionaire ally Elon Musk`: a pronoun
    // or a verb ends the description.)
    let stop = |w: &&str| {
        EN_FUNCTION_WORDS.contains(w)
            || matches!(
                *w,
                "like"
                    | "as"
                    | "such"
                    | "including"
                    | "the"
                    | "a"
                    | "an"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "it"
                    | "told"
                    | "said"
                    | "says"
                    | "tells"
                    | "asked"
                    | "asks"
                    | "met"
                    | "saw"
                    | "took"
                    | "gave"
                    | "made"
                    | "wrote"
                    | "sent"
                    | "led"
                    | "won"
                    | "lost"
                    | "became"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "has"
                    | "had"
                    | "have"
                    | "who"
                    | "which"
                    | "that"
                    | "then"
                    | "later"
                    | "also"
                    | "now"
                    | "when"
                    | "while"
                    | "after"
                    | "before"
            )
            || (w.ends_with("ed") && !matches!(*w, "retired" | "acclaimed" | "renowned"))
            || (w.ends_with("ly") && !matches!(*w, "family"))
            || !w.chars().all(|c| c.is_lowercase() || c == '-')
    };
    let k = words.len();
    let first = words.iter().rposition(stop).map_or(0, |s| s + 1);
    let first = first.max(k.saturating_sub(3));
    (first < k).then(|| words[first].as_ptr() as usize - text.as_ptr() as usize)
}

/// The country a nationality word names (`French` → `France`).
fn country_of(word: &str) -> Option<&'static str> {
    EN_NATIONALITIES
        .iter()
        .find(|(adjective, _)| *adjective == word)
        .map(|(_, country)| *country)
}

/// A news outlet that owns the name after it (`CNN’s Dana Bash`, `Fox News’s Maria
/// Bartiromo`, `NewsNation’s Chris Cuomo`): the outlet, read as the person's organisation.
pub(super) fn outlet_before(before: &str) -> Option<String> {
    let head = before
        .strip_suffix("’s ")
        .or_else(|| before.strip_suffix("'s "))?;
    let start = head
        .rfind([',', '.', '(', '“', '"', ';', ':'])
        .map_or(0, |i| i + 1);
    let words: Vec<&str> = head[start..].split_whitespace().collect();
    // The capitalised words just before the possessive, at most three.
    let capitals = words
        .iter()
        .rev()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .take(3)
        .count();
    let outlet = words[words.len() - capitals..].join(" ");
    let acronym = (2..=5).contains(&outlet.len()) && outlet.chars().all(|c| c.is_ascii_uppercase());
    let named = [
        "News", "Times", "Post", "Journal", "Network", "TV", "Radio", "Nation", "Wire",
    ]
    .iter()
    .any(|w| outlet.ends_with(w));
    let known = [
        "Politico",
        "Axios",
        "Bloomberg",
        "Reuters",
        "Newsmax",
        "Semafor",
    ]
    .contains(&outlet.as_str());
    (acronym || named || known).then_some(outlet)
}
