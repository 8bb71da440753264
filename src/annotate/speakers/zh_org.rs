//! Chinese appositives: what stands before a name split into organisation and role.

use super::lexicon::{
    BRACKET_TAIL, MARKDOWN_LINK, ZH_BUSINESS_WORD, ZH_CITING, ZH_ORG_BACKREF, ZH_ORG_BACKREF_LEAD,
    ZH_ORG_SUFFIX, ZH_RANK, ZH_ROLE, ZH_ROLE_MOD, ZH_STRONG_ORG_SUFFIX,
};
use crate::annotate::{Glossary, Segmenter};
use crate::text::is_han;

/// Split a Chinese appositive (`瑞银证券中国科技软件分析师`) into organisation and role.
pub fn split_zh_appositive(
    app: &str,
    glossary: &Glossary,
    segmenter: &Segmenter,
) -> (Option<String>, Option<String>) {
    let unlinked = MARKDOWN_LINK.replace_all(app, "$1");
    // `股票研究主管**Derren Nathan`: emphasis marks the text lost its Markdown for.
    let app = unlinked.as_ref().trim_matches(['*', '_', ' ']);
    // `摩根士丹利的Martijn Rats`: a proper name and `的` alone before the name is the
    // organisation.
    if let Some(owner) = app.trim().strip_suffix('的') {
        // `来自巴克莱银行的`: where the person is from is the organisation.
        let owner = owner
            .rsplit(['，', '、', '：'])
            .next()
            .unwrap_or(owner)
            .trim()
            .trim_start_matches("来自");
        if !owner.is_empty()
            && owner.chars().count() <= 12
            && ZH_ROLE.find(owner).is_none()
            && !owner.contains(|c: char| c.is_ascii_digit() || c == '岁')
            && (glossary.lookup(owner).is_some() || segmenter.has_proper_noun(owner))
        {
            return (Some(owner.to_string()), None);
        }
    }
    let app = app.trim().trim_end_matches('的').trim();
    // What the sentence says before the appositive proper: a lead (`财联社2月13日讯（…）`)
    // or a clause that ends in `的` (`参加人工智能行动峰会的OpenAI全球政策副总裁`).
    // `美国媒体援引分析师…`: who cites is not the speaker's organisation.
    let app = ZH_CITING
        .find_iter(app)
        .last()
        .map_or(app, |m| &app[m.end()..]);
    // `拜登的团队则继续为他们的做法辩护——前财长`: a dash ends the clause before.
    let app = app.rsplit("——").next().unwrap_or(app).trim();
    // `瑞士银行的股票策略师`, `J. Safra Sarasin的股票策略师`: an organisation, `的`, a role.
    if let Some(i) = app.rfind('的') {
        let owner = app[..i]
            .rsplit(['，', '、', '：'])
            .next()
            .unwrap_or("")
            .trim();
        let rest = &app[i + '的'.len_utf8()..];
        let latin = owner.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && owner.chars().all(|c| !is_han(c));
        let organisation =
            ZH_STRONG_ORG_SUFFIX.is_match(owner) || latin || glossary.lookup(owner).is_some();
        let role = rest.chars().count() <= 12
            && ZH_ROLE
                .find_iter(rest)
                .last()
                .is_some_and(|m| m.end() == rest.len());
        // (`Rayliant Global Advisors的`: a Latin name is measured in words.)
        let short = if latin {
            owner.split_whitespace().count() <= 5
        } else {
            owner.chars().count() <= 16
        };
        if organisation && short && role {
            return (Some(owner.to_string()), Some(rest.to_string()));
        }
        if role && !organisation {
            if let Some(split) = org_then_part(owner, rest, glossary, segmenter) {
                return split;
            }
        }
    }
    let app = app
        .rfind(['的', '讯'])
        .filter(|&i| ZH_ROLE.is_match(&app[i..]))
        .map_or(app, |i| {
            &app[i + app[i..].chars().next().map_or(1, char::len_utf8)..]
        })
        .trim();
    let app = match app.strip_prefix(['（', '(']) {
        Some(rest) => rest
            .split_once(['）', ')'])
            .map_or(app, |(_, after)| after.trim()),
        None => app,
    };
    // `招联首席研究员、上海金融与发展实验室副主任`: the first of several posts, each with its
    // organisation (`创始人、CEO`, roles alone, stay one role).
    // The first part that holds a role, with what follows when that is roles alone.
    let app = match app.match_indices('、').map(|(i, _)| i).collect::<Vec<_>>() {
        cuts if cuts.is_empty() => app,
        cuts => {
            let mut starts = vec![0];
            starts.extend(cuts.iter().map(|&i| i + '、'.len_utf8()));
            let mut ends: Vec<usize> = cuts.clone();
            ends.push(app.len());
            match (0..starts.len()).find(|&k| ZH_ROLE.is_match(&app[starts[k]..ends[k]])) {
                Some(k) if zh_roles_only(&app[ends[k]..]) => &app[starts[k]..],
                Some(k) => &app[starts[k]..ends[k]],
                None => app,
            }
        }
    };
    // `亚马逊首席执行官（CEO）`: a role glossed in brackets keeps its gloss.
    let (app, gloss) = match BRACKET_TAIL.captures(app) {
        Some(caps) if zh_roles_only(caps.get(1).map_or("", |m| m.as_str())) => {
            let at = caps.get(0).map_or(app.len(), |m| m.start());
            (app[..at].trim_end(), &app[at..])
        }
        _ => (app, ""),
    };
    if app.is_empty() {
        return (None, None);
    }
    // `律师事务所`: a role word inside an organisation's name is none.
    let Some(role_word) = role_words(app).last() else {
        // `上海沪紫律师事务所`: an organisation alone.
        let org = ZH_STRONG_ORG_SUFFIX.is_match(app).then(|| app.to_string());
        return (org, None);
    };
    // The role runs from its modifiers (前, 联合, 首席, 兼 …) to the end.
    let mut role_start = role_word.start();
    if let Some(m) = ZH_ROLE_MOD.find(&app[..role_start]) {
        role_start = m.start();
    }
    // `X兼Y`: both roles.
    while let Some(prev) = ZH_ROLE.find_iter(&app[..role_start]).last() {
        let between = &app[prev.end()..role_start];
        if between.trim().is_empty() || between.trim() == "兼" {
            role_start = ZH_ROLE_MOD
                .find(&app[..prev.start()])
                .map_or(prev.start(), |m| m.start());
        } else {
            break;
        }
    }
    // `道富全球市场高级多元资产策略师`: a rank (高级, 首席) before a field of work that names
    // nothing starts the role.
    if let Some(rank) = ZH_RANK.find_iter(&app[..role_start]).last() {
        let field = &app[rank.end()..role_start];
        if !field.is_empty()
            && field.chars().count() <= 8
            && field.chars().all(is_han)
            && !ZH_STRONG_ORG_SUFFIX.is_match(field)
            // A region is part of the field (`首席美国策略师`, `首席亚洲经济学家`); a person or
            // an organisation is not.
            && !segmenter
                .tag(field)
                .iter()
                .any(|t| t.tag.starts_with("nr") || t.tag == "nt")
        {
            role_start = rank.start();
        }
    }
    let before = &app[..role_start];
    let (org, role_from) = zh_org(before, glossary, segmenter);
    // `《航空知识》杂志主编`: a title in book marks is never split.
    let head = &before[..role_from.min(before.len())];
    let (org, role_from) = if head.matches('《').count() > head.matches('》').count() {
        (Some(before.trim().to_string()), before.len())
    } else {
        (org, role_from)
    };
    let role_text = &app[role_from.min(app.len())..];
    let mut role = without_spaces_by_han(role_text);
    role.push_str(gloss);
    // `独立研究机构“埃达研究所”副主任`: a closing quotation mark ends the organisation.
    let mut org = org;
    while let Some(mark) = role
        .chars()
        .next()
        .filter(|c| matches!(c, '”' | '」' | '》'))
    {
        role.remove(0);
        if let Some(o) = org.as_mut() {
            o.push(mark);
        }
    }
    // `前美国财长`: `前` belongs to the role, not to the country.
    // (Not `前海开源基金`: there `前` is part of a word.)
    if let Some(rest) = org.as_deref().and_then(|o| o.strip_prefix('前')) {
        let own_word = rest.starts_with(|c: char| c.is_ascii_alphabetic())
            || segmenter.tag(rest).first().is_some_and(|t| {
                t.tag.starts_with("ns") || t.tag.starts_with("nr") || ["nt", "nz"].contains(&t.tag)
            });
        if own_word && rest.chars().count() >= 2 && !role.is_empty() {
            role.insert(0, '前');
            org = Some(rest.to_string());
        }
    }
    (org, (!role.is_empty()).then_some(role))
}

/// An owner before `的` that is an organisation and more, split: `新加坡投资管理公司Azimut`
/// (a description, then the Latin name that is the organisation), `法国外贸银行亚太区` (an
/// organisation, then the part of it where the role is held, which stays with the role).
fn org_then_part(
    owner: &str,
    role: &str,
    glossary: &Glossary,
    segmenter: &Segmenter,
) -> Option<(Option<String>, Option<String>)> {
    let latin = latin_tail(owner);
    let described = &owner[..owner.len() - latin.len()];
    let letters = latin.chars().filter(char::is_ascii_alphabetic).count();
    if latin.starts_with(|c: char| c.is_ascii_uppercase())
        && letters >= 3
        && (ZH_BUSINESS_WORD.is_match(described)
            || ZH_ORG_SUFFIX
                .find_iter(described)
                .last()
                .is_some_and(|m| m.end() == described.len()))
    {
        return Some((Some(latin.to_string()), Some(role.to_string())));
    }
    // `总部位于美国的智库…`: what the sentence says before the owner is no part of it.
    let owner = owner.rsplit('的').next().unwrap_or(owner);
    let (org, from) = zh_org(owner, glossary, segmenter);
    let org = org?;
    let part = owner[from.min(owner.len())..].trim();
    let org = ["智库", "研究机构", "咨询机构"]
        .iter()
        .find_map(|d| org.strip_prefix(d))
        .filter(|o| o.chars().count() >= 4)
        .unwrap_or(&org);
    // (Not `其他投资` + `者`, `出席人工智能` + `行动峰会`, `人工智能` + `领域`: a clause, an
    // event or a field of work is no organisation's part.)
    let clause = org.contains(|c: char| c.is_ascii_digit() || c == '在')
        || org.starts_with(['一', '某', '其'])
        || segmenter.tag(org).iter().any(|t| t.tag == "v");
    let fits = !clause
        && part.chars().count() >= 2
        && ![
            "领域", "方面", "行业", "产业", "业务", "工作", "峰会", "会议", "论坛", "大会", "活动",
        ]
        .iter()
        .any(|w| part.ends_with(w))
        && part.chars().count() <= 10
        && part.chars().all(is_han)
        && !ZH_ORG_SUFFIX.is_match(part)
        && !segmenter
            .tag(part)
            .iter()
            .any(|t| t.tag.starts_with("nr") || t.tag == "nt");
    fits.then(|| (Some(org.to_string()), Some(format!("{part}的{role}"))))
}

/// The Latin words that end `text` (`Azimut` of `投资管理公司Azimut`), maybe none.
pub(super) fn latin_tail(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '&' | '-' | '\''))
        .last()
        .map_or(text.len(), |(i, _)| i);
    text[start..].trim_start()
}

/// The role words of `text`, but not one that begins an organisation's name (`律师事务所`).
pub(super) fn role_words(text: &str) -> impl Iterator<Item = regex::Match<'_>> {
    ZH_ROLE.find_iter(text).filter(|m| {
        ZH_ORG_SUFFIX
            .find(&text[m.end()..])
            .is_none_or(|s| s.start() > 0)
    })
}

/// Whether `text` is nothing but role words (`CEO`, `总裁兼首席执行官`).
fn zh_roles_only(text: &str) -> bool {
    let rest = ZH_ROLE.replace_all(text, "");
    let rest = ZH_ROLE_MOD.replace_all(&rest, "");
    rest.chars()
        .all(|c| c == '、' || c == '兼' || c.is_whitespace())
}

/// The organisation at the start of `text`, and where what follows it begins (the rest
/// belongs to the role: `中国科技软件` of `瑞银证券中国科技软件分析师`).
fn zh_org(text: &str, glossary: &Glossary, segmenter: &Segmenter) -> (Option<String>, usize) {
    let text_trim = text.trim();
    if text_trim.is_empty() {
        return (None, text.len());
    }
    let offset = text.len() - text.trim_start().len();
    // `研究机构Ned Davis Research`: a description that names nothing, then a Latin name.
    let latin_tail: &str = {
        let start = text_trim
            .char_indices()
            .rev()
            .take_while(|(_, c)| {
                c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '&' | '-' | '\'')
            })
            .last()
            .map_or(text_trim.len(), |(i, _)| i);
        text_trim[start..].trim()
    };
    let head = text_trim[..text_trim.len() - latin_tail.len()].trim();
    // `智谱AI`, `星球App`: a short Latin word after a name is part of that name.
    let described = [
        "机构",
        "公司",
        "组织",
        "智库",
        "品牌",
        "平台",
        "经纪商",
        "基金",
    ]
    .iter()
    .any(|d| head.ends_with(d));
    let letters = latin_tail
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .count();
    if latin_tail.chars().any(|c| c.is_ascii_uppercase())
        && (letters >= 4 || (described && letters >= 2))
        && (!ZH_STRONG_ORG_SUFFIX.is_match(head) || (described && letters >= 4))
        && !head.is_empty()
        && head.chars().all(is_han)
        && !segmenter.has_proper_noun(head)
        && !head.ends_with(['的', '与', '和'])
    {
        return (Some(latin_tail.to_string()), text.len());
    }
    // `跬智信息(Kyligence)`, `大模型生态社区OpenCSG(开放传神)`.
    if let Some(open) = text.rfind(['(', '（']) {
        let close = text[open..].find([')', '）']).map(|i| open + i);
        if let Some(close) = close {
            let head = text[..open].trim();
            let close_len = text[close..].chars().next().map_or(1, char::len_utf8);
            let after = close + close_len;
            let latin_tail: String = head
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ' ')
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            // `OpenCSG(开放传神)`: a Latin name glossed in Chinese is the organisation, and
            // what comes before it a description; `启明AI(Qiming AI)`: the whole head is.
            let glossed_in_chinese = text[open..close].chars().any(is_han);
            let latin_name = latin_tail.trim().chars().any(|c| c.is_ascii_alphabetic())
                && head
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_ascii_alphanumeric());
            let org = if glossed_in_chinese && latin_name {
                latin_tail.trim().to_string()
            } else {
                head.to_string()
            };
            return ((!org.is_empty()).then_some(org), after);
        }
    }
    // `对外经济贸易大学国家安全与治理研究院`: an institution's own suffix that ends the
    // text takes it all.
    if let Some(m) = ZH_STRONG_ORG_SUFFIX.find(text_trim) {
        if m.start() > 0 {
            return (Some(text_trim.to_string()), text.len());
        }
    }
    // An organisation suffix whose remainder does not start with another suffix.
    for m in ZH_ORG_SUFFIX.find_iter(text_trim) {
        // A suffix needs a name before it (`云帆…` is not the organisation `云`).
        if m.start() == 0 {
            continue;
        }
        let rest = &text_trim[m.end()..];
        if ZH_ORG_SUFFIX.find(rest).is_some_and(|r| r.start() == 0) {
            continue;
        }
        let name = after_clause(&text_trim[..m.start()], segmenter);
        // `航天运营商星驭科技`: a description that ends in a word for a business.
        let name = ZH_BUSINESS_WORD
            .find_iter(name)
            .last()
            .map(|b| &name[b.end()..])
            .filter(|rest| rest.chars().count() >= 2)
            .unwrap_or(name);
        let start = m.start() - name.len();
        return (
            Some(text_trim[start..m.end()].to_string()),
            offset + m.end(),
        );
    }
    // `该公司总裁`: the organisation the article named before (resolved after detection).
    if ZH_ORG_BACKREF.is_match(text_trim) {
        return (Some(text_trim.to_string()), text.len());
    }
    if let Some(m) = ZH_ORG_BACKREF_LEAD
        .find(text_trim)
        .filter(|m| !text_trim[m.end()..].starts_with('业'))
    {
        return (Some(m.as_str().to_string()), offset + m.end());
    }
    // `OpenAI全球政策副总裁`: a Latin name, then what the role is of.
    let latin: String = text_trim
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '.' | '&'))
        .collect();
    let latin = latin.trim_end();
    if latin.chars().any(|c| c.is_ascii_uppercase()) {
        return (Some(latin.to_string()), offset + latin.len());
    }
    // `基础设施运营商航天驭星`, `芯片巨头英伟达`: a description that ends in a word for a
    // business, then a name the dictionary may not know.
    if let Some(m) = ZH_BUSINESS_WORD.find_iter(text_trim).last() {
        let rest = &text_trim[m.end()..];
        if (2..=8).contains(&rest.chars().count()) && rest.chars().all(is_han) {
            return (Some(rest.to_string()), text.len());
        }
    }
    // `白宫和包括代理局长`: words that end in `包括`, a conjunction or a preposition are a
    // clause about the person, neither an organisation nor part of the role.
    if segmenter.tag(text_trim).last().is_some_and(|t| {
        (["c", "p"].contains(&t.tag) || ["包括", "包含", "还有"].contains(&t.word))
            && t.word.chars().count() >= 2
    }) {
        return (None, text.len());
    }
    // A place or a named organisation (`法国`, `土耳其`, `欧盟委员会`) is the organisation;
    // a description (`数字经济`, `酒类资深营销`) is part of the role.
    let org = text_trim
        .rsplit(['：', ':', '，', '“', '”', '了', '—'])
        .next()
        .unwrap_or(text_trim)
        .trim();
    let org = ["以及", "及", "和", "与", "并", "而"]
        .iter()
        .find_map(|c| org.strip_prefix(c))
        .unwrap_or(org)
        .trim();
    if !org.is_empty() && (glossary.lookup(org).is_some() || segmenter.has_proper_noun(org)) {
        let org = if glossary.lookup(org).is_some() {
            org
        } else {
            after_clause(org, segmenter)
        };
        return (Some(org.to_string()), text.len());
    }
    // `Mirova，其固定收益部门联席主管`: `其` is the organisation named before (not `其他`).
    if let Some(rest) = text_trim.strip_prefix('其') {
        if !rest.starts_with(['他', '中', '实', '余', '次', '它']) && rest.chars().count() >= 2
        {
            return (Some("其".to_string()), offset + '其'.len_utf8());
        }
    }
    (None, offset)
}

/// What follows the clause a writer put before an organisation's name: `白宫` of `远低于白宫`,
/// `美国` of `此后随着交易员消化美国`, `北约` of `新任北约`, `上美股份` of `据称是韩束母公司上美股份`.
/// The words after the last verb, preposition, conjunction, adverb, numeral, particle,
/// pronoun or time word, when they name a place, a person or an organisation or are Latin;
/// else all of `text` (`和君咨询`, `英为财情`: names the dictionary does not know stay whole;
/// `该行G-10` waits for what `该行` refers to).
fn after_clause<'t>(text: &'t str, segmenter: &Segmenter) -> &'t str {
    const BEFORE_A_NAME: [&str; 6] = ["新任", "现任", "前任", "时任", "母公司", "子公司"];
    const AND: [&str; 6] = ["与", "和", "及", "以及", "跟", "同"];
    let tags = segmenter.tag(text);
    let proper = |t: &jieba_rs::Tag| {
        ["nr", "ns", "nt", "nz", "eng"]
            .iter()
            .any(|k| t.tag.starts_with(k))
    };
    let clause_word = |k: usize| {
        let t = &tags[k];
        // `马斯克和OpenAI`, `同事与DeepSeek` join two things; `意大利经济与财政部` is one
        // name (a place, a field, `与`, an office).
        if AND.contains(&t.word) {
            let field =
                k >= 2 && ["n", "vn", "an"].contains(&tags[k - 1].tag) && proper(&tags[k - 2]);
            return !field;
        }
        BEFORE_A_NAME.contains(&t.word)
            || ["v", "p", "c", "d", "m", "u", "r", "t"]
                .iter()
                .any(|k| t.tag.starts_with(k))
    };
    let Some(last) = (0..tags.len()).rev().find(|&k| clause_word(k)) else {
        return text;
    };
    if tags[last].word.starts_with(['该', '本', '此']) {
        return text;
    }
    let start: usize = tags[..=last].iter().map(|t| t.word.len()).sum();
    let rest = text.get(start..).unwrap_or("");
    let named = rest.chars().nth(1).is_some()
        && rest.starts_with(|c: char| is_han(c) || c.is_ascii_alphanumeric())
        && (segmenter.has_name(rest) || rest.chars().any(|c| c.is_ascii_alphabetic()));
    if named {
        rest
    } else {
        text
    }
}

/// `text` without the spaces that stand beside a Chinese character or a mark (`首席 执行官`),
/// keeping those between Latin words (`Janus Henderson Investors分析师`).
fn without_spaces_by_han(text: &str) -> String {
    let chars: Vec<char> = text.trim().chars().collect();
    let latin = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || *c == '.');
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace() {
            let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
            let after = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            let kept = latin(before) && latin(after) && !out.ends_with(' ');
            if kept {
                out.push(' ');
            }
            continue;
        }
        out.push(c);
    }
    out
}
