//! Reading lists: each article's own list (`相关阅读`) matched against the site's pages.
//!
//! Titles are compared after normalising them ([`normalize_title`]: Unicode NFKC, so
//! full-width forms become half-width; punctuation, symbols and spaces dropped; Latin lower
//! case). An entry matches a page of the site: by its exact normalised title; among several
//! pages of that title, by the one with the entry's date; else by a close title (Dice
//! coefficient of character bigrams at least [`FUZZY_MIN`]) dated within a day of the entry.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use crate::model::{Article, ReadingEntry};

/// How alike two titles must be to match without being equal.
pub const FUZZY_MIN: f64 = 0.8;

/// A title reduced to what identifies it: NFKC (full-width to half-width), letters and
/// digits only, Latin lower-cased.
pub fn normalize_title(title: &str) -> String {
    title
        .nfkc()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Dice coefficient of the character bigrams of two normalised titles (0 to 1).
pub fn similarity(a: &str, b: &str) -> f64 {
    let bigrams = |s: &str| -> HashSet<(char, char)> {
        let chars: Vec<char> = s.chars().collect();
        chars.windows(2).map(|w| (w[0], w[1])).collect()
    };
    let (x, y) = (bigrams(a), bigrams(b));
    if x.is_empty() || y.is_empty() {
        return if a == b && !a.is_empty() { 1.0 } else { 0.0 };
    }
    2.0 * x.intersection(&y).count() as f64 / (x.len() + y.len()) as f64
}

/// Whether two close titles can name the same article: the same Latin words and numbers
/// (`o1` is not `o3`), and no part marker on one side only (`（下）`, `之二`).
fn same_identity(a: &str, b: &str) -> bool {
    let tokens = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect()
    };
    if tokens(a) != tokens(b) {
        return false;
    }
    let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let prefix = x.iter().zip(&y).take_while(|(p, q)| p == q).count();
    let suffix = x[prefix..]
        .iter()
        .rev()
        .zip(y[prefix..].iter().rev())
        .take_while(|(p, q)| p == q)
        .count();
    let part = |rest: &[char]| {
        !rest.is_empty()
            && rest
                .iter()
                .all(|c| "上中下一二三四五六七八九十之续完篇".contains(*c))
    };
    !part(&x[prefix..x.len() - suffix]) && !part(&y[prefix..y.len() - suffix])
}

/// The site's pages by normalised title and by date, for matching reading-list entries.
#[derive(Debug, Default)]
pub struct TitleIndex {
    titles: Vec<String>,
    dates: Vec<Option<NaiveDate>>,
    by_title: HashMap<String, Vec<usize>>,
    by_date: HashMap<NaiveDate, Vec<usize>>,
}

impl TitleIndex {
    /// Index `articles` (positions in the slice are what [`TitleIndex::find`] returns).
    pub fn new(articles: &[Article]) -> TitleIndex {
        let mut index = TitleIndex::default();
        for (i, a) in articles.iter().enumerate() {
            let title = normalize_title(&a.meta.title);
            let day = a.meta.date.map(|d| d.day);
            index.by_title.entry(title.clone()).or_default().push(i);
            if let Some(day) = day {
                index.by_date.entry(day).or_default().push(i);
            }
            index.titles.push(title);
            index.dates.push(day);
        }
        index
    }

    /// The page an entry of article `from`'s reading list names, if the site has it.
    pub fn find(&self, entry: &ReadingEntry, from: usize) -> Option<usize> {
        let title = normalize_title(&entry.title);
        if title.is_empty() {
            return None;
        }
        if let Some(same) = self.by_title.get(&title) {
            let same: Vec<usize> = same.iter().copied().filter(|&i| i != from).collect();
            match same.as_slice() {
                [one] => return Some(*one),
                [] => {}
                several => {
                    return entry
                        .date
                        .and_then(|d| several.iter().copied().find(|&i| self.dates[i] == Some(d)));
                }
            }
        }
        let day = entry.date?;
        let mut best: Option<(f64, usize)> = None;
        for offset in [-1i64, 0, 1] {
            let Some(candidates) = day
                .checked_add_signed(chrono::Duration::days(offset))
                .and_then(|d| self.by_date.get(&d))
            else {
                continue;
            };
            for &i in candidates.iter().filter(|&&i| i != from) {
                if !same_identity(&title, &self.titles[i]) {
                    continue;
                }
                let score = similarity(&title, &self.titles[i]);
                let better = best.is_none_or(|(s, j)| score > s || (score == s && i < j));
                if score >= FUZZY_MIN && better {
                    best = Some((score, i));
                }
            }
        }
        best.map(|(_, i)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Meta, PubDate};

    fn article(title: &str, date: &str) -> Article {
        Article {
            file: Default::default(),
            path: title.to_string(),
            section: String::new(),
            format: crate::model::Format::Raw,
            meta: Meta {
                title: title.to_string(),
                date: Some(PubDate {
                    day: date.parse().unwrap(),
                    time: None,
                }),
                ..Meta::default()
            },
            body: String::new(),
            body_line: 1,
            reading: Vec::new(),
        }
    }

    fn entry(title: &str, date: Option<&str>) -> ReadingEntry {
        ReadingEntry {
            title: title.to_string(),
            source: None,
            date: date.map(|d| d.parse().unwrap()),
            url: None,
        }
    }

    #[test]
    fn normalisation() {
        assert_eq!(
            normalize_title("OpenAI入局AI搜索了，这一次能颠覆传统搜索引擎吗？"),
            normalize_title("OpenAI入局AI搜索了,这一次能颠覆传统搜索引擎吗?")
        );
        assert_eq!(normalize_title("ＯｐｅｎＡＩ　１２天"), "openai12天");
        assert_eq!(normalize_title("“造锤子”到 《找钉子》!"), "造锤子到找钉子");
        assert_eq!(
            normalize_title("Why Tokens Got Cheap — A Primer"),
            "whytokensgotcheapaprimer"
        );
    }

    #[test]
    fn exact_then_date_then_fuzzy() {
        let site = [
            article(
                "OpenAI入局AI搜索了，这一次能颠覆传统搜索引擎吗？",
                "2024-11-01",
            ),
            article("年度盘点", "2024-12-01"),
            article("年度盘点", "2024-12-20"),
            article(
                "月之暗面杨植麟：提升深度推理能力是AI产品的下一个重点",
                "2024-11-18",
            ),
        ];
        let index = TitleIndex::new(&site);
        assert_eq!(
            index.find(
                &entry("OpenAI入局AI搜索了,这一次能颠覆传统搜索引擎吗?", None),
                9
            ),
            Some(0),
            "punctuation differs"
        );
        assert_eq!(
            index.find(&entry("年度盘点", Some("2024-12-20")), 9),
            Some(2),
            "the same title twice: the date decides"
        );
        assert_eq!(
            index.find(&entry("年度盘点", None), 9),
            None,
            "ambiguous without a date"
        );
        assert_eq!(
            index.find(
                &entry(
                    "月之暗面杨植麟:提升深度推理能力是AI产品下一个重点",
                    Some("2024-11-19")
                ),
                9
            ),
            Some(3),
            "close title, a day apart"
        );
        assert_eq!(
            index.find(
                &entry(
                    "月之暗面杨植麟:提升深度推理能力是AI产品下一个重点",
                    Some("2024-11-25")
                ),
                9
            ),
            None,
            "close title, a week apart"
        );
        assert_eq!(
            index.find(&entry("月之暗面发布新模型", Some("2024-11-18")), 9),
            None,
            "same day, another story"
        );
        assert_eq!(
            index.find(
                &entry("OpenAI入局AI搜索了，这一次能颠覆传统搜索引擎吗？", None),
                0
            ),
            None,
            "an article never cites itself"
        );
    }

    #[test]
    fn near_misses_do_not_match() {
        let site = [
            article("OpenAI发布推理模型o3", "2024-12-21"),
            article("大模型价格战打到了哪一步？", "2024-12-20"),
        ];
        let index = TitleIndex::new(&site);
        assert_eq!(
            index.find(&entry("OpenAI发布推理模型o1", Some("2024-12-21")), 9),
            None
        );
        assert_eq!(
            index.find(
                &entry("大模型价格战打到了哪一步（下）", Some("2024-12-20")),
                9
            ),
            None
        );
        assert!(
            !same_identity("openai发布推理模型o3", "openai发布推理模型o1"),
            "close in bigrams, but another model"
        );
    }
}
