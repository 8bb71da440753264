//! Chinese noun phrases before a verb of speech: a name at the end of its appositive
//! (`MiniMax副总裁刘华`, `首席科学家伊利亚·苏茨克维尔`, `Meta的首席财务官李（Susan Li）`), a
//! pronoun, a role alone (`分析师指出`), an unnamed source.

use super::en_lexicon::EN_ORG_WORD;
use super::lexicon::{
    BRACKET_TAIL, LATIN_NAME_TAIL, LATIN_WORD_TAIL, SURNAMES, TRANSLITERATED,
    TRANSLITERATION_CHARS, ZH_INSTITUTION_BEFORE, ZH_ORG_SUFFIX, ZH_ROLE, ZH_STRONG_ORG_SUFFIX_ANY,
    ZH_TITLE_AFTER, ZH_UNNAMED,
};
use super::zh::{bare_reference, name_parts, trim_np, NAME_DOTS};
use super::zh_org::{role_words, split_zh_appositive};
use super::{Detector, Speakers, Who};
use crate::text::is_han;

impl Detector<'_> {
    /// Read a Chinese noun phrase that stands before a speech verb.
    pub(super) fn zh_np(
        &self,
        np: &str,
        verb: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        let found = self.zh_np_read(np, verb, known, names);
        if matches!(found, Some(Who::Named { .. })) {
            return found;
        }
        // `美国民主党“网红议员”科尔特斯`: read again without the marks of a short quoted title;
        // a quoted word that ends the phrase is no title before a name (`派系纷争的“宫斗”说`).
        let named_after = np
            .rsplit_once('”')
            .is_some_and(|(_, after)| after.chars().count() >= 2);
        if named_after {
            let unquoted = np.replace(['“', '”'], "");
            if let Some(who @ Who::Named { .. }) = self.zh_np_read(&unquoted, verb, known, names) {
                return Some(who);
            }
        }
        found
    }

    fn zh_np_read(
        &self,
        np: &str,
        verb: &str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<Who> {
        // `包括Michael Hartnett在内的美国银行策略师指出`: the person named in the group speaks,
        // with the group's organisation and role when the name has none of its own.
        if let Some((member, group)) = np
            .trim()
            .strip_prefix("包括")
            .and_then(|rest| rest.split_once("在内的"))
        {
            let who = self.zh_np_read(member.trim(), verb, known, names)?;
            let group = group.trim_end_matches('们');
            return Some(match who {
                Who::Named {
                    name,
                    alias,
                    org: None,
                    role: None,
                } if !group.starts_with(|c: char| c.is_ascii_digit() || "多数几众".contains(c)) =>
                {
                    let (org, role) = split_zh_appositive(group, self.glossary, self.segmenter);
                    Who::Named {
                        name,
                        alias,
                        org,
                        role,
                    }
                }
                other => other,
            });
        }
        let np = trim_np(np);
        // `马斯克方认为`, `特朗普方面表示`: a person's side speaks for the person met before.
        if let Some(stem) = np.strip_suffix("方面").or_else(|| np.strip_suffix('方')) {
            if let Some(s) = known.named.iter().find(|s| s.answers_to(stem)) {
                return Some(Who::Named {
                    name: s.name.clone(),
                    alias: None,
                    org: None,
                    role: None,
                });
            }
        }
        // `对于…来说`: `来说` is no verb of speech.
        if verb == "说" && np.ends_with('来') {
            return None;
        }
        // `他认为`, and `他引用…的一句话表示` (he is still the subject), but not `他们`, `他的同事`.
        let mut chars = np.chars();
        if matches!(chars.next(), Some('他' | '她')) && !matches!(chars.next(), Some('们' | '的'))
        {
            return Some(Who::Pronoun);
        }
        // `袁家军会见杨元庆，前者表示`: the former is the subject of the clause before, read as
        // a pronoun is.
        if np == "前者" {
            return Some(Who::Pronoun);
        }
        // `他们建议`: the speakers last named together (resolved by the caller).
        if matches!(np, "他们" | "她们") {
            return Some(Who::Titled(np.to_string()));
        }
        // A phrase too long for an appositive is a clause; bracketed glosses
        // (`（Ada Lovelace Institute）`) do not count.
        let unglossed: usize = np
            .split(['（', '('])
            .map(|part| {
                let after = part
                    .rsplit_once(['）', ')'])
                    .map_or(part, |(_, after)| after);
                after.chars().count()
            })
            .sum();
        if np.is_empty() || unglossed > 60 {
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
            // `发言人还向Ars Technica表示`: the one spoken to; the speaker stands before.
            // (Not `针对特朗普宣称`: `针对`, `面对` make a word of their own.)
            let addressed = appositive
                .trim_end()
                .strip_suffix(['向', '对', '跟', '给'])
                .filter(|b| !b.ends_with(['针', '面', '应', '相', '反', '绝', '派']));
            if let Some(before) = addressed {
                return self.zh_np_read(before, verb, known, names);
            }
            // `美国知名科技媒体Ars Technica`, `硅谷风投机构Andreessen Horowitz`: a publication or
            // an institution, not a person.
            if ZH_INSTITUTION_BEFORE.is_match(appositive.trim_end()) {
                return None;
            }
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
        let bare = bare_reference(np);
        // `这位美联储主席称`, `欧盟委员会主席称`: an organisation and a role that a speaker
        // met before holds.
        let held = known.named.iter().any(|s| s.holds(bare));
        // `这家美国第二大汽车制造商的CEO称`: a description of the organisation, then the
        // role of the speaker met before.
        if let Some((_, role)) = ["这家", "该"]
            .iter()
            .find_map(|d| np.strip_prefix(d))
            .and_then(|rest| rest.rsplit_once('的'))
        {
            let whole_role = ZH_ROLE
                .find(role)
                .is_some_and(|m| m.start() == 0 && m.end() == role.len());
            let met = known
                .named
                .iter()
                .any(|s| s.role.as_deref().is_some_and(|r| r.ends_with(role)));
            if whole_role && met {
                return Some(Who::Titled(format!("该{role}")));
            }
        }
        // `欧盟委员会主席称` before the text names her: read once every speaker is known.
        // (`另一家券商研究所首席分析师`, `一位…总裁`: an unnamed source, read below.)
        let office = np == bare && !ZH_UNNAMED.is_match(np) && self.zh_office(bare, known);
        if held
            || office
            || ZH_ROLE
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

    /// Whether `phrase` is all an organisation and a role, with no one's name and no verb
    /// in it (`欧盟委员会主席`; not `克劳斯致信法官`, `恩格尔梅耶法官`, `顾先生跟记者`).
    fn zh_office(&self, phrase: &str, known: &Speakers) -> bool {
        let ends_with_role = ZH_ROLE
            .find_iter(phrase)
            .last()
            .is_some_and(|m| m.start() > 0 && m.end() == phrase.len());
        if phrase.chars().count() > 16 || !ends_with_role {
            return false;
        }
        let (Some(org), Some(role)) = split_zh_appositive(phrase, self.glossary, self.segmenter)
        else {
            return false;
        };
        let named = ZH_ORG_SUFFIX
            .find(&org)
            .is_some_and(|m| m.end() == org.len())
            || self.glossary.lookup(&org).is_some()
            || self.segmenter.has_proper_noun(&org);
        let a_speaker = known.named.iter().any(|s| {
            let parts = name_parts(&s.name).unwrap_or_default();
            std::iter::once(s.name.as_str())
                .chain(s.aliases.iter().map(String::as_str))
                .chain(parts)
                .any(|form| org.contains(form))
        });
        let verb = self
            .segmenter
            .jieba()
            .tag(&org, false)
            .iter()
            .any(|t| t.tag.starts_with('v'));
        format!("{org}{role}") == phrase
            && named
            && !org.contains(['跟', '向', '对', '和', '与', '及', '的'])
            && !self.marked_as_person(&org)
            && !a_speaker
            && !verb
    }

    /// A person's name at the end of `np`, and what stands before it.
    pub(super) fn zh_name_at_end<'t>(
        &self,
        np: &'t str,
        known: &Speakers,
        names: &[(String, String)],
    ) -> Option<(String, &'t str)> {
        // A name already known in this article (or one part of a transliterated one:
        // `伊利亚` of `伊利亚·苏茨克维尔`), or in the registry.
        for s in &known.named {
            let parts = name_parts(&s.name)
                .unwrap_or_default()
                .into_iter()
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
        // A Chinese name the article introduced after a role elsewhere (`唐兴才说`).
        if let Some((name, _)) = names.iter().find(|(short, full)| {
            short == full
                && np.trim() == short
                && (2..=4).contains(&short.chars().count())
                && short.chars().all(is_han)
        }) {
            return Some((name.clone(), ""));
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
            let dot = np[start..].find(NAME_DOTS).map_or(start, |d| start + d);
            let start = np[start..dot]
                .char_indices()
                .rev()
                .find(|(_, c)| !TRANSLITERATION_CHARS.contains(*c))
                .map_or(start, |(i, c)| start + i + c.len_utf8());
            // The last part ends at the first character no transliteration uses.
            let last = np[start..].rfind(NAME_DOTS).map_or(start, |d| {
                start + d + np[start + d..].chars().next().map_or(0, char::len_utf8)
            });
            // `格鲁内韦根-劳`: a hyphen joins two parts of a surname.
            let end = np[last..]
                .char_indices()
                .find(|&(i, c)| {
                    let joined = c == '-'
                        && np[last + i + 1..]
                            .chars()
                            .next()
                            .is_some_and(|n| TRANSLITERATION_CHARS.contains(n));
                    !TRANSLITERATION_CHARS.contains(c) && !joined
                })
                .map_or(np.len(), |(i, _)| last + i);
            if end > last && start < dot {
                return Some((np[start..end].to_string(), &np[..start]));
            }
        }
        // A Latin name at the end (`Sam Altman表示`).
        if let Some(m) = LATIN_NAME_TAIL.find(np) {
            // `Elliott Management表示`: an organisation's name is no person's.
            // `The Information爆料`: an article before the words names a title, not a person.
            if self.glossary.lookup(m.as_str()).is_none()
                && !EN_ORG_WORD.is_match(m.as_str())
                && !m.as_str().starts_with("The ")
            {
                return Some((m.as_str().to_string(), &np[..m.start()]));
            }
        }
        // `首席执行官CS Venkatakrishnan表示`: initials, then a surname.
        // (`US Mobile`: a country's or a field's letters open no name.)
        if let Some(name) = INITIALS_NAME_TAIL
            .captures(np)
            .and_then(|caps| caps.name("name"))
            .filter(|n| {
                !matches!(
                    &n.as_str()[..2],
                    "US" | "UK" | "EU" | "AI" | "IT" | "TV" | "PC" | "VR" | "AR" | "HK" | "UN"
                )
            })
        {
            return Some((name.as_str().to_string(), &np[..name.start()]));
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
        // `达彻在会上表示`: the last part of a transliterated name the article gives in full.
        if let Some((last, full)) = names.iter().find(|(last, full)| {
            np.ends_with(last.as_str()) && full.contains(NAME_DOTS) && last.chars().all(is_han)
        }) {
            return Some((full.clone(), &np[..np.len() - last.len()]));
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
        // `正在购买黄金的周磊`: a clause with `的` describes a name jieba knows as one; the
        // clause is no organisation or role.
        // A word of the dictionary (`智慧`, `常客`, which jieba may tag as names) is none.
        if let Some((_, tail)) = np.rsplit_once('的') {
            let unknown_word = !self.segmenter.jieba().has_word(tail);
            let transliterated = self.transliterated_person(tail);
            if (unknown_word && self.tagged_as_name(tail) || transliterated)
                && self.is_zh_name(tail, false)
            {
                return Some((tail.to_string(), ""));
            }
        }
        // The whole phrase is a name: `高雪峰`.
        self.is_zh_name(np, false).then(|| (np.to_string(), ""))
    }
}

/// Two capital initials and a surname at the end of a Chinese phrase, not inside a Latin
/// word (`CS Venkatakrishnan`; not the `EO` of `CEO Sam Altman`).
static INITIALS_NAME_TAIL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    super::lexicon::re(r"(?:^|[^A-Za-z.])(?P<name>\p{Lu}{2}\s\p{Lu}\p{Ll}{2,})$")
});
