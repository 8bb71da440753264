//! What can only be read once every speaker of an article is known: a reference by role
//! before the person is named (`The president openly admitted …`, then `President Trump
//! said`), and a Chinese name that speaks in a headline before the text introduces it.

use super::en_titles::title_fits;
use super::join::{add_mention, add_paragraph};
use super::lexicon::ZH_VERB_ANY;
use super::zh::name_parts;
use super::{nearest, Detector, Ref, Span, Speakers, Who, Words};
use crate::model::Lang;

/// A reference by role to no one met at that point (`The president openly admitted …`, and
/// President Trump speaks later): the one named speaker the article gives that role.
pub(super) fn resolve_roles(
    out: &mut Speakers,
    paragraphs: &[String],
    roles: &[(usize, usize, String)],
) {
    for (p, at, role) in roles {
        // (`said one Republican senator who requested anonymity` then `the lawmaker added`:
        // the unnamed source just before.)
        if out
            .unnamed
            .iter()
            .any(|u| u.paragraphs.iter().any(|&q| q == *p || q + 1 == *p))
        {
            continue;
        }
        // (Nor after a quotation credited to no one: `“…,” said one Republican senator who
        // requested anonymity` then `the lawmaker added`.)
        let credited = |q: usize| out.named.iter().any(|s| s.paragraphs.contains(&q));
        if p.checked_sub(1)
            .is_some_and(|q| paragraphs[q].contains(['“', '"']) && !credited(q))
        {
            continue;
        }
        // (The whole role, not a part of another: `president` is not `vice president`; an
        // abbreviation, `Sen.`, for `senator`.)
        let fits_whole = |r: &str| {
            let r = r.to_lowercase();
            let modified = r.split_whitespace().any(|w| {
                matches!(
                    w,
                    "vice" | "deputy" | "assistant" | "former" | "co" | "associate"
                )
            });
            let abbreviation = r.trim_end_matches('.').len() <= 3 && title_fits(role, &r);
            r == *role || (r.ends_with(&format!(" {role}")) && !modified) || abbreviation
        };
        let mut fits = out
            .named
            .iter()
            .enumerate()
            // (`欧盟委员会主席`: an organisation and a role a Chinese speaker holds.)
            .filter(|(_, s)| s.role.as_deref().is_some_and(fits_whole) || s.holds(role));
        let (Some((k, _)), None) = (fits.next(), fits.next()) else {
            continue;
        };
        let capital = role
            .char_indices()
            .next()
            .map(|(_, c)| format!("{}{}", c.to_uppercase(), &role[c.len_utf8()..]))
            .unwrap_or_default();
        let span = nearest(&paragraphs[*p], *at, &[role.as_str(), capital.as_str()]).map(
            |(start, end)| Span {
                paragraph: *p,
                start,
                end,
                frame: "the president said (the one speaker the article gives that role)",
            },
        );
        add_paragraph(out, Ref::Named(k), *p);
        add_mention(out, Ref::Named(k), span);
    }
}

impl Detector<'_> {
    /// `鲍威尔对国会重申…` in a digest's headline, before `美联储主席鲍威尔表示`: a paragraph
    /// where no one spoke, read again with every speaker known; a speaker it finds counts
    /// there when the text names them only later.
    pub(super) fn names_ahead(
        &self,
        out: &mut Speakers,
        paragraphs: &[String],
        cuts: &[Vec<usize>],
        names: &[(String, String)],
        lang: Lang,
    ) {
        let spoken = |out: &Speakers, i: usize| {
            out.named.iter().any(|s| s.paragraphs.contains(&i))
                || out.unnamed.iter().any(|u| u.paragraphs.contains(&i))
        };
        // (In Chinese only a paragraph that writes a speaker's name, or a part of it, can name
        // one, and the others are not read again; in English `they wrote` names the speakers
        // last named together.)
        let forms: Vec<String> = out
            .named
            .iter()
            .flat_map(|s| {
                let last = s.name.rsplit(' ').next().map(str::to_string);
                let parts = name_parts(&s.name).unwrap_or_default();
                std::iter::once(s.name.clone())
                    .chain(s.aliases.iter().cloned())
                    .chain(last)
                    .chain(parts.into_iter().map(str::to_string))
            })
            .collect();
        for (i, paragraph) in paragraphs.iter().enumerate() {
            let named = forms.iter().any(|f| paragraph.contains(f.as_str()));
            // (An English paragraph where someone spoke may name another speaker too:
            // `Sens. Susan Collins and Katie Britt expressed concern …, with Collins saying`.)
            if (lang == Lang::Zh && (spoken(out, i) || !named)) || (lang == Lang::En && !named) {
                continue;
            }
            let words = Words {
                text: paragraph,
                cuts: cuts.get(i).map_or(&[][..], Vec::as_slice),
            };
            let found = match lang {
                Lang::Zh => self.zh_attributions(&words, out, names),
                Lang::En => self.en_attributions(paragraphs, i, out, names),
            };
            let spoken_here = spoken(out, i);
            for (at, who, frame) in found {
                let Who::Named { name, .. } = who else {
                    continue;
                };
                // (Where someone spoke already, only a name the paragraph writes: not a
                // reference by role, `the lawmaker added`, read as another speaker.)
                let surname = name.rsplit(' ').next().unwrap_or(&name);
                if spoken_here && !paragraph.contains(surname) {
                    continue;
                }
                let Some(k) = out.named.iter().position(|s| {
                    s.answers_to(&name) && s.paragraphs.first().is_some_and(|&f| f > i)
                }) else {
                    continue;
                };
                // Only the name written right before its verb (`鲍威尔对国会重申`), not a
                // role (`分析师称`) or a name that describes something else (`特朗普政府官员
                // 一直表示`, `鲍威尔届时将有机会…做出回应`).
                let close = lang == Lang::En
                    || paragraph.match_indices(name.as_str()).any(|(s, n)| {
                        let rest = &paragraph[s + n.len()..];
                        ZH_VERB_ANY.find(rest).is_some_and(|v| {
                            let between = &rest[..v.start()];
                            between.chars().count() <= 6
                                && !between.contains(['，', '的', '。'])
                                && !["政府", "团队", "阵营", "家族"]
                                    .iter()
                                    .any(|w| between.starts_with(w))
                        })
                    });
                if !close {
                    continue;
                }
                let span = nearest(paragraph, at, &[name.as_str()]).map(|(start, end)| Span {
                    paragraph: i,
                    start,
                    end,
                    frame,
                });
                add_paragraph(out, Ref::Named(k), i);
                add_mention(out, Ref::Named(k), span);
            }
        }
    }
}
