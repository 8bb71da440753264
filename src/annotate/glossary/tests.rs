//! Matching rules, one test each, on Chinese, English and mixed text; loading and errors.

use super::*;
use crate::model::Lang;

const SITE: &str = "\
- term: OpenAI
  definition: 一家人工智能公司。
- term: AI
  definition: 人工智能。
- term: o1
  aliases: [GPT-o1]
  definition: OpenAI 的推理模型。
  case_sensitive: true
- term: Token
  aliases: [词元]
  definition:
    zh: 模型处理文本的基本单位。
    en: The unit of text a model reads.
- term: Scaling Law
  aliases: [尺度定律]
  definition: 规模越大，能力越强的经验规律。
- term: 推理
  definition: 推断。
- term: 推理模型
  definition: 先思考再回答的模型。
- term: 算力
  definition: 计算能力。
";

fn site() -> (Glossary, Segmenter) {
    let g =
        Glossary::from_sources(false, Some((SITE, Path::new("content/glossary.yaml")))).unwrap();
    let s = Segmenter::new(g.words().collect::<Vec<_>>());
    (g, s)
}

fn terms(text: &str) -> Vec<String> {
    let (g, s) = site();
    g.find(text, &s)
        .into_iter()
        .map(|h| format!("{}={}", &text[h.start..h.end], g.entries[h.entry].term))
        .collect()
}

#[test]
fn leftmost_longest_across_terms_and_aliases() {
    assert_eq!(terms("OpenAI发布了GPT-o1"), ["OpenAI=OpenAI", "GPT-o1=o1"]);
    assert_eq!(terms("转向推理模型是证明"), ["推理模型=推理模型"]);
}

#[test]
fn latin_edges_need_non_latin_neighbours() {
    assert_eq!(terms("o10 and o1."), ["o1=o1"]);
    assert!(terms("the Tokenizer").is_empty());
    assert_eq!(
        terms("AI的发展，OpenAI的AI"),
        ["AI=AI", "OpenAI=OpenAI", "AI=AI"]
    );
    assert_eq!(
        terms("用更多Token来搜寻"),
        ["Token=Token"],
        "a Chinese neighbour is not a Latin one"
    );
}

#[test]
fn latin_is_case_insensitive_unless_the_entry_says_so() {
    assert_eq!(
        terms("the scaling law and TOKEN prices"),
        ["scaling law=Scaling Law", "TOKEN=Token"]
    );
    assert!(terms("an O1 visa").is_empty(), "o1 is case-sensitive");
}

#[test]
fn chinese_edges_fall_on_word_boundaries() {
    // 算力 inside 算力租赁 is a word of its own; 推理 inside 推理模型 is not.
    assert_eq!(terms("算力租赁价格回落"), ["算力=算力"]);
    assert_eq!(terms("推理能力很强"), ["推理=推理"]);
    // 尺度定律 as a gloss in parentheses.
    assert_eq!(
        terms("在Scaling Law(尺度定律)这条路线上"),
        ["Scaling Law=Scaling Law", "尺度定律=Scaling Law"]
    );
}

#[test]
fn terms_with_spaces_match_across_the_space() {
    assert_eq!(
        terms("Scaling  Law"),
        Vec::<String>::new(),
        "two spaces is not the term"
    );
    assert_eq!(terms("scaling law放缓"), ["scaling law=Scaling Law"]);
}

#[test]
fn definitions_by_language() {
    let (g, _) = site();
    let token = &g.entries[g.lookup("词元").unwrap()];
    assert_eq!(
        token.definition(Lang::En),
        "The unit of text a model reads."
    );
    assert_eq!(token.definition(Lang::Zh), "模型处理文本的基本单位。");
    let ai = &g.entries[g.lookup("ai").unwrap()];
    assert_eq!(
        ai.definition(Lang::En),
        "人工智能。",
        "falls back to the other language"
    );
}

#[test]
fn errors_name_the_entry_line() {
    let path = Path::new("content/glossary.yaml");
    let dup =
        "- term: A\n  definition: x\n- term: B\n  definition: y\n- term: a\n  definition: z\n";
    let err = Glossary::from_sources(false, Some((dup, path)))
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "content/glossary.yaml:5: duplicate term `a`: it is already defined at line 1 (as `A`)"
    );
    let empty = "- term: A\n  definition: \"  \"\n";
    let err = Glossary::from_sources(false, Some((empty, path)))
        .unwrap_err()
        .to_string();
    assert_eq!(err, "content/glossary.yaml:1: `A` has an empty definition");
    let alias = "- term: A\n  definition: x\n- term: B\n  aliases: [a]\n  definition: y\n";
    let err = Glossary::from_sources(false, Some((alias, path)))
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "content/glossary.yaml:3: `a` of `B` is already used by `A` at line 1"
    );
    let yaml = "- term: A\n  definition: [unclosed\n";
    let err = Glossary::from_sources(false, Some((yaml, path)))
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("content/glossary.yaml:3:1: "), "{err}");
    let unknown = "- term: A\n  definitoin: x\n";
    let err = Glossary::from_sources(false, Some((unknown, path)))
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("content/glossary.yaml:2:3: unknown field `definitoin`"),
        "{err}"
    );
}

#[test]
fn builtin_glossary_covers_the_card() {
    let g = Glossary::from_sources(true, None).unwrap();
    assert!(g.entries.len() >= 80, "{}", g.entries.len());
    for term in ["Token", "Sora", "o1", "Scaling Law", "AGI"] {
        assert!(g.entries.iter().any(|e| e.term == term), "{term}");
    }
    for (spelling, term) in [
        ("GPT-o1", "o1"),
        ("尺度定律", "Scaling Law"),
        ("通用人工智能", "AGI"),
        ("post-training", "后训练"),
    ] {
        let i = g.lookup(spelling).unwrap_or_else(|| panic!("{spelling}"));
        assert_eq!(g.entries[i].term, term);
    }
    for name in [
        "o3",
        "Transformer",
        "GPT-4o",
        "预训练",
        "后训练",
        "强化学习",
        "推理模型",
        "合成数据",
        "幻觉",
        "思维链",
        "PaaS",
        "GPU",
        "算力",
        "OpenAI",
        "Anthropic",
        "xAI",
        "MiniMax",
        "月之暗面",
        "DeepSeek",
    ] {
        assert!(g.lookup(name).is_some(), "{name}");
    }
    for e in &g.entries {
        assert!(
            e.definition_zh.is_some() && e.definition_en.is_some(),
            "{} has both languages",
            e.term
        );
    }
}

#[test]
fn a_site_entry_replaces_the_builtin_one_and_takes_its_spellings() {
    let site = "- term: Token\n  aliases: [令牌]\n  definition: 本站的定义。\n- term: 尺度定律\n  definition: 本站把它当作独立词条。\n";
    let g = Glossary::from_sources(true, Some((site, Path::new("content/glossary.yaml")))).unwrap();
    let token = &g.entries[g.lookup("Token").unwrap()];
    assert_eq!(token.definition(Lang::Zh), "本站的定义。");
    assert!(token.from_site);
    assert_eq!(g.entries.iter().filter(|e| e.term == "Token").count(), 1);
    assert_eq!(g.entries[g.lookup("尺度定律").unwrap()].term, "尺度定律");
    assert_eq!(
        g.entries[g.lookup("Scaling Law").unwrap()].term,
        "Scaling Law",
        "the built-in entry stays, without the alias"
    );
}

const CONTEXTS: &str = "\
- term: 蒸馏
  aliases: [distillation]
  definition: 用大模型教小模型。
  not_before: [酒, 水]
- term: AI Agent
  aliases: [智能体, Agent, Agents]
  definition: 能自主完成任务的AI系统。
  case_sensitive: true
  not_after: [Special, Placement]
  zh_only: [Agent, Agents]
- term: 联想
  aliases: [Lenovo]
  definition: 一家电脑公司。
  not_before: [到]
- term: GPT-4
  definition: OpenAI 的模型。
";

fn context_terms(text: &str, lang: Option<Lang>) -> Vec<String> {
    let g = Glossary::from_sources(false, Some((CONTEXTS, Path::new("content/glossary.yaml"))))
        .unwrap();
    let s = Segmenter::new(g.words().collect::<Vec<_>>());
    g.find_cut_in(text, &|| s.boundaries(text), lang)
        .into_iter()
        .map(|h| format!("{}={}", &text[h.start..h.end], g.entries[h.entry].term))
        .collect()
}

#[test]
fn not_before_refuses_what_follows() {
    assert_eq!(context_terms("模型蒸馏降低了成本", None), ["蒸馏=蒸馏"]);
    assert!(context_terms("传统蒸馏酒的工艺", None).is_empty());
    assert!(
        context_terms("用蒸馏 水清洗", None).is_empty(),
        "spaces between aside"
    );
    assert!(context_terms("让人联想到去年", None).is_empty());
    assert_eq!(context_terms("联想发布新品", None), ["联想=联想"]);
}

#[test]
fn not_after_refuses_what_precedes_as_whole_words() {
    assert!(context_terms("FBI Special Agent Smith", None).is_empty());
    assert!(
        context_terms("the placement  Agents said", None).is_empty(),
        "any case"
    );
    assert_eq!(
        context_terms("a Specialist Agent", None),
        ["Agent=AI Agent"],
        "Special is not the end of Specialist"
    );
}

#[test]
fn zh_only_spellings_are_left_out_of_english_articles() {
    assert_eq!(
        context_terms("Agents are suing", Some(Lang::Zh)),
        ["Agents=AI Agent"]
    );
    assert!(context_terms("Agents are suing", Some(Lang::En)).is_empty());
    assert_eq!(
        context_terms("2025年是Agent元年，智能体", Some(Lang::En)),
        ["智能体=AI Agent"],
        "the entry's other spellings still count"
    );
}

#[test]
fn a_term_ending_in_a_digit_is_not_the_head_of_a_version() {
    assert!(context_terms("GPT-4.5发布", None).is_empty());
    assert_eq!(context_terms("GPT-4.", None), ["GPT-4=GPT-4"]);
}

#[test]
fn zh_only_must_name_a_spelling_of_the_entry() {
    let bad =
        "- term: A\n  aliases: [b]\n  definition: x\n- term: C\n  definition: y\n  zh_only: [b]\n";
    let err = Glossary::from_sources(false, Some((bad, Path::new("content/glossary.yaml"))))
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "content/glossary.yaml:4: `b` in `zh_only` of `C` is not its term or one of its aliases"
    );
}
