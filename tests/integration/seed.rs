//! The real article the project is built for, `../shared/corpus/seed.txt`: read from the
//! shared folder at test time, never copied into the repository.

use crate::common::{shared_file, TestSite};

#[test]
fn seed_structure() {
    let Some(seed) = shared_file("corpus/seed.txt") else {
        return;
    };
    let out = crate::common::pizhu_in(
        std::path::Path::new("."),
        &["inspect", "--json", seed.to_str().unwrap()],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["title"], "从“造锤子”到“找钉子”,大模型这一年走慢了吗?");
    assert_eq!(json["source"], "第一财经");
    assert_eq!(json["date"], "2024-12-11T21:57");
    assert_eq!(json["editor"], "樊宏伟");
    assert_eq!(
        json["headings"],
        serde_json::json!(["大模型慢了吗", "范式变了", "今年“找钉子”"])
    );
    assert_eq!(json["paragraphs"], 66);
    assert_eq!(json["lang"], "zh");
    let related = json["related"].as_array().unwrap();
    assert_eq!(related.len(), 8);
    for entry in related {
        assert!(entry["source"].is_string(), "{entry}");
        assert!(
            entry["date"].as_str().is_some_and(|d| d.len() == 10),
            "{entry}"
        );
    }
    assert_eq!(
        related[0],
        serde_json::json!({"title": "很强也很贵!OpenAI12天12场直播收官,官宣最新推理模型o3", "source": "澎湃新闻", "date": "2024-12-21", "url": null})
    );
    assert_eq!(
        related[7]["title"],
        "2024香港金融科技周|度小满CEO朱光:推理大模型将深入到金融核心业务"
    );
    assert_eq!(related[7]["source"], "北京青年报客户端");
}

#[test]
fn seed_builds_into_a_page() {
    let Some(seed) = shared_file("corpus/seed.txt") else {
        return;
    };
    let site = TestSite::new();
    site.bytes("content/seed.txt", &std::fs::read(seed).unwrap());
    site.build(&[]);
    let page = site.output("seed/index.html");
    assert!(page.contains("<p id=\"p66\" class=\"speech\" data-speaks=\"s8\">"));
    assert!(!page.contains("<p id=\"p67\">"));
    assert!(page.contains("<h2 id=\"今年-找钉子\">今年“找钉子”</h2>"));
    assert_eq!(page.matches("class=\"reading-entry\"").count(), 8);
    assert!(!page.contains("最新评论"));
    // The summary goes past the short opening question to a sentence end within 120 characters.
    let home = site.output("index.html");
    assert!(home.contains("<p class=\"summary\">大模型这一年有哪些关键词?从不同的从业者那里,第一财经记者收到的回答包括视频模型Sora、推理模型GPT-o1,年中的Token(词元)价格战,以及百花齐放的落地。</p>"), "{home}");
    // About 5,700 Chinese characters and 230 Latin words: 14.3 + 1 minutes, rounded up.
    assert!(
        page.contains("<span class=\"length\">约 5937 字 · 阅读 16 分钟</span>"),
        "reading time"
    );
}
