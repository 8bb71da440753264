//! The organisation a press release speaks for (`Mink Ventures Corporation (“Mink” or the
//! “Company”) today announced …`): the company of its officers who are quoted with a title
//! alone (`said Natasha Dixon, President and CEO`).

use std::sync::LazyLock;

use regex::Regex;

use super::en_org::department;
use super::en_words::EN_LEGAL_FORMS;
use super::lexicon::re;
use super::Speakers;

/// `X (“Short” or the “Company”)`, `X (the "Company")`, `X, “Short” or the “Company”`:
/// the name the release defines.
static DEFINED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?P<full>[A-Za-z0-9][\w&.’'\-]*(?:\s+[A-Z0-9&][\w&.’'\-]*){0,6})\*?\.?\s*,?\s*(?:\(\s*(?:[“"](?P<short>[^”"()]{2,40})[”"]\s*(?:,\s*or|or\s*,|,|or)?\s*)?|[“"](?P<bare>[^”"()]{2,40})[”"]\s*(?:,\s*or|or\s*,|,|or)\s*)(?:the\s+)?[“"](?:Company|Corporation|Group|Bank|Issuer)[”"]"#,
    )
});

/// The subject that opens a release once its dateline is read off: `Parker Hannifin
/// Corporation, the global leader …, today announced`.
static OPENING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<org>[A-Za-z0-9][\w&.’'\-]*(?:\s+[A-Z0-9&][\w&.’'\-]*){0,5}?)(?:\s*,|\s+\(|\s+today\b|\s+announce)",
    )
});

/// The words that end a company's legal name.
static COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:{}|Group|Holdings|Partners|Technologies|Capital|Bancorp|Therapeutics|Pharmaceuticals|Resources|Mining|Minerals|Metals)\b\.?$",
        EN_LEGAL_FORMS.join("|")
    ))
});

/// A company followed by its listing: `Wrap Technologies (NASDAQ: WRAP)`, `IMUNON, Inc.
/// (NASDAQ: IMNN)` (the name without its legal form after a comma).
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?P<org>[A-Z][\w&.’'\-]*(?:\s+[A-Z0-9&][\w&.’'\-]*){0,5})(?:,\s+(?:Inc|Ltd|LLC|Corp|Co|plc|PLC|AG|SA|NV|ASA|AB|Oy|SE)\.?)?\s*,?\s*\((?:NYSE|NASDAQ|Nasdaq|TSX|TSXV|TSX-V|CSE|ASX|OTC|OTCQB|OTCQX|LSE|AIM|Euronext|FWB|XETRA|HKEX|SGX|JSE|NSE|BSE|Oslo|OSE)[^)]{0,30}\)",
    )
});

/// Titles of a company's officers: with no organisation of their own, theirs is the house's.
static OFFICER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:CEO|CFO|COO|CTO|CMO|chief|president|director|chair|chairman|chairwoman|founder|co-founder|officer|vice president|VP|head|manager|geologist|partner|executive)\b",
    )
});

/// The section a release closes with about its company: `About Sonoco`.
static ABOUT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^About\s+(?P<org>[A-Z0-9][\w&.’'\-®™]*(?:\s+[A-Z0-9&][\w&.’'\-®™]*){0,5})\s*:?$")
});

/// The company a press release speaks for: the short name it defines in its first
/// paragraphs, else the company its `About …` section is about (these two say outright that
/// the text is the company's own release), else the first listed company, else the opening
/// subject when it is a company's legal name. Whether it was said outright comes with it.
/// (The wire's dateline, `(GLOBE NEWSWIRE) —`, is read off before detection.)
fn house_org(paragraphs: &[String], headings: &[&str]) -> Option<(String, bool)> {
    if let Some(defined) = house_defined(paragraphs) {
        return Some((defined, true));
    }
    let about: Vec<&str> = paragraphs
        .iter()
        .map(String::as_str)
        .chain(headings.iter().copied())
        .filter_map(|p| {
            let org = ABOUT.captures(p.trim())?.name("org")?.as_str();
            let first = org.split_whitespace().next().unwrap_or_default();
            (!matches!(first, "Us" | "The" | "This" | "Our" | "Author" | "Forward"))
                .then(|| tidy(org))
        })
        .collect();
    // `Global Energy Metals Corporation (TSXV:GEMC)` with `About Geo40 LLC` and `About
    // NeoLithica Ltd.` after it: the listed company opens the release, the partners come
    // after; an `About` section of its own says the release is its.
    if let Some(listed) = house_listed(paragraphs) {
        let first = listed.split_whitespace().next().unwrap_or_default();
        let own = about
            .iter()
            .any(|a| a.split_whitespace().next() == Some(first));
        return Some((listed, own));
    }
    if let [only] = about.as_slice() {
        return Some((only.to_string(), true));
    }
    house_opening(paragraphs).map(|org| (org, false))
}

/// A company's name without the punctuation around it, keeping the dot of its legal form
/// (`Waseco Resources Inc.`).
fn tidy(name: &str) -> &str {
    let name = name.trim_end_matches([',', '*', '®', '™']);
    let legal_dot = name.rsplit(' ').next().is_some_and(|w| {
        matches!(
            w,
            "Inc." | "Corp." | "Ltd." | "Co." | "Bhd." | "S.A." | "N.V."
        )
    });
    if legal_dot {
        name
    } else {
        name.trim_end_matches(['.', ',', '*'])
    }
}

/// The short name a release defines (`(“Mink” or the “Company”)`).
fn house_defined(paragraphs: &[String]) -> Option<String> {
    let opening = paragraphs.iter().take(4);
    for p in opening.clone() {
        if let Some(c) = DEFINED.captures(p) {
            let short = c
                .name("short")
                .or(c.name("bare"))
                .map(|m| m.as_str().trim());
            let full = c.name("full").map(|m| m.as_str().trim());
            // `Ekso Bionics Holdings, Inc. (the “Company”)`: a legal form alone after a
            // comma is no name; the opening subject gives it below.
            let bare_form = |n: &&str| {
                matches!(
                    n.trim_end_matches(['.', ',']),
                    "Inc" | "Corp" | "Corporation" | "Ltd" | "LLC" | "Limited" | "plc" | "PLC"
                )
            };
            // The full name as the release writes it (`Tejon Ranch Company` for `Tejon`),
            // else the short one.
            let full = full.filter(|n| {
                n.starts_with(char::is_uppercase)
                    && n.contains(' ')
                    && short.is_none_or(|s| n.starts_with(s.split(' ').next().unwrap_or(s)))
            });
            if let Some(name) = full
                .or(short)
                .filter(|n| n.starts_with(char::is_alphanumeric) && !bare_form(n))
            {
                return Some(tidy(name).to_string());
            }
        }
    }
    None
}

/// The first listed company of a release's opening (`Wrap Technologies (NASDAQ: WRAP)`).
fn house_listed(paragraphs: &[String]) -> Option<String> {
    paragraphs
        .iter()
        .take(4)
        .find_map(|p| Some(LISTED.captures(p)?.name("org")?.as_str().to_string()))
}

/// The opening subject of a release, when its words say it is a company (`Corporation`,
/// `Inc`).
fn house_opening(paragraphs: &[String]) -> Option<String> {
    let first = paragraphs.first()?;
    let org = OPENING
        .captures(first)?
        .name("org")?
        .as_str()
        .trim_end_matches(['.', ',']);
    (COMPANY.is_match(org) && !org.starts_with("The ")).then(|| org.to_string())
}

/// Give the house's name to the officers quoted with a title but no organisation.
pub(super) fn assign_house_org(out: &mut Speakers, paragraphs: &[String], headings: &[&str]) {
    // `Company President, Richard Williams`: `Company` is the release's word for the house,
    // not an organisation's name.
    for s in &mut out.named {
        if s.org.as_deref().is_some_and(|o| {
            matches!(
                o.trim_start_matches("the ").trim_start_matches("The "),
                "Company" | "company"
            )
        }) {
            s.org = None;
        }
    }
    if !out
        .named
        .iter()
        .any(|s| s.org.is_none() && s.role.is_some())
    {
        return;
    }
    let Some((house, outright)) = house_org(paragraphs, headings) else {
        return;
    };
    // `President` or `Director` alone is as often a country's or an agency's, unless the
    // text says outright that it is the company's release.
    let needs = |s: &super::Speaker| {
        s.org.is_none()
            && s.role.as_deref().is_some_and(|r| {
                OFFICER.is_match(r)
                    && (outright
                        || !matches!(
                            r.to_lowercase().as_str(),
                            "president" | "vice president" | "director" | "chair" | "chairman"
                        ))
            })
    };
    // `President of AVE and COO of Korman Communities`: a role that names its organisation
    // is not the house's.
    let names_own = |s: &super::Speaker| {
        s.role.as_deref().is_some_and(|r| {
            [" of ", " at "].iter().any(|sep| {
                r.split(sep).skip(1).any(|after| {
                    let named = after.split(" and ").next().unwrap_or(after).trim();
                    named.starts_with(char::is_uppercase)
                        && !named.starts_with(house.as_str())
                        && !department(named)
                })
            })
        })
    };
    for s in out.named.iter_mut().filter(|s| needs(s) && !names_own(s)) {
        // `CEO of lowRISC`: a role that names the house already says so.
        if let Some(role) = s.role.as_deref() {
            if let Some(head) = [" of ", " at ", " for "]
                .iter()
                .find_map(|sep| role.strip_suffix(house.as_str())?.strip_suffix(sep))
            {
                s.role = Some(head.to_string());
            }
        }
        s.org = Some(house.clone());
    }
}
