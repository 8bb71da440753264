//! The organisation and role of a Chinese speaker as a reader writes them, once detection
//! has read them from the text: the name of an organisation without the description before
//! it (`全球资产管理公司安本` is `安本`), an organisation named inside the role taken out of
//! it (`桥水创始人`, `众议院金融服务委员会的民主党领袖`), no epithet before a role
//! (`著名经济学家`).

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{re, SURNAMES, TRANSLITERATION_CHARS, ZH_ORG_SUFFIX, ZH_ROLE, ZH_ROLE_MOD};

/// Countries that Chinese outlets write before a foreign institution's name for context.
const FOREIGN_COUNTRIES: &[&str] = &[
    "美国",
    "英国",
    "德国",
    "法国",
    "日本",
    "韩国",
    "加拿大",
    "澳大利亚",
    "意大利",
    "西班牙",
    "荷兰",
    "瑞士",
    "瑞典",
    "比利时",
    "以色列",
    "新加坡",
    "捷克",
    "华盛顿特区",
    "华盛顿",
    "纽约",
    "伦敦",
];

/// Institutions of learning and research, named without the country (`利兹大学`).
static ACADEMIC: LazyLock<Regex> =
    LazyLock::new(|| re("(?:大学|学院|研究所|研究院|研究中心|学会|智库|商学院)$"));

/// Names of institutions that keep their country because the rest is common words
/// (`美国大学华盛顿法学院`, `美国经济与政策研究中心`).
static NAMED_WITH_COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
    re("^(?:大学|经济|开放|国家|国际|联邦|人工智能|政策|战略|外交|科学|工程|医学|社会|企业|全国|中央|东北|西北|东南|西南|东部|西部|南部|北部|中部)")
});

/// Verbs of a clause that a reading of the organisation ran into.
static CLAUSE_VERB: LazyLock<Regex> =
    LazyLock::new(|| re("(?:关注|认为|预计|据称|据悉|担任|偶遇|包括)"));

/// Verbs of a clause that describes an organisation before `的` (`共同领导该项目的`).
static LEADS: LazyLock<Regex> =
    LazyLock::new(|| re("(?:领导|负责|参与|主导|牵头|完成|发布|推出|成立|创立|创办|开发|投资)"));

/// A description of a business that ends right before its name (`全球资产管理公司安本`,
/// `全球第三大硅晶圆制造商环球晶圆`).
static DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    re("^(?P<desc>.{2,}?(?:公司|制造商|提供商|供应商|服务商|运营商|开发商|巨头|龙头企业|初创企业|媒体|平台))(?P<name>.+)$")
});

/// What after a description is not a name of its own but a part or kind of the business.
static NOT_A_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re("^(?:的|及|和|与|、|旗下|下属|子公司|分公司|母公司|股份|有限|集团|研究|董事会|总部|分行|亚太|中国区|全球|有限公司|协会|委员会|联合会|基金|资本|信息)|(?:区|部|处|中心|公司|分行|研究院|研究所|局)$")
});

/// A description that ends before a name in quotation marks (`独立研究机构“…”`,
/// `非营利组织“巴黎和平论坛”`).
static DESCRIBES_QUOTED: LazyLock<Regex> =
    LazyLock::new(|| re("(?:机构|组织|公司|团体|媒体|智库|论坛|平台|团队|账号|公号)$"));

/// An organisation written as a description of its kind, which a name found in the role
/// tells better (`美国信托公司` beside `Synovus Trust高级投资组合经理`).
static DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    re("(?:公司|机构|基金|实验室|企业|提供商|供应商|服务商|制造商|开发商|初创|巨头|电子)$")
});

/// What opens a role before the title itself and is no part of it.
const EPITHETS: &[&str] = &["著名", "知名", "新任", "机构", "曾任", "现任"];

/// An organisation named before the title inside a role: in Latin letters (`Scale AI创始人`),
/// in quotation marks (`“飓风商务”创始人`) or before `的` with an institution's ending
/// (`众议院金融服务委员会的民主党领袖`).
static ORG_IN_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:[^“”]*“(?P<quoted>[^“”]{2,20})”|(?P<latin>[A-Z][A-Za-z0-9&.\-]*(?:\s+[A-Z0-9][A-Za-z0-9&.\-]*){0,3})|(?P<owner>[\p{Han}]{2,16}(?:(?:委员会|公司|集团|银行|局|署|协会|学会|研究院|研究所|大学|基金会)的|(?:委员会|管理局|协会|学会|研究院|研究所|基金会))))(?P<role>.+)$",
    )
});

/// A company and a title, both in Latin letters (`OpenAI CEO`).
static LATIN_ORG_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<org>[A-Z][A-Za-z0-9&.\-]*[a-z][A-Za-z0-9&.\-]*(?:\s+[A-Z][A-Za-z0-9&.\-]*)*)\s+(?P<title>CEO|CTO|COO|CFO|CMO|CIO|CSO|President|Chairman|Founder|Co-founder)$",
    )
});

/// Tidy a Chinese speaker's organisation and role.
pub(super) fn tidy(org: &mut Option<String>, role: &mut Option<String>) {
    // `特朗普和副总统万斯`, `人及副总裁`: a person (or a word) that a conjunction ends is
    // no organisation (`波兰发展与技术部长` is one, read in two).
    let person_and = |o: &str| {
        let Some(head) = o.strip_suffix(['和', '与', '及', '同']) else {
            return false;
        };
        let n = head.chars().count();
        n <= 1
            || (n <= 5 && head.chars().all(|c| TRANSLITERATION_CHARS.contains(c)))
            // (`国科嘉和`: a company's name may end with 和.)
            || (n <= 3
                && !o.ends_with('和')
                && head.chars().next().is_some_and(|c| SURNAMES.contains(c)))
    };
    if org.as_deref().is_some_and(person_and) {
        *org = None;
    }
    // `欧洲央行主席拉加德和欧洲委员会` + `主席`: a titled person before `和` is another
    // speaker; the organisation is what follows.
    if let Some((head, tail)) = org.as_deref().and_then(|o| o.rsplit_once('和')) {
        let titled_person = ZH_ROLE
            .find_iter(head)
            .last()
            .is_some_and(|m| (1..=4).contains(&head[m.end()..].chars().count()));
        if titled_person && tail.chars().count() >= 2 {
            *org = Some(tail.to_string());
        }
    }
    if let Some(o) = org.as_deref() {
        let name = org_name(o);
        // `知名科技` + `记者`: a field of work alone is no organisation but the role's.
        match (field_of_work(name), role.as_deref()) {
            (true, Some(r)) => {
                *role = Some(format!("{name}{r}"));
                *org = None;
            }
            _ => *org = Some(name.to_string()),
        }
    }
    // `云天励飞高级副总裁、` + `董秘`: a title listed before the role is the role's.
    while let (Some(o), Some(r)) = (org.as_deref(), role.as_deref()) {
        let Some((head, at)) = o
            .strip_suffix('、')
            .and_then(|head| Some((head, title_start(head).filter(|&at| at > 0)?)))
        else {
            break;
        };
        *role = Some(format!("{}、{r}", &head[at..]));
        *org = Some(head[..at].to_string());
    }
    // `被誉为“大宗商品之王”`: a clause that describes the person names no organisation.
    if org.as_deref().is_some_and(|o| o.starts_with('被')) {
        *org = None;
    }
    let Some(r) = role.as_deref() else {
        return;
    };
    let mut r = r.trim();
    // `记者专访了中国工程院院士`, `这也是国内大模型创业者`, `背景：这项措施是众议院议长`: a
    // clause the reading ran into ends before the role, and the organisation read before
    // it is the clause's.
    if let Some((_, after)) = r
        .rmatch_indices(['了', '是', '：'])
        .map(|(at, m)| (at, &r[at + m.len()..]))
        // (`饿了么董事长`: a company's name.)
        .filter(|(_, after)| !after.starts_with('么'))
        .find(|(_, after)| after.chars().count() >= 2)
        .filter(|(_, after)| ZH_ROLE.is_match(after))
    {
        r = after;
        *org = None;
    }
    while let Some(rest) = EPITHETS
        .iter()
        .chain(&["的", "在", "对", "作为"])
        .find_map(|e| r.strip_prefix(e).filter(|rest| rest.chars().count() >= 2))
    {
        r = rest;
    }
    // `董事会已完成由董事长兼首席执行官`: the office a clause gives by `由` is what follows it.
    // (`自由派`, `理由` are words of their own.)
    if let Some((_, after)) = r
        .rsplit_once('由')
        .filter(|(before, a)| a.chars().count() >= 2 && !before.ends_with(['自', '理', '缘', '经']))
    {
        r = after;
    }
    // `前国务卿安东尼·布林肯`: a role that holds a transliterated name is another person's
    // (a list read from its start), and so is the organisation read with it.
    if r.contains(['·', '・']) {
        *role = None;
        *org = None;
        return;
    }
    // `马斯克和OpenAI CEO Sam Altman`: what stands before `和` is another person's when a
    // company and a title in Latin letters follow it (`投资与企业司司长` is one name).
    let after_conjunction = ["和", "与", "及"]
        .iter()
        .find_map(|c| r.strip_prefix(c).map(|rest| (*c, rest)));
    let joined = after_conjunction
        .map(|(_, rest)| rest.trim_start())
        .filter(|rest| LATIN_ORG_TITLE.is_match(rest));
    if let (None, Some((conj, rest))) = (joined, after_conjunction) {
        match (org.as_deref(), title_start(rest)) {
            // `联合国贸发会议投资` + `与企业司司长`: the words before the title go on the
            // organisation's name, which the reading cut at `与`.
            (Some(o), Some(at)) if at > 0 => {
                *org = Some(format!("{o}{conj}{}", &rest[..at]));
                *role = Some(rest[at..].to_string());
                return;
            }
            (None, _) => r = rest,
            _ => {}
        }
    }
    // `OpenAI CEO`: a company in Latin letters, then a title in them.
    if let Some(c) = LATIN_ORG_TITLE.captures(joined.unwrap_or(r)) {
        *org = c.name("org").map(|m| m.as_str().to_string());
        *role = c.name("title").map(|m| m.as_str().to_string());
        return;
    }
    let tidied = match org_named_in_role(org.as_deref(), r) {
        Some((named, title)) => {
            *org = Some(named.to_string());
            title
        }
        None => r,
    };
    *role = (!tidied.is_empty()).then(|| tidied.to_string());
}

/// Where the title that ends a role starts, with its modifiers (`首席投资总监` in
/// `财富管理中国首席投资总监`), if a title ends it.
fn title_start(role: &str) -> Option<usize> {
    let m = ZH_ROLE
        .find_iter(role)
        .last()
        .filter(|m| m.end() == role.len())?;
    Some(
        ZH_ROLE_MOD
            .find(&role[..m.start()])
            .map_or(m.start(), |x| x.start()),
    )
}

/// An organisation named inside a role before its title, and the title (`Scale AI创始人`,
/// `“飓风商务”创始人`, `众议院金融服务委员会的民主党领袖`), when it tells more than the
/// organisation already known (which may only say what kind it is: `AI数据服务公司`).
fn org_named_in_role<'r>(org: Option<&str>, role: &'r str) -> Option<(&'r str, &'r str)> {
    let c = ORG_IN_ROLE.captures(role)?;
    // (`CEO兼…`, `AI行业分析师`: letters in capitals alone are a title or a field.)
    let latin = c
        .name("latin")
        .map(|m| m.as_str().trim())
        .filter(|l| l.chars().any(|c| c.is_lowercase()));
    let named = c
        .name("quoted")
        .map(|m| m.as_str().trim())
        .or(latin)
        .or_else(|| c.name("owner").map(|m| m.as_str().trim_end_matches('的')))?;
    let replaces = org.is_none_or(|o| DESCRIPTION.is_match(o) && !o.contains(named));
    let rest = c.name("role").map_or("", |m| m.as_str()).trim();
    // The rest must be a title, and all of it (`Synovus Trust高级投资组合经理`).
    let title = ZH_ROLE
        .find_iter(rest)
        .last()
        .is_some_and(|m| m.end() == rest.len())
        && !rest.starts_with(|c: char| c.is_ascii_alphanumeric());
    (replaces && title).then_some((named, rest))
}

/// An organisation's name without the country or the description written before it.
fn org_name(org: &str) -> &str {
    let mut org = org.trim();
    // `OpenAI及其`: what joins it to the next words is no part of it.
    org = org.strip_suffix("及其").unwrap_or(org).trim_end();
    // `是因 OpenAI`, `该则广告是在 OpenAI 首位`: a clause before a Latin name written between
    // spaces, and a word after it, are no part of it.
    if let Some(at) = org.find(|c: char| c.is_ascii_alphabetic()) {
        let head = &org[..at];
        if head.ends_with(' ') && head.contains(['是', '在', '了', '因']) {
            let latin = &org[at..];
            org = match latin.rsplit_once(' ') {
                Some((name, tail)) if tail.chars().all(crate::text::is_han) => name,
                _ => latin,
            };
        }
    }
    // `新任众议院金融服务委员会`, `与矽品精密`, `包括美联储`: an epithet, a conjunction or a
    // preposition that the reading took in opens no organisation's name.
    // (`与辉同行`, `和君咨询` are names: a conjunction goes before a longer one only.)
    while let Some(rest) = EPITHETS
        .iter()
        .map(|e| (e, 2))
        .chain(
            [
                ("与", 4),
                ("和", 4),
                ("及", 4),
                ("包括", 2),
                ("根据", 2),
                ("依据", 2),
                ("按照", 2),
                ("对于", 2),
                ("对话", 2),
                ("由", 2),
                ("在", 3),
            ]
            .iter()
            .map(|(c, n)| (c, *n)),
        )
        .find_map(|(e, n)| org.strip_prefix(e).filter(|rest| rest.chars().count() >= n))
    {
        org = rest;
    }
    // `萨林共同领导该项目的捷克查理大学`: a clause with its verb before `的` is no part of it.
    if let Some((_, after)) = org
        .rsplit_once('的')
        .filter(|(before, after)| after.chars().count() >= 3 && LEADS.is_match(before))
    {
        org = after;
    }
    // `市场还在关注美联储`: a clause before the organisation is no part of it.
    while let Some(at) = CLAUSE_VERB
        .find(org)
        .filter(|m| org[m.end()..].chars().count() >= 2)
    {
        org = &org[at.end()..];
    }
    // `独立研究机构“埃达·洛夫莱斯研究所”`: the name in quotation marks that ends it.
    if let Some(inner) = org
        .strip_suffix('”')
        .and_then(|o| o.rsplit_once('“'))
        .filter(|(before, inner)| DESCRIBES_QUOTED.is_match(before) && inner.chars().count() >= 2)
        .map(|(_, inner)| inner)
    {
        return inner;
    }
    // `英国利兹大学`, `华盛顿布鲁金斯学会`: an institution of learning is named without it.
    let mut rest = org;
    while let Some(after) = FOREIGN_COUNTRIES
        .iter()
        .find_map(|c| rest.strip_prefix(c))
        .filter(|after| {
            after.chars().count() >= 4
                && ACADEMIC.is_match(after)
                && !NAMED_WITH_COUNTRY.is_match(after)
        })
    {
        rest = after;
    }
    if rest != org {
        return rest;
    }
    if let Some(c) = DESCRIBED.captures(org) {
        let name = c.name("name").map_or("", |m| m.as_str());
        let latin = name.starts_with(|c: char| c.is_ascii_alphanumeric());
        let chars = name.chars().count();
        // (`美国谷歌公司能源`: a field of business alone is no name.)
        if (latin || (2..=6).contains(&chars)) && !NOT_A_NAME.is_match(name) && !field_of_work(name)
        {
            return name;
        }
    }
    org
}

/// Whether words are a field of business alone (`科技`, `能源`), which names no organisation.
/// An industry with a scope before it (`独立中国汽车`, `中国食品`) names none either
/// (`美国银行`, `中国通信` may be a company's name).
fn field_of_work(words: &str) -> bool {
    let mut field = words;
    while let Some(rest) = [
        "独立", "中国", "美国", "全球", "国际", "国内", "海外", "知名", "资深",
    ]
    .iter()
    .find_map(|p| field.strip_prefix(p))
    .filter(|rest| !rest.is_empty())
    {
        field = rest;
    }
    [
        "汽车",
        "半导体",
        "互联网",
        "芯片",
        "新能源",
        "食品",
        "消费",
        "医药",
        "AI",
        "IT",
    ]
    .contains(&field)
        || ZH_ORG_SUFFIX
            .find(words)
            .is_some_and(|m| m.start() == 0 && m.end() == words.len())
}
