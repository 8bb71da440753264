//! The Chinese side: reported-speech frames, the noun phrase before the verb, personal
//! names, and appositives split into organisation and role.

use super::lexicon::{
    BRACKET_TAIL, COMPOUND_SURNAMES, EN_ORG_WORD, FUNCTION_CHARS, LATIN_NAME_TAIL, LATIN_WORD_TAIL,
    SURNAMES, TRANSLITERATED, TRANSLITERATION_CHARS, ZH_ANY_CUE, ZH_CITE, ZH_COLON, ZH_FRAME,
    ZH_FRAME_PLAIN, ZH_JU, ZH_KANLAI, ZH_LEAD, ZH_NOT_NAMES, ZH_NOT_PEOPLE, ZH_ORG_SUFFIX, ZH_ROLE,
    ZH_STRONG_ORG_SUFFIX, ZH_STRONG_ORG_SUFFIX_ANY, ZH_SUBJECT_END, ZH_TAIL, ZH_TIME,
    ZH_TITLE_AFTER, ZH_UNNAMED, ZH_VERB_FIRST,
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
                Some((np, self.zh_np(np, verb, known, names)?))
            });
            if let Some((np, who)) = frame {
                // `邵千帆则持相反看法，他说…`: he is the subject named just before.
                let who = match who {
                    Who::Pronoun => self
                        .zh_subject_before(words, &paragraph[..start], known, names, false)
                        .unwrap_or(Who::Pronoun),
                    other => other,
                };
                // `经济研究的Anna Wong和Stuart Paul写道`: both speak.
                if let Who::Named { name, .. } = &who {
                    if let Some(first) = self.zh_first_of_pair(np, name, known, names) {
                        found.push((start, first, "X和Y表示 (two names, then a speech verb)"));
                    }
                }
                found.push((start, who, "X表示 (name, then a speech verb)"));
                continue;
            }
            for (re, frame) in [
                (&*ZH_CITE, "据X介绍 (according to)"),
                (&*ZH_KANLAI, "在X看来 (in X's view)"),
                (&*ZH_JU, "X举例/X说 (a cited phrase)"),
            ] {
                if let Some(caps) = re.captures(clause) {
                    let np = caps.name("np").map_or("", |m| m.as_str());
                    if let Some(who) = self.zh_np(np, "看来", known, names) {
                        found.push((start, who, frame));
                    }
                }
            }
        }
        found.sort_by_key(|(p, _, _)| *p);
        found
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
                if chars.len() > n
                    && !runs_on
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
            // Only the clause just before speaks for a verb-first clause.
            if verb_first {
                break;
            }
        }
        None
    }

    /// The first of two names joined before a verb (`Anna Wong和Stuart Paul`), when `np`
    /// ends with `second` and the part before the conjunction ends with a name.
    fn zh_first_of_pair(
        &self,
        np: &str,
        second: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        let at = np.rfind(second)?;
        let before = np[..at].trim_end();
        let before = ['和', '与', '及', '、']
            .iter()
            .find_map(|c| before.strip_suffix(*c))?
            .trim_end();
        match self.zh_np(before, "", known, names)? {
            who @ Who::Named { .. } => Some(who),
            _ => None,
        }
    }

    /// Read a Chinese noun phrase that stands before a speech verb.
    fn zh_np(
        &self,
        np: &str,
        verb: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        let mut np = np.trim();
        loop {
            let before = np;
            np = ZH_LEAD.find(np).map_or(np, |m| &np[m.end()..]).trim();
            np = ZH_TIME.find(np).map_or(np, |m| &np[m.end()..]).trim();
            np = ZH_TAIL.find(np).map_or(np, |m| &np[..m.start()]).trim();
            if np == before {
                break;
            }
        }
        // `他认为`, and `他引用…的一句话表示` (he is still the subject), but not `他们`, `他的同事`.
        let mut chars = np.chars();
        if matches!(chars.next(), Some('他' | '她')) && !matches!(chars.next(), Some('们' | '的'))
        {
            return Some(Who::Pronoun);
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

    /// Whether `text` reads as a Chinese personal name. After a role word (`首席技术官向前`)
    /// the structure vouches for it; standing alone it must not be a dictionary word.
    fn is_zh_name(&self, text: &str, after_role: bool) -> bool {
        let n = text.chars().count();
        // `东方证券`: an organisation's suffix ends no person's name.
        if ZH_NOT_NAMES.contains(&text)
            || ZH_NOT_PEOPLE.contains(&text)
            || self.glossary.lookup(text).is_some()
            || ZH_STRONG_ORG_SUFFIX.is_match(text)
            || ZH_ORG_SUFFIX
                .find(text)
                .is_some_and(|m| m.end() == text.len() && m.start() > 0)
        {
            return false;
        }
        // A foreign name written in transliteration characters alone (`特朗普`, `冯德莱恩`):
        // after a role word, or standing alone when jieba does not know it as a place or
        // another kind of word (three characters at least, or a name jieba knows).
        if (2..=6).contains(&n) && text.chars().all(|c| TRANSLITERATION_CHARS.contains(c)) {
            if after_role {
                return true;
            }
            let jieba = self.segmenter.jieba();
            let tag = jieba.tag(text, false);
            let one_word = tag.len() == 1;
            let tagged = tag.first().map_or("", |t| t.tag);
            if one_word && jieba.has_word(text) {
                return tagged.starts_with("nr");
            }
            if n >= 3 {
                return true;
            }
        }
        if !(2..=4).contains(&n) || !text.chars().all(is_han) {
            return false;
        }
        let compound = COMPOUND_SURNAMES.iter().any(|s| text.starts_with(s));
        let first = text.chars().next().unwrap_or(' ');
        if !compound && (!SURNAMES.contains(first) || n == 4) {
            return false;
        }
        // `那便是`: a surname followed by grammar is no name.
        let given: String = text.chars().skip(if compound { 2 } else { 1 }).collect();
        if given.chars().any(|c| "是的了着便就也都还又".contains(c)) {
            return false;
        }
        if after_role {
            return true;
        }
        // `和周五`: a word of time after a surname's character is no given name.
        if self
            .segmenter
            .jieba()
            .tag(text, false)
            .iter()
            .any(|t| t.tag == "t" && t.word.chars().count() >= 2)
        {
            return false;
        }
        // A dictionary word at the start that runs past the surname (`乐观派`) is no name;
        // a name jieba guessed as a word of its own (`苏映`+`秋`) is not in its dictionary.
        // A single word must be one jieba does not know as an everyday word (`乐观` is one).
        // Split words must not be function words (`时就`: 时 + 就).
        let words = self.segmenter.words(text);
        let surname_len = if compound { 2 } else { 1 };
        let jieba = self.segmenter.jieba();
        match words.as_slice() {
            [] => false,
            [one] => !jieba.has_word(one) || self.tagged_as_name(one),
            [first, rest @ ..] => {
                let first_ok = first.chars().count() <= surname_len || !jieba.has_word(first);
                first_ok
                    && !rest
                        .iter()
                        .any(|w| w.chars().count() == 1 && FUNCTION_CHARS.contains(*w))
            }
        }
    }

    /// Whether a name found without a role before it is marked as a person's by itself: a
    /// transliteration's dot, jieba's name tags, or three transliteration characters that are
    /// not a place (`特朗普`, not `慕尼黑`).
    fn marked_as_person(&self, name: &str) -> bool {
        name.contains('·')
            || self.tagged_as_name(name)
            || (name.chars().count() >= 3
                && name.chars().all(|c| TRANSLITERATION_CHARS.contains(c))
                && !self.segmenter.is_one_place(name))
    }

    fn tagged_as_name(&self, word: &str) -> bool {
        self.segmenter
            .jieba()
            .tag(word, true)
            .first()
            .is_some_and(|t| t.tag.starts_with("nr"))
    }
}
