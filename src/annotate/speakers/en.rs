//! The English side: the frames of reported speech (`X said`, `“…,” said X, role at Org`,
//! `according to X`, `X …, saying`); the subjects before their verbs are found in
//! `en_subject`, the noun phrases themselves read in `en_np`.

use super::en_lexicon::{
    EN_ACCORDING, EN_BRACKETS, EN_COLON_HEADER, EN_COLON_QUOTE, EN_FULL_NAME, EN_INVERTED,
    EN_INVERTED_LISTED, EN_INVERTED_TITLED, EN_INVERTED_UNNAMED, EN_JOINT_TEXT, EN_PARTICIPLE,
    EN_ROLE, EN_STANCE, EN_VERB, EN_VERB_WEAK, EN_WHAT_CALLED, EN_WHO_SAID, EN_WITH_SAYING,
    EN_WRITTEN_BY,
};
use super::en_names::{en_clauses, en_sentences};
use super::en_subject::met_or_titled;
use super::mentions::{latest_mention_at, unquoted};
use super::quotes::opens_quote;
use super::{met, named_together, Detector, Found, Speakers, Who, PRONOUN_NAMED_BEFORE, THEY};

impl Detector<'_> {
    /// The authors of a text several people wrote or signed, named after `by` in a sentence
    /// about a letter or an op-ed: each speaks there (`It was written by former secretaries
    /// Robert Rubin and Larry Summers, …; and Janet Yellen`). Two full names at least.
    fn en_written_by(
        &self,
        paragraph: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Vec<Found> {
        let mut found = Vec::new();
        for (start, sentence) in en_sentences(paragraph) {
            let Some(by) = EN_WRITTEN_BY.find(sentence) else {
                continue;
            };
            if !EN_JOINT_TEXT.is_match(sentence) {
                continue;
            }
            let authors: Vec<Found> = EN_FULL_NAME
                .find_iter(&sentence[by.end()..])
                .filter_map(|m| match self.en_np(m.as_str(), known, names) {
                    Some(who @ Who::Named { .. }) => Some((
                        start + by.end() + m.start(),
                        who,
                        "a letter written by X and Y (its authors)",
                    )),
                    _ => None,
                })
                .collect();
            if authors.len() >= 2 {
                found.extend(authors);
            }
        }
        found
    }

    pub(super) fn en_attributions(
        &self,
        paragraphs: &[String],
        i: usize,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Vec<Found> {
        let paragraph = paragraphs[i].as_str();
        let mut found: Vec<Found> = self.en_written_by(paragraph, known, names);
        // Quote-first, inverted: `,” said Mira Okafor, chief technology officer at X.`
        for caps in EN_INVERTED.captures_iter(paragraph) {
            let (Some(np), whole) = (caps.name("np"), caps.get(0)) else {
                continue;
            };
            // `Warren said Musk wants …`: a name that goes on with a verb is the subject of
            // reported speech, not the speaker.
            let end = whole.map_or(np.end(), |m| m.end());
            let next = paragraph[end..].split_whitespace().next().unwrap_or("");
            let verb = matches!(
                next,
                "is" | "was"
                    | "are"
                    | "were"
                    | "has"
                    | "had"
                    | "have"
                    | "will"
                    | "would"
                    | "could"
                    | "should"
                    | "did"
                    | "does"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
            ) || (next.len() > 3
                && next.ends_with('s')
                && next.starts_with(char::is_lowercase)
                && !matches!(next, "this" | "thus" | "his" | "its"));
            // (`Bartiromo asked Hegseth if …`: a verb with a subject of its own before it has
            // its object after it, not its speaker.)
            let subject = paragraph[..whole.map_or(np.start(), |m| m.start())]
                .trim_end()
                .ends_with(|c: char| c.is_alphanumeric());
            // (`said Oregon Tech President Dr. Nagi Naganathan`: a title's abbreviation ends
            // no name; the titled reading below takes the whole.)
            let abbreviated = paragraph[np.end()..].starts_with('.')
                && np.as_str().rsplit(' ').next().is_some_and(|w| {
                    matches!(
                        w,
                        "Dr" | "Mr" | "Mrs" | "Ms" | "Prof" | "Sen" | "Rep" | "Gov"
                    )
                });
            // (`said Nevada-based Democratic strategist Annette Magnus`: capitals that an
            // occupation and a name follow describe the person; the titled reading below
            // takes the whole.)
            let mut after_np = paragraph[np.end()..].split_whitespace();
            let described = match (after_np.next(), after_np.next()) {
                (Some(w), Some(n)) => {
                    w.starts_with(char::is_lowercase)
                        && EN_ROLE.is_match(w)
                        && n.starts_with(char::is_uppercase)
                }
                _ => false,
            };
            // (`shared Sink & Spout Senior Sales Associate Danielle Gagne`: a firm's name.)
            if verb
                || subject
                || abbreviated
                || described
                || paragraph[np.end()..].starts_with(" & ")
            {
                continue;
            }
            let app = caps.name("app").map(|m| m.as_str());
            // `“…,” said Diego.`: right after a quote, one word that ends the sentence or
            // stands before an appositive is a person's name (`said Annature founder and
            // CEO …` is an organisation's).
            let after_quote = whole
                .is_some_and(|w| paragraph[..w.start()].trim_end().ends_with(['”', '"', '’']))
                && {
                    // `said Presearch.com CEO …`: a full stop that ends the sentence only.
                    let mut next = paragraph[np.end()..].chars();
                    match next.next() {
                        None => true,
                        Some('.') => next.next().is_none_or(char::is_whitespace),
                        Some(c) => matches!(c, ',' | ';' | ':' | '“' | '"'),
                    }
                };
            let who = if np.as_str().contains("’s ") || np.as_str().contains("'s ") {
                self.en_np(np.as_str(), known, names)
            } else {
                self.en_named(np.as_str(), app, known, names, after_quote)
            };
            if let Some(who) = who {
                found.push((whole.map_or(0, |m| m.start()), who, "“…,” said X"));
            }
        }
        for caps in EN_INVERTED_UNNAMED.captures_iter(paragraph) {
            let (Some(np), Some(whole)) = (caps.name("np"), caps.get(0)) else {
                continue;
            };
            if let Some(who @ Who::Unnamed(_)) = self.en_np(np.as_str(), known, names) {
                found.push((whole.start(), who, "“…,” said a Republican senator"));
            }
        }
        // `,” said Collins SBA Head of Technology Patrick Gardner.`: a title before the name
        // after the verb.
        // (`,” said Chairman-Elect, President & CEO Rob C. Holmes.`: titles listed with
        // commas, when the phrase up to the first one names no one.)
        let listed = EN_INVERTED_LISTED.captures_iter(paragraph);
        for caps in EN_INVERTED_TITLED.captures_iter(paragraph).chain(listed) {
            let (Some(np), Some(verb)) = (caps.name("np"), caps.get(0)) else {
                continue;
            };
            if found.iter().any(|f| f.0 == verb.start()) {
                continue;
            }
            // `said U.S. District Judge John Bates at a Monday hearing`, `said state House
            // Speaker Dan Hawkins (R) in a statement`: the name ends before a phrase of time,
            // place or manner, and a bracketed note after it is no part of it.
            let np = np.as_str();
            let cut = [
                " at ", " in ", " on ", " during ", " after ", " before ", " while ", " when ",
                " via ", " about ", " from ", " to ",
            ]
            .iter()
            .filter_map(|w| np.find(w))
            .filter(|&at| {
                np[..at]
                    .trim_end_matches(')')
                    .ends_with(char::is_alphabetic)
            })
            .min();
            let np = EN_BRACKETS.replace_all(cut.map_or(np, |at| &np[..at]), "");
            if let Some(who) = self.en_titled_name(&np, known, names) {
                found.push((verb.start(), who, "“…,” said Title X"));
            }
        }
        for caps in EN_COLON_QUOTE.captures_iter(paragraph) {
            let Some(np) = caps.name("np") else { continue };
            let app = caps.name("app").map(|m| m.as_str());
            // `Jonathan Or, CEO of Beyond Oil Commented:`: a verb that ends the appositive is
            // none of it.
            let app = app.map(|a| match a.trim_end().rsplit_once(' ') {
                Some((head, last)) if EN_VERB.is_match(&last.to_lowercase()) => head,
                _ => a,
            });
            if let Some(who @ Who::Named { .. }) =
                self.en_named(np.as_str(), app, known, names, false)
            {
                found.push((np.start(), who, "X: “…” (a name, a colon, a quotation)"));
            }
        }
        for caps in EN_WHO_SAID.captures_iter(paragraph) {
            let Some(np) = caps.name("np") else { continue };
            // `Apple, who said nothing`: a full name, a title or someone met before.
            if let Some(who @ Who::Named { .. }) = self.en_np(np.as_str(), known, names) {
                let person = match &who {
                    Who::Named { name, role, .. } => {
                        name.contains(' ')
                            || role.is_some()
                            || known.named.iter().any(|s| s.answers_to(name))
                    }
                    _ => false,
                };
                if person {
                    found.push((np.start(), who, "X, who said … (a relative clause)"));
                }
            }
        }
        for caps in EN_ACCORDING.captures_iter(paragraph) {
            let Some(np) = caps.name("np") else { continue };
            // `according to Lt. Ben Endres, …`: the dot of a title or an initial ends no
            // sentence.
            let whole = en_clauses(&paragraph[np.start()..])
                .first()
                .map_or("", |(_, c)| *c)
                .split([',', ';'])
                .next()
                .unwrap_or_default()
                .trim_end_matches(['.', ' ']);
            let np_text = if whole.len() > np.as_str().len() {
                whole
            } else {
                np.as_str()
            };
            // `according to a translation by Al Jazeera`, `a tally by NBC News`: whoever
            // translated, counted or reported is no speaker (who estimated or analysed is).
            let reported = np_text.split_whitespace().take(3).any(|w| {
                [
                    "translation",
                    "report",
                    "reporting",
                    "tally",
                    "count",
                    "survey",
                    "poll",
                ]
                .contains(&w)
            });
            if reported {
                continue;
            }
            if let Some(who) = self.en_np(np_text, known, names) {
                found.push((np.start(), who, "according to X"));
            }
        }
        for caps in EN_WHAT_CALLED.captures_iter(paragraph) {
            let Some(np) = caps.name("np") else { continue };
            if let Some(who @ Who::Named { .. }) = self.en_np(np.as_str(), known, names) {
                found.push((np.start(), who, "what X called “…”"));
            }
        }
        for caps in EN_WITH_SAYING.captures_iter(paragraph) {
            let Some(np) = caps.name("np") else { continue };
            if let Some(who @ Who::Named { .. }) = self.en_np(np.as_str(), known, names) {
                found.push((np.start(), who, "with X saying"));
            }
        }
        let clauses = en_clauses(paragraph);
        // `X said`: the phrase from the start of the clause (or from the last `but`,
        // `while`, `although` …) to the verb.
        found.extend(self.en_said(paragraph, &clauses, known, names));
        // `“Judges,” Vance concluded, “…”`, `Knittel agreed that …`: a weaker verb, with
        // the words it reports, for someone already met speaking or a pronoun.
        for &(start, clause) in &clauses {
            for m in EN_VERB_WEAK.find_iter(clause) {
                let rest = &paragraph[start + m.end()..];
                let sentence = rest.split(". ").next().unwrap_or(rest);
                // (`“…,” Lars Ynner, CFO at Lindab, concludes.`: the quotation just before.)
                let head = &paragraph[..start + m.start()];
                let quoted_before = head
                    .rfind(['”', '"'])
                    .is_some_and(|q| head.len() - q < 120 && !head[q..].contains(". "));
                // `expressed reservations about the idea`, `voiced concern that …`: a stance
                // stated.
                let stance = matches!(m.as_str().rsplit(' ').next(), Some("expressed" | "voiced"))
                    && EN_STANCE.is_match(rest);
                // `Hegseth also apprised his colleagues that …`: told someone what.
                let told = matches!(
                    m.as_str().rsplit(' ').next(),
                    Some(
                        "apprised" | "informed" | "assured" | "reassured" | "notified" | "briefed"
                    )
                ) && rest.split_whitespace().take(5).any(|w| w == "that");
                let reports = stance
                    || told
                    || rest.trim_start().starts_with("that ")
                    || rest.trim_start_matches([',', ' ']).starts_with(['“', '"'])
                    || (sentence.len() < 240 && sentence.contains(['“', '"']))
                    || (quoted_before && rest.trim_start().starts_with(['.', ',']));
                if !reports {
                    continue;
                }
                let before = &clause[..m.start()];
                for who in self.en_subjects(before, known, names) {
                    // A pronoun, someone met, or a titled full name (`MIT Professor
                    // Christopher Knittel agreed that …`).
                    // (`President Trump expressed confidence that …`: with a stance, a title
                    // before one name is enough.)
                    // (`Hegseth also apprised his colleagues that …`: a person the article
                    // names in full.)
                    // (`Donald Trump voiced optimism that …`: with a stance too.)
                    let full = matches!(&who, Who::Named { name, .. } if name.contains(' '));
                    let titled = (stance && matches!(who, Who::Named { role: Some(_), .. }))
                        || ((told || stance) && full);
                    let met = titled || matches!(who, Who::Pronoun) || met_or_titled(&who, known);
                    if met {
                        found.push((
                            start + m.start(),
                            who,
                            "X concluded, “…” (a speaker met before, or titled)",
                        ));
                    }
                }
            }
        }
        // `Johnson on Monday brushed off the concerns, telling reporters that …`: the
        // sentence's subject speaks.
        for &(start, clause) in &clauses {
            if let Some(m) = EN_PARTICIPLE.find(clause) {
                let head = &clause[..m.start()];
                let subject: String = head
                    .split_whitespace()
                    .take_while(|w| w.starts_with(char::is_uppercase))
                    .collect::<Vec<_>>()
                    .join(" ");
                // `British news host Piers Morgan took a swipe …, writing`: a short
                // description, then the name.
                // `Fellow Massachusetts lawmaker Sen. Elizabeth Warren (D) was …, expressing`:
                // the first name with a title right before it, read before the capitalised
                // words that open the clause.
                let described = EN_FULL_NAME
                    .find_iter(head)
                    .find(|n| {
                        // A title right before the name, and no verb before it (`Cardi B is
                        // slamming President Trump` is no description of Trump).
                        let before = &head[..n.start()];
                        let titled = EN_ROLE.find_iter(before).last().is_some_and(|r| {
                            before[r.end()..]
                                .trim_matches(|c: char| c == '.' || c.is_whitespace())
                                .is_empty()
                        });
                        let verb = before.split_whitespace().any(|w| {
                            w.ends_with("ing")
                                || w.ends_with("ed")
                                || matches!(
                                    w,
                                    "is" | "are" | "was" | "were" | "has" | "have" | "had"
                                )
                        });
                        // (`Department of Government Efficiency (DOGE) leader Elon Musk`: an
                        // acronym in brackets is no word of the description.)
                        let words = EN_BRACKETS.replace_all(before, "");
                        titled
                            && !verb
                            && !before.contains(',')
                            && words.split_whitespace().count() <= 5
                    })
                    .map(|n| &head[..n.end()]);
                let who = [described, Some(subject.as_str())]
                    .into_iter()
                    .flatten()
                    .filter(|s| !s.is_empty())
                    .find_map(|s| match self.en_np(s, known, names) {
                        Some(who @ Who::Named { .. }) => Some(who),
                        _ => None,
                    });
                if let Some(who) = who {
                    found.push((start + m.start(), who, "X …, saying (the subject)"));
                }
            }
        }
        // `… like Rep. Ro Khanna, who considered joining. He told me …`: a pronoun after a
        // person the paragraph names, and no speaker named since, is that person.
        let first_named = found
            .iter()
            .filter(|f| matches!(f.1, Who::Named { .. }))
            .map(|f| f.0)
            .min()
            .unwrap_or(usize::MAX);
        // A pronoun that opens a paragraph after one that names a titled person, with no
        // speaker met since, is that person too (`Senator Rubio recognized …:` / `“…,” he
        // said`).
        let previous = i.checked_sub(1).map_or("", |p| paragraphs[p].as_str());
        for f in &mut found {
            // `Mace … criticizing Attorney General Alan Wilson (R), who she said`: a speaker
            // already met in the same sentence is who the pronoun refers to.
            let sentence = paragraph[..f.0].rfind(['.', '?', '!']).map_or(0, |i| i + 1);
            let opening = paragraph[sentence..f.0]
                .split_whitespace()
                .next()
                .unwrap_or("");
            let met_in_sentence = latest_mention_at(known, &paragraph[sentence..f.0]).is_some()
                || names.iter().any(|(last, _)| last == opening);
            if f.1 == Who::Pronoun && f.0 < first_named && !met_in_sentence {
                // (Not a name inside a quotation: `“I am calling on President Trump …,” he
                // said`.)
                let here = self.en_named_before(&unquoted(&paragraph[..f.0]), known, names);
                let speaker_here = latest_mention_at(known, &paragraph[..f.0]).is_some();
                let before = || {
                    let both = unquoted(&format!("{previous}\n{}", &paragraph[..f.0]));
                    self.en_named_before(&both, known, names)
                };
                // (`He has lauded President Trump for …` / `He had warned that …`: after a
                // paragraph where someone spoke, he is still that speaker, not a person the
                // paragraph named after its verb.)
                let spoke_previous = i
                    .checked_sub(1)
                    .is_some_and(|p| known.named.iter().any(|s| s.paragraphs.contains(&p)));
                let who = match here {
                    Some(who) => Some(who),
                    None if !speaker_here && !spoke_previous => before(),
                    None => None,
                };
                if let Some(who) = who {
                    f.1 = who;
                    f.2 = PRONOUN_NAMED_BEFORE;
                }
            }
            // `the judge wrote`: the person the article gave that title, when none of the
            // speakers met so far has it.
            if let Who::Titled(role) = &f.1 {
                if role == THEY {
                    continue;
                }
                let text = paragraphs[..i]
                    .iter()
                    .map(String::as_str)
                    .chain(std::iter::once(&paragraph[..f.0]))
                    .collect::<Vec<_>>();
                if let Some(who) = self.en_titled_before(&text, role, known, names) {
                    f.1 = who;
                    f.2 = "the senator said (the person named earlier with that title)";
                } else if let Some(who) =
                    matches!(role.as_str(), "democrat" | "republican" | "independent")
                        .then(|| self.en_party_before(&text, role, known, names))
                        .flatten()
                {
                    f.1 = who;
                    f.2 = "the Ohio Democrat said (the person named earlier with that party)";
                } else if !matches!(
                    role.as_str(),
                    "spokesperson"
                        | "spokesman"
                        | "spokeswoman"
                        | "analyst"
                        | "economist"
                        | "president"
                        | "pope"
                ) {
                    // `the new intelligence chief said`: the one speaker of the paragraph
                    // before (or of this one so far), whom the article goes on describing —
                    // not `the president` or `the pope`, whom news names without the title
                    // as often (`resonated with Trump, … The president accused`).
                    let recent: Vec<&super::Speaker> = known
                        .named
                        .iter()
                        .filter(|s| s.paragraphs.iter().any(|&p| p + 1 == i || p == i))
                        .collect();
                    if let [s] = recent.as_slice() {
                        f.1 = Who::Named {
                            name: s.name.clone(),
                            alias: None,
                            org: None,
                            role: None,
                        };
                        f.2 = "the new chief said (the one speaker just before)";
                    }
                }
            }
        }
        // `they wrote`: each of the speakers last named together.
        let together: Vec<Found> = found
            .iter()
            .filter(|f| matches!(&f.1, Who::Titled(t) if t == THEY))
            .flat_map(|f| {
                named_together(known)
                    .into_iter()
                    .map(move |s| (f.0, met(s), "they said (the speakers last named together)"))
            })
            .collect();
        found.extend(together);
        // (A role no one met answers to stays, for a person the article names later.)
        found.retain(|f| !matches!(&f.1, Who::Titled(t) if t == THEY));
        // `Aarne Simula, CEO, Wetteri Plc:` as a paragraph of its own, then this one opens
        // with a quotation and attributes it to no one: a press release's heading for its
        // speaker's words.
        let header = i
            .checked_sub(1)
            .and_then(|p| EN_COLON_HEADER.captures(paragraphs[p].trim()));
        // (A heading that ends with its verb, `…, comments:`, is carried on as it is.)
        let verbless = |caps: &regex::Captures| {
            caps.name("app")
                .and_then(|a| a.as_str().split_whitespace().last())
                .is_none_or(|w| !EN_VERB.is_match(&w.to_lowercase()) && w != "comments")
        };
        if let Some(caps) =
            header.filter(|c| found.is_empty() && opens_quote(paragraph) && verbless(c))
        {
            // (`CEO and Directorcomments`: a verb glued to the title by a lost space.)
            let app = caps.name("app").map(|m| {
                let a = m.as_str();
                a.strip_suffix("comments")
                    .filter(|r| r.ends_with(char::is_lowercase))
                    .unwrap_or(a)
            });
            if let Some(Who::Named {
                name,
                alias,
                org,
                role,
            }) = caps
                .name("np")
                .and_then(|np| self.en_named(np.as_str(), app, known, names, false))
            {
                // (`CEO, Wetteri Plc`: the role, then the organisation.)
                let after = app
                    .and_then(|a| a.rsplit_once(", "))
                    .map(|(_, o)| o.trim())
                    .filter(|o| o.starts_with(char::is_uppercase));
                let org = org.or(after.map(str::to_string));
                let who = Who::Named {
                    name,
                    alias,
                    org,
                    role,
                };
                found.push((0, who, "X, CEO: / “…” (a heading, then a quotation)"));
            }
        }
        found.sort_by_key(|(p, _, _)| *p);
        found.dedup_by(|a, b| a.1 == b.1 && a.0 == b.0);
        found
    }
}
