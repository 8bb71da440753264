//! `pizhu glossary suggest`: candidate terms that the glossary lacks, from what writers
//! already do — glosses in parentheses (`Scaling Law(尺度定律)`, `数学(STEM)`) — then
//! Latin tokens that recur (product names, acronyms) and jieba TF-IDF keywords.

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use jieba_rs::{KeywordExtract, TfIdf};
use regex::Regex;

use super::{Glossary, Segmenter};
use crate::model::Lang;
use crate::text::is_han;

/// Where a candidate came from, strongest evidence first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// The writer glossed it in parentheses.
    Gloss,
    /// A Latin-script token that recurs.
    Latin,
    /// A TF-IDF keyword of the articles (three characters or more).
    Keyword,
}

/// A term the glossary lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub term: String,
    pub aliases: Vec<String>,
    pub count: usize,
    /// The sentence where it first occurs.
    pub first: String,
    pub evidence: Evidence,
}

/// One text to look through: its language and its paragraphs.
pub struct Text<'a> {
    pub lang: Lang,
    pub paragraphs: &'a [String],
}

static LATIN_HAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([A-Za-z][A-Za-z0-9]*(?:[ .\-][A-Za-z0-9]+){0,4})\s*[(（]\s*(\p{Han}[\p{Han}A-Za-z0-9]{1,11})\s*[)）]")
        .expect("pizhu's gloss pattern is valid")
});
static HAN_LATIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(\p{Han}{2,12})\s*[(（]\s*([A-Za-z][A-Za-z0-9]*(?:[ .\-][A-Za-z0-9]+){0,4})\s*[)）]",
    )
    .expect("pizhu's gloss pattern is valid")
});
static LATIN_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")
        .expect("pizhu's token pattern is valid")
});

/// Suggest up to `limit` candidates from `texts` that `glossary` does not know.
pub fn suggest(
    texts: &[Text],
    glossary: &Glossary,
    segmenter: &Segmenter,
    limit: usize,
) -> Vec<Candidate> {
    let mut found: BTreeMap<String, Candidate> = BTreeMap::new();
    let known = |s: &str| glossary.lookup(s).is_some();
    let all: Vec<&str> = texts
        .iter()
        .flat_map(|t| t.paragraphs.iter().map(String::as_str))
        .collect();

    // 1. Glosses in parentheses.
    for paragraph in &all {
        for re in [&*LATIN_HAN, &*HAN_LATIN] {
            for caps in re.captures_iter(paragraph) {
                let (Some(a), Some(b)) = (caps.get(1), caps.get(2)) else {
                    continue;
                };
                // A person's name (伊利亚·苏茨克维尔(Ilya Sutskever)) belongs in people.yaml.
                if a.as_str().contains('·') || b.as_str().contains('·') {
                    continue;
                }
                let (mut term, mut alias) = (a.as_str().trim(), b.as_str().trim());
                // `…发展的人工智能（AI）`: the Han side starts at a word, after grammar.
                if term.chars().any(is_han) {
                    term = han_term(term, segmenter);
                } else {
                    alias = han_term(alias, segmenter);
                }
                // A figure (`x10.125`) is no term.
                let latin_side = if term.chars().any(is_han) {
                    alias
                } else {
                    term
                };
                let letters = latin_side.chars().filter(char::is_ascii_alphabetic).count();
                if term.contains('·')
                    || known(term)
                    || known(alias)
                    || term.len() < 2
                    || letters < 2
                {
                    continue;
                }
                // `模型（Language Model）`, `应用（App）`: an everyday word glossed in
                // English is no term; an acronym's gloss is (`算力（AIC）`).
                let han_side = if term.chars().any(is_han) {
                    term
                } else {
                    alias
                };
                let acronym = latin_side
                    .chars()
                    .filter(char::is_ascii_alphabetic)
                    .all(|c| c.is_ascii_uppercase());
                if han_side.chars().count() <= 2 && !acronym {
                    continue;
                }
                // `AI（人工智能）` and `人工智能（AI）` are one candidate, under the
                // spelling the writer put first where it was met first.
                let key = han_side.to_lowercase();
                found.entry(key).or_insert_with(|| Candidate {
                    term: term.to_string(),
                    aliases: vec![alias.to_string()],
                    count: 0,
                    first: sentence_at(paragraph, a.start()),
                    evidence: Evidence::Gloss,
                });
            }
        }
    }

    // 2. Latin tokens: in Chinese text any recurring one; in English text acronyms and
    //    names with digits (GPU, H100), since every English word is Latin.
    let mut latin: HashMap<String, (String, String)> = HashMap::new();
    for text in texts {
        for paragraph in text.paragraphs {
            // Words inside a term the glossary already knows (`Test-time` of
            // `test-time compute`) are not candidates of their own.
            let covered = glossary.find(paragraph, segmenter);
            for m in LATIN_TOKEN.find_iter(paragraph) {
                if covered
                    .iter()
                    .any(|h| m.start() < h.end && h.start < m.end())
                {
                    continue;
                }
                let token = m.as_str();
                let upper = token.chars().filter(|c| c.is_ascii_uppercase()).count();
                let digits = token.chars().any(|c| c.is_ascii_digit());
                let wanted = match text.lang {
                    Lang::Zh => token.len() >= 2,
                    Lang::En => upper >= 2 || (digits && upper >= 1),
                };
                if !wanted || known(token) {
                    continue;
                }
                latin
                    .entry(token.to_lowercase())
                    .or_insert_with(|| (token.to_string(), sentence_at(paragraph, m.start())));
            }
        }
    }
    for (key, (term, first)) in latin {
        found.entry(key).or_insert(Candidate {
            term,
            aliases: Vec::new(),
            count: 0,
            first,
            evidence: Evidence::Latin,
        });
    }

    // 3. TF-IDF keywords of the Chinese texts (nouns, names, English words).
    let tfidf = TfIdf::default();
    let allowed = ["n", "nz", "nt", "vn", "eng"]
        .iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>();
    for text in texts.iter().filter(|t| t.lang == Lang::Zh) {
        let joined = text.paragraphs.join("\n");
        for keyword in tfidf.extract_keywords(segmenter.jieba(), &joined, 15, allowed.clone()) {
            let word = keyword.keyword;
            // Two-character keywords are mostly everyday nouns (模型, 价格, 公司); domain
            // terms that are worth a gloss run longer (算力租赁, 推理成本).
            if word.chars().count() < 3 || !word.chars().any(is_han) || known(&word) {
                continue;
            }
            if let Some(at) = joined.find(&word) {
                let first = sentence_at(&joined, at);
                found.entry(word.to_lowercase()).or_insert(Candidate {
                    term: word,
                    aliases: Vec::new(),
                    count: 0,
                    first,
                    evidence: Evidence::Keyword,
                });
            }
        }
    }

    // Count every spelling of every candidate in all the text.
    let mut candidates: Vec<Candidate> = found
        .into_values()
        .map(|mut c| {
            c.count = std::iter::once(&c.term)
                .chain(c.aliases.iter())
                .map(|s| all.iter().map(|p| count_word(p, s)).sum::<usize>())
                .sum();
            c
        })
        .filter(|c| c.evidence == Evidence::Gloss || c.count >= 2)
        .collect();
    // Glosses that share a spelling (`人工智能（AI）`, `生成式人工智能（AI）`) are one
    // candidate: the one whose own spelling occurs most, not each with the shared count.
    let own = |c: &Candidate| all.iter().map(|p| count_word(p, &c.term)).sum::<usize>();
    let mut best_for: HashMap<String, (usize, String)> = HashMap::new();
    for c in candidates.iter().filter(|c| c.evidence == Evidence::Gloss) {
        for alias in &c.aliases {
            let n = own(c);
            let slot = best_for
                .entry(alias.to_lowercase())
                .or_insert((n, c.term.clone()));
            if n > slot.0 || (n == slot.0 && c.term < slot.1) {
                *slot = (n, c.term.clone());
            }
        }
    }
    // A Latin token that a gloss already gives as a spelling is that gloss.
    candidates.retain(|c| {
        c.evidence != Evidence::Latin || !best_for.contains_key(&c.term.to_lowercase())
    });
    candidates.retain(|c| {
        c.evidence != Evidence::Gloss
            || c.aliases.iter().all(|a| {
                best_for
                    .get(&a.to_lowercase())
                    .is_none_or(|(_, term)| *term == c.term)
            })
    });
    candidates.sort_by(|a, b| {
        a.evidence
            .cmp(&b.evidence)
            .then(b.count.cmp(&a.count))
            .then_with(|| a.term.cmp(&b.term))
    });
    candidates.truncate(limit);
    candidates
}

/// The Han part of a gloss from its first word that is not grammar: `的人工智能` gives
/// `人工智能`, `在这条路线上的尺度定律` gives `尺度定律`; at most eight characters.
fn han_term<'t>(text: &'t str, segmenter: &Segmenter) -> &'t str {
    let words = segmenter.words(text);
    let mut start = 0;
    for (k, word) in words.iter().enumerate() {
        let rest: usize = words[k..].iter().map(|w| w.chars().count()).sum();
        let grammar =
            word.chars().count() == 1 || matches!(*word, "这条" | "这个" | "一个" | "以及");
        if (grammar || rest > 8) && k + 1 < words.len() {
            start += word.len();
        } else {
            break;
        }
    }
    // `模型及智能体`: after the last conjunction inside.
    let text = &text[start..];
    let words = segmenter.words(text);
    let mut at = 0;
    let mut from = 0;
    for (k, word) in words.iter().enumerate() {
        at += word.len();
        if matches!(*word, "及" | "和" | "与" | "或" | "的" | "、") && k + 1 < words.len() {
            from = at;
        }
    }
    &text[from..]
}

/// Occurrences of `word` in `text`, any case; a Latin word only where it stands alone.
fn count_word(text: &str, word: &str) -> usize {
    // ASCII lower-casing keeps byte offsets, so positions stay valid in `text`.
    let (text, word) = (text.to_ascii_lowercase(), word.to_ascii_lowercase());
    text.match_indices(&word)
        .filter(|(i, _)| super::glossary::latin_edges_ok(&text, *i, i + word.len()))
        .count()
}

/// The sentence of `text` that holds byte `at`, at most 80 characters.
fn sentence_at(text: &str, at: usize) -> String {
    let ends = ['。', '！', '？', '!', '?', '\n'];
    let start = text[..at].rfind(ends).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[at..].find(ends).map_or(text.len(), |i| {
        at + i + text[at + i..].chars().next().map_or(0, char::len_utf8)
    });
    let sentence = text[start..end].trim();
    if sentence.chars().count() > 80 {
        let cut: String = sentence.chars().take(79).collect();
        format!("{cut}…")
    } else {
        sentence.to_string()
    }
}

/// Candidates as YAML ready to paste into `content/glossary.yaml`: each entry with its
/// evidence as a comment, and an empty definition to write (pizhu rejects it until then).
pub fn to_yaml(candidates: &[Candidate]) -> String {
    let q = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string());
    let mut out = format!(
        "# pizhu glossary suggest: {} candidate terms the glossary lacks.\n# Write each definition before adding an entry to content/glossary.yaml.\n",
        candidates.len()
    );
    for c in candidates {
        let why = match c.evidence {
            Evidence::Gloss => "glossed in parentheses",
            Evidence::Latin => "recurring Latin term",
            Evidence::Keyword => "keyword",
        };
        out.push_str(&format!(
            "\n# {}×, {why}: {}\n",
            c.count,
            c.first.replace('\n', " ")
        ));
        out.push_str(&format!("- term: {}\n", q(&c.term)));
        let aliases: Vec<String> = c.aliases.iter().map(|a| q(a)).collect();
        out.push_str(&format!("  aliases: [{}]\n", aliases.join(", ")));
        out.push_str("  definition: \"\"\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn glosses_latin_tokens_and_keywords() {
        let glossary = Glossary::from_sources(
            false,
            Some((
                "- term: Token\n  definition: 词元。\n",
                std::path::Path::new("g.yaml"),
            )),
        )
        .unwrap();
        let segmenter = Segmenter::new(glossary.words());
        let zh = paragraphs(&[
            "在Scaling Law(尺度定律)这条路线上，Token价格在降。",
            "伊利亚·苏茨克维尔(Ilya Sutskever)说话了。数学(STEM)很重要。",
            "Grok发布了。Grok很强，scaling law又被提起。",
        ]);
        let en = paragraphs(&[
            "The GPU shortage eased, and the GPU rental market moved to H100 clusters.",
            "Many companies said prices fell.",
        ]);
        let texts = [
            Text {
                lang: Lang::Zh,
                paragraphs: &zh,
            },
            Text {
                lang: Lang::En,
                paragraphs: &en,
            },
        ];
        let found = suggest(&texts, &glossary, &segmenter, 50);
        let terms: Vec<&str> = found.iter().map(|c| c.term.as_str()).collect();
        assert_eq!(&terms[..2], ["Scaling Law", "数学"], "{terms:?}");
        assert_eq!(found[0].aliases, ["尺度定律"]);
        assert_eq!(found[0].count, 3, "Scaling Law, 尺度定律 and scaling law");
        assert_eq!(
            found[0].first,
            "在Scaling Law(尺度定律)这条路线上，Token价格在降。"
        );
        assert!(terms.contains(&"Grok"));
        assert!(terms.contains(&"GPU"));
        assert!(!terms.contains(&"Token"), "known terms are not suggested");
        assert!(
            !terms.iter().any(|t| t.contains("伊利亚")),
            "people are not glossary terms"
        );
        assert!(!terms.contains(&"Many") && !terms.contains(&"companies"));
        let yaml = to_yaml(&found);
        assert!(
            yaml.contains(
                "- term: \"Scaling Law\"\n  aliases: [\"尺度定律\"]\n  definition: \"\"\n"
            ),
            "{yaml}"
        );
        // Glosses start at a word, and glosses that share a spelling are one candidate.
        let zh = paragraphs(&[
            "各国都在发展的人工智能（AI）正在改变行业。",
            "人工智能（AI）的应用越来越多，人工智能也更便宜。",
            "这是生成式人工智能（AI）。",
        ]);
        let texts = [Text {
            lang: Lang::Zh,
            paragraphs: &zh,
        }];
        let found = suggest(&texts, &glossary, &segmenter, 50);
        let glosses: Vec<&str> = found
            .iter()
            .filter(|c| c.evidence == Evidence::Gloss)
            .map(|c| c.term.as_str())
            .collect();
        assert_eq!(glosses, ["人工智能"], "{found:?}");
        assert!(!found.iter().any(|c| c.term == "AI"), "{found:?}");
    }
}
