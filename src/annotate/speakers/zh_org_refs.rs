//! What a Chinese mention refers back to: the organisation and role written just before a
//! later mention, and the organisation that `该公司`, `该行` or `其` stands for.

use super::lexicon::{GLOSSED_ORG, ZH_LEAD, ZH_ORG_NAMED, ZH_ORG_OPENS, ZH_ORG_PUBLISHES, ZH_ROLE};
use super::zh_org::{latin_tail, split_zh_appositive};
use super::Words;
use crate::annotate::{Glossary, Segmenter};

/// Organisation and role from text just before a name (`…，但创始人高雪峰`): a role word
/// right before the name, and an organisation earlier in the same sentence.
pub(super) fn mention_zh(
    words: &Words,
    before: &str,
    glossary: &Glossary,
    segmenter: &Segmenter,
) -> (Option<String>, Option<String>) {
    let sentence_start = before.rfind(['。', '！', '？', '\n']).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let sentence = &before[sentence_start..];
    // (`特朗普、副总统 JD・万斯`: a list's item, and the space before a Latin name, are not
    // the role's.)
    // (`创始人、董事长兼首席执行官`: titles listed with `、` are one person's.)
    let item = sentence.rfind('、').filter(|&i| {
        ZH_ROLE
            .find_iter(&sentence[..i])
            .last()
            .is_none_or(|r| r.end() != i)
    });
    let clause_start = sentence
        .rfind(['，', ',', '；', '“', '”'])
        .max(item)
        .map_or(0, |i| {
            i + sentence[i..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = sentence[clause_start..].trim_end();
    let Some(role_word) = ZH_ROLE.find_iter(clause).last() else {
        return (None, None);
    };
    if role_word.end() != clause.len() {
        return (None, None);
    }
    let lead = ZH_LEAD.find(clause).map_or(0, |m| m.end());
    let app = &clause[lead..];
    // `本报记者专访了复旦大学经济学院副院长`: the appositive is the object of the verb
    // before it (no organisation's name holds `了`).
    // (`了` as a word of its own: not the `了` of `饿了么`, which jieba may cut.)
    let mut end = 0;
    let mut after_le = None;
    for word in segmenter.words(app) {
        end += word.len();
        if matches!(word, "了" | "专访" | "采访" | "对话") && !app[end..].starts_with('么')
        {
            after_le = Some(end);
        }
    }
    let app = after_le.map_or(app, |at| &app[at..]);
    let (org, role) = split_zh_appositive(app, glossary, segmenter);
    if org.is_some() {
        return (org, role);
    }
    // The organisation is named earlier in the sentence: `枫清科技(Fabarta)在寻找…，但创始人`.
    let earlier = &sentence[..clause_start];
    let org = glossary_org(words, earlier, glossary).or_else(|| {
        let caps = GLOSSED_ORG.captures(earlier)?;
        Some(caps.get(1)?.as_str().to_string())
    });
    (org, role)
}

/// The first organisation of the glossary (category 公司 or 机构) named in `text`.
fn glossary_org(words: &Words, text: &str, glossary: &Glossary) -> Option<String> {
    let cuts = || words.cuts_in(text);
    glossary.find_cut(text, &cuts).into_iter().find_map(|hit| {
        let entry = &glossary.entries[hit.entry];
        matches!(entry.category.as_deref(), Some("公司" | "机构")).then(|| entry.term.clone())
    })
}

/// The organisation that opens the sentence before the last one of `before` and speaks
/// there (`美银认为，…。该行…主管`, `摩根士丹利今年年初警告称` without its time words), for a
/// `该行` or `该机构`; none when it is one of the article's `speakers`.
pub(super) fn org_opening_sentence_before(
    before: &str,
    speakers: &[String],
    segmenter: &Segmenter,
) -> Option<String> {
    // The sentence before the one the mention stands in.
    let prior = before.rfind(['。', '\n']).map_or("", |i| &before[..i]);
    let sentence = prior.rsplit(['。', '\n']).next().unwrap_or_default();
    org_opening(sentence, speakers, segmenter)
}

/// The organisation that opens a clause of the sentence `before` ends in and speaks there
/// (`金融壹账通公告显示，公司执行董事…`), the nearest first, for a `公司` in that sentence.
pub(super) fn org_opening_clause_before(
    before: &str,
    speakers: &[String],
    segmenter: &Segmenter,
) -> Option<String> {
    let sentence = before.rsplit(['。', '\n']).next().unwrap_or_default();
    sentence
        .rsplit(['，', '；'])
        .find_map(|clause| org_opening(clause, speakers, segmenter))
}

/// The organisation that opens `sentence` and speaks in it, past its lead and time words.
fn org_opening(sentence: &str, speakers: &[String], segmenter: &Segmenter) -> Option<String> {
    let sentence = ZH_LEAD
        .find(sentence)
        .map_or(sentence, |m| &sentence[m.end()..]);
    let caps = ZH_ORG_OPENS.captures(sentence)?;
    let org = caps.name("org")?.as_str();
    // (`金融壹账通公告显示`: only an organisation publishes an announcement.)
    let announces = caps.name("verb").is_some_and(|v| {
        v.as_str() == "公告"
            && ["显示", "称", "指出", "表示"]
                .iter()
                .any(|w| sentence[v.end()..].starts_with(w))
    });
    let end = segmenter
        .tag(org)
        .iter()
        .take_while(|t| !matches!(t.tag, "t" | "m"))
        .map(|t| t.word.len())
        .sum::<usize>();
    let org = &org[..end];
    let person = speakers
        .iter()
        .any(|n| n.contains(org) || org.contains(n.as_str()));
    let named = announces || segmenter.has_proper_noun(org);
    (!org.is_empty() && !person && named).then(|| org.to_string())
}

/// The organisation named last in `text` (Chinese): what `该公司` refers back to. A name
/// before an organisation suffix that holds a proper noun (`华虹半导体有限公司` gives
/// `华虹半导体`; `公司` alone, or `一家公司`, names none).
pub(super) fn last_org_named(text: &str, segmenter: &Segmenter) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for clause in text.split([
        '，', '。', '；', '：', '“', '”', '（', '）', '(', ')', '、', '\n',
    ]) {
        for caps in ZH_ORG_NAMED.captures_iter(clause) {
            let (Some(name), Some(suffix)) = (caps.name("name"), caps.name("suffix")) else {
                continue;
            };
            // The shortest tail of the words before the suffix that names something.
            let words = segmenter.words(name.as_str());
            // `原因是该公司`: a determiner right before the suffix names no organisation.
            if name
                .as_str()
                .ends_with(['该', '这', '此', '其', '本', '那', '各', '每'])
                || name.as_str().ends_with("一家")
            {
                continue;
            }
            let mut named = None;
            for k in (0..words.len()).rev() {
                let tail: String = words[k..].concat();
                if segmenter.has_proper_noun(&tail) && !tail.starts_with(['该', '这', '一', '此'])
                {
                    named = Some(tail);
                    break;
                }
            }
            let Some(named) = named else { continue };
            let legal = matches!(
                suffix.as_str(),
                "股份有限公司" | "有限责任公司" | "有限公司" | "公司"
            );
            let org = if legal {
                named
            } else {
                format!("{named}{}", suffix.as_str())
            };
            let at = clause.as_ptr() as usize - text.as_ptr() as usize + suffix.end();
            if best.as_ref().is_none_or(|(b, _)| at >= *b) {
                best = Some((at, org));
            }
        }
    }
    best.map(|(_, org)| org)
        .or_else(|| last_org_publishing(text, segmenter))
}

/// The company that publishes or announces at the start of a clause, the last one before
/// `该公司` (`2月13日，华虹半导体发布2024年第四季度业绩报告`): a company is often named without
/// a suffix.
fn last_org_publishing(text: &str, segmenter: &Segmenter) -> Option<String> {
    text.split(['，', '。', '；', '：', '\n'])
        .rev()
        .find_map(|clause| {
            let org = ZH_ORG_PUBLISHES
                .captures(clause.trim())?
                .name("org")?
                .as_str();
            let determiner = org.starts_with(['该', '这', '此', '其', '本', '公', '一']);
            (!determiner && segmenter.has_proper_noun(org)).then(|| org.to_string())
        })
}

/// The Latin name that ends the clause before the last `，其` of `text` (`Mirova` of
/// `欧洲可再生能源投资商Mirova，其…`), or that opens it, if any.
pub(super) fn org_before_qi(text: &str) -> Option<String> {
    let (head, _) = text.rsplit_once("，其")?;
    let named = |latin: &str| {
        (latin.starts_with(|c: char| c.is_ascii_uppercase())
            && latin.chars().filter(char::is_ascii_alphabetic).count() >= 2)
            .then(|| latin.trim().to_string())
    };
    let clause = head.rsplit(['，', '。', '；', '\n']).next()?;
    // `OpenAI火力全开，其首席执行官`: else the Latin name that opens the clause before.
    let opening: String = clause
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '.' | '&'))
        .collect();
    named(latin_tail(clause)).or_else(|| named(&opening))
}
