//! What someone met speaking does with words elsewhere in the article: orders, signs, backs,
//! floats, declines to say. Readers count these lines as the person's (`Defense Secretary
//! Pete Hegseth has directed the military to pause …`, `Youngkin barred state employees …`,
//! `特朗普宣誓就职当天签署行政令`), but the same verbs say nothing of someone who never
//! speaks (`Trump signed …` in an article where only his critics speak), so they add lines to
//! a speaker and never make one.

use std::sync::LazyLock;

use regex::Regex;

use super::en_names::en_clauses;
use super::join::{add_mention, add_paragraph, the_one_speaker};
use super::lexicon::{re, ZH_LEAD, ZH_ROLE};
use super::mentions::{latest_mention_at, unquoted};
use super::zh::{name_parts, zh_clauses};
use super::{Detector, Ref, Span, Speakers, Who};

/// The frame of a line an act gives to a speaker.
const ACT: &str = "X directed/signed/backed … (an act of someone who speaks elsewhere)";

/// The same in Chinese: signing, suing, writing, publishing, proposing, announcing,
/// demanding, refusing, and the verbs of speech that the frames read only right after a
/// subject (`特朗普再次挥动关税大棒，宣布…`).
static ZH_ACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"签署|签发|起诉|致信|写信|发表了?[^，。；]{0,8}?(?:公开信|署名文章|文章|演讲|讲话|声明|长文|博客|观点|看法)|刊发|撰文|发布了?[^，。；]{0,6}?(?:长文|博客|声明|公开信|文章)|提出了?(?:[^，。；]{0,6}?(?:观点|看法|建议|质疑|批评|警告|担忧|疑问))|表达了?|公布了?|宣布|放风|发出了?[^，。；]{0,6}?威胁|要求|拒绝|回应|谈到|谈及|提及|提到|透露|介绍|描述|解释|否认|呼吁|重申|强调|警告|承诺|暗示|下令|批评|指责|抨击|发帖|发文",
    )
});

/// Verbs of an act done with words, with the auxiliary before them (`has directed`).
static EN_ACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:has|have|had)\s+(?:also\s+|since\s+|now\s+|already\s+)?)?(?:also\s+|later\s+|then\s+|quickly\s+)?(?P<verb>directed|directs|barred|prohibited|signed|signs|floated|backed|endorsed|unveiled|introduced|rejected|refused\s+to|declined\s+to|penned|threw\s+(?:his|her|their)\s+(?:support|weight)|would\s+not\s+say|wouldn[’']t\s+say|did\s+not\s+say|didn[’']t\s+say|appeared\s+to\s+(?:back|endorse|suggest|confirm|mock|reference|respond|agree)|dug\s+in|pushed\s+for|sought\s+to\s+(?:reassure|assure|temper|clarify|downplay|explain|defend|distance|dispel|rebut|walk\s+back|back\s*pedal)|moved\s+to|raised\s+(?:concerns?|questions|alarms?|the\s+possibility)|sounded\s+the\s+alarm|made\s+(?:a\s+series\s+of\s+)?(?:allegations|the\s+case|remarks|comments|a\s+(?:plea|pitch|case|push))|laid\s+out|invoked|brushed\s+off|gave\s+(?:a|an)\s+(?:\w+\s+)?(?:warning|ultimatum|speech|address)|(?:long\s+)?talked\s+about|been\s+(?:very\s+|particularly\s+)?vocal|expressed|voiced|outlined|proposed|detailed|echoed|addressed)\b",
    )
});

/// A pronoun that opens a clause, after a conjunction or an adverb.
static PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\s*(?:(?:But|And|Yet|Still|Then|Later|Meanwhile|However),?\s+)?(?P<p>He|She)\b")
});

impl Detector<'_> {
    /// Give each speaker the lines where, outside quotation marks, they are the subject of
    /// an act done with words.
    pub(super) fn en_acts(
        &self,
        out: &mut Speakers,
        paragraphs: &[String],
        names: &[(String, String)],
    ) {
        let mut add: Vec<(usize, usize, Span)> = Vec::new();
        for (i, paragraph) in paragraphs.iter().enumerate() {
            let text = unquoted(paragraph);
            for (start, clause) in en_clauses(&text) {
                let Some(m) = EN_ACT.find(clause) else {
                    continue;
                };
                for who in self.en_subjects(&clause[..m.start()], out, names) {
                    let name = match who {
                        Who::Named { name, .. } => name,
                        // `He ordered the administration to …`: the speaker the paragraph
                        // named last, else the one speaker of the paragraph before.
                        Who::Pronoun => {
                            let Some(k) = pronoun_of(out, &text[..start], i) else {
                                continue;
                            };
                            let Some(at) = PRONOUN.find(clause).filter(|p| p.end() <= m.start())
                            else {
                                continue;
                            };
                            if !out.named[k].paragraphs.contains(&i) {
                                let span = Span {
                                    paragraph: i,
                                    start: start + at.start(),
                                    end: start + at.end(),
                                    frame: ACT,
                                };
                                add.push((k, i, span));
                            }
                            continue;
                        }
                        _ => continue,
                    };
                    let Some(k) = out.named.iter().position(|s| s.answers_to(&name)) else {
                        continue;
                    };
                    if out.named[k].paragraphs.contains(&i) {
                        continue;
                    }
                    let surname = name.rsplit(' ').next().unwrap_or(&name);
                    let Some(at) = clause[..m.start()].rfind(surname) else {
                        continue;
                    };
                    // (`In a short order, U.S. District Judge John McConnell directed`: a
                    // phrase set off with a comma before the subject.)
                    let head = &clause[..at];
                    let head = head.rfind(", ").map_or(head, |c| &head[c + 2..]);
                    if !opens_clause(head) {
                        continue;
                    }
                    let span = Span {
                        paragraph: i,
                        start: start + at,
                        end: start + at + surname.len(),
                        frame: ACT,
                    };
                    add.push((k, i, span));
                }
            }
        }
        for (k, i, span) in add {
            add_paragraph(out, Ref::Named(k), i);
            add_mention(out, Ref::Named(k), Some(span));
        }
    }

    /// The same in Chinese: a clause that opens with a speaker (after their title) and has an
    /// act within a few words, or whose next clause opens with one.
    pub(super) fn zh_acts(&self, out: &mut Speakers, paragraphs: &[String]) {
        let mut add: Vec<(usize, usize, Span)> = Vec::new();
        for (i, paragraph) in paragraphs.iter().enumerate() {
            let text = unquoted(paragraph);
            let clauses = zh_clauses(&text);
            for (c, &(start, clause)) in clauses.iter().enumerate() {
                let lead = ZH_LEAD.find(clause).map_or(0, |m| m.end());
                let body = &clause[lead..];
                for (k, s) in out.named.iter().enumerate() {
                    if s.paragraphs.contains(&i) || add.iter().any(|a| a.0 == k && a.1 == i) {
                        continue;
                    }
                    let Some((at, form)) = zh_subject_at(s, body) else {
                        continue;
                    };
                    let rest = &body[at + form.len()..];
                    let near = ZH_ACT.find(rest).is_some_and(|m| {
                        rest[..m.start()].chars().count() <= 24
                            && done(&rest[..m.start()])
                            && !relative(&rest[m.start()..])
                    });
                    // (`特朗普再次挥动关税大棒，宣布…`: a verb-first clause after it.)
                    let next = done(rest)
                        && clauses.get(c + 1).is_some_and(|&(_, n)| {
                            let n = ZH_LEAD.find(n).map_or(n, |m| &n[m.end()..]);
                            let n = n.trim_start_matches(['并', '还', '也', '又', '再', ' ']);
                            ZH_ACT.find(n).is_some_and(|m| m.start() == 0) && !relative(n)
                        });
                    if near || next {
                        let from = start + lead + at;
                        add.push((
                            k,
                            i,
                            Span {
                                paragraph: i,
                                start: from,
                                end: from + form.len(),
                                frame: ACT,
                            },
                        ));
                    }
                }
            }
        }
        for (k, i, span) in add {
            add_paragraph(out, Ref::Named(k), i);
            add_mention(out, Ref::Named(k), Some(span));
        }
    }
}

/// Where a Chinese clause's subject is the speaker: a form of their name (two characters or
/// more) at its start, or after a title (`美国总统特朗普`), not a possessor or one of a list
/// (`特朗普的`, `特朗普和`).
fn zh_subject_at<'s>(s: &'s super::Speaker, body: &str) -> Option<(usize, &'s str)> {
    let parts = name_parts(&s.name).unwrap_or_default();
    let forms = std::iter::once(s.name.as_str())
        .chain(s.aliases.iter().map(String::as_str))
        .chain(parts)
        .filter(|f| f.chars().count() >= 2);
    for form in forms {
        let Some(at) = body.find(form) else { continue };
        let before = &body[..at];
        // (`与美国总统特朗普会谈时`, `作为美国总统特朗普…`: a title after a preposition or a
        // verb is no subject's.)
        let titled = before.chars().count() <= 12
            && !before.contains([
                ' ', '与', '和', '同', '跟', '对', '向', '让', '被', '将', '把', '给', '为', '在',
                '据', '了', '的',
            ])
            && ZH_ROLE.find_iter(before).any(|m| m.end() == before.len());
        let rest = &body[at + form.len()..];
        // (`特朗普政府提出的政策`: the name of a body named after the person.)
        let joined = rest.starts_with(['的', '和', '与', '及', '、', '等', '被', '·'])
            || ["政府", "团队", "方面", "家族", "阵营", "政权", "内阁"]
                .iter()
                .any(|w| rest.starts_with(w));
        if (before.trim().is_empty() || titled) && !joined {
            return Some((at, form));
        }
    }
    None
}

/// Whether the words before a name leave it the clause's subject: titles and names in
/// capitals, and a few words that open a clause or describe an office (`But`, `former`), not
/// a noun phrase the name's clause qualifies (`the budget resolution framework Arrington
/// outlined`).
fn opens_clause(before: &str) -> bool {
    before.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
            || matches!(
                w,
                "former" | "acting" | "then" | "and" | "also" | "of" | "the"
            )
    })
}

/// Whether the words between a subject and an act leave it done: no relative clause
/// (`马斯克牵头的一个财团…提出`), no negation (`并未作出明确的回应`), no plan or prospect
/// (`将在…宣布`, `打算直接签署`, `届时将有机会…回应`).
fn done(between: &str) -> bool {
    !between.contains(['的', '未', '没', '不', '无', '将', '会', '拟'])
        && !["打算", "计划", "准备", "可能", "届时", "希望", "想要"]
            .iter()
            .any(|w| between.contains(w))
}

/// Whether an act opens a relative clause (`曾起诉他的法律界`, `发出的关税威胁`, `发表讲话的时间`).
fn relative(act: &str) -> bool {
    act.chars().skip(1).take(4).any(|c| c == '的')
}

/// The speaker a pronoun at the start of a clause stands for: the one named last before it in
/// the paragraph, else, when it opens the paragraph, the one speaker of the paragraph before
/// (none when that had several).
fn pronoun_of(out: &Speakers, before: &str, i: usize) -> Option<usize> {
    if let Some((_, Ref::Named(k))) = latest_mention_at(out, before) {
        return Some(k);
    }
    if !before.trim().is_empty() {
        return None;
    }
    let previous = i.checked_sub(1)?;
    the_one_speaker(out, |s| s.paragraphs.contains(&previous))
}
