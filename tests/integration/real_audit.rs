//! The whole real corpus as a guard: every item of `../shared/corpus/real/raw` builds, and
//! no speaker the site lists is junk (an empty name, a function word, verb or tail, a
//! possessive, a title or an organisation's word) or listed twice in one article.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::common::shared_file;

/// What no speaker's name may be: empty, or carrying a function word, a verb or a tail, a
/// possessive, a title or an organisation's word.
fn junk(name: &str) -> Option<&'static str> {
    const ZH_TAILS: &[&str] = &[
        "也", "便", "则", "等人", "的话", "表示", "声明", "认为", "指出", "称", "说", "分析", "是",
    ];
    const ZH_ORGS: &[&str] = &[
        "公司",
        "集团",
        "银行",
        "大学",
        "委员会",
        "政府",
        "研究院",
        "研究所",
        "协会",
        "部门",
        "总统",
        "总理",
        "主席",
        "部长",
        "发言人",
        "首席",
        "总裁",
        "董事长",
    ];
    const EN_WORDS: &[&str] = &[
        "President",
        "CEO",
        "Inc",
        "Corp",
        "Steel",
        "Amendment",
        "Constitution",
        "Group",
        "Bank",
        "University",
        "Ministry",
        "Department",
        "Senate",
        "House",
        "Committee",
        "Secretary",
        "Chairman",
        "Director",
        "Governor",
        "Minister",
        "Spokesperson",
        "AG",
        "GmbH",
        "Act",
        "Management",
        "Properties",
        "Instruments",
        "PM",
        "Former",
        "Capitol",
    ];
    if name.trim().is_empty() {
        return Some("empty");
    }
    if name.contains("’s") || name.contains("'s") {
        return Some("possessive");
    }
    if ["CEO", "CFO", "CTO", "COO", "Inc", "Corp"]
        .iter()
        .any(|w| name.contains(w))
    {
        return Some("an organisation or title");
    }
    let han = name.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    if han {
        if ZH_TAILS.iter().any(|t| name.ends_with(t)) {
            return Some("a tail");
        }
        if ZH_ORGS.iter().any(|t| name.contains(t)) {
            return Some("an organisation or title");
        }
    } else if name
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| EN_WORDS.contains(&w))
    {
        return Some("an organisation or title");
    } else if name
        .split_whitespace()
        .all(|w| !w.chars().any(char::is_lowercase))
    {
        return Some("initials in capitals (an organisation)");
    } else if name
        .split_whitespace()
        .last()
        .is_some_and(|w| w.starts_with(char::is_lowercase))
    {
        return Some("a lower-case word at the end");
    }
    None
}

/// Every real item builds (in memory), and no speaker of the site is junk or listed twice
/// in one article.
#[test]
fn every_real_item_builds_and_its_speakers_are_people() {
    let Some(readme) = shared_file("corpus/real/README.md") else {
        return;
    };
    let raw = readme.parent().expect("a folder").join("raw");
    let site_dir = crate::common::TestSite::new();
    let mut outlets: Vec<PathBuf> = std::fs::read_dir(&raw)
        .expect("raw items")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    outlets.sort();
    for dir in &outlets {
        let outlet = dir
            .file_name()
            .expect("a name")
            .to_string_lossy()
            .into_owned();
        for item in std::fs::read_dir(dir).expect("items") {
            let item = item.expect("entry").path();
            let name = item
                .file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            site_dir.bytes(
                &format!("content/{outlet}/{name}"),
                &std::fs::read(&item).expect("item"),
            );
        }
    }
    let site = pizhu::Site::load(site_dir.root(), &pizhu::LoadOptions::default())
        .expect("every real item loads");
    let (notes, files) = pizhu::build::plan(&site).expect("every real item builds");
    let mut problems: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let mut speakers = 0;
    for (article, n) in site.articles.iter().zip(&notes.articles) {
        for (k, s) in n.speakers.named.iter().enumerate() {
            speakers += 1;
            if let Some(why) = junk(&s.name) {
                problems
                    .entry(why)
                    .or_default()
                    .push(format!("{}: {}", article.path, s.name));
            }
            if n.speakers.named[..k]
                .iter()
                .any(|o| o.answers_to(&s.name) || s.answers_to(&o.name))
            {
                problems
                    .entry("listed twice")
                    .or_default()
                    .push(format!("{}: {}", article.path, s.name));
            }
        }
    }
    println!(
        "{} items, {} files, {} speakers in articles, {} people on the speakers page",
        site.articles.len(),
        files.len(),
        speakers,
        notes.site.people.len()
    );
    for (why, list) in &problems {
        println!("{why}: {}", list.len());
        for p in list.iter().take(30) {
            println!("  {p}");
        }
    }
    let total: usize = problems.values().map(Vec::len).sum();
    assert_eq!(total, 0, "speakers that are not people, or listed twice");
}
