//! English appositives: the organisation and role in the words after a name (`chief
//! technology officer at Northwind Compute`); `en_titles_before` reads the words before it.

use super::en_lexicon::{en_not_name, EN_ORG_WORD, EN_ROLE};
use super::en_titles_before::split_en_before;
use super::en_words::{place_name, EN_ORG_NOUNS};
use super::lexicon::reads_as_clause;

/// Whether an appositive describes an organisation, not a person (`Allied Universal, a
/// leading security and facility services company, …`): its first part ends with an
/// organisation's noun and holds no role word (`a spokesperson for the company` is a person).
pub(super) fn describes_org(app: &str) -> bool {
    let first = app.split(',').next().unwrap_or_default().trim();
    // `a research fellow in the Cato Institute’s trade policy department`: the head noun
    // stands before the first preposition.
    let first = [
        " in ", " of ", " at ", " for ", " with ", " from ", " that ", " which ", " based ",
    ]
    .iter()
    .filter_map(|p| first.find(p))
    .min()
    .map_or(first, |at| &first[..at]);
    let lead = ["a ", "an ", "the ", "A ", "An ", "The "]
        .iter()
        .any(|d| first.starts_with(d));
    let last = first
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    lead && EN_ORG_NOUNS.contains(&last) && !EN_ROLE.is_match(first)
}

/// English appositive after a name: `chief technology officer at Northwind Compute`.
pub(super) fn split_en_after(app: &str) -> (Option<String>, Option<String>) {
    // `Renée Fleming, said she would depart from her role as …`: a verb is no appositive.
    let first = app.split_whitespace().next().unwrap_or_default();
    if super::en_lexicon::EN_VERB
        .find(first)
        .is_some_and(|m| m.as_str() == first)
    {
        return (None, None);
    }
    // `Vice Chairman for the Detroit Pistons and founding member of the Detroit Sports
    // Organizing Corp.`: two posts, each with its organisation; the first.
    if let Some((first, second)) = app.split_once(" and ") {
        let first_has_org = [" for ", " of ", " at "].iter().any(|sep| {
            first.split_once(sep).is_some_and(|(_, org)| {
                org.trim_start_matches("the ")
                    .starts_with(char::is_uppercase)
            })
        });
        let head: String = second
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        let second_is_post = second.starts_with(char::is_lowercase)
            && (EN_ROLE.is_match(&head)
                || head
                    .split_whitespace()
                    .any(|w| matches!(w, "member" | "fellow" | "trustee")))
            && [" of ", " for ", " at "]
                .iter()
                .any(|sep| second.contains(sep));
        if first_has_org
            && second_is_post
            && first.starts_with(char::is_uppercase)
            && !first.contains(',')
        {
            return split_en_after(first);
        }
    }
    if let Some(listed) = titles_then_org(app) {
        return listed;
    }
    // `chief technology officer at Northwind Compute, a startup that…`: the first part.
    let app = app.split(',').next().unwrap_or_default();
    let app = app.trim().trim_end_matches(['.', ',']);
    let app = without_article(app);
    // `who served as secretary under Biden`: a relative clause tells of the person, it is
    // no title.
    let relative = ["who ", "whose ", "which ", "that "]
        .iter()
        .any(|r| app.starts_with(r));
    // `an appointee of former President George W. Bush`: a title before another person's
    // name is theirs, not this person's role.
    let own_role = EN_ROLE.find_iter(app).any(|m| {
        let next = app[m.end()..].trim_start_matches('.').trim_start();
        !next.starts_with(|c: char| c.is_uppercase()) || next.starts_with("and ")
    });
    // `formerly of the Microsoft Threat Intelligence Center`: where they are (or were) from.
    let from = [
        "formerly of ",
        "formerly with ",
        "formerly at ",
        "of ",
        "from ",
        "with ",
    ]
    .iter()
    .find_map(|p| app.strip_prefix(p))
    .map(|rest| rest.trim_start_matches("the ").trim())
    .filter(|rest| rest.starts_with(char::is_uppercase));
    if let (Some(org), false) = (from, own_role) {
        return (Some(org.to_string()), None);
    }
    if relative || !own_role {
        return (None, None);
    }
    // `analyst at tech research firm Omdia`: an organisation is a name (capitalised);
    // `professor of earth science` is all role.
    // `YIT’s Director of Urban Development`: an owner before the role is the organisation,
    // and what follows the role its domain.
    let possessive = app.find("’s ").or_else(|| app.find("'s "));
    for sep in [" at ", " of ", " for ", " with ", " from ", " in "] {
        if possessive.is_some_and(|p| app.find(sep).is_some_and(|s| p < s)) {
            break;
        }
        // `a research fellow in the Cato Institute’s trade policy department`: `in` an
        // institution's part gives the institution (`a nurse in Vermont` gives no one).
        if sep == " in " {
            let Some((role, part)) = app.split_once(sep) else {
                continue;
            };
            let part = part.trim().trim_start_matches("the ");
            let owner = part.split_once("’s ").or_else(|| part.split_once("'s "));
            if let Some((org, _)) = owner
                .filter(|(org, _)| org.starts_with(char::is_uppercase) && EN_ORG_WORD.is_match(org))
            {
                return (Some(org.to_string()), Some(role.trim().to_string()));
            }
            continue;
        }
        // `Head of Power and Renewables for Wood Mackenzie`: the domain after `of` names no
        // organisation, the words after `for` do (`chair of the Committee for …` keeps its
        // organisation whole).
        let split = match sep {
            " of " => [" for ", " with "]
                .iter()
                .filter_map(|later| {
                    let (role, org) = app.split_once(later)?;
                    let domain = role.split_once(" of ")?.1;
                    let institution = domain.split_whitespace().any(|w| EN_NAMED_FOR.contains(&w));
                    (!institution).then_some((role, org))
                })
                .next()
                .or_else(|| app.split_once(sep)),
            _ => app.split_once(sep),
        };
        if let Some((role, org)) = split {
            let org = org.trim().trim_start_matches("the ");
            // (`lowRISC`: capitals inside a word make a name too.)
            let named = org
                .split_whitespace()
                .skip_while(|w| !w.chars().any(char::is_uppercase))
                .collect::<Vec<_>>()
                .join(" ");
            if !named.is_empty() {
                return (Some(named), Some(role.trim().to_string()));
            }
        }
    }
    if let Some((org, role)) = app.split_once("'s ").or_else(|| app.split_once("’s ")) {
        // `the company's chief financial officer`: a company the sentence does not name.
        // `the bill’s author`: an owner in lower case is a thing, not an organisation.
        // `President Trump’s Middle East envoy`: a titled person is no organisation; `Yet
        // Luna’s owner`: a word that opens sentences is none of its name.
        let mut org = org.trim();
        while let Some((_, rest)) = org.split_once(' ').filter(|(f, _)| en_not_name(f)) {
            org = rest.trim_start();
        }
        let person = EN_ROLE.find(org).is_some_and(|r| r.start() == 0);
        let org = (org.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) && !person)
            .then(|| org.to_string());
        return (org, Some(role.trim().to_string()));
    }
    // `Stanford professor emeritus of geophysics`: a name before the role is its organisation.
    let (org, role) = split_en_before(app);
    match org {
        Some(org) if org.starts_with(char::is_uppercase) && !department(&org) => {
            let role_at = app.find(role.as_deref().unwrap_or_default()).unwrap_or(0);
            (Some(org), Some(app[role_at..].trim().to_string()))
        }
        _ => (None, Some(app.to_string())),
    }
}

/// An English role read whole from a clause, tidied to the title a reader would write: no
/// article before it (`The former Federal Election Commission chair` is `former chair` of
/// the Federal Election Commission), no relative clause (`sociologist who worked on the
/// scorecard`) or time after it (`Republican Leader at the time`, `finance chair for his
/// 2020 campaign`). The organisation found in the role fills one not yet known.
pub(super) fn tidy_role(org: &mut Option<String>, role: &mut Option<String>) {
    let Some(text) = role.as_deref() else {
        return;
    };
    let mut text = text.trim();
    // (A clause read as a title is tidied away whole later.)
    if reads_as_clause(text) {
        return;
    }
    for tail in [
        " who ",
        " whom ",
        " whose ",
        " which ",
        " that ",
        " at the time",
        " for his ",
        " for her ",
        " for their ",
    ] {
        if let Some(at) = text.find(tail) {
            text = text[..at].trim_end_matches(',');
        }
    }
    // `current President & CEO`: the time of a title is no part of it.
    let text = text.strip_prefix("current ").unwrap_or(text);
    // `Chairman of the Board`: the board is the title's, not an organisation.
    if org
        .as_deref()
        .is_some_and(|o| matches!(o, "Board" | "the Board" | "Board of Directors"))
    {
        let board = org.take().unwrap_or_default();
        let board = board.strip_prefix("the ").unwrap_or(&board);
        *role = Some(format!("{text} of the {board}"));
        return;
    }
    let bare = without_article(text);
    let tidied = match (bare != text).then_some(bare) {
        // `The former Federal Election Commission chair`: the words before the title may
        // name its organisation.
        Some(rest) => {
            // (`former`, `acting`: the modifiers before the organisation go with the title.)
            let (mods, named) = rest
                .split_once(' ')
                .filter(|(m, _)| matches!(*m, "former" | "acting" | "interim" | "longtime"))
                .map_or(("", rest), |(m, named)| (m, named));
            match split_en_before(named) {
                (Some(o), Some(r)) if org.is_none() && o.starts_with(char::is_uppercase) => {
                    *org = Some(o);
                    format!("{mods} {r}").trim().to_string()
                }
                _ => rest.to_string(),
            }
        }
        None => text.to_string(),
    };
    *role = (!tidied.is_empty()).then_some(tidied);
}

/// Words without the article that opens them (`the Republican Leader`).
fn without_article(words: &str) -> &str {
    ["the ", "The ", "a ", "A ", "an ", "An "]
        .iter()
        .find_map(|d| words.strip_prefix(d))
        .unwrap_or(words)
}

/// Titles listed with commas and the organisation last, as press releases write them
/// (`President, Development and Chief Medical Officer, Novartis`, `executive vice president
/// and managing director, NAB Global Connections and Events`): the organisation and the
/// titles as written. `CEO, Boston` names a place, `president, in a statement` no one.
fn titles_then_org(app: &str) -> Option<(Option<String>, Option<String>)> {
    let parts: Vec<&str> = app
        .trim()
        .trim_end_matches(['.', ','])
        .split(',')
        .map(str::trim)
        .collect();
    let (org, titles) = parts.split_last()?;
    let (first, middle) = titles.split_first()?;
    let first = without_article(first);
    // (`analyst at Omdia, …`, `the company’s CFO, …`: the first part names its own.)
    let own_org = [" at ", " for ", " with ", " from ", "’s ", "'s "]
        .iter()
        .any(|sep| first.contains(sep));
    let small = |w: &str| matches!(w, "and" | "of" | "for" | "the" | "&" | "de" | "la" | "du");
    let capitalised = |part: &str| {
        part.split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || small(w))
    };
    let title = |part: &str| {
        !part.is_empty()
            && part.split_whitespace().count() <= 8
            && (EN_ROLE.is_match(part) || capitalised(part))
    };
    // `KeyBank Chief Corporate Responsibility Officer and CEO, KeyBank Foundation`: a first
    // title that names its organisation keeps it.
    let named_first = split_en_before(first).0.is_some();
    // `Manager, Engineering & Maintenance`: a department is no organisation.
    let department = department(org);
    let org_words = org.split_whitespace().count();
    let named_org = org.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && (1..=8).contains(&org_words)
        && capitalised(org)
        && !EN_ROLE.is_match(org)
        && !place_name(org)
        && !department
        && !named_first
        && !middle.iter().any(|p| place_name(p))
        && !en_not_name(org.split_whitespace().next().unwrap_or_default())
        && !matches!(
            *org,
            "Jr" | "Sr" | "Inc" | "Ltd" | "LLC" | "Corp" | "II" | "III"
        );
    (EN_ROLE.is_match(first) && !own_org && middle.iter().all(|p| title(p)) && named_org).then(
        || {
            let role = std::iter::once(first)
                .chain(middle.iter().copied())
                .collect::<Vec<_>>()
                .join(", ");
            (Some(org.to_string()), Some(role))
        },
    )
}

/// Whether words name a department (`Engineering & Maintenance`, `Product Development`),
/// which is no organisation on its own.
pub(super) fn department(words: &str) -> bool {
    words
        .split_whitespace()
        .all(|w| matches!(w, "and" | "of" | "&") || EN_DEPARTMENTS.contains(&w))
}

/// The words of a company's departments, which name no organisation on their own.
const EN_DEPARTMENTS: &[&str] = &[
    "Engineering",
    "Maintenance",
    "Sales",
    "Marketing",
    "Research",
    "Development",
    "Operations",
    "Strategy",
    "Planning",
    "Finance",
    "Communications",
    "Product",
    "Products",
    "Technology",
    "Innovation",
    "Sustainability",
    "Investor",
    "Relations",
    "Legal",
    "Compliance",
    "Human",
    "Resources",
    "Business",
    "Corporate",
    "Affairs",
    "Global",
    "International",
    "Regional",
    "Real",
    "Estate",
    "Security",
    "People",
    "Quality",
    "Supply",
    "Chain",
    "Procurement",
    "Manufacturing",
    "Customer",
    "Success",
    "Talent",
    "Data",
    "Information",
    "Digital",
    "Design",
    "Medical",
    "Clinical",
    "Regulatory",
    "Scientific",
    "Revenue",
    "Growth",
    "Partnerships",
    "Policy",
    "Public",
];

/// Institutions whose names go on with `for` (`Committee for Economic Development`,
/// `Center for Strategic and International Studies`).
const EN_NAMED_FOR: [&str; 14] = [
    "Committee",
    "Center",
    "Centre",
    "Council",
    "Institute",
    "Foundation",
    "Association",
    "Coalition",
    "Alliance",
    "Fund",
    "Campaign",
    "Society",
    "Office",
    "Commission",
];
