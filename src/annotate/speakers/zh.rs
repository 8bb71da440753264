//! The Chinese side: reported-speech frames, the noun phrase before the verb, personal
//! names, and appositives split into organisation and role.

use super::en_lexicon::EN_ORG_WORD;
use super::lexicon::{
    BRACKET_TAIL, LATIN_NAME_TAIL, LATIN_WORD_TAIL, SURNAMES, TRANSLITERATED,
    TRANSLITERATION_CHARS, ZH_ANY_CUE, ZH_CITE, ZH_COLON, ZH_FRAME, ZH_FRAME_PLAIN, ZH_JU,
    ZH_KANLAI, ZH_LEAD, ZH_RANK, ZH_ROLE, ZH_STRONG_ORG_SUFFIX_ANY, ZH_SUBJECT_END, ZH_TAIL,
    ZH_TIME, ZH_TITLE_AFTER, ZH_UNNAMED, ZH_VERB_FIRST,
};
use super::zh_org::{role_words, split_zh_appositive};
use super::{clauses, Detector, Found, Speakers, Who, Words};
use crate::text::is_han;

impl Detector<'_> {
    pub(super) fn zh_attributions(
        &self,
        words: &Words,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Vec<Found> {
        let paragraph = words.text;
        let mut found: Vec<Found> = Vec::new();
        if let Some(np) = ZH_COLON.captures(paragraph).and_then(|c| c.name("np")) {
            if let Some(who @ Who::Named { .. }) = self.zh_np(np.as_str(), "", known, names) {
                found.push((0, who, "X：… (a transcript)"));
            }
        }
        for (start, clause) in clauses(
            paragraph,
            &[
                '，', ',', '。', '！', '？', '；', ';', '：', ':', '“', '”', '"', '\n',
            ],
        ) {
            // Most clauses hold no speech verb at all: skip them before the costly frames.
            if !ZH_ANY_CUE.is_match(clause) {
                continue;
            }
            // `马斯克在X平台上回复这位负责人，称他为…`: a clause that opens with its verb
            // speaks for the subject of the clause before.
            if ZH_VERB_FIRST.is_match(clause) {
                if let Some(who) =
                    self.zh_subject_before(words, &paragraph[..start], known, names, true)
                {
                    found.push((start, who, "X…，称 (the subject of the clause before)"));
                    continue;
                }
            }
            let frame = [&*ZH_FRAME, &*ZH_FRAME_PLAIN].into_iter().find_map(|re| {
                let caps = re.captures(clause)?;
                let np = caps.name("np").map_or("", |m| m.as_str());
                let verb = caps.name("verb").map_or("", |m| m.as_str());
                // `分析师易峘和常慧丽`: a list reads when the whole phrase does not.
                let who = self.zh_np(np, verb, known, names).or_else(|| {
                    self.zh_name_list(np, known, names)
                        .and_then(|list| list.into_iter().last())
                })?;
                Some((np, who))
            });
            if let Some((np, who)) = frame {
                // `邵千帆则持相反看法，他说…`: he is the subject named just before.
                let who = match who {
                    Who::Pronoun => self
                        .zh_subject_before(words, &paragraph[..start], known, names, false)
                        .unwrap_or(Who::Pronoun),
                    other => other,
                };
                // `美银美林资深分析师A、B和C发布报告`: every name of the list speaks, with
                // the appositive before the first.
                if let Some(list) = self.zh_name_list(np, known, names) {
                    for who in list {
                        found.push((start, who, "X、Y和Z表示 (names joined, then a speech verb)"));
                    }
                    continue;
                }
                found.push((start, who, "X表示 (name, then a speech verb)"));
                continue;
            }
            for (re, frame) in [
                (&*ZH_CITE, "据X介绍 (according to)"),
                (&*ZH_KANLAI, "在X看来 (in X's view)"),
                (&*ZH_JU, "据X介绍/用X的话说 (a cited phrase)"),
            ] {
                if let Some(caps) = re.captures(clause) {
                    let np = caps
                        .name("np")
                        .or_else(|| caps.name("np2"))
                        .map_or("", |m| m.as_str());
                    if let Some(who) = self.zh_np(np, "看来", known, names) {
                        found.push((start, who, frame));
                    }
                }
            }
        }
        // `马斯克给出了他的建议：“…”`: a clause that ends with a colon before a quote (or at
        // the paragraph's end) speaks for its subject.
        for (at, _) in paragraph.match_indices(['：', ':']) {
            let after = paragraph[at..].chars().skip(1).find(|c| !c.is_whitespace());
            if !matches!(after, None | Some('“' | '"' | '「')) {
                continue;
            }
            if found.iter().any(|(p, _, _)| *p <= at) {
                continue;
            }
            // Only a speaker already met, or one with a role, in the same sentence: a bare
            // word at a clause's start is as often a company (`房利美`) or no name at all.
            let sentence = paragraph[..at]
                .rfind(['。', '！', '？'])
                .map_or(0, |i| i + '。'.len_utf8());
            let who = self.zh_subject_before(words, &paragraph[sentence..at], known, names, false);
            if let Some(who @ Who::Named { .. }) = who {
                let vouched = match &who {
                    Who::Named { name, role, .. } => {
                        role.is_some() || known.named.iter().any(|s| s.answers_to(name))
                    }
                    _ => false,
                };
                if vouched {
                    found.push((
                        at,
                        who,
                        "X……：“…” (a clause ending with a colon before a quote)",
                    ));
                }
            }
        }
        // `分析师指出`: the speakers met with that role, introduced together.
        let mut resolved = Vec::new();
        for (at, who, frame) in std::mem::take(&mut found) {
            match who {
                Who::Titled(np) if matches!(np.as_str(), "他们" | "她们") => {
                    for s in named_together(known) {
                        resolved.push((at, met(s), "他们认为 (the speakers last named together)"));
                    }
                }
                Who::Titled(np) => {
                    let bare = ZH_BACK_DETERMINERS
                        .iter()
                        .find_map(|d| np.strip_prefix(d))
                        .unwrap_or(&np)
                        .trim_end_matches('们');
                    let holders = with_role(known, bare);
                    // `上述创始人则认为`: no speaker met has the role; an unnamed source may.
                    if holders.is_empty() && np != bare {
                        let desc = np.trim_end_matches('们').to_string();
                        resolved.push((at, Who::Unnamed(desc), frame));
                    }
                    for s in holders {
                        resolved.push((at, met(s), "分析师指出 (the speakers met with that role)"));
                    }
                }
                other => resolved.push((at, other, frame)),
            }
        }
        resolved.sort_by_key(|(p, _, _)| *p);
        resolved
    }

    /// The person a clause before `text`'s end opens with (`邵千帆则持相反看法`), if any.
    fn zh_subject_before(
        &self,
        words: &Words,
        text: &str,
        known: &Speakers,
        names: &[(String, String)],
        verb_first: bool,
    ) -> Option<Who> {
        let delims = [
            '，', ',', '。', '！', '？', '；', ';', '：', ':', '“', '”', '"',
        ];
        for (_, clause) in clauses(text, &delims).into_iter().rev() {
            let clause = ZH_LEAD
                .find(clause)
                .map_or(clause, |m| &clause[m.end()..])
                .trim();
            for s in &known.named {
                let parts = s.name.split('·').filter(|p| p.chars().count() >= 2);
                for form in std::iter::once(s.name.as_str())
                    .chain(s.aliases.iter().map(String::as_str))
                    .chain(parts.filter(|_| s.name.contains('·')))
                {
                    if clause.starts_with(form) {
                        return Some(Who::Named {
                            name: form.to_string(),
                            alias: None,
                            org: None,
                            role: None,
                        });
                    }
                }
            }
            let chars: Vec<(usize, char)> = clause.char_indices().collect();
            let cuts = words.cuts_in(clause);
            // A verb-first clause borrows a subject only that the text marks as a person (a
            // role before the name, or see `marked_as_person`): a bare word of two or three
            // characters at a clause's start is as often a place or a company (`杭钢`).
            for n in [3usize, 2] {
                // A transliterated name runs on as long as its characters do (`埃尔多安`).
                let runs_on = chars
                    .get(n)
                    .is_some_and(|(_, c)| TRANSLITERATION_CHARS.contains(*c))
                    && chars[..n]
                        .iter()
                        .all(|(_, c)| TRANSLITERATION_CHARS.contains(*c));
                // `安永首席经济学家…`: a word before a role is its organisation.
                let before_role = chars.get(n).is_some_and(|&(at, _)| {
                    let rest = &clause[at..];
                    [&*ZH_ROLE, &*ZH_RANK]
                        .iter()
                        .any(|re| re.find(rest).is_some_and(|m| m.start() == 0))
                });
                if chars.len() > n
                    && !runs_on
                    && !before_role
                    && cuts.contains(&chars[n].0)
                    && self.is_zh_name(&clause[..chars[n].0], false)
                    && (!verb_first || self.marked_as_person(&clause[..chars[n].0]))
                {
                    let name = clause[..chars[n].0].to_string();
                    return Some(Who::Named {
                        name,
                        alias: None,
                        org: None,
                        role: None,
                    });
                }
            }
            // `Meta首席执行官扎克伯格也对量子计算“泼冷水”`: a name, with its appositive,
            // before an adverb, a time or a preposition.
            if let Some(np) = ZH_SUBJECT_END.captures(clause).and_then(|c| c.name("np")) {
                if let Some(who @ Who::Named { .. }) = self.zh_np(np.as_str(), "", known, names) {
                    let marked = match &who {
                        Who::Named { name, role, .. } => {
                            role.is_some() || self.marked_as_person(name)
                        }
                        _ => false,
                    };
                    if marked || !verb_first {
                        return Some(who);
                    }
                }
            }
            // `如众议员罗伯特·加西亚（Rep. Robert Garcia），甚至呼吁…`: the whole clause is
            // the subject, a person with a role.
            if verb_first {
                if let Some(who @ Who::Named { role: Some(_), .. }) =
                    self.zh_np(clause, "", known, names)
                {
                    return Some(who);
                }
            }
            // Only the clause just before speaks for a verb-first clause.
            if verb_first {
                break;
            }
        }
        None
    }

    /// The names of a list before a verb (`Anna Wong和Stuart Paul`, `分析师A、B和C`), each
    /// with the organisation and role of the appositive before the first; none unless every
    /// part after the first is a name.
    fn zh_name_list(
        &self,
        np: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Vec<Who>> {
        let np = trim_np(np);
        let parts: Vec<&str> = np.split(['、', '和', '与', '及']).map(str::trim).collect();
        let (first, rest) = parts.split_first()?;
        if rest.is_empty() {
            return None;
        }
        let is_name = |p: &str| {
            LATIN_NAME_TAIL.find(p).is_some_and(|m| m.start() == 0)
                || known.named.iter().any(|s| s.answers_to(p))
                || self.is_zh_name(p, false)
        };
        if !rest.iter().all(|p| is_name(p)) {
            return None;
        }
        let (name, appositive) = self.zh_name_at_end(first, known, names)?;
        let (org, role) = split_zh_appositive(appositive, self.glossary, self.segmenter);
        Some(
            std::iter::once(name)
                .chain(rest.iter().map(|p| p.to_string()))
                .map(|name| Who::Named {
                    name,
                    alias: None,
                    org: org.clone(),
                    role: role.clone(),
                })
                .collect(),
        )
    }

    /// Read a Chinese noun phrase that stands before a speech verb.
    fn zh_np(
        &self,
        np: &str,
        verb: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        let np = trim_np(np);
        // `他认为`, and `他引用…的一句话表示` (he is still the subject), but not `他们`, `他的同事`.
        let mut chars = np.chars();
        if matches!(chars.next(), Some('他' | '她')) && !matches!(chars.next(), Some('们' | '的'))
        {
            return Some(Who::Pronoun);
        }
        // `他们建议`: the speakers last named together (resolved by the caller).
        if matches!(np, "他们" | "她们") {
            return Some(Who::Titled(np.to_string()));
        }
        if np.is_empty() || np.chars().count() > 60 {
            return None;
        }
        let mut alias = None;
        let mut body = np;
        if let Some(caps) = BRACKET_TAIL.captures(np) {
            let inner = caps.get(1).map_or("", |m| m.as_str()).trim();
            if inner.chars().any(|c| c.is_ascii_alphabetic()) {
                alias = Some(inner.to_string());
            }
            body = np[..caps.get(0).map_or(np.len(), |m| m.start())].trim_end();
        }
        // `上海沪紫律师事务所刘鹏律师表示`: a title after the name.
        let title = ZH_TITLE_AFTER
            .iter()
            .find(|t| body.len() > t.len() && body.ends_with(*t))
            .copied();
        let head = title.map_or(body, |t| &body[..body.len() - t.len()]);
        if let Some((name, appositive)) = self.zh_name_at_end(head, known, names) {
            let (org, role) = split_zh_appositive(appositive, self.glossary, self.segmenter);
            return Some(Who::Named {
                name,
                alias,
                org,
                role: title.map(str::to_string).or(role),
            });
        }
        // `Meta的首席财务官李（Susan Li）`: a surname alone after a role, and the full name
        // in Latin letters in brackets.
        if let Some(latin) = alias.as_deref().filter(|a| LATIN_NAME_TAIL.is_match(a)) {
            if let Some(m) = ZH_ROLE.find_iter(body).last() {
                let tail = &body[m.end()..];
                if (1..=2).contains(&tail.chars().count()) && tail.chars().all(is_han) {
                    let (org, role) =
                        split_zh_appositive(&body[..m.end()], self.glossary, self.segmenter);
                    return Some(Who::Named {
                        name: latin.to_string(),
                        alias: Some(tail.to_string()),
                        org,
                        role,
                    });
                }
            }
        }
        // `分析师指出`, `该分析师表示`: a role alone refers to speakers already met.
        let bare = ZH_BACK_DETERMINERS
            .iter()
            .find_map(|d| np.strip_prefix(d))
            .unwrap_or(np)
            .trim_end_matches('们');
        if ZH_ROLE
            .find(bare)
            .is_some_and(|m| m.start() == 0 && m.end() == bare.len())
        {
            return Some(Who::Titled(np.to_string()));
        }
        let told = verb.contains("告诉") || np.contains('对');
        if let Some(caps) = ZH_UNNAMED.captures(np) {
            let det = caps.name("det").map_or("", |m| m.as_str());
            if det != "有" || told || verb == "告诉记者" {
                let desc = caps
                    .name("desc")
                    .map_or("", |m| m.as_str())
                    .trim_start_matches('的')
                    .trim();
                let desc = desc.trim_end_matches(['也', '还', '则']);
                if !desc.is_empty() {
                    // A back-reference keeps its word, so that it joins the earlier source.
                    let back = matches!(det, "上述" | "该" | "这位");
                    let desc = if back {
                        format!("{det}{desc}")
                    } else {
                        desc.to_string()
                    };
                    return Some(Who::Unnamed(desc));
                }
            }
        }
        None
    }

    /// A person's name at the end of `np`, and what stands before it.
    fn zh_name_at_end<'t>(
        &self,
        np: &'t str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<(String, &'t str)> {
        // A name already known in this article (or one part of a transliterated one:
        // `伊利亚` of `伊利亚·苏茨克维尔`), or in the registry.
        for s in &known.named {
            let parts = s
                .name
                .split('·')
                .filter(|_| s.name.contains('·'))
                .map(str::to_string);
            let forms: Vec<String> = std::iter::once(s.name.clone())
                .chain(s.aliases.iter().cloned())
                .chain(parts)
                .collect();
            for form in forms {
                if np.ends_with(form.as_str()) && form.chars().count() >= 2 {
                    return Some((form.clone(), &np[..np.len() - form.len()]));
                }
            }
        }
        if let Some(form) = self.people.name_suffix(np) {
            return Some((form.to_string(), &np[..np.len() - form.len()]));
        }
        if let Some(caps) = TRANSLITERATED.captures(np) {
            let m = caps.get(1)?;
            // `首席科学家伊利亚·苏茨克维尔`: the name starts after the last role word.
            let start = ZH_ROLE
                .find_iter(m.as_str())
                .last()
                .map_or(m.start(), |r| m.start() + r.end());
            // … and at the first character of the run of transliteration characters that
            // ends at its first `·` (`捷克查理大学的扬·哈吉奇`).
            let dot = np[start..].find('·').map_or(start, |d| start + d);
            let start = np[start..dot]
                .char_indices()
                .rev()
                .find(|(_, c)| !TRANSLITERATION_CHARS.contains(*c))
                .map_or(start, |(i, c)| start + i + c.len_utf8());
            // The last part ends at the first character no transliteration uses.
            let last = np[start..]
                .rfind('·')
                .map_or(start, |d| start + d + '·'.len_utf8());
            let end = np[last..]
                .char_indices()
                .find(|(_, c)| !TRANSLITERATION_CHARS.contains(*c))
                .map_or(np.len(), |(i, _)| last + i);
            if end > last && start < dot {
                return Some((np[start..end].to_string(), &np[..start]));
            }
        }
        // A Latin name at the end (`Sam Altman表示`).
        if let Some(m) = LATIN_NAME_TAIL.find(np) {
            // `Elliott Management表示`: an organisation's name is no person's.
            if self.glossary.lookup(m.as_str()).is_none() && !EN_ORG_WORD.is_match(m.as_str()) {
                return Some((m.as_str().to_string(), &np[..m.start()]));
            }
        }
        // A Latin surname alone (`Davis说`) of a full name the article gives elsewhere.
        if let Some(m) = LATIN_WORD_TAIL.find(np) {
            let starts_word = np[..m.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_ascii_alphabetic());
            if let Some((_, full)) = names.iter().find(|(last, _)| last == m.as_str()) {
                if starts_word {
                    return Some((full.clone(), &np[..m.start()]));
                }
            }
        }
        // `体验者王先生`: a surname and a courtesy title stand for a person the article
        // does not name in full.
        if let Some(courtesy) = ["先生", "女士"].iter().find(|t| np.ends_with(*t)) {
            let head = &np[..np.len() - courtesy.len()];
            if let Some(surname) = head.chars().next_back().filter(|c| SURNAMES.contains(*c)) {
                let start = head.len() - surname.len_utf8();
                return Some((np[start..].to_string(), &np[..start]));
            }
        }
        // After an organisation's suffix (`律师事务所刘鹏`), unless a role word follows it.
        let last_role = role_words(np).last();
        // Only a Chinese name of two or three characters that is not a word (`管理层`),
        // not a transliteration, which after a company's suffix is as often a company
        // (`公司马斯达尔`).
        if let Some(suffix) = ZH_STRONG_ORG_SUFFIX_ANY.find_iter(np).last() {
            let tail = &np[suffix.end()..];
            let chinese = (2..=3).contains(&tail.chars().count())
                && tail.chars().next().is_some_and(|c| SURNAMES.contains(c));
            if last_role.is_none_or(|r| r.end() <= suffix.end())
                && chinese
                && self.is_zh_name(tail, false)
            {
                return Some((tail.to_string(), &np[..suffix.end()]));
            }
        }
        // After the last role word: `MiniMax副总裁刘华`.
        if let Some(m) = last_role {
            let tail = &np[m.end()..];
            let tail = tail.trim();
            // `联储主席Kashkari`: a Latin surname alone after the role.
            let latin = tail.len() >= 3
                && tail.starts_with(|c: char| c.is_ascii_uppercase())
                && tail.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
                && self.glossary.lookup(tail).is_none();
            if latin || self.is_zh_name(tail, true) {
                let start = np.len() - tail.len();
                return Some((tail.to_string(), &np[..start]));
            }
            return None;
        }
        // The whole phrase is a name: `高雪峰`.
        self.is_zh_name(np, false).then(|| (np.to_string(), ""))
    }
}

/// The speakers already met whose role ends with `role`, of the paragraph where the last of
/// them was introduced (`美银美林资深分析师A、B和C` … `分析师指出` is all three).
fn with_role<'s>(known: &'s Speakers, role: &str) -> Vec<&'s super::Speaker> {
    let holders: Vec<&super::Speaker> = known
        .named
        .iter()
        .filter(|s| s.role.as_deref().is_some_and(|r| r.ends_with(role)))
        .collect();
    let Some(last) = holders.iter().filter_map(|s| s.paragraphs.first()).max() else {
        return Vec::new();
    };
    holders
        .into_iter()
        .filter(|s| s.paragraphs.first() == Some(last))
        .collect()
}

/// An attribution to a speaker already met, by their name.
fn met(s: &super::Speaker) -> Who {
    Who::Named {
        name: s.name.clone(),
        alias: None,
        org: None,
        role: None,
    }
}

/// The speakers attributed last, when two or more were attributed together (in the same
/// paragraph, after everyone else's last attribution): whom `他们` refers to.
fn named_together(known: &Speakers) -> Vec<&super::Speaker> {
    let last = |s: &super::Speaker| s.mentions.last().map(|m| m.paragraph);
    let Some(latest) = known.named.iter().filter_map(last).max() else {
        return Vec::new();
    };
    let together: Vec<&super::Speaker> = known
        .named
        .iter()
        .filter(|s| last(s) == Some(latest))
        .collect();
    if together.len() >= 2 {
        together
    } else {
        Vec::new()
    }
}

/// Words before a role that refer back to people met before (`上述创始人`, `该分析师`).
const ZH_BACK_DETERMINERS: [&str; 8] =
    ["该", "这位", "这名", "上述", "这些", "几位", "两位", "三位"];

/// A noun phrase before a verb without the lead, time and tail words around it.
fn trim_np(np: &str) -> &str {
    let mut np = np.trim();
    loop {
        let before = np;
        // `在美国总统特朗普表示…后`: the time clause's own subject.
        np = np
            .strip_prefix('在')
            .filter(|rest| !rest.is_empty())
            .unwrap_or(np);
        np = ZH_LEAD.find(np).map_or(np, |m| &np[m.end()..]).trim();
        np = ZH_TIME.find(np).map_or(np, |m| &np[m.end()..]).trim();
        np = ZH_TAIL.find(np).map_or(np, |m| &np[..m.start()]).trim();
        if np == before {
            return np;
        }
    }
}
