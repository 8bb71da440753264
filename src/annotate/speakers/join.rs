//! Joining mentions across an article: later mentions to the same speaker, quotes that run
//! over paragraphs, organisation and role from mentions outside frames, and the registry.

use super::en_lexicon::{EN_CAP_RUN, EN_ORG_WORD, EN_ROLE};
use super::en_names::en_clauses;
use super::en_org::split_en_after;
use super::en_titles_before::{outlet_before, title_before};
use super::lexicon::{self, TRANSLITERATION_CHARS, ZH_COMPANY_OR_PLACE_AFTER, ZH_ORG_BACKREF};
use super::zh_org_refs::{
    last_org_named, mention_zh, org_before_qi, org_opening_clause_before,
    org_opening_sentence_before,
};
use super::{Detector, Ref, Span, Speaker, Speakers, UnnamedSource, Words};
use crate::model::Lang;

impl Detector<'_> {
    pub(super) fn named_index(
        &self,
        out: &mut Speakers,
        name: String,
        alias: Option<String>,
        org: Option<String>,
        role: Option<String>,
    ) -> usize {
        let existing = out
            .named
            .iter()
            .position(|s| s.answers_to(&name) || alias.as_deref().is_some_and(|a| s.answers_to(a)))
            .or_else(|| given_name_of(out, &name));
        let i = match existing {
            Some(i) => {
                let s = &mut out.named[i];
                // A fuller form of the name becomes the name, the shorter an alias.
                if name.chars().count() > s.name.chars().count() && name.contains(s.name.as_str()) {
                    let old = std::mem::replace(&mut s.name, name);
                    push_alias(s, old);
                } else if name != s.name && !s.name.ends_with(&format!(" {name}")) {
                    // (Not a bare surname, which the name answers to anyway: as an alias,
                    // `Musk` of `Errol Musk` would take in `Elon Musk` too.)
                    push_alias(s, name);
                }
                i
            }
            None => {
                out.named.push(Speaker {
                    name,
                    org: None,
                    role: None,
                    aliases: Vec::new(),
                    paragraphs: Vec::new(),
                    bio: None,
                    link: None,
                    mentions: Vec::new(),
                });
                out.named.len() - 1
            }
        };
        let s = &mut out.named[i];
        if let Some(a) = alias {
            push_alias(s, a);
        }
        if s.org.is_none() {
            s.org = org;
        }
        if s.role.is_none() {
            s.role = role;
        }
        i
    }

    /// Organisation and role from appositive mentions outside speech frames.
    pub(super) fn fill_from_mentions(
        &self,
        out: &mut Speakers,
        paragraphs: &[String],
        cuts: &[Vec<usize>],
        lang: Lang,
    ) {
        let speakers: Vec<String> = out.named.iter().map(|s| s.name.clone()).collect();
        for speaker in out
            .named
            .iter_mut()
            .filter(|s| s.org.is_none() || s.role.is_none())
        {
            let forms: Vec<String> = std::iter::once(speaker.name.clone())
                .chain(speaker.aliases.iter().cloned())
                .collect();
            'search: for (i, paragraph) in paragraphs.iter().enumerate() {
                let words = Words {
                    text: paragraph,
                    cuts: cuts.get(i).map_or(&[][..], Vec::as_slice),
                };
                for form in &forms {
                    for (at, _) in paragraph.match_indices(form.as_str()) {
                        let before = &paragraph[..at];
                        let (org, role) = match lang {
                            Lang::Zh => {
                                let (org, role) =
                                    mention_zh(&words, before, self.glossary, self.segmenter);
                                let (mut tidy_org, mut tidy_role) = (org.clone(), role.clone());
                                super::zh_tidy::tidy(&mut tidy_org, &mut tidy_role);
                                // `金融壹账通公告显示，公司执行董事…沈崇锋`: the company this
                                // mention refers back to, named before it.
                                let named = match tidy_org {
                                    Some(o) if ZH_ORG_BACKREF.is_match(&o) && o != "其" => {
                                        let mut text = paragraphs[..i].join("\n");
                                        text.push('\n');
                                        text.push_str(&before[..before.rfind(&o).unwrap_or(0)]);
                                        org_opening_clause_before(&text, &speakers, self.segmenter)
                                    }
                                    _ => None,
                                };
                                match named {
                                    Some(named) => (Some(named), tidy_role),
                                    None => (org, role),
                                }
                            }
                            Lang::En => {
                                let after = &paragraph[at + form.len()..];
                                // `Name, role at Org`, else a title before the name.
                                // The appositive ends at a comma or the sentence's end
                                // (not at the dots of `U.S. Coast Guard`).
                                // (`U.S. District Judge John McConnell, the lower court
                                // judge who issued the orders`: a title before the name
                                // is the one a reader gives, over a description after it.)
                                let described = after.strip_prefix(", ").is_some_and(|app| {
                                    ["the ", "a ", "an "].iter().any(|d| app.starts_with(d))
                                });
                                let before_title = title_before(before);
                                let titled = match before_title.clone() {
                                    // (A rank, `Cmdr.`, is no title a reader gives.)
                                    (org, Some(r)) if described && !r.ends_with('.') => {
                                        Some((org, Some(r)))
                                    }
                                    _ => None,
                                };
                                // (`CNN’s Dana Bash`: the outlet before the name.)
                                let outlet = outlet_before(before);
                                let found = titled.or_else(|| {
                                    after.strip_prefix(", ").map(|app| {
                                        let sentence =
                                            en_clauses(app).first().map_or("", |(_, c)| *c);
                                        split_en_after(
                                            sentence.split([',', ';']).next().unwrap_or_default(),
                                        )
                                    })
                                });
                                // `the appointment of Douglas V. Faller, M.D., Ph.D., as chief
                                // medical officer`, `Jerome Powell as chairman of the Federal
                                // Reserve`.
                                let found = match (found, &before_title) {
                                    (found @ Some((_, Some(_))), _) | (found, (_, Some(_))) => {
                                        found
                                    }
                                    (found, _) => as_role(after).or(found),
                                };
                                match found {
                                    Some(found @ (_, Some(_))) => found,
                                    _ => match before_title {
                                        (None, role) => (org_after(after).or(outlet), role),
                                        found => found,
                                    },
                                }
                            }
                        };
                        if role.is_none() && speaker.org.is_none() && org.is_some() {
                            speaker.org = org;
                        } else if role.is_some() {
                            if speaker.role.is_none() {
                                speaker.role = role;
                            }
                            if speaker.org.is_none() {
                                speaker.org = org;
                            }
                            break 'search;
                        }
                    }
                }
            }
        }
    }

    /// `马斯克表示` in an article that writes `埃隆·马斯克` elsewhere: the speaker takes the
    /// full transliterated name (any of the dots writers use), when the article gives one.
    pub(super) fn complete_names(&self, out: &mut Speakers, paragraphs: &[String]) {
        const DOTS: [char; 4] = ['·', '•', '・', '‧'];
        for s in &mut out.named {
            if s.name.contains(DOTS) || !s.name.chars().all(crate::text::is_han) {
                continue;
            }
            let mut fuller: Vec<String> = Vec::new();
            for p in paragraphs {
                for (at, _) in p.match_indices(s.name.as_str()) {
                    // The parts before the name: transliteration characters and dots.
                    let head = &p[..at];
                    if !head.ends_with(DOTS) {
                        continue;
                    }
                    let start = head
                        .char_indices()
                        .rev()
                        .take_while(|(_, c)| DOTS.contains(c) || TRANSLITERATION_CHARS.contains(*c))
                        .take(12)
                        .last()
                        .map_or(at, |(i, _)| i);
                    let full = p[start..at + s.name.len()].trim_start_matches(DOTS);
                    if full.len() > s.name.len() && !fuller.iter().any(|f| f == full) {
                        fuller.push(full.to_string());
                    }
                }
            }
            if let [full] = fuller.as_slice() {
                let old = std::mem::replace(&mut s.name, full.clone());
                push_alias(s, old);
            }
        }
        // `比尔` and `盖茨` that became `比尔·盖茨`: one person.
        let mut merged: Vec<Speaker> = Vec::new();
        for s in std::mem::take(&mut out.named) {
            match merged
                .iter_mut()
                .find(|m| m.answers_to(&s.name) || s.answers_to(&m.name))
            {
                Some(m) => {
                    if s.name.chars().count() > m.name.chars().count() {
                        let old = std::mem::replace(&mut m.name, s.name.clone());
                        push_alias(m, old);
                    } else {
                        push_alias(m, s.name.clone());
                    }
                    absorb(m, s);
                }
                None => merged.push(s),
            }
        }
        out.named = merged;
    }

    /// `该公司总裁白鹏`: the organisation is the one the article named last before the
    /// speaker's first attribution; none when it named none.
    pub(super) fn resolve_org_references(&self, out: &mut Speakers, paragraphs: &[String]) {
        let speakers: Vec<String> = out.named.iter().map(|s| s.name.clone()).collect();
        for s in &mut out.named {
            if !s.org.as_deref().is_some_and(|o| ZH_ORG_BACKREF.is_match(o)) {
                continue;
            }
            let (p, at) = s
                .mentions
                .first()
                .map_or((s.paragraphs.first().copied().unwrap_or(0), 0), |m| {
                    (m.paragraph, m.start)
                });
            let mut before: String = paragraphs[..p.min(paragraphs.len())].join("\n");
            before.push('\n');
            if let Some(text) = paragraphs.get(p) {
                before.push_str(&text[..at.min(text.len())]);
            }
            // `美银认为，…。该行…主管`: the organisation that spoke in the sentence before;
            // else the last one named.
            // `投资商Mirova，其固定收益部门联席主管`: the name that ends the clause before `其`.
            // (Nothing else for `其`: it refers to the subject of the clause before, which may
            // be a person.)
            if s.org.as_deref() == Some("其") {
                s.org = org_before_qi(&before)
                    .or_else(|| org_opening_sentence_before(&before, &speakers, self.segmenter));
                continue;
            }
            s.org = org_opening_sentence_before(&before, &speakers, self.segmenter)
                .or_else(|| last_org_named(&before, self.segmenter));
        }
    }

    pub(super) fn apply_registry(&self, out: &mut Speakers) {
        let mut kept = Vec::new();
        for mut s in std::mem::take(&mut out.named) {
            let entry = std::iter::once(&s.name)
                .chain(s.aliases.iter())
                .find_map(|n| self.people.get(n));
            match entry {
                Some(p) if !p.speaker => {}
                Some(p) => {
                    if s.name != p.name {
                        let old = std::mem::replace(&mut s.name, p.name.clone());
                        push_alias(&mut s, old);
                    }
                    s.aliases.retain(|a| *a != p.name);
                    s.org = p.org.clone().or(s.org);
                    s.role = p.role.clone().or(s.role);
                    s.bio = p.bio.clone();
                    s.link = p.link.clone();
                    kept.push(s);
                }
                None => kept.push(s),
            }
        }
        // Two detected names may be one registered person.
        let mut merged: Vec<Speaker> = Vec::new();
        for s in kept {
            match merged.iter_mut().find(|m| m.name == s.name) {
                Some(m) => absorb(m, s),
                None => merged.push(s),
            }
        }
        out.named = merged;
    }
}

/// `花王首次承认…` where the article also writes `花王集团`: a bare Chinese name, not a
/// transliteration, that the article writes elsewhere as a company's (`X集团`, `X股份`,
/// `X控股`, `X公司`) is the company's, not a person's; a transliterated name when written
/// so twice (`欧莱雅集团`), since one `特朗普集团` may be a family's business. A bare name the
/// article writes with what a company has or as a place (`古茗股价`, `德克萨斯州奥斯汀`) is
/// no person's either.
pub(super) fn drop_zh_companies(out: &mut Speakers, paragraphs: &[String]) {
    const COMPANY: [&str; 4] = ["集团", "股份", "控股", "公司"];
    out.named.retain(|s| {
        let bare = s.org.is_none()
            && s.role.is_none()
            && (2..=4).contains(&s.name.chars().count())
            && s.name.chars().all(crate::text::is_han);
        // A transliterated name is a company's when the text writes it so more than once
        // (`欧莱雅集团`, `霍尼韦尔公司`); once may be a family's business (`特朗普集团`).
        let times = match s.name.chars().all(|c| TRANSLITERATION_CHARS.contains(c)) {
            true => 2,
            false => 1,
        };
        let as_company = paragraphs
            .iter()
            .flat_map(|p| {
                p.match_indices(s.name.as_str()).filter(|(at, _)| {
                    let after = &p[at + s.name.len()..];
                    COMPANY.iter().any(|c| after.starts_with(c))
                })
            })
            .count();
        // `古茗股价破发`, `吉利德2024年归母净利润`, `霍尼韦尔（HON.US）`: what a company has;
        // `德克萨斯州奥斯汀`, `慕尼黑一家地区法院`: a place.
        let as_business_or_place = paragraphs.iter().any(|p| {
            p.match_indices(s.name.as_str()).any(|(at, _)| {
                let after = &p[at + s.name.len()..];
                let before = &p[..at];
                ZH_COMPANY_OR_PLACE_AFTER.is_match(after)
                    || before.ends_with(['州', '省'])
                    || before.ends_with("位于")
            })
        });
        !(bare && (as_company >= times || as_business_or_place))
    });
}

pub(super) fn add_paragraph(out: &mut Speakers, r: Ref, p: usize) {
    let list = match r {
        Ref::Named(i) => &mut out.named[i].paragraphs,
        Ref::Unnamed(i) => &mut out.unnamed[i].paragraphs,
    };
    if !list.contains(&p) {
        list.push(p);
        list.sort_unstable();
    }
}

pub(super) fn add_mention(out: &mut Speakers, r: Ref, span: Option<Span>) {
    let list = match r {
        Ref::Named(i) => &mut out.named[i].mentions,
        Ref::Unnamed(i) => &mut out.unnamed[i].mentions,
    };
    if let Some(span) = span.filter(|s| !list.contains(s)) {
        list.push(span);
    }
}

pub(super) fn unnamed_index(out: &mut Speakers, desc: &str) -> usize {
    // `上述研发人员` refers back to the last source described with the same words.
    let back = desc
        .strip_prefix("上述")
        .or_else(|| desc.strip_prefix("该"))
        .or_else(|| desc.strip_prefix("这位"));
    let found = match back {
        Some(rest) => out
            .unnamed
            .iter()
            .rposition(|u| u.description.ends_with(rest)),
        None => out.unnamed.iter().rposition(|u| u.description == desc),
    };
    if let Some(i) = found {
        return i;
    }
    out.unnamed.push(UnnamedSource {
        description: desc.to_string(),
        paragraphs: Vec::new(),
        mentions: Vec::new(),
    });
    out.unnamed.len() - 1
}

/// The one speaker whose English name opens with `name` as its given name (`Errol said`
/// after `Errol Musk said`).
fn given_name_of(out: &Speakers, name: &str) -> Option<usize> {
    if name.contains(' ') || !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let prefix = format!("{name} ");
    the_one_speaker(out, |s| s.name.starts_with(&prefix))
}

/// The index of the one named speaker that `is` holds for; none when none or several do.
pub(super) fn the_one_speaker(out: &Speakers, is: impl Fn(&Speaker) -> bool) -> Option<usize> {
    let mut found = out.named.iter().enumerate().filter(|(_, s)| is(s));
    match (found.next(), found.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// `s` is `m` under another name: its aliases, paragraphs, mentions, and the organisation
/// and role `m` lacks join `m`.
fn absorb(m: &mut Speaker, s: Speaker) {
    for a in s.aliases {
        push_alias(m, a);
    }
    m.paragraphs.extend(s.paragraphs);
    m.paragraphs.sort_unstable();
    m.paragraphs.dedup();
    m.mentions.extend(s.mentions);
    m.mentions.sort_by_key(|s| (s.paragraph, s.start));
    m.org = m.org.take().or(s.org);
    m.role = m.role.take().or(s.role);
}

fn push_alias(s: &mut Speaker, alias: String) {
    if alias != s.name && !s.aliases.contains(&alias) {
        s.aliases.push(alias);
    }
}

/// The organisation right after an English name: `Anna Bell of the Cato Institute`,
/// `Ben Endres from the Alaska State Troopers` (capitalised words to the end of the phrase).
/// The post a name is given with `as` right after it (`…, M.D., Ph.D., as chief medical
/// officer`, ` as the company’s next President and CEO`, ` as chairman of the Federal
/// Reserve`): its role, and its organisation when one follows.
fn as_role(after: &str) -> Option<(Option<String>, Option<String>)> {
    let mut rest = after;
    // Degrees after the name (`, M.D., Ph.D.,`).
    while let Some(r) = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(',')) {
        let degree = r.split([',', ' ']).next().unwrap_or_default();
        if degree.len() <= 6 && degree.contains('.') && degree.starts_with(char::is_uppercase) {
            rest = &r[degree.len()..];
        } else {
            rest = r;
            break;
        }
    }
    let post = rest.trim_start().strip_prefix("as ")?;
    let post = ["the company’s ", "the company's ", "its ", "the ", "a "]
        .iter()
        .find_map(|d| post.strip_prefix(d))
        .unwrap_or(post);
    let post = ["next ", "new ", "interim ", "acting "]
        .iter()
        .find_map(|d| post.strip_prefix(d))
        .unwrap_or(post);
    let post = post
        .split([',', ';', '(', '“', '"'])
        .next()
        .unwrap_or_default()
        .split(". ")
        .next()
        .unwrap_or_default()
        .trim_end_matches('.');
    let opens_with_role = EN_ROLE.find(post).is_some_and(|m| m.start() == 0);
    if !opens_with_role || post.split_whitespace().count() > 12 {
        return None;
    }
    let (org, role) = split_en_after(post);
    role.is_some().then_some((org, role))
}

fn org_after(after: &str) -> Option<String> {
    let rest = [" of ", " from ", " at "]
        .iter()
        .find_map(|p| after.strip_prefix(p))?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let run = EN_CAP_RUN.find(rest).filter(|r| r.start() == 0)?;
    let ends = rest[run.end()..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | ')' | '”' | '"'));
    (ends && EN_ORG_WORD.is_match(run.as_str())).then(|| run.as_str().to_string())
}

/// `Trump ally Steve Bannon`, `Trump’s special envoy`: another speaker an English speaker
/// is described by is no organisation (the name, or its surname).
pub(super) fn drop_person_orgs(out: &mut Speakers) {
    // (The surname of a full name, or a name given a role: `Hamas` or `Big Bang` read as
    // speakers stay organisations.)
    let people: Vec<String> = out
        .named
        .iter()
        .flat_map(|s| {
            let surname = s.name.rsplit_once(' ').map(|(_, last)| last.to_string());
            let titled = s.role.is_some().then(|| s.name.clone());
            surname.into_iter().chain(titled)
        })
        .collect();
    for s in &mut out.named {
        if s.org
            .as_ref()
            .is_some_and(|o| people.contains(o) && *o != s.name)
        {
            s.org = None;
        }
    }
}

/// Names, organisations and roles written with a no-break or another space (`Andy\u{a0}Kim`)
/// read with one ordinary space, as the registry and readers write them; a name's dot typed
/// twice reads once; a clause read as an organisation or a role is none.
pub(super) fn tidy_fields(out: &mut Speakers) {
    let fix = |s: &mut String| {
        if s.chars().any(|c| c.is_whitespace() && c != ' ') {
            *s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        // `山姆··奥特曼`: a dot typed twice joins the parts once.
        while let Some(at) = s.find("··") {
            s.replace_range(at..at + '·'.len_utf8(), "");
        }
        // `Technology | | --- | … | Vice President`: a newsletter's table cells before the
        // title are no part of it.
        if let Some((_, last)) = s.rsplit_once('|') {
            *s = last.trim().to_string();
        }
    };
    // A clause read as a title or an organisation is none.
    let clause = |s: &String| lexicon::reads_as_clause(s);
    for s in &mut out.named {
        fix(&mut s.name);
        // `Ms Naomi Chen`, `Mr. LIU Ming Hui`: a courtesy title is no part of the name.
        let courtesy = ["Mr. ", "Ms. ", "Mrs. ", "Mr ", "Ms ", "Mrs "]
            .iter()
            .find_map(|t| s.name.strip_prefix(t))
            .filter(|rest| rest.contains(' '))
            .map(str::to_string);
        if let Some(rest) = courtesy {
            s.name = rest;
        }
        s.aliases.iter_mut().for_each(fix);
        s.org.iter_mut().for_each(fix);
        s.role.iter_mut().for_each(fix);
        s.org.take_if(|o| o.is_empty());
        s.role.take_if(|r| r.is_empty());
        if s.role.as_ref().is_some_and(clause) {
            s.role = None;
        }
        if s.org.as_ref().is_some_and(clause) {
            s.org = None;
        }
    }
}
