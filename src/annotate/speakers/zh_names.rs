//! Chinese personal names: whether a phrase reads as a person's name (a surname and a given
//! name that is no everyday word, or a transliteration), and what marks a name as a person's.

use super::lexicon::{
    re, COMPOUND_SURNAMES, FUNCTION_CHARS, SURNAMES, TRANSLITERATION_CHARS, ZH_NOT_NAMES,
    ZH_NOT_PEOPLE, ZH_ORG_SUFFIX, ZH_ROLE, ZH_STRONG_ORG_SUFFIX,
};
use super::zh::name_parts;
use super::Detector;
use crate::text::is_han;
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

impl Detector<'_> {
    /// Whether `text` reads as a Chinese personal name. After a role word (`首席技术官向前`)
    /// the structure vouches for it; standing alone it must not be a dictionary word.
    pub(super) fn is_zh_name(&self, text: &str, after_role: bool) -> bool {
        let n = text.chars().count();
        // `东方证券`: an organisation's suffix ends no person's name.
        if ZH_NOT_NAMES.contains(&text)
            || ZH_NOT_PEOPLE.contains(&text)
            // `欧股`, `港股`: a market's shares.
            || (n == 2 && text.ends_with('股'))
            || self.glossary.lookup(text).is_some()
            || ZH_STRONG_ORG_SUFFIX.is_match(text)
            || ZH_ORG_SUFFIX.find(text).is_some_and(|m| {
                // (`马云`: a surname and `云` make a name, `阿里云` a cloud service.)
                let name = n <= 3 && m.as_str() == "云" && self.tagged_as_name(text);
                m.end() == text.len() && m.start() > 0 && !name
            })
        {
            return false;
        }
        // `公司曾公开指出`: 曾 (once) before an adverb is no surname.
        if let Some(rest) = text.strip_prefix('曾') {
            if [
                "公开", "经", "多次", "一度", "表示", "明确", "直言", "坦言", "私下", "在",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
            {
                return false;
            }
            // (`曾助力创建…的比尔·格罗斯`: once, before a word of the dictionary, unless the
            // dictionary knows the whole as a name.)
            let jieba = self.segmenter.jieba();
            if !after_role
                && rest.chars().count() == 2
                && jieba.has_word(rest)
                && !self.tagged_as_name(text)
            {
                return false;
            }
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
        // `小何`, `老陈`, `李总`, `珍珍`: a surname after 小 or 老 or before 总, or a doubled
        // character, is how a text names a person familiarly — unless the dictionary knows
        // the word as something else (`小米`, `常常`).
        let chars: Vec<char> = text.chars().collect();
        if let [a, b] = chars[..] {
            let familiar = (matches!(a, '小' | '老') && SURNAMES.contains(b))
                || (SURNAMES.contains(a) && b == '总')
                || (a == b && !FUNCTION_CHARS.contains(a));
            if familiar {
                return !self.segmenter.jieba().has_word(text) || self.tagged_as_name(text);
            }
        }
        let compound = COMPOUND_SURNAMES.iter().any(|s| text.starts_with(s));
        let first = text.chars().next().unwrap_or(' ');
        // `首席运营官侍启山`: after a role, a rare surname jieba reads as a whole name.
        if after_role && n == 3 && !SURNAMES.contains(first) && self.tagged_as_name(text) {
            return true;
        }
        // `汽车分析师星雷`: after a role, two characters that are no word of the dictionary
        // and hold no grammar are a name whose surname is rare.
        if after_role
            && n == 2
            && !SURNAMES.contains(first)
            && !self.segmenter.jieba().has_word(text)
            // (`委员会已`, `代表性强`, `律师跟我`: the role word runs on into a longer word,
            // or grammar follows it.)
            && !text
                .chars()
                .any(|c| FUNCTION_CHARS.contains(c) || "们等人方会性跟我你他她它时已可正针".contains(c))
        {
            return true;
        }
        if !compound && (!SURNAMES.contains(first) || n == 4) {
            return false;
        }
        // `闭源`, `由此`: a rare surname that is an everyday word's character makes a name
        // only after a role or where jieba reads the whole as one.
        if !after_role && RARE_WORDLIKE_SURNAMES.contains(first) && !self.tagged_as_name(text) {
            return false;
        }
        // `有法律专家解读称`: a verb of saying or reading is no name, even after a role (`甘露`,
        // which jieba also tags as a verb, is one).
        if SAYING.contains(&text) {
            return false;
        }
        // `那便是`: a surname followed by grammar is no name.
        let given: String = text.chars().skip(if compound { 2 } else { 1 }).collect();
        if given
            .chars()
            .any(|c| "是的了着便就也都还又们我你他她它很被纷".contains(c))
        {
            return false;
        }
        // `向世界`, `相比较`: a preposition before a word, or a surname's character before
        // an adverb, a preposition or a conjunction, is no name.
        let jieba = self.segmenter.jieba();
        // After a role word the structure vouches for the name (`首席技术官向前`).
        if !after_role && "向对在于和与从将把被给为以由".contains(first) && jieba.has_word(&given)
        {
            return false;
        }
        if !after_role
            && jieba.tag(&given, false).iter().any(|t| {
                t.word.chars().count() >= 2 && matches!(t.tag, "d" | "p" | "c" | "u" | "r" | "f")
            })
        {
            return false;
        }
        // `分析师平均预测`: an adverb or an adjective the dictionary knows whole is no name,
        // even after a role.
        let whole = jieba.tag(text, false);
        if whole.len() == 1 && jieba.has_word(text) && matches!(whole[0].tag, "a" | "ad" | "d") {
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
    pub(super) fn marked_as_person(&self, name: &str) -> bool {
        name_parts(name).is_some() || self.tagged_as_name(name) || self.transliterated_person(name)
    }

    /// Whether `name` is three transliteration characters or more that are not a place
    /// (`特朗普`, `马斯克`; not `慕尼黑`).
    pub(super) fn transliterated_person(&self, name: &str) -> bool {
        name.chars().count() >= 3
            && name.chars().all(|c| TRANSLITERATION_CHARS.contains(c))
            && !self.segmenter.is_one_place(name)
    }

    /// Chinese names an article introduces after a role anywhere (`容联云大模型产品负责人唐兴才
    /// 则向…提供`, `局长丘应桦随即与…会面`), for a later mention by the name alone (`唐兴才说`)
    /// that the name's own characters would not vouch for (`才` may be an adverb).
    pub(super) fn introduced_names(&self, paragraphs: &[String]) -> Vec<(String, String)> {
        // What may follow a name: punctuation, or a word of grammar or speech.
        const AFTER: &str =
            "，。、；：（(“”则在向也还随表称说指认对于与和的等就曾更又亦均将已正并即";
        let mut out: Vec<(String, String)> = Vec::new();
        for p in paragraphs {
            for role in ZH_ROLE.find_iter(p) {
                let rest = &p[role.end()..];
                let chars: Vec<char> = rest.chars().take(5).collect();
                let found = [3usize, 2].into_iter().find(|&n| {
                    // (`印度总理莫迪将`: a word of grammar ends the name before it.)
                    chars.len() > n
                        && AFTER.contains(chars[n])
                        && !AFTER.contains(chars[n - 1])
                        && chars[..n].iter().all(|c| is_han(*c))
                        && (SURNAMES.contains(chars[0])
                            || COMPOUND_SURNAMES.iter().any(|s| rest.starts_with(s)))
                        && {
                            // (`开发者应该`: a word of the dictionary; `专家和官员`: a
                            // role; `主席鲍威尔`: a transliteration, read as one elsewhere.)
                            let name: String = chars[..n].iter().collect();
                            let jieba = self.segmenter.jieba();
                            self.is_zh_name(&name, true)
                                && (!jieba.has_word(&name) || self.tagged_as_name(&name))
                                && !ZH_ROLE.is_match(&name)
                                && !name.chars().all(|c| TRANSLITERATION_CHARS.contains(c))
                        }
                });
                if let Some(n) = found {
                    let name: String = chars[..n].iter().collect();
                    if !out.iter().any(|(n, _)| *n == name) {
                        out.push((name.clone(), name));
                    }
                }
            }
        }
        out
    }

    pub(super) fn tagged_as_name(&self, word: &str) -> bool {
        self.segmenter
            .jieba()
            .tag(word, true)
            .first()
            .is_some_and(|t| t.tag.starts_with("nr"))
    }
}

/// Transliterated names of several parts an article writes anywhere (`副总裁大卫·达彻为员工
/// 开会`), by their last part, for a later mention by that part alone (`达彻在会上表示`); a
/// last part two names share is left out.
pub(super) fn dotted_names(paragraphs: &[String]) -> Vec<(String, String)> {
    static DOTTED: LazyLock<Regex> = LazyLock::new(|| {
        let t = TRANSLITERATION_CHARS;
        // (`JD・万斯`: a first name in Latin letters before the dot.)
        re(&format!(
            "(?:[{t}]{{1,8}}|[A-Z][A-Za-z]{{0,10}})(?:[·•・‧-][A-Z][A-Za-z]{{0,10}})*(?:[·•・‧-][{t}]{{2,8}})+"
        ))
    });
    let mut by_last: BTreeMap<String, Option<String>> = BTreeMap::new();
    for p in paragraphs {
        for m in DOTTED.find_iter(p) {
            // `项目经理大卫·达彻`: the name starts after the last role word (which may
            // begin before the run of transliteration characters).
            let head = &p[..m.end()];
            let start = ZH_ROLE
                .find_iter(head)
                .filter(|r| r.end() > m.start() && r.end() < m.end())
                .last()
                .map_or(m.start(), |r| r.end());
            let name = &p[start..m.end()];
            let Some(last) = name_parts(name).and_then(|parts| parts.last().copied()) else {
                continue;
            };
            let slot = by_last
                .entry(last.to_string())
                .or_insert_with(|| Some(name.to_string()));
            if slot.as_deref() != Some(name) {
                *slot = None;
            }
        }
    }
    by_last
        .into_iter()
        .filter_map(|(last, full)| Some((last, full?)))
        .collect()
}

/// Surnames written with a character that is mostly an everyday word (`闭`, `由`, `但`): a
/// name that opens with one needs more than the surname to be read as a name.
const RARE_WORDLIKE_SURNAMES: &str = "闭由但於干揭居呼利公危战诸隆逯宿那况母乌羊辜";

/// Verbs of saying and reading that a surname's character opens (`解读`, `分析`): after a
/// role, the verb, not a name.
const SAYING: &[&str] = &[
    "解读", "解释", "分析", "评论", "介绍", "回应", "表示", "指出", "透露", "认为", "坦言", "强调",
    "提醒", "预计", "宣布", "说明", "查询", "查阅", "查看",
];
