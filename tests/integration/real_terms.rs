//! Glossary terms on real items of `../shared/corpus/real/raw`: every term added to the
//! built-in glossary from those items is found there, and items where a spelling means
//! something else (labelled here by path and term only, no text of the items) leave that
//! term unmarked. Prints how often each term is marked.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use pizhu::annotate::{annotate_article, Tools};
use pizhu::config::Config;
use pizhu::load::glossary::{spellings, GlossaryEntry};

use crate::common::shared_file;

/// The terms added to the built-in glossary from the real AI and technology items.
const NEW_TERMS: &[&str] = &[
    "端侧",
    "满血版",
    "杰文斯悖论",
    "斯普特尼克时刻",
    "本地部署",
    "自动驾驶",
    "智能驾驶",
    "脑机接口",
    "GPT-4.5",
    "Qwen2.5",
    "Janus-Pro",
    "人形机器人",
    "Optimus",
    "AI眼镜",
    "AI手机",
    "Copilot",
    "Deep Research",
    "ASIC",
    "光模块",
    "液冷",
    "光刻机",
    "数据中心",
    "星际之门",
    "出口管制",
    "信创",
    "台积电",
    "中芯国际",
    "英特尔",
    "AMD",
    "博通",
    "寒武纪",
    "宇树科技",
    "Safe Superintelligence",
];

/// Terms the real items use that were in the glossary before and must stay found.
const KEPT_TERMS: &[&str] = &[
    "DeepSeek",
    "DeepSeek-R1",
    "DeepSeek-V3",
    "AI Agent",
    "具身智能",
    "端侧模型",
    "蒸馏",
    "MoE",
    "AI加速卡",
    "生成式AI",
    "AIGC",
    "算力",
    "推理模型",
    "开源模型",
    "GPU",
    "多模态",
];

/// Items where a spelling of the term means something else: (item, term not to mark, what
/// the word is there).
const WRONG_SENSES: &[(&str, &str, &str)] = &[
    ("qq/20250211A08XDC.txt", "联想", "the verb 联想到"),
    ("qq/20250211A02C2C.txt", "联想", "the verb 联想到"),
    (
        "qq/20250213A08OC1.txt",
        "智能涌现",
        "the outlet 《智能涌现》",
    ),
    (
        "wallstreetcn/3741083.txt",
        "智能涌现",
        "the outlet 《智能涌现》",
    ),
    ("qq/20250210A063JM.txt", "博通", "the consultancy 博通咨询"),
    (
        "sina/776920285.txt",
        "Janus-Pro",
        "the fund manager Janus Henderson",
    ),
    ("wallstreetcn/3740719.txt", "寒武纪", "the Cambrian period"),
    ("sina/777482208.txt", "GPT-4", "GPT-4.5"),
    ("tradingview/GNX3SNfqP0.txt", "Token", "a crypto token"),
    ("tradingview/GNXb9JSvR0.txt", "Token", "a crypto token"),
    ("tradingview/GNXTf2300.txt", "AI Agent", "placement agents"),
    ("thehill/5138452.txt", "AI Agent", "FBI agents"),
    ("tradingview/Tnw2KdrZf0.txt", "GPT", "grams per tonne"),
    ("tradingview/Tnw7CNSs00.txt", "Claude", "a first name"),
    ("thehill/5137560.txt", "强化学习", "RFE/RL"),
    (
        "tradingview/GNX6QLDsm0.txt",
        "Benchmark",
        "\"a new benchmark\"",
    ),
    ("tradingview/GNX3LWcsW0.txt", "Embedding", "the verb"),
    ("thehill/5133284.txt", "提示词", "\"prompt resolution\""),
    (
        "tradingview/GNX3c7KDN0.txt",
        "推理阶段",
        "\"no inference should be drawn\"",
    ),
    ("tradingview/GNX2kYmPj0.txt", "AMD", "macular degeneration"),
    ("thehill/5140793.txt", "英特尔", "intel as intelligence"),
];

/// Every item of the corpus, sorted.
fn items(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("a folder") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "txt") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Whether `text` holds a spelling of `entry` at all (a cheap filter before annotating).
fn mentions(text: &str, lower: &str, entry: &GlossaryEntry) -> bool {
    spellings(entry).any(|s| {
        if entry.case_sensitive {
            text.contains(s)
        } else {
            lower.contains(&s.to_lowercase())
        }
    })
}

/// The entries with a term: name → index.
fn index_of(glossary: &[GlossaryEntry], term: &str) -> usize {
    glossary
        .iter()
        .position(|e| e.term == term)
        .unwrap_or_else(|| panic!("`{term}` is in the built-in glossary"))
}

#[test]
fn real_items_use_the_new_terms_and_not_their_other_senses() {
    let Some(readme) = shared_file("corpus/real/README.md") else {
        return;
    };
    let raw = readme.parent().expect("a folder").join("raw");
    let glossary = pizhu::load::glossary::from_sources(true, None).expect("built-in glossary");
    let tools = Tools::new(&glossary, &[]);
    let mut config = Config::default();
    config.related.limit = 0;
    let watched: Vec<usize> = NEW_TERMS
        .iter()
        .chain(KEPT_TERMS)
        .map(|t| index_of(&glossary, t))
        .collect();

    // Items mentioning a watched term, annotated on two threads.
    let candidates: Vec<PathBuf> = items(&raw)
        .into_iter()
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            let lower = text.to_lowercase();
            watched
                .iter()
                .any(|&i| mentions(&text, &lower, &glossary[i]))
        })
        .collect();
    let (a, b) = candidates.split_at(candidates.len() / 2);
    let count = |part: &[PathBuf]| {
        let mut marks: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        for path in part {
            let article = pizhu::load::load_file(path, pizhu::Lang::Zh).expect("item loads");
            let notes = annotate_article(&article, &config, &tools);
            let mut seen = std::collections::HashSet::new();
            for hit in &notes.terms {
                let m = marks.entry(hit.entry).or_default();
                m.0 += 1;
                if seen.insert(hit.entry) {
                    m.1 += 1;
                }
            }
        }
        marks
    };
    let (left, right) = std::thread::scope(|s| {
        let left = s.spawn(|| count(a));
        (left.join().expect("thread"), count(b))
    });
    let mut marks = left;
    for (entry, (n, items)) in right {
        let m = marks.entry(entry).or_default();
        m.0 += n;
        m.1 += items;
    }
    eprintln!(
        "glossary terms on {} real items that mention a watched term (occurrences / items):",
        candidates.len()
    );
    let mut rows: Vec<(&str, usize, usize)> = marks
        .iter()
        .map(|(&e, &(n, items))| (glossary[e].term.as_str(), n, items))
        .collect();
    rows.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
    for (term, n, items) in &rows {
        eprintln!("  {term}: {n} / {items}");
    }
    let missing: Vec<&str> = NEW_TERMS
        .iter()
        .chain(KEPT_TERMS)
        .filter(|t| !marks.contains_key(&index_of(&glossary, t)))
        .copied()
        .collect();
    assert!(
        missing.is_empty(),
        "not found on the real items: {missing:?}"
    );

    // Items where the word is something else.
    let mut wrong = Vec::new();
    for (item, term, sense) in WRONG_SENSES {
        let path = raw.join(item);
        let article = pizhu::load::load_file(&path, pizhu::Lang::Zh).expect("item loads");
        let notes = annotate_article(&article, &config, &tools);
        let entry = index_of(&glossary, term);
        let n = notes.terms.iter().filter(|h| h.entry == entry).count();
        eprintln!("  {item}: {term} ({sense}): {n} found");
        if n > 0 {
            wrong.push(format!("{item}: {term} ({sense}) found {n} times"));
        }
    }
    assert!(wrong.is_empty(), "terms found in another sense: {wrong:#?}");
}
