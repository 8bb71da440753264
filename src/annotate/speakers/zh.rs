//! The Chinese side: the frames of reported speech (`X表示`, `X在…时表示`, `据X介绍`,
//! `在X看来`, `X：“…”`) and the clauses they stand in; the subjects of clauses are found in
//! `zh_subject`, the noun phrases themselves read in `zh_np`.

use super::lexicon::{
    LATIN_NAME_TAIL, ZH_ANY_CUE, ZH_CITE, ZH_COLON, ZH_FRAME, ZH_FRAME_PLAIN, ZH_FULL_TEXT,
    ZH_INTRODUCES, ZH_JU, ZH_KANLAI, ZH_KNOWN_AS, ZH_LEAD, ZH_ROLE, ZH_TAIL, ZH_TIME,
    ZH_VERB_FIRST,
};
use super::zh_org::split_zh_appositive;
use super::{
    clauses_by, met, named_together, Detector, Found, Speakers, Who, Words, FULL_TEXT, TRANSCRIPT,
};

impl Detector<'_> {
    pub(super) fn zh_attributions(
        &self,
        words: &Words,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Vec<Found> {
        let paragraph = words.text;
        let mut found: Vec<Found> = Vec::new();
        // `郭嘉昆：…`, and a digest's `特朗普：期待与普京对话，泽连斯基：愿与俄谈判`.
        let clauses = zh_clauses(paragraph);
        for &(start, _) in &clauses {
            let from = &paragraph[start..];
            // Inside a paragraph, after a sentence or a clause of a digest; not a reference
            // list's `胡凌：《…》`.
            let opens = start == 0 || paragraph[..start].ends_with(['，', '。', '？', '！', ' ']);
            let Some(np) = ZH_COLON.captures(from).and_then(|c| c.name("np")) else {
                continue;
            };
            let cites = from[np.end()..]
                .trim_start_matches([':', '：', ' '])
                .starts_with(['《', '“']);
            if !opens || cites {
                continue;
            }
            if let Some(who @ Who::Named { .. }) = self.zh_np(np.as_str(), "", known, names) {
                // Mid-paragraph, after a comma, a name the text marks as a person's.
                let marked = vouched(&who, known, |name| {
                    name.contains(NAME_DOTS) || self.transliterated_person(name)
                });
                if start == 0 || !paragraph[..start].ends_with('，') || marked {
                    found.push((start, who, TRANSCRIPT));
                }
            }
        }
        if let Some(np) = ZH_FULL_TEXT.captures(paragraph).and_then(|c| c.name("np")) {
            // `鹏华基金披露的闫思倩对市场的`: the person is in the last part that names one.
            let who = np.as_str().rsplit('的').find_map(|part| {
                let part = ["在", "对", "发送", "撰"]
                    .iter()
                    .fold(part, |p, cut| p.split(cut).next().unwrap_or(p));
                // `纳国平、哈海英的自述`: two people's text is no one speaker's.
                if part.contains(['、', '和', '与', '及']) {
                    return None;
                }
                match self.zh_np(part, "表示", known, names) {
                    Some(who @ Who::Named { .. }) => Some(who),
                    _ => None,
                }
            });
            if let Some(who) = who {
                return vec![(0, who, FULL_TEXT)];
            }
        }
        for &(start, clause) in &clauses {
            // Most clauses hold no speech verb at all: skip them before the costly frames.
            if !ZH_ANY_CUE.is_match(clause) {
                continue;
            }
            // `马斯克在X平台上回复这位负责人，称他为…`: a clause that opens with its verb
            // speaks for the subject of the clause before.
            // (`阿特斯公告“否认”`: a quoted word is no clause of its own.)
            let quoted = paragraph[..start].ends_with(['“', '「', '"']);
            if ZH_VERB_FIRST.is_match(clause) && !quoted {
                let before = &paragraph[..start];
                if let Some(who) = self
                    .zh_subject_before(words, before, known, names, true)
                    .or_else(|| {
                        let last = found.last().map(|f| &f.1);
                        self.zh_pronoun_before(words, before, last, known, names)
                    })
                {
                    found.push((start, who, "X…，称 (the subject of the clause before)"));
                    continue;
                }
            }
            // `有着“美联储传声筒”之称的`: the 称 of a nickname is no verb.
            let masked: std::borrow::Cow<str> = if clause.contains("之称") {
                clause.replace("之称", "之谓").into()
            } else {
                clause.into()
            };
            let frame = [&*ZH_FRAME, &*ZH_FRAME_PLAIN].into_iter().find_map(|re| {
                let caps = re.captures(&masked)?;
                let mut np = caps.name("np").map_or("", |m| m.as_str());
                let verb = caps.name("verb").map_or("", |m| m.as_str());
                // `包括X在内的美国银行策略师指出`: the group after `在内的` is no place phrase.
                if let (Some(n), Some(v)) = (caps.name("np"), caps.name("verb")) {
                    if masked[n.end()..].starts_with("在内的") && n.start() < v.start() {
                        np =
                            masked[n.start()..v.start()].trim_end_matches(['也', '还', '都', '均']);
                        np = ["最近", "近期", "近日", "此前", "日前"]
                            .iter()
                            .find_map(|w| np.strip_suffix(w))
                            .unwrap_or(np);
                    }
                }
                // `这一悖论由经济学家杰文斯提出`: who first put an idea, not who speaks.
                if verb.starts_with("提出") && np.contains('由') {
                    return None;
                }
                // `分析师易峘和常慧丽`: a list reads when the whole phrase does not.
                let who = self.zh_np(np, verb, known, names).or_else(|| {
                    self.zh_name_list(np, known, names)
                        .and_then(|list| list.into_iter().last())
                })?;
                // `星河科技首席技术官向前表示`: an organisation and a role with words between
                // them and the verb may end before a name (`向前`), which another frame reads.
                let between = match (caps.name("np"), caps.name("verb")) {
                    (Some(n), Some(v)) => masked[n.end()..v.start()].trim(),
                    _ => "",
                };
                // (Not `美银策略师还指出` when a speaker met holds it.)
                let office = match &who {
                    Who::Titled(t) => {
                        let bare = bare_reference(t);
                        names_office(bare) && with_role(known, bare).is_empty()
                    }
                    _ => false,
                };
                if office && !between.is_empty() && !np.contains("在内的") {
                    return None;
                }
                Some((np, who))
            });
            if let Some((np, who)) = frame {
                // `邵千帆则持相反看法，他说…`: he is the subject named just before.
                // `“诸如在…领域，…”他说`: after a quotation, he is no word inside it, but
                // whoever spoke in the paragraph, or the subject of a clause that introduces
                // the quotation (`马斯克直接回复到“…”他还…`), or whoever spoke last.
                let before = paragraph[..start].trim_end();
                let introduced = before.strip_suffix(['”', '"', '」']).map(|quoted| {
                    quoted
                        .rfind(['“', '"', '「'])
                        .map_or("", |at| &quoted[..at])
                });
                let scope = match introduced {
                    None => Some(before),
                    Some(_) if !found.is_empty() => None,
                    Some(intro) if ZH_INTRODUCES.is_match(intro.trim_end()) => Some(intro),
                    Some(_) => None,
                };
                let who = match (who, scope) {
                    (Who::Pronoun, Some(scope)) => self
                        .zh_subject_before(words, scope, known, names, false)
                        .unwrap_or(Who::Pronoun),
                    (other, _) => other,
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
                (&*ZH_JU, "据X介绍/用X的话说/根据X的说法 (a cited phrase)"),
            ] {
                if let Some(caps) = re.captures(clause) {
                    let np = caps
                        .name("np")
                        .or_else(|| caps.name("np2"))
                        .or_else(|| caps.name("np3"))
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
                    let bare = bare_reference(&np);
                    let holders = with_role(known, bare);
                    // `上述创始人则认为`: no speaker met has the role; an unnamed source may.
                    if holders.is_empty() && np != bare {
                        let desc = np.trim_end_matches('们').to_string();
                        resolved.push((at, Who::Unnamed(desc), frame));
                    }
                    // `欧盟委员会主席称` before the text names her: read again once every
                    // speaker is known.
                    if holders.is_empty() && np == bare && names_office(bare) {
                        resolved.push((at, Who::Titled(np), frame));
                        continue;
                    }
                    for s in holders {
                        resolved.push((at, met(s), "分析师指出 (the speakers met with that role)"));
                    }
                }
                other => resolved.push((at, other, frame)),
            }
        }
        resolved.sort_by_key(|(p, _, _)| *p);
        // `Harry Tchilinguirian表示：“…美联储主席鲍威尔周三重申，…”`: a name that speaks inside
        // a quotation an earlier speaker of the paragraph opened is the outer speaker's words.
        let quotes = long_quotes(paragraph);
        let inner = |at: usize, found: &[Found]| {
            quotes
                .iter()
                .any(|&(open, close)| open < at && at < close && found.iter().any(|f| f.0 < open))
        };
        let mut kept: Vec<Found> = Vec::with_capacity(resolved.len());
        for f in resolved {
            if !inner(f.0, &kept) {
                kept.push(f);
            }
        }
        kept
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
pub(super) fn vouched(who: &Who, known: &Speakers, marked: impl Fn(&str) -> bool) -> bool {
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
        // `这位美联储主席`: the organisation and the role together name the holder too.
        .filter(|s| s.role.as_deref().is_some_and(|r| r.ends_with(role)) || s.holds(role))
        .collect();
    let Some(last) = holders.iter().filter_map(|s| s.paragraphs.first()).max() else {
        return Vec::new();
    };
    holders
        .into_iter()
        .filter(|s| s.paragraphs.first() == Some(last))
        .collect()
}

/// Words before a role that refer back to people met before (`上述创始人`, `该分析师`).
const ZH_BACK_DETERMINERS: [&str; 8] =
    ["该", "这位", "这名", "上述", "这些", "几位", "两位", "三位"];

/// A reference by role without the word that points back and the plural (`上述分析师们` is
/// `分析师`).
pub(super) fn bare_reference(np: &str) -> &str {
    ZH_BACK_DETERMINERS
        .iter()
        .find_map(|d| np.strip_prefix(d))
        .unwrap_or(np)
        .trim_end_matches('们')
}

/// Whether a reference by role names an office of an organisation (`欧盟委员会主席`) rather
/// than a role alone (`分析师`).
fn names_office(bare: &str) -> bool {
    ZH_ROLE.find(bare).is_none_or(|m| m.start() > 0)
}

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
        // `有着“美联储传声筒”之称的著名财经记者`: a nickname the person is known by.
        np = ZH_KNOWN_AS.find(np).map_or(np, |m| &np[m.end()..]).trim();
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

/// The dots that join the parts of a transliterated name (`埃隆·马斯克`, `罗素・沃特`), and
/// the hyphen some outlets write for them (`吉姆-法利`).
pub(super) const NAME_DOTS: [char; 5] = ['·', '•', '・', '‧', '-'];

/// The parts of a transliterated name (`埃隆·马斯克`, `吉姆-法利`), or `None` for a name of
/// one part (and for `Rowlands-Rees`, whose hyphen joins Latin words).
pub(super) fn name_parts(name: &str) -> Option<Vec<&str>> {
    let dots = ['·', '•', '・', '‧'];
    let hyphenated = name.contains('-') && name.chars().all(|c| c == '-' || crate::text::is_han(c));
    if name.contains(dots) {
        Some(name.split(dots).collect())
    } else if hyphenated {
        Some(name.split('-').collect())
    } else {
        None
    }
}

/// The byte ranges of the quotations of a paragraph longer than a quoted name (more than
/// ten characters, or holding a clause's end).
fn long_quotes(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('“').map(|i| from + i) {
        let inner = open + '“'.len_utf8();
        let Some(close) = text[inner..].find('”').map(|i| inner + i) else {
            break;
        };
        let quoted = &text[inner..close];
        if quoted.chars().count() > 10 || quoted.contains(['，', '。']) {
            out.push((open, close));
        }
        from = close;
    }
    out
}

/// The clauses of a Chinese paragraph with their byte offsets: split at punctuation and at
/// quotation marks, except the marks of a short quoted name (`在其创建的“真实社交”平台上`,
/// `公号“红军债市笔记”主理人`), which belong to the clause they stand in.
pub(super) fn zh_clauses(text: &str) -> Vec<(usize, &str)> {
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
