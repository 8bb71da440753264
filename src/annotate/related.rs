//! Related articles across the site ("see also"), from what two articles share.
//!
//! Each article becomes one sparse vector of weighted features, L2-normalised:
//! - the glossary terms it uses (`terms` weight),
//! - the people it quotes and their organisations (`people` weight),
//! - its tags (`tags` weight),
//! - its keywords: jieba's nouns, names and English words, stop words out, weighted by
//!   `1 + ln(count)` (`text` weight).
//!
//! Every feature is also weighted by its inverse document frequency over the site, so what
//! every article shares counts for little. Two articles' score is the cosine of their
//! vectors. Scores come from an inverted index (feature → articles), never from all pairs:
//! each article keeps only its strongest features, and on large sites features that most
//! articles share are left out. Scores under the threshold are dropped; ties go to the
//! newer article, then to the path, so the lists never depend on the machine.

use std::collections::HashMap;

use crate::model::Lang;
use jieba_rs::Tag;

pub use crate::config::{RelatedConfig, Weights};

/// What one article brings to the comparison, borrowed from its records.
#[derive(Debug, Clone, Default)]
pub struct Features<'a> {
    /// Glossary entries used.
    pub terms: Vec<usize>,
    /// Speakers' names and organisations.
    pub people: Vec<&'a str>,
    pub tags: &'a [String],
    /// Keywords with their counts.
    pub keywords: &'a [(String, usize)],
}

/// Keywords of an article's paragraphs: nouns, names and English words of two or more
/// characters, lower-cased, stop words out.
pub fn keywords(paragraphs: &[Vec<Tag>], lang: Lang) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for paragraph in paragraphs {
        for tag in paragraph {
            let word = tag.word.trim();
            let keep = match tag.tag {
                t if t.starts_with('n') || t == "vn" => true,
                "eng" => true,
                _ => lang == Lang::En && word.chars().all(|c| c.is_ascii_alphabetic()),
            };
            if !keep || word.chars().count() < 2 {
                continue;
            }
            let word = word.to_lowercase();
            if STOP_WORDS.contains(&word.as_str()) || word.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            *counts.entry(word).or_default() += 1;
        }
    }
    let mut list: Vec<(String, usize)> = counts.into_iter().collect();
    list.sort();
    list
}

const STOP_WORDS: &[&str] = &[
    "the",
    "of",
    "is",
    "and",
    "to",
    "in",
    "that",
    "we",
    "for",
    "an",
    "are",
    "by",
    "be",
    "as",
    "on",
    "with",
    "can",
    "if",
    "from",
    "which",
    "you",
    "it",
    "this",
    "then",
    "at",
    "have",
    "all",
    "not",
    "one",
    "has",
    "or",
    "was",
    "were",
    "said",
    "says",
    "but",
    "they",
    "their",
    "its",
    "more",
    "than",
    "also",
    "would",
    "will",
    "about",
    "into",
    "our",
    "what",
    "when",
    "there",
    "been",
    "had",
    "his",
    "her",
    "she",
    "he",
    "who",
    "how",
    "some",
    "most",
    "many",
    "other",
    "year",
    "years",
    "time",
    "people",
    "company",
    "companies",
    "问题",
    "方面",
    "时候",
    "情况",
    "时间",
    "方式",
    "过程",
    "东西",
    "事情",
    "人们",
    "大家",
    "记者",
    "表示",
    "今年",
    "去年",
    "目前",
    "年底",
    "年初",
];

/// For each article, its related articles (index, score), best first, at most `limit`.
/// `dates` orders ties (newer first), then `paths`.
pub fn see_also(
    features: &[Features<'_>],
    dates: &[Option<crate::model::PubDate>],
    paths: &[&str],
    config: &RelatedConfig,
) -> Vec<Vec<(usize, f64)>> {
    let n = features.len();
    if config.limit == 0 || n < 2 {
        return vec![Vec::new(); n];
    }
    // Feature ids: a digest of (kind, key) → id; weights by kind.
    let key_of = |kind: u8, key: &str| {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (kind, key).hash(&mut h);
        h.finish()
    };
    let mut ids: HashMap<u64, usize> = HashMap::new();
    let mut kind_of: Vec<u8> = Vec::new();
    let mut raw: Vec<Vec<(usize, f64)>> = Vec::with_capacity(n);
    for f in features {
        let mut v: Vec<(usize, f64)> = Vec::new();
        let mut add = |kind: u8, key: &str, tf: f64| {
            let next = ids.len();
            let id = *ids.entry(key_of(kind, key)).or_insert_with(|| {
                kind_of.push(kind);
                next
            });
            v.push((id, tf));
        };
        for t in &f.terms {
            add(0, &t.to_string(), 1.0);
        }
        for p in &f.people {
            add(1, p, 1.0);
        }
        for t in f.tags {
            add(2, &t.to_lowercase(), 1.0);
        }
        for (k, c) in f.keywords.iter() {
            add(3, k, 1.0 + (*c as f64).ln());
        }
        v.sort_by_key(|(id, _)| *id);
        v.dedup_by_key(|(id, _)| *id);
        raw.push(v);
    }
    let mut df = vec![0usize; ids.len()];
    for v in &raw {
        for (id, _) in v {
            df[*id] += 1;
        }
    }
    // On a large site, a feature most articles share says nothing and would make the
    // inverted index quadratic: leave it out.
    let df_cap = if n >= 200 { n / 10 } else { n };
    let kind_weight = [
        config.weights.terms,
        config.weights.people,
        config.weights.tags,
        config.weights.text,
    ];
    const KEEP: usize = 24;
    let vectors: Vec<Vec<(usize, f64)>> = raw
        .into_iter()
        .map(|v| {
            let mut w: Vec<(usize, f64)> = v
                .into_iter()
                .filter(|(id, _)| df[*id] >= 2 && df[*id] <= df_cap)
                .map(|(id, tf)| {
                    let idf = ((n as f64 + 1.0) / (df[id] as f64 + 1.0)).ln() + 1.0;
                    (id, tf * idf * kind_weight[kind_of[id] as usize])
                })
                .filter(|(_, w)| *w > 0.0)
                .collect();
            w.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            w.truncate(KEEP);
            let norm = w.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
            if norm > 0.0 {
                for (_, x) in &mut w {
                    *x /= norm;
                }
            }
            w
        })
        .collect();
    let mut postings: Vec<Vec<(usize, f64)>> = vec![Vec::new(); ids.len()];
    for (i, v) in vectors.iter().enumerate() {
        for &(id, w) in v {
            postings[id].push((i, w));
        }
    }
    use rayon::prelude::*;
    (0..n)
        .into_par_iter()
        .map(|i| {
            let mut scores: HashMap<usize, f64> = HashMap::new();
            for &(id, w) in &vectors[i] {
                for &(j, x) in &postings[id] {
                    if j != i {
                        *scores.entry(j).or_default() += w * x;
                    }
                }
            }
            let mut list: Vec<(usize, f64)> = scores
                .into_iter()
                .filter(|(_, s)| *s >= config.threshold)
                .collect();
            list.sort_by(|a, b| {
                b.1.total_cmp(&a.1)
                    .then_with(|| dates[b.0].cmp(&dates[a.0]))
                    .then_with(|| paths[a.0].cmp(paths[b.0]))
            });
            list.truncate(config.limit);
            list
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    type Owned = (
        Vec<usize>,
        Vec<&'static str>,
        Vec<String>,
        Vec<(String, usize)>,
    );

    fn f(terms: &[usize], people: &[&'static str], tags: &[&str], words: &[&str]) -> Owned {
        (
            terms.to_vec(),
            people.to_vec(),
            tags.iter().map(|s| s.to_string()).collect(),
            words.iter().map(|w| (w.to_string(), 1)).collect(),
        )
    }

    fn view(all: &[Owned]) -> Vec<Features<'_>> {
        all.iter()
            .map(|(terms, people, tags, keywords)| Features {
                terms: terms.clone(),
                people: people.clone(),
                tags,
                keywords,
            })
            .collect()
    }

    #[test]
    fn shared_features_rank_and_self_is_never_related() {
        let all = [
            f(&[1, 2], &["刘华", "MiniMax"], &["AI"], &["推理", "价格"]),
            f(&[1, 2], &["刘华", "MiniMax"], &["AI"], &["推理", "芯片"]),
            f(&[1], &[], &[], &["价格"]),
            f(&[9], &["张三"], &["体育"], &["足球"]),
            f(&[9], &["张三"], &["体育"], &["篮球"]),
        ];
        let dates = vec![None; all.len()];
        let paths = ["a", "b", "c", "d", "e"];
        let related = see_also(&view(&all), &dates, &paths, &RelatedConfig::default());
        assert_eq!(
            related[0][0].0, 1,
            "the article sharing speaker, terms and tag comes first"
        );
        assert!(related
            .iter()
            .enumerate()
            .all(|(i, list)| list.iter().all(|(j, _)| *j != i)));
        assert!(
            related[3].iter().all(|(j, _)| *j == 4),
            "unrelated topics stay apart"
        );
        let again = see_also(&view(&all), &dates, &paths, &RelatedConfig::default());
        assert_eq!(related, again, "deterministic");
        let off = RelatedConfig {
            limit: 0,
            ..RelatedConfig::default()
        };
        assert!(see_also(&view(&all), &dates, &paths, &off)
            .iter()
            .all(Vec::is_empty));
    }
}
