//! The English side: the frames of reported speech (`X said`, `“…,” said X, role at Org`,
//! `according to X`, `X …, saying`) and the subjects before their verbs; the noun phrases
//! themselves are read in `en_np`.

use super::en_lexicon::{
    EN_ACCORDING, EN_COLON_QUOTE, EN_CONJUNCTION, EN_DASH_ASIDE, EN_FULL_NAME, EN_INVERTED,
    EN_INVERTED_TITLED, EN_LEAD, EN_NP_TAIL, EN_OPENING_PHRASE, EN_PARTICIPLE, EN_RELATIVE_ASIDE,
    EN_ROLE, EN_ROLE_REFERENCE, EN_VERB, EN_VERB_WEAK,
};
use super::en_names::en_clauses;
use super::en_org::split_en_after;
use super::join::latest_mention_at;
use super::{Detector, Found, Speakers, Who};

impl Detector<'_> {
    pub(super) fn en_attributions(
        &self,
        paragraphs: &[String],
        i: usize,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Vec<Found> {
        let paragraph = paragraphs[i].as_str();
        let mut found: Vec<Found> = Vec::new();
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
            if verb {
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
        // `,” said Collins SBA Head of Technology Patrick Gardner.`: a title before the name
        // after the verb.
        for caps in EN_INVERTED_TITLED.captures_iter(paragraph) {
            let (Some(np), Some(verb)) = (caps.name("np"), caps.get(0)) else {
                continue;
            };
            if found.iter().any(|f| f.0 == verb.start()) {
                continue;
            }
            if let Some(who) = self.en_titled_name(np.as_str(), known, names) {
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
            if let Some(who) = self.en_np(np_text, known, names) {
                found.push((np.start(), who, "according to X"));
            }
        }
        // `X said`: the phrase from the start of the clause (or from the last `but`,
        // `while`, `although` …) to the verb.
        for (start, clause) in en_clauses(paragraph) {
            let mut from = 0;
            for m in EN_VERB.find_iter(clause) {
                let before = &clause[from..m.start()];
                from = m.end();
                // `Survivor Healthcare, a provider of care, announced`: companies and
                // countries announce and reiterate too; a person does so under a title
                // (`Rep. Val Hoyle`, `Defense Secretary Pete Hegseth`) or once met.
                let weak = m.as_str().ends_with("announced") || m.as_str().ends_with("reiterated");
                if weak
                    && !EN_ROLE.is_match(before)
                    && !known.named.iter().any(|s| before.contains(s.name.as_str()))
                {
                    continue;
                }
                for who in self.en_subjects(before, known, names) {
                    found.push((start + m.start(), who, "X said"));
                }
            }
        }
        // `“Judges,” Vance concluded, “…”`, `Knittel agreed that …`: a weaker verb, with
        // the words it reports, for someone already met speaking or a pronoun.
        for (start, clause) in en_clauses(paragraph) {
            for m in EN_VERB_WEAK.find_iter(clause) {
                let rest = &paragraph[start + m.end()..];
                let sentence = rest.split(". ").next().unwrap_or(rest);
                let reports = rest.trim_start().starts_with("that ")
                    || rest.trim_start_matches([',', ' ']).starts_with(['“', '"'])
                    || (sentence.len() < 240 && sentence.contains(['“', '"']));
                if !reports {
                    continue;
                }
                let before = &clause[..m.start()];
                for who in self.en_subjects(before, known, names) {
                    let met = match &who {
                        Who::Pronoun => true,
                        Who::Named { name, .. } => known.named.iter().any(|s| s.answers_to(name)),
                        _ => false,
                    };
                    if met {
                        found.push((
                            start + m.start(),
                            who,
                            "X concluded, “…” (a speaker met before)",
                        ));
                    }
                }
            }
        }
        // `Johnson on Monday brushed off the concerns, telling reporters that …`: the
        // sentence's subject speaks.
        for (start, clause) in en_clauses(paragraph) {
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
                        titled
                            && !verb
                            && !before.contains(',')
                            && before.split_whitespace().count() <= 5
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
                let here = self.en_named_before(&paragraph[..f.0], known, names);
                let speaker_here = latest_mention_at(known, &paragraph[..f.0]).is_some();
                let before = || {
                    let both = format!("{previous}\n{}", &paragraph[..f.0]);
                    self.en_named_before(&both, known, names)
                };
                let who = match here {
                    Some(who) => Some(who),
                    None if !speaker_here => before(),
                    None => None,
                };
                if let Some(who) = who {
                    f.1 = who;
                    f.2 = "He/She said (the person named just before)";
                }
            }
            // `the judge wrote`: the person the article gave that title, when none of the
            // speakers met so far has it.
            if let Who::Titled(role) = &f.1 {
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
                    "spokesperson" | "spokesman" | "spokeswoman" | "analyst" | "economist"
                ) {
                    // `the new intelligence chief said`: the one speaker of the paragraph
                    // before (or of this one so far), whom the article goes on describing.
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
        found.retain(|f| !matches!(f.1, Who::Titled(_)));
        found.sort_by_key(|(p, _, _)| *p);
        found.dedup_by(|a, b| a.1 == b.1 && a.0 == b.0);
        found
    }

    /// The speakers of the words `before` a verb of speech in one clause: the noun phrase
    /// after the last conjunction, or the clause's subject when that phrase is a verb phrase
    /// (`Rep. Tim Burchett (R-Tenn.), one of two members who … and wants …, on Friday told`),
    /// and both subjects of `X and Y said`.
    fn en_subjects(&self, before: &str, known: &Speakers, names: &[(String, String)]) -> Vec<Who> {
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
        let unaside = EN_RELATIVE_ASIDE.replace_all(&unaside, " ").into_owned();
        let before = unaside.as_str();
        // `Commenting on Mr. Ottawa’s new role as President for the EMEA Region, Mr. Ross
        // said`: an opening phrase is not the subject, nor its title the subject's.
        let before = match EN_OPENING_PHRASE.find(before) {
            Some(m) if before[m.end()..].starts_with(char::is_uppercase) => &before[m.end()..],
            _ => before,
        };
        let before = EN_NP_TAIL
            .find(before)
            .map_or(before, |t| &before[..t.start()]);
        let mut cuts: Vec<regex::Match> = EN_CONJUNCTION.find_iter(before).collect();
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
        let np = before[np_start..].trim().trim_end_matches(',').trim();
        // `Those matters, Johnson said, are …`: the name between the commas.
        // `Asked by The Hill …, the Texas Republican said`: a reference to a person by role.
        let inset = np
            .rsplit_once(',')
            .map(|(_, last)| last.trim())
            .filter(|last| {
                !last.is_empty()
                    && (last.starts_with(char::is_uppercase) || EN_ROLE_REFERENCE.is_match(last))
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
        match (who, cuts.last()) {
            (Some(who), Some(cut)) if cut.as_str().trim() == "and" => {
                // `Professor Tom Melham and lead engineer Louis-Emile Ploix said`
                let first_start = cuts.len().checked_sub(2).map_or(0, |k| cuts[k].end());
                let first = before[first_start..cut.start()].trim();
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
                match self.en_np(&run.join(" "), known, names) {
                    Some(who @ Who::Named { .. }) if !run.is_empty() => vec![who],
                    _ => Vec::new(),
                }
            }
            (None, Some(_)) if np.starts_with(char::is_lowercase) && !starts_np(np) => before
                .split_once(',')
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
