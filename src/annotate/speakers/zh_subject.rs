//! The subject of a Chinese clause: the person a clause opens with before its verb
//! (`比亚迪董事长王传福今日晚间在发布会上表示`), the subject a verb-first clause borrows from
//! the clause before (`马斯克在X平台上回复，称…`), and the person a paragraph is about.

use super::lexicon::{
    TRANSLITERATION_CHARS, ZH_LEAD, ZH_RANK, ZH_ROLE, ZH_SUBJECT_END, ZH_SUBJECT_MARK, ZH_VERB_ANY,
};
use super::zh::{name_parts, vouched, zh_clauses, NAME_DOTS};
use super::{met, Detector, Speakers, Who, Words};

impl Detector<'_> {
    /// The speaker of a clause that opens with a person (with their appositive) and has a
    /// speech verb later, after a time, an adverb or a preposition that ends the name.
    pub(super) fn zh_subject_then_verb(
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

    /// The person a paragraph with no attribution is about, for a `“…”他说` that follows it
    /// (`例如，Certuity的首席投资官Scott Welch正在将资金重新配置…`): the subject of its last
    /// clause that has one, when a role, a dot or Latin letters mark it as a person.
    pub(super) fn zh_person_of(
        &self,
        words: &Words,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        self.zh_marked_subject(words, words.text, known, names)
    }

    /// The subject `zh_subject_before` reads in `text`, when a role, a dot or Latin letters
    /// mark it as a person.
    fn zh_marked_subject(
        &self,
        words: &Words,
        text: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        let who = self.zh_subject_before(words, text, known, names, false)?;
        let Who::Named { name, role, .. } = &who else {
            return None;
        };
        let marked = role.is_some()
            || name.contains(NAME_DOTS)
            || name.chars().any(|c| c.is_ascii_alphabetic());
        marked.then_some(who)
    }

    /// The person, marked as one (see `zh_person_of`), whom the sentence before `at` opens
    /// with, when it is not a clause of its own (`X虽然没有参与，但他认为`).
    pub(super) fn zh_person_before(
        &self,
        words: &Words,
        at: usize,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        let head = &words.text[..at];
        let from = head.rfind(['。', '！', '？', '”']).map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
        let sentence = &head[from..];
        if !sentence.ends_with(['，', ',']) && !sentence.ends_with("但") {
            return None;
        }
        self.zh_marked_subject(words, sentence, known, names)
    }

    /// `…发挥了关键作用。她上个月写信给司法部，称…`: a clause that opens with 他 or 她
    /// before a verb-first clause. He or she is the speaker the paragraph has named before
    /// (`last`), or else the subject of the sentence before; no one further back (a
    /// pronoun reaches past a person the text does not read as a name only to a wrong one).
    pub(super) fn zh_pronoun_before(
        &self,
        words: &Words,
        text: &str,
        last: Option<&Who>,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        let &(at, clause) = zh_clauses(text).last()?;
        let clause = ZH_LEAD.find(clause).map_or(clause, |m| &clause[m.end()..]);
        let pronoun = ["他", "她"].iter().any(|p| {
            clause
                .strip_prefix(p)
                .is_some_and(|rest| !rest.starts_with(['们', '人']))
        });
        if !pronoun {
            return None;
        }
        if let Some(who @ Who::Named { .. }) = last {
            return Some(who.clone());
        }
        let head = &text[..at];
        let body = head.trim_end_matches(['。', '！', '？', '，', '；', ' ']);
        let from = body
            .rfind(['。', '！', '？'])
            .map_or(0, |i| i + '。'.len_utf8());
        match self.zh_subject_before(words, &head[from..], known, names, false) {
            Some(who @ Who::Named { .. }) => Some(who),
            _ => None,
        }
    }

    pub(super) fn zh_subject_before(
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
                let parts = name_parts(&s.name).unwrap_or_default();
                let parts = parts.into_iter().filter(|p| p.chars().count() >= 2);
                for form in std::iter::once(s.name.as_str())
                    .chain(s.aliases.iter().map(String::as_str))
                    .chain(parts)
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
                                || name_parts(name).is_some()
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
}
