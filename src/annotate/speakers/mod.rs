//! Speakers: the people quoted in an article, with organisation and role, and the
//! paragraphs where they speak. No registry is needed; `content/people.yaml` refines.
//!
//! Steps, per article:
//! 1. find attributions in each paragraph, in reading order: reported-speech frames
//!    (`X表示`, `在X看来`, `据X介绍`, `X告诉记者`, `“……”X说`, `X said`, `said X, role at Org`,
//!    `according to X`), clause-initial pronouns (`他认为`, `She added`) and unnamed sources
//!    with a determiner (`一名开发人员告诉记者`, `a person familiar with the matter said`);
//! 2. read the noun phrase of each frame: the name at its end, the appositive before or after
//!    it split into organisation and role with a lexicon of role words;
//! 3. join later mentions to the same speaker (full name, alias, surname, given name);
//! 4. extend attributions over quotes that run across paragraphs;
//! 5. fill organisation and role from appositive mentions outside frames
//!    (`…，但创始人高雪峰的感受是`), then apply the registry.

mod acts;
mod ahead;
mod en;
mod en_house;
mod en_lexicon;
mod en_names;
mod en_np;
mod en_org;
mod en_said;
mod en_subject;
mod en_titles;
mod en_titles_before;
mod en_words;
mod join;
mod lexicon;
mod mentions;
mod quotes;
mod zh;
mod zh_names;
mod zh_np;
mod zh_org;
mod zh_org_refs;
mod zh_subject;
mod zh_tidy;

use super::people::People;
use super::{Glossary, Segmenter};
use crate::model::Lang;

use join::{add_mention, add_paragraph, unnamed_index};
use mentions::latest_mention;
use quotes::{
    ends_with_colon, extend_over_quotes, opens_quote, opens_turn, page_note, subject_quotes,
    OWN_ATTRIBUTION,
};
pub use zh_org::split_zh_appositive;

/// A named person quoted in an article.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Speaker {
    pub name: String,
    pub org: Option<String>,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    /// 0-based body paragraphs where they speak, in order.
    pub paragraphs: Vec<usize>,
    pub bio: Option<String>,
    pub link: Option<String>,
    /// Where the text attributes speech to them: the name (or pronoun) of each
    /// attribution, in order.
    pub mentions: Vec<Span>,
}

/// Bytes `start..end` of body paragraph `paragraph` (0-based), and the frame of the
/// attribution found there (`X said`, `在X看来`), so that detection explains itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Span {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub frame: &'static str,
}

/// An attribution found in a paragraph: where, who, and by which frame.
type Found = (usize, Who, &'static str);

/// The pronouns that stand for a speaker named before.
const PRONOUNS: [&str; 6] = ["他", "她", "He", "She", "he", "she"];

/// The word a group reference stands for until it is resolved (`they`, `the lawmakers`).
pub(super) const THEY: &str = "they";

/// The frame of a pronoun read as the person named just before it.
pub(super) const PRONOUN_NAMED_BEFORE: &str = "He/She said (the person named just before)";

/// The frame of a paragraph that introduces a person's own text, which the paragraphs after
/// it give.
const FULL_TEXT: &str = "以下为X的全文： (the text that follows is X's)";

/// The frame of a speaker's turn in a transcript or an interview (`郭嘉昆：…`).
pub(super) const TRANSCRIPT: &str = "X：… (a transcript)";

/// A specific person quoted without a name (`一名大模型开发人员`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnnamedSource {
    pub description: String,
    pub paragraphs: Vec<usize>,
    /// Where the text attributes speech to them, in order.
    pub mentions: Vec<Span>,
}

/// Everyone quoted in one article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Speakers {
    pub named: Vec<Speaker>,
    pub unnamed: Vec<UnnamedSource>,
}

impl Speaker {
    /// Whether `title` is this speaker's organisation and role written together
    /// (`美联储主席` for 美联储 + 主席).
    pub(super) fn holds(&self, title: &str) -> bool {
        match (&self.org, &self.role) {
            (Some(org), Some(role)) => title.strip_prefix(org.as_str()) == Some(role.as_str()),
            _ => false,
        }
    }

    /// Whether `name` is a form of this speaker: the name, an alias, an English surname or
    /// given name, or one part of a transliterated name (`伊利亚` of `伊利亚·苏茨克维尔`).
    pub fn answers_to(&self, name: &str) -> bool {
        let forms = std::iter::once(&self.name).chain(self.aliases.iter());
        for form in forms {
            if form == name {
                return true;
            }
            if zh::name_parts(form).is_some_and(|parts| parts.contains(&name)) {
                return true;
            }
            if zh::name_parts(name).is_some_and(|parts| parts.contains(&form.as_str())) {
                return true;
            }
            // An English surname, of one word or several (`Okafor`, `de la Cruz`).
            if form.ends_with(&format!(" {name}")) || name.ends_with(&format!(" {form}")) {
                return true;
            }
        }
        false
    }
}

impl Speakers {
    /// For each paragraph, the speakers who speak in it, as `s1`, `s2` (named, in order)
    /// and `u1`, `u2` (unnamed).
    pub fn refs_by_paragraph(&self, paragraphs: usize) -> Vec<Vec<String>> {
        let mut refs = vec![Vec::new(); paragraphs];
        for (i, s) in self.named.iter().enumerate() {
            for &p in &s.paragraphs {
                if let Some(slot) = refs.get_mut(p) {
                    slot.push(format!("s{}", i + 1));
                }
            }
        }
        for (i, u) in self.unnamed.iter().enumerate() {
            for &p in &u.paragraphs {
                if let Some(slot) = refs.get_mut(p) {
                    slot.push(format!("u{}", i + 1));
                }
            }
        }
        refs
    }
}

/// What detection reads besides the text.
pub struct Detector<'a> {
    pub glossary: &'a Glossary,
    pub segmenter: &'a Segmenter,
    pub people: &'a People,
}

/// One attribution found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Who {
    Named {
        name: String,
        alias: Option<String>,
        org: Option<String>,
        role: Option<String>,
    },
    Unnamed(String),
    Pronoun,
    /// `the judge wrote`: the person the article named earlier with this title (lower case).
    Titled(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ref {
    Named(usize),
    Unnamed(usize),
}

impl Detector<'_> {
    /// Detect the speakers of an article from its paragraphs' plain text, segmenting each
    /// paragraph (see [`Detector::detect_cut`] for paragraphs already segmented).
    pub fn detect(&self, paragraphs: &[String], lang: Lang) -> Speakers {
        let cuts: Vec<Vec<usize>> = paragraphs
            .iter()
            .map(|p| self.segmenter.boundaries(p))
            .collect();
        self.detect_cut(paragraphs, &cuts, &[], lang)
    }

    /// Detect the speakers of an article from its paragraphs' plain text and the word
    /// boundaries of each paragraph (byte offsets, 0 and the length included), which every
    /// step that needs words reads instead of segmenting again. The article's headings say
    /// whose release it is (`About Sonoco`).
    pub fn detect_cut(
        &self,
        paragraphs: &[String],
        cuts: &[Vec<usize>],
        headings: &[&str],
        lang: Lang,
    ) -> Speakers {
        let mut out = Speakers::default();
        let mut last: Option<Ref> = None;
        // Who spoke last in the paragraph before, and whether it ends with a colon.
        let mut carry: Option<(Ref, bool)> = None;
        // Whose text the rest of the article gives, after `以下为X的全文：`.
        let mut full_text: Option<Ref> = None;
        // Whose answer an interview's paragraphs go on with, after `X：…`.
        let mut turn: Option<Ref> = None;
        let interview = paragraphs
            .iter()
            .any(|p| opens_turn(p) && p.contains(['？', '?']));
        // Full Latin names by surname, for later mentions by surname alone (`Davis说`,
        // `Durbin said`).
        let mut names = en_names::full_names(paragraphs);
        if lang == Lang::Zh {
            names.extend(zh_names::dotted_names(paragraphs));
            names.extend(self.introduced_names(paragraphs));
        }
        // Whether anyone spoke in the paragraph before.
        let mut spoke_before = false;
        // References by role to no one met yet: paragraph, where, the role.
        let mut roles_ahead: Vec<(usize, usize, String)> = Vec::new();
        for (i, paragraph) in paragraphs.iter().enumerate() {
            let words = Words {
                text: paragraph,
                cuts: cuts.get(i).map_or(&[][..], Vec::as_slice),
            };
            let found = match lang {
                Lang::Zh => self.zh_attributions(&words, &out, &names),
                Lang::En => self.en_attributions(paragraphs, i, &out, &names),
            };
            // `The president openly admitted …` before the article names President Trump:
            // read once every speaker is known.
            let (titled, found): (Vec<Found>, Vec<Found>) = found
                .into_iter()
                .partition(|f| matches!(f.1, Who::Titled(_)));
            roles_ahead.extend(titled.into_iter().filter_map(|(at, who, _)| match who {
                Who::Titled(role) => Some((i, at, role)),
                _ => None,
            }));
            // A paragraph with no attribution of its own that a speaker introduced with a
            // colon (`Jane Roe, CEO, comments:`), or that opens with a quotation mark right
            // after a paragraph where someone spoke, goes on with that speaker.
            let carried = match carry {
                Some((r, colon))
                    if found.is_empty()
                        && (colon || opens_quote(paragraph))
                        && !OWN_ATTRIBUTION.is_match(paragraph) =>
                {
                    add_paragraph(&mut out, r, i);
                    Some((r, false))
                }
                _ => None,
            };
            carry = carried;
            // An interview's answer runs on from `X：…` over the paragraphs after it that have
            // no attribution of their own, up to the next turn (`泓君：…`, `问：…`) or the
            // page's own note.
            // (`贾康，著名经济学家，…`: a note on the person ends the answer.)
            let about = |r: Ref| match r {
                Ref::Named(k) => paragraph
                    .strip_prefix(out.named[k].name.as_str())
                    .is_some_and(|rest| rest.starts_with('，')),
                Ref::Unnamed(_) => false,
            };
            let turned = match turn {
                Some(r)
                    if found.is_empty()
                        && carried.is_none()
                        && !opens_turn(paragraph)
                        && !page_note(paragraph)
                        && !about(r) =>
                {
                    add_paragraph(&mut out, r, i);
                    true
                }
                _ => false,
            };
            if !turned {
                turn = None;
            }
            let spoke_prev = spoke_before;
            spoke_before = !found.is_empty() || carried.is_some() || turned;
            if let (Some(r), true) = (full_text, found.is_empty()) {
                add_paragraph(&mut out, r, i);
            }
            for (at, who, frame) in found {
                let frame = match who {
                    Who::Pronoun => "他/She … (a pronoun: the speaker named just before)",
                    _ => frame,
                };
                let said = match &who {
                    // The name as written here may be a later form of it (`Zelensky`, `法利`).
                    Who::Named { name, alias, .. } => std::iter::once(name.as_str())
                        .chain(alias.as_deref())
                        .chain(name.rsplit(' ').next().filter(|_| name.contains(' ')))
                        .chain(zh::name_parts(name).unwrap_or_default())
                        .collect(),
                    Who::Unnamed(desc) => vec![desc.trim_start_matches(['上', '述', '该'])],
                    Who::Pronoun => PRONOUNS.to_vec(),
                    Who::Titled(_) => continue,
                };
                // (A pronoun read as the person named before: the pronoun is the mention.)
                let pronoun = frame == PRONOUN_NAMED_BEFORE;
                let span = nearest(paragraph, at, &said)
                    .or_else(|| pronoun.then(|| nearest(paragraph, at, &PRONOUNS)).flatten())
                    .map(|(start, end)| Span {
                        paragraph: i,
                        start,
                        end,
                        frame,
                    });
                let r = match who {
                    // He or she is the speaker named last before the pronoun in this
                    // paragraph, else whoever spoke last.
                    Who::Pronoun => {
                        let here = latest_mention(&out, &paragraph[..at]);
                        // `Forest Neurotech的创始人Sumner Norman虽然没有参与这项研究，但他认为`:
                        // a person the sentence names before the pronoun.
                        let within = match (lang, here) {
                            (Lang::Zh, None) => self.zh_person_before(&words, at, &out, &names),
                            // `Dr. Ana Cañizares highlighted …. He said, “…”`: the person the
                            // paragraph opens with, titled or met before (not a name a
                            // quotation opens with).
                            (Lang::En, None) if at > 0 && !opens_quote(paragraph) => {
                                self.en_person_of(&paragraph[..at], &out, &names)
                            }
                            _ => None,
                        };
                        // `例如，…首席投资官Scott Welch正在…。` then `“…”他说。`: the person
                        // the paragraph before was about, when no one spoke in it.
                        // `众议院议长迈克·约翰逊周一淡化了分歧。` then `他表示：…`, when no one
                        // has spoken yet: a person the text gives a role.
                        let quote_first = !spoke_prev && opens_quote(paragraph);
                        let opens_pronoun =
                            last.is_none() && paragraph.trim_start().starts_with(['他', '她']);
                        let about = within.or_else(|| match (lang, here, i.checked_sub(1)) {
                            (Lang::Zh, None, Some(p)) if quote_first || opens_pronoun => {
                                let words = Words {
                                    text: &paragraphs[p],
                                    cuts: cuts.get(p).map_or(&[][..], Vec::as_slice),
                                };
                                self.zh_person_of(&words, &out, &names).filter(|w| {
                                    quote_first || matches!(w, Who::Named { role: Some(_), .. })
                                })
                            }
                            // `Rep. William Timmons (R-S.C.) took aim at Democrats …` then
                            // `“…,” he said.`
                            // (Not one the quotation names: `“…, Mr. Martin personally
                            // fired …”` after `Martin also fired attorneys` is another's.)
                            (Lang::En, None, Some(p)) if quote_first => self
                                .en_person_of(&paragraphs[p], &out, &names)
                                .filter(|w| match w {
                                    Who::Named { name, .. } => {
                                        let surname = name.rsplit(' ').next().unwrap_or(name);
                                        !paragraph[..at].contains(surname)
                                    }
                                    _ => true,
                                }),
                            _ => None,
                        });
                        match (about, here.or(last)) {
                            (
                                Some(Who::Named {
                                    name,
                                    alias,
                                    org,
                                    role,
                                }),
                                _,
                            ) => Ref::Named(self.named_index(&mut out, name, alias, org, role)),
                            (_, Some(r)) => r,
                            (_, None) => continue,
                        }
                    }
                    Who::Unnamed(desc) => Ref::Unnamed(unnamed_index(&mut out, &desc)),
                    Who::Titled(_) => continue,
                    Who::Named {
                        name,
                        alias,
                        org,
                        role,
                    } => Ref::Named(self.named_index(&mut out, name, alias, org, role)),
                };
                add_paragraph(&mut out, r, i);
                add_mention(&mut out, r, span);
                last = Some(r);
                carry = Some((r, ends_with_colon(paragraph)));
                if frame == FULL_TEXT {
                    full_text = Some(r);
                }
                // (A turn opens with the name and its colon, `郭嘉昆：…`, not `X表示：`, and only
                // in an interview, where someone asks: `泓君：…？`.)
                let opens = span
                    .is_some_and(|s| s.start == 0 && paragraph[s.end..].starts_with(['：', ':']));
                if frame == TRANSCRIPT && opens && interview {
                    turn = Some(r);
                }
            }
        }
        ahead::resolve_roles(&mut out, paragraphs, &roles_ahead);
        self.names_ahead(&mut out, paragraphs, cuts, &names, lang);
        subject_quotes(&mut out, paragraphs);
        extend_over_quotes(&mut out, paragraphs);
        // (After the quotes: an act carries no quotation on to the next paragraph.)
        match lang {
            Lang::En => self.en_acts(&mut out, paragraphs, &names),
            Lang::Zh => self.zh_acts(&mut out, paragraphs),
        }
        self.complete_names(&mut out, paragraphs);
        self.fill_from_mentions(&mut out, paragraphs, cuts, lang);
        self.resolve_org_references(&mut out, paragraphs);
        match lang {
            Lang::En => {
                for s in &mut out.named {
                    en_org::tidy_role(&mut s.org, &mut s.role);
                }
                en_house::assign_house_org(&mut out, paragraphs, headings);
                join::drop_person_orgs(&mut out);
            }
            Lang::Zh => {
                for s in &mut out.named {
                    zh_tidy::tidy(&mut s.org, &mut s.role);
                }
                join::drop_zh_companies(&mut out, paragraphs);
            }
        }
        join::tidy_fields(&mut out);
        self.apply_registry(&mut out);
        out
    }
}

/// A paragraph and its word boundaries.
#[derive(Clone, Copy)]
struct Words<'t> {
    text: &'t str,
    cuts: &'t [usize],
}

impl Words<'_> {
    /// The word boundaries inside `sub`, a slice of this paragraph, relative to `sub`
    /// (0 and its length included).
    fn cuts_in(&self, sub: &str) -> Vec<usize> {
        let from = (sub.as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize);
        let to = from + sub.len();
        let mut cuts = vec![0];
        cuts.extend(
            self.cuts
                .iter()
                .filter(|&&c| c > from && c < to)
                .map(|&c| c - from),
        );
        cuts.push(sub.len());
        cuts.dedup();
        cuts
    }
}

/// The occurrence of any of `forms` in `text` that starts nearest to byte `at`.
fn nearest(text: &str, at: usize, forms: &[&str]) -> Option<(usize, usize)> {
    // A Latin form stands as a word of its own (`he` is not the end of `She`).
    let alone = |start: usize, f: &str| {
        let latin = |c: char| c.is_alphanumeric() && !crate::text::is_han(c);
        let before = text[..start].chars().next_back();
        let after = text[start + f.len()..].chars().next();
        !f.starts_with(latin) || (!before.is_some_and(latin) && !after.is_some_and(latin))
    };
    forms
        .iter()
        .filter(|f| !f.is_empty())
        .flat_map(|f| text.match_indices(f))
        .filter(|&(start, f)| alone(start, f))
        .min_by_key(|(start, _)| (start.abs_diff(at), *start))
        .map(|(start, f)| (start, start + f.len()))
}

/// Clauses of `text` split where `ends(offset, char)` says a clause ends, with their byte
/// offsets; the ending characters belong to no clause.
fn clauses_by(text: &str, mut ends: impl FnMut(usize, char) -> bool) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if ends(i, c) {
            if i > start {
                out.push((start, &text[start..i]));
            }
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push((start, &text[start..]));
    }
    out
}

/// An attribution to a speaker already met, by their name.
fn met(s: &Speaker) -> Who {
    Who::Named {
        name: s.name.clone(),
        alias: None,
        org: None,
        role: None,
    }
}

/// The speakers attributed last, when two or more were attributed together (in the same
/// paragraph, after everyone else's last attribution): whom `他们` and `they` refer to.
fn named_together(known: &Speakers) -> Vec<&Speaker> {
    let last = |s: &Speaker| s.mentions.last().map(|m| m.paragraph);
    let Some(latest) = known.named.iter().filter_map(last).max() else {
        return Vec::new();
    };
    let together: Vec<&Speaker> = known
        .named
        .iter()
        .filter(|s| last(s) == Some(latest))
        .collect();
    if together.len() >= 2 {
        together
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_about;
#[cfg(test)]
mod tests_acts;
#[cfg(test)]
mod tests_ahead;
#[cfg(test)]
mod tests_continuations;
#[cfg(test)]
mod tests_corpus;
#[cfg(test)]
mod tests_pronouns;
#[cfg(test)]
mod tests_subjects;
#[cfg(test)]
mod tests_tidy;
#[cfg(test)]
mod tests_titles;
#[cfg(test)]
mod tests_titles_zh;
#[cfg(test)]
mod tests_verbs;
