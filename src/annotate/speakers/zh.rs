//! The Chinese side: the frames of reported speech (`X表示`, `X在…时表示`, `据X介绍`,
//! `在X看来`, `X：“…”`), the clauses they stand in and the subjects of verb-first clauses;
//! the noun phrases themselves are read in `zh_np`.

use super::lexicon::{
    LATIN_NAME_TAIL, TRANSLITERATION_CHARS, ZH_ANY_CUE, ZH_CITE, ZH_COLON, ZH_FRAME,
    ZH_FRAME_PLAIN, ZH_JU, ZH_KANLAI, ZH_LEAD, ZH_RANK, ZH_ROLE, ZH_SUBJECT_END, ZH_SUBJECT_MARK,
    ZH_TAIL, ZH_TIME, ZH_VERB_ANY, ZH_VERB_FIRST,
};
use super::zh_org::split_zh_appositive;
use super::{clauses_by, Detector, Found, Speakers, Who, Words};

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
        for (start, clause) in zh_clauses(paragraph) {
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
            // `比亚迪董事长王传福今日晚间在发布会上表示`: a name, then a time, an adverb or a
            // preposition, then a phrase, then the verb.
            if let Some(who) = self.zh_subject_then_verb(clause, known, names) {
                found.push((
                    start,
                    who,
                    "X（在…上/对…）表示 (a name, a phrase, then the verb)",
                ));
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
                if vouched(&who, known, |_| false) {
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

    /// The speaker of a clause that opens with a person (with their appositive) and has a
    /// speech verb later, after a time, an adverb or a preposition that ends the name.
    fn zh_subject_then_verb(
        &self,
        clause: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        let verb = ZH_VERB_ANY.find(clause)?;
        let head = &clause[..verb.start()];
        // `王超的团队表示`, `他的话说`: a possession, not the speaker.
        if head.is_empty() || head.ends_with('的') {
            return None;
        }
        // `特朗普尴尬地笑笑表示`: a speaker already met opens the clause.
        let opening = ZH_LEAD.find(head).map_or(head, |m| &head[m.end()..]);
        for s in &known.named {
            let forms =
                std::iter::once(s.name.as_str()).chain(s.aliases.iter().map(String::as_str));
            for form in forms {
                let rest = opening.strip_prefix(form);
                let joined =
                    rest.is_some_and(|r| r.starts_with(['的', '和', '与', '及', '、', '等']));
                if rest.is_some()
                    && form.chars().count() >= 2
                    && !joined
                    && head.chars().count() <= 40
                {
                    return Some(met(s));
                }
            }
        }
        for mark in ZH_SUBJECT_MARK.find_iter(head) {
            let np = &head[..mark.start()];
            if np.chars().count() < 2 {
                continue;
            }
            if let Some(who @ Who::Named { .. }) = self.zh_np(np, "", known, names) {
                let person = vouched(&who, known, |name| self.marked_as_person(name));
                return person.then_some(who);
            }
        }
        None
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
        for (_, clause) in zh_clauses(text).into_iter().rev() {
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
                    // Before a time or a verb (`杭钢昨日发布公告`), a bare word jieba may tag
                    // as a name is as often a company: only a role, a dot or a transliteration
                    // marks a person there.
                    let marked = match &who {
                        Who::Named { name, role, .. } => {
                            role.is_some()
                                || known.named.iter().any(|s| s.answers_to(name))
                                || name.contains('·')
                                || self.transliterated_person(name)
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
        // `合伙人马克·斯坦伯格（Marc Steinberg）和执行合伙人杰西·科恩（Jesse Cohn）`: a later part
        // may carry its own role (and takes the first one's organisation when it names none).
        let own: Vec<Option<Who>> = rest
            .iter()
            .map(|p| {
                if is_name(p) {
                    return None;
                }
                match self.zh_np(p, "表示", known, names) {
                    Some(who @ Who::Named { role: Some(_), .. }) => Some(who),
                    _ => None,
                }
            })
            .collect();
        if rest
            .iter()
            .zip(&own)
            .any(|(p, o)| o.is_none() && !is_name(p))
        {
            return None;
        }
        let first_who = match self.zh_np(first, "表示", known, names) {
            Some(who @ Who::Named { .. }) if own.iter().any(Option::is_some) => who,
            _ => {
                let (name, appositive) = self.zh_name_at_end(first, known, names)?;
                let (org, role) = split_zh_appositive(appositive, self.glossary, self.segmenter);
                Who::Named {
                    name,
                    alias: None,
                    org,
                    role,
                }
            }
        };
        let Who::Named {
            org: first_org,
            role: first_role,
            ..
        } = &first_who
        else {
            return None;
        };
        let (first_org, first_role) = (first_org.clone(), first_role.clone());
        let mut list = vec![first_who];
        for (p, o) in rest.iter().zip(own) {
            list.push(match o {
                Some(Who::Named {
                    name,
                    alias,
                    org,
                    role,
                }) => Who::Named {
                    name,
                    alias,
                    org: org.or_else(|| first_org.clone()),
                    role,
                },
                _ => Who::Named {
                    name: p.to_string(),
                    alias: None,
                    org: first_org.clone(),
                    role: first_role.clone(),
                },
            });
        }
        Some(list)
    }
}

/// Whether the text vouches that a name read at a clause's start is a person's: it comes with
/// a role, it is a speaker already met, or `marked` says so. A bare word there is as often a
/// company (`房利美`) or no name at all.
fn vouched(who: &Who, known: &Speakers, marked: impl Fn(&str) -> bool) -> bool {
    match who {
        Who::Named { name, role, .. } => {
            role.is_some() || known.named.iter().any(|s| s.answers_to(name)) || marked(name)
        }
        _ => false,
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
pub(super) const ZH_BACK_DETERMINERS: [&str; 8] =
    ["该", "这位", "这名", "上述", "这些", "几位", "两位", "三位"];

/// A noun phrase before a verb without the lead, time and tail words around it.
pub(super) fn trim_np(np: &str) -> &str {
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
        // `正在购买黄金的周磊接受…采访时`: the `在` of `正在`, `现在`, `存在` starts no place
        // phrase.
        let mut tail = ZH_TAIL.find(np);
        while let Some(m) = tail.filter(|m| {
            np[m.start()..].starts_with('在')
                && np[..m.start()].ends_with(['正', '现', '实', '存', '所'])
        }) {
            tail = ZH_TAIL.find_at(np, m.start() + '在'.len_utf8());
        }
        np = tail.map_or(np, |m| &np[..m.start()]).trim();
        if np == before {
            return np;
        }
    }
}

/// The dots that join the parts of a transliterated name (`埃隆·马斯克`, `罗素・沃特`).
pub(super) const NAME_DOTS: [char; 4] = ['·', '•', '・', '‧'];

/// The clauses of a Chinese paragraph with their byte offsets: split at punctuation and at
/// quotation marks, except the marks of a short quoted name (`在其创建的“真实社交”平台上`,
/// `公号“红军债市笔记”主理人`), which belong to the clause they stand in.
fn zh_clauses(text: &str) -> Vec<(usize, &str)> {
    const ENDS: [char; 8] = ['，', ',', '。', '！', '？', '；', ';', '\n'];
    let mut keep = std::collections::HashSet::new();
    for (open, _) in text.match_indices('“') {
        let inner = &text[open + '“'.len_utf8()..];
        let Some(close) = inner.find('”') else {
            continue;
        };
        let quoted = &inner[..close];
        let short = (1..=10).contains(&quoted.chars().count())
            && !quoted.contains(ENDS)
            && !quoted.contains(['：', ':', '“']);
        // A short quote that ends a clause or a sentence is speech (`他说“不会”。`).
        let after = inner[close + '”'.len_utf8()..].chars().next();
        if short && after.is_some_and(|c| !ENDS.contains(&c) && !matches!(c, '：' | ':')) {
            keep.insert(open);
            keep.insert(open + '“'.len_utf8() + close);
        }
    }
    clauses_by(text, |i, c| {
        // The colon of `https://` ends no clause.
        let url = c == ':' && text[i..].starts_with("://");
        ENDS.contains(&c)
            || (matches!(c, '：' | ':' | '"') && !url)
            || (matches!(c, '“' | '”') && !keep.contains(&i))
    })
}
