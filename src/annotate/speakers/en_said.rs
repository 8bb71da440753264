//! English frames of a verb of speech after its subject (`X said`, `Trump ordered that “…”`,
//! `the senator, who …, told`): which verbs report speech where, and whose.

use super::en_lexicon::{EN_RELATION_SUBJECT, EN_ROLE, EN_VERB};
use super::en_subject::met_or_titled;
use super::mentions::latest_mention_at;
use super::{Detector, Found, Speakers, Who};

impl Detector<'_> {
    /// The attributions `X said` of a paragraph's clauses (with their byte offsets): the
    /// phrase from the start of the clause, or from the last `but`, `while`, `although` …,
    /// to the verb.
    pub(super) fn en_said(
        &self,
        paragraph: &str,
        clauses: &[(usize, &str)],
        known: &Speakers,
        names: &[(String, String)],
    ) -> Vec<Found> {
        let mut found = Vec::new();
        for &(start, clause) in clauses {
            let mut from = 0;
            for m in EN_VERB.find_iter(clause) {
                let before = &clause[from..m.start()];
                let after = &clause[m.end()..];
                // `its security professionals continued to perform`: going on, not speech;
                // `Oswald, who was 24, was said to have visited`, `Zeldin, who was confirmed
                // by the Senate, said`: a passive reports no one's words. The subject stays
                // for the verb after.
                let last_word = before.split_whitespace().next_back().unwrap_or_default();
                let passive = matches!(last_word, "was" | "is" | "were" | "are" | "been" | "be");
                // `praised Trump in Saturday comments`: the noun, not the verb of `Ben
                // Miklozek, CFO, comments`.
                let noun = m.as_str() == "comments"
                    && (last_word.starts_with(char::is_lowercase)
                        || WEEKDAYS.contains(&last_word)
                        || before.split_whitespace().nth_back(1) == Some("in"));
                // `a ransomware called Phobos`: a common noun named, no speech (`the president
                // called Musk`, `he called Musk` are).
                let naming = m.as_str() == "called"
                    && last_word.starts_with(char::is_lowercase)
                    && !EN_ROLE.is_match(last_word)
                    && !matches!(
                        last_word,
                        "he" | "she"
                            | "they"
                            | "we"
                            | "who"
                            | "has"
                            | "had"
                            | "have"
                            | "and"
                            | "but"
                            | "once"
                            | "then"
                    )
                    && after
                        .trim_start()
                        .starts_with(|c: char| c.is_uppercase() || c == '“' || c == '"');
                // `“… As Sen. Rand Paul put it: ‘…’”`: a quotation inside another's words is
                // theirs.
                let head = &paragraph[..start + m.start()];
                let quoted = head.matches('“').count() > head.matches('”').count();
                // (`after she called police to report a prowler`: a telephone call.)
                let phoned = m.as_str() == "called"
                    && ["police", "911", "the police", "an ambulance"]
                        .iter()
                        .any(|w| after.trim_start().starts_with(w));
                // `restricted Adams’ stated efforts`: a name in the possessive is no subject.
                // (`He’s said`: has.)
                let owner = last_word.trim_end_matches(['s', '’', '\'']);
                let possessive = last_word.starts_with(char::is_uppercase)
                    && ["’", "'", "’s", "'s"]
                        .iter()
                        .any(|s| last_word.ends_with(s))
                    && !matches!(
                        owner,
                        "He" | "She" | "It" | "That" | "There" | "Who" | "What"
                    );
                if noun || phoned || possessive || (m.as_str().ends_with(" it") && quoted) {
                    continue;
                }
                // (`Another woman, called Carol Doe, said`: the name is the next verb's
                // subject.)
                if naming {
                    from = m.end();
                    continue;
                }
                // `has not commented publicly`, `never said`: a negation reports nothing.
                let negated = matches!(last_word, "not" | "never")
                    || last_word.ends_with("n’t")
                    || last_word.ends_with("n't");
                // (`Trump was asked if … and he responded`: who is asked answers, so `was
                // asked` keeps its subject.)
                // `Trump ordered that “…”` reports an order's words; `Judge John McConnell Jr.
                // ordered Trump … to immediately end …` too, from a titled person or one met
                // before; `ordered a study` none.
                let ordered = m.as_str().ends_with("ordered") && !after.starts_with(" that ");
                let order_to = ordered && {
                    let head: String = after.chars().take(100).collect();
                    head.contains(" to ")
                };
                // `the maverick Democrat who has praised President Trump at times, on
                // Thursday condemned`: the verb of a relative clause speaks for the person
                // before `who`, who stays the subject for the verb after.
                let mut tail = before.split_whitespace().rev();
                let relative = matches!(
                    (tail.next(), tail.next()),
                    (Some("who" | "which"), _)
                        | (
                            Some("has" | "had" | "have" | "also" | "once"),
                            Some("who" | "which")
                        )
                );
                // `being featured … and praised for its green beans`: praise or blame with no
                // object is passive too.
                let judged = after.starts_with(" for ") || after.starts_with(" by ");
                let passive = passive
                    || (judged
                        && [
                            "praised",
                            "lauded",
                            "hailed",
                            "commended",
                            "applauded",
                            "criticized",
                            "criticised",
                            "slammed",
                            "blasted",
                            "blamed",
                            "condemned",
                            "denounced",
                            "rebuked",
                            "mocked",
                        ]
                        .iter()
                        .any(|v| m.as_str().ends_with(v)));
                if (passive && !m.as_str().ends_with("asked"))
                    || negated
                    || (m.as_str().ends_with("continued") && after.starts_with(" to "))
                    || (ordered && !order_to)
                {
                    continue;
                }
                if !relative {
                    from = m.end();
                }
                // `Survivor Healthcare, a provider of care, announced`: companies and
                // countries announce and reiterate too; a person does so under a title
                // (`Rep. Val Hoyle`, `Defense Secretary Pete Hegseth`) or once met.
                let weak = m.as_str().ends_with("announced") || m.as_str().ends_with("reiterated");
                if weak && !EN_ROLE.is_match(before) && latest_mention_at(known, before).is_none() {
                    continue;
                }
                // `Elon Musk is calling for …`: the progressive, for a titled person or one
                // met before (`MADD Canada is urging`, an organisation, is neither).
                let progressive = m.as_str().split_whitespace().any(|w| w.ends_with("ing"));
                for who in self.en_subjects(before, known, names) {
                    let person = match &who {
                        Who::Named {
                            name, org, role, ..
                        } => {
                            org.is_some()
                                || role.is_some()
                                || known.named.iter().any(|s| s.answers_to(name))
                        }
                        _ => true,
                    };
                    if progressive && !person {
                        continue;
                    }
                    // (Not a pronoun: `He ordered` after a paragraph about a judge reads
                    // back to whoever spoke last.)
                    if order_to && !met_or_titled(&who, known) {
                        continue;
                    }
                    // `“He told her then that …,” Fogel’s sister said`: a pronoun inside a
                    // quotation is someone the quoted speaker speaks of.
                    if quoted && who == Who::Pronoun {
                        continue;
                    }
                    if who == Who::Pronoun && EN_RELATION_SUBJECT.is_match(clause) {
                        continue;
                    }
                    found.push((start + m.start(), who, "X said"));
                }
            }
        }
        found
    }
}

/// The days of the week, which open no name (`in Saturday comments`).
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
