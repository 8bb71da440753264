//! One test per frame and per trap, on sentences written for these tests.

use super::*;

pub(super) fn run(paragraphs: &[&str], lang: Lang, people: &People) -> Speakers {
    let glossary = Glossary::from_sources(true, None).unwrap();
    let segmenter = Segmenter::new(glossary.words());
    let detector = Detector {
        glossary: &glossary,
        segmenter: &segmenter,
        people,
    };
    let paragraphs: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
    detector.detect(&paragraphs, lang)
}

/// `name (org, role) ¶paragraphs` for each named speaker, `?description ¶…` for unnamed.
pub(super) fn who(paragraphs: &[&str], lang: Lang) -> Vec<String> {
    let found = run(paragraphs, lang, &People::default());
    let mut out: Vec<String> = found
        .named
        .iter()
        .map(|s| {
            let p: Vec<String> = s.paragraphs.iter().map(|p| p.to_string()).collect();
            format!(
                "{} ({}, {}) ¶{}",
                s.name,
                s.org.as_deref().unwrap_or("-"),
                s.role.as_deref().unwrap_or("-"),
                p.join(",")
            )
        })
        .collect();
    out.extend(found.unnamed.iter().map(|u| {
        let p: Vec<String> = u.paragraphs.iter().map(|p| p.to_string()).collect();
        format!("?{} ¶{}", u.description, p.join(","))
    }));
    out
}

pub(super) fn zh(text: &str) -> Vec<String> {
    who(&[text], Lang::Zh)
}

pub(super) fn en(text: &str) -> Vec<String> {
    who(&[text], Lang::En)
}

#[test]
fn chinese_verb_frames() {
    for verb in [
        "表示",
        "认为",
        "指出",
        "称",
        "说",
        "坦言",
        "透露",
        "提到",
        "强调",
        "直言",
        "谈到",
        "观察到",
        "判断",
    ] {
        assert_eq!(
            zh(&format!("星河科技副总裁王立{verb}，推理成本还会下降。")),
            ["王立 (星河科技, 副总裁) ¶0"],
            "{verb}"
        );
    }
}

#[test]
fn chinese_told_and_to_frames() {
    assert_eq!(
        zh("星河科技副总裁王立告诉记者，推理成本还会下降。"),
        ["王立 (星河科技, 副总裁) ¶0"]
    );
    assert_eq!(
        zh("王立对第一财经表示，推理成本还会下降。"),
        ["王立 (-, -) ¶0"]
    );
    assert_eq!(
        zh("王立此前在接受媒体采访时表示，推理成本还会下降。"),
        ["王立 (-, -) ¶0"]
    );
    assert_eq!(
        zh("王立在11月的一场发布会上提到，推理成本还会下降。"),
        ["王立 (-, -) ¶0"]
    );
}

#[test]
fn chinese_kanlai_and_ju_frames() {
    assert_eq!(
        zh("在北溟证券分析师苏映秋看来，价格战还没结束。"),
        ["苏映秋 (北溟证券, 分析师) ¶0"]
    );
    assert_eq!(
        zh("据星河科技创始人王立介绍，新模型下月发布。"),
        ["王立 (星河科技, 创始人) ¶0"]
    );
    assert_eq!(zh("据王立透露，新模型下月发布。"), ["王立 (-, -) ¶0"]);
}

#[test]
fn chinese_quote_first() {
    assert_eq!(zh("“价格还会再降。”王立说。"), ["王立 (-, -) ¶0"]);
    assert_eq!(
        zh("“价格还会再降。”星河科技首席技术官向前表示。"),
        ["向前 (星河科技, 首席技术官) ¶0"]
    );
}

#[test]
fn chinese_appositives() {
    assert_eq!(
        zh("跬石信息(Guishi)联合创始人兼 CTO李远认为，差距在缩小。"),
        ["李远 (跬石信息, 联合创始人兼CTO) ¶0"]
    );
    assert_eq!(
        zh("开源社区ModelHarbor(模港)创始人陈舟表示，社区在壮大。"),
        ["陈舟 (ModelHarbor, 创始人) ¶0"]
    );
    assert_eq!(
        zh("上海某某实验室青年科学家陈远表示，推理很重要。").len(),
        1
    );
    assert_eq!(
        zh("北极星实验室前研究主管安德烈·科瓦连科(Andriy Kovalenko)表示，数据是瓶颈。"),
        ["安德烈·科瓦连科 (北极星实验室, 前研究主管) ¶0"]
    );
}

#[test]
fn chinese_unnamed_sources() {
    assert_eq!(
        zh("一名大模型开发人员告诉记者，合成数据很关键。"),
        ["?大模型开发人员 ¶0"]
    );
    assert_eq!(
        zh("一位不愿具名的投资人士表示，估值偏高。"),
        ["?不愿具名的投资人士 ¶0"]
    );
    assert_eq!(
        zh("有大模型厂商研发人员告诉记者，新路线值得关注。"),
        ["?大模型厂商研发人员 ¶0"]
    );
    assert!(
        zh("有行业人士认为这是恶性竞争。").is_empty(),
        "a generic group is not a source"
    );
    assert_eq!(
        who(
            &[
                "另一名研发人员表示，进展一直有。",
                "上述研发人员告诉记者，突破很难。"
            ],
            Lang::Zh
        ),
        ["?研发人员 ¶0,1"],
        "上述 refers back"
    );
}

#[test]
fn chinese_later_mentions_and_pronouns() {
    let found = who(
        &[
            "OpenAI前首席科学家伊利亚·苏茨克维尔(Ilya Sutskever)表示，规模的时代结束了。",
            "伊利亚补充说，现在重要的是扩大正确的规模。",
            "他认为，数据将是瓶颈。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["伊利亚·苏茨克维尔 (OpenAI, 前首席科学家) ¶0,1,2"]);
    let run = run(
        &["OpenAI前首席科学家伊利亚·苏茨克维尔(Ilya Sutskever)表示，规模的时代结束了。"],
        Lang::Zh,
        &People::default(),
    );
    assert_eq!(run.named[0].aliases, ["Ilya Sutskever"]);
}

#[test]
fn chinese_traps() {
    assert!(
        zh("马斯克旗下的xAI推出了Grok系列模型。").is_empty(),
        "only mentioned"
    );
    assert!(zh("李明去年离开了公司。").is_empty(), "no speech verb");
    assert!(
        zh("瑞银认为中国AI的潜力被低估。").is_empty(),
        "an organisation"
    );
    assert!(zh("大家发现大模型得用起来。").is_empty());
    assert!(
        zh("乐观派通常表示大方向正确。").is_empty(),
        "a word that starts with a surname"
    );
    assert_eq!(
        zh("杨远有个理性的表达，他引用物理学家伽利略的一句话表示，“宇宙是由数学书写而成的”。"),
        ["杨远 (-, -) ¶0"],
        "伽利略 is quoted by 杨远, not a speaker"
    );
    assert_eq!(
        zh("天枢云副总裁蒋晗表示，价格战已经结束，而安衡证券分析师方知夏则认为，降价还会来。"),
        ["蒋晗 (天枢云, 副总裁) ¶0", "方知夏 (安衡证券, 分析师) ¶0"],
        "two speakers in one sentence"
    );
}

#[test]
fn chinese_role_from_a_mention_outside_a_frame() {
    let found = who(
        &[
            "2023年，枫清科技(Fabarta)在寻找场景落地，但创始人高雪峰的感受是，关注度并不高。",
            "高雪峰认为，今年不同了。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["高雪峰 (枫清科技, 创始人) ¶0,1"]);
}

#[test]
fn english_frames() {
    for verb in ["said", "says", "added", "argued", "noted", "warned"] {
        assert_eq!(
            en(&format!("Mira Okafor {verb} prices would fall.")),
            ["Mira Okafor (-, -) ¶0"],
            "{verb}"
        );
    }
    assert_eq!(
        en("Mira Okafor told reporters prices would fall."),
        ["Mira Okafor (-, -) ¶0"]
    );
    assert_eq!(
        en("Prices will fall, according to Mira Okafor, an analyst at Halvard Partners."),
        ["Mira Okafor (Halvard Partners, analyst) ¶0"]
    );
    assert_eq!(
        en("\"The price per token is the wrong number,\" said Mira Okafor, chief technology officer at Northwind Compute."),
        ["Mira Okafor (Northwind Compute, chief technology officer) ¶0"]
    );
    assert_eq!(
        en("Northwind Compute CTO Mira Okafor said prices would fall."),
        ["Mira Okafor (Northwind Compute, CTO) ¶0"]
    );
    assert_eq!(
        en("Mira Okafor, chief technology officer at Northwind Compute, said prices would fall."),
        ["Mira Okafor (Northwind Compute, chief technology officer) ¶0"]
    );
}

#[test]
fn english_later_mentions_pronouns_and_unnamed() {
    let found = who(
        &[
            "Mira Okafor said prices would fall.",
            "\"It is not over,\" Okafor added.",
            "She said more cuts were coming.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Mira Okafor (-, -) ¶0,1,2"]);
    assert_eq!(
        en("A person familiar with the matter said the deal was close."),
        ["?person familiar with the matter ¶0"]
    );
}

#[test]
fn english_traps() {
    assert!(en("The company said revenue tripled.").is_empty());
    assert!(en("Analysts said prices would fall.").is_empty());
    assert!(
        en("OpenAI said on Monday it would cut prices.").is_empty(),
        "an organisation of the glossary"
    );
    assert!(
        en("Quillmark AI said it paused training.").is_empty(),
        "an organisation by its name"
    );
    assert!(en("Prices fell, according to a report from Ostrava Partners.").is_empty());
    // A lone word before `said` is a surname (on the real corpus, nineteen times in twenty),
    // unless the text gives it `the` (`the Kremlin`) or it names a nationality.
    assert_eq!(en("Okafor said prices would fall."), ["Okafor (-, -) ¶0"]);
    assert!(
        who(
            &[
                "The Kremlin denied the report.",
                "Kremlin said talks would go on."
            ],
            Lang::En
        )
        .is_empty(),
        "an institution the text gives `the`"
    );
    assert!(
        en("The other user he responded to gave no evidence.").is_empty(),
        "a pronoun in a relative clause"
    );
    assert_eq!(
        en("Amir Sadeghi said the chips were ready, but Claire Dubois, an analyst at Ostrava Partners, argued that software lagged."),
        ["Amir Sadeghi (-, -) ¶0", "Claire Dubois (Ostrava Partners, analyst) ¶0"]
    );
}

#[test]
fn a_quote_over_several_paragraphs() {
    let found = who(
        &["\"We rebuilt the stack twice,\" said Mira Okafor, chief technology officer at Northwind Compute. \"The first time we got it wrong.", "\"The second time we measured everything.\"", "Prices fell anyway."],
        Lang::En,
    );
    assert_eq!(
        found,
        ["Mira Okafor (Northwind Compute, chief technology officer) ¶0,1"]
    );
}

#[test]
fn the_registry_fixes_and_hides() {
    let people = People::parse(
        "- name: Ilya Sutskever\n  aliases: [伊利亚·苏茨克维尔, 伊利亚]\n  role: 联合创始人\n- name: 王立\n  speaker: false\n",
        std::path::Path::new("people.yaml"),
    )
    .unwrap();
    let found = run(
        &[
            "OpenAI前首席科学家伊利亚·苏茨克维尔表示，规模的时代结束了。",
            "王立表示，同意。",
        ],
        Lang::Zh,
        &people,
    );
    assert_eq!(found.named.len(), 1);
    assert_eq!(found.named[0].name, "Ilya Sutskever");
    assert_eq!(found.named[0].role.as_deref(), Some("联合创始人"));
    assert_eq!(found.named[0].org.as_deref(), Some("OpenAI"));
}

#[test]
fn english_forms_of_real_items() {
    // Abbreviations, initials and brackets do not end the clause; a surname alone is the
    // full name given elsewhere; a role alone is the speaker who holds it.
    assert_eq!(
        who(
            &[
                "“We are inviting a disaster,” said Sen. Dick Durbin (D-Ill.), the top Democrat on the panel.",
                "Mara Quill chaired the hearing.",
                "“It is outrageous,” Quill said.",
                "Those matters, Durbin said, are not settled.",
                "Ohio Senator Lee Hart said he would vote against it.",
                "“We will see,” the senator said.",
            ],
            Lang::En
        ),
        [
            "Dick Durbin (-, Sen.) ¶0,3",
            "Mara Quill (-, -) ¶2",
            "Lee Hart (Ohio, Senator) ¶4,5",
        ]
    );
    // Titles, possessives and organisations are not people.
    assert_eq!(
        who(
            &[
                "President Trump said the tariffs would stay.",
                "Chevron’s CEO said profits fell, and House Republicans said they would vote.",
                "Omdia's Su said demand was strong.",
            ],
            Lang::En
        ),
        ["Trump (-, President) ¶0", "Su (Omdia, -) ¶2"]
    );
}

#[test]
fn chinese_forms_of_real_items() {
    assert_eq!(
        who(
            &[
                "美国媒体援引分析师萨姆·菲奥拉尼的话说，这将导致成本上升。",
                "德国副总理罗伯特·哈贝克也发表声明称，欧洲将坚定回应。",
                "法国总统马克龙在媒体专访中说道，欧洲需要自己的议程。",
                "埃尔多安对停火协议的执行情况表示谨慎乐观。",
                "郭嘉昆：我注意到有关情况。",
            ],
            Lang::Zh
        ),
        [
            "萨姆·菲奥拉尼 (-, 分析师) ¶0",
            "罗伯特·哈贝克 (德国, 副总理) ¶1",
            "马克龙 (法国, 总统) ¶2",
            "埃尔多安 (-, -) ¶3",
            "郭嘉昆 (-, -) ¶4",
        ]
    );
}

#[test]
fn english_subject_before_an_aside_a_time_phrase_or_an_appositive() {
    assert_eq!(
        who(
            &["Arriving at the port on Monday, Mayor Lena Ortiz (D) — who toured the docks with Governor Sam Reyes and his deputy — said the plan could “maybe” pass, after she told reporters it would."],
            Lang::En
        ),
        vec!["Lena Ortiz (-, Mayor) ¶0"]
    );
    assert_eq!(
        who(
            &["Rep. Hal Brink (R-Ohio), one of two members who never backed the bill and wants deep cuts, on Friday told The Ledger he was not convinced."],
            Lang::En
        ),
        vec!["Hal Brink (-, Rep.) ¶0"]
    );
    assert_eq!(
        who(
            &["The head of the Northern Nurses Association, Dr. Amara Yeboah, called the plan reckless."],
            Lang::En
        ),
        vec!["Amara Yeboah (Northern Nurses Association, head) ¶0"]
    );
}

#[test]
fn english_coordinated_speakers_and_described_names() {
    assert_eq!(
        who(
            &["“It was a fine test,” Professor Ada Quill and lead test engineer Tomas Berg said."],
            Lang::En
        ),
        vec![
            "Ada Quill (-, Professor) ¶0",
            "Tomas Berg (-, lead test engineer) ¶0"
        ]
    );
    assert_eq!(
        who(
            &["The remark came after Harbor TV host Nina Patel asked Okoro about the vote, and Riverside Clinic Infectious Disease Specialist Dr. Paul Emery told the station it was early."],
            Lang::En
        ),
        vec![
            "Nina Patel (Harbor TV, host) ¶0",
            "Paul Emery (Riverside Clinic Infectious Disease, Specialist) ¶0"
        ]
    );
}

#[test]
fn english_pronoun_after_a_person_the_paragraph_names() {
    assert_eq!(
        who(
            &["Some early backers cooled, like Rep.\u{a0}Dana Whitfield (D-Vt.), who weighed joining. She told me the choice “was right.”"],
            Lang::En
        ),
        vec!["Dana Whitfield (-, Rep.) ¶0"]
    );
    // Two capitalised words with no title are as often a place or a thing.
    assert_eq!(
        who(
            &["Traders gathered on Wall Street early. He said the mood was calm."],
            Lang::En
        ),
        Vec::<String>::new()
    );
    // A surname with a possessive in the first mention still gives the full name.
    assert_eq!(
        who(
            &[
                "Sen. Rowan Pike’s (R-Ky.) yearly report lists waste.",
                "Pike said in a statement that he had shared it."
            ],
            Lang::En
        ),
        vec!["Rowan Pike (-, Sen.) ¶1"]
    );
}

#[test]
fn chinese_organisation_referred_back_to() {
    assert_eq!(
        who(
            &[
                "今日晚间，青岚微电子有限公司发布年度业绩报告。",
                "该公司总裁兼执行董事童远航在电话会上表示，需求正在恢复。"
            ],
            Lang::Zh
        ),
        vec!["童远航 (青岚微电子, 总裁兼执行董事) ¶1"]
    );
    // No organisation named before: none is made up.
    assert_eq!(
        who(&["该公司总裁童远航表示，需求正在恢复。"], Lang::Zh),
        vec!["童远航 (-, 总裁) ¶0"]
    );
}

#[test]
fn organisations_places_and_times_are_not_speakers() {
    for paragraph in [
        // Initials in capitals name organisations.
        "The FBI said the review was routine, and the GOP later said it agreed.",
        // A company announces in a press release; so does a country.
        "Harbor Care Clinics, a provider of care for older patients, today announced that it joined the network.",
        "Saudi Arabia reiterated its rejection of the plan.",
        // A legal form or an organisation's word ends the phrase.
        "Lumen Biotech AG said revenue rose.",
        "The Consumer Financial Protection Bureau noted that complaints fell.",
        // A lower-case particle is not the end of a name.
        "“We will see,” said GOP la",
    ] {
        assert_eq!(
            who(&[paragraph], Lang::En),
            Vec::<String>::new(),
            "{paragraph}"
        );
    }
    // A person announces under a title.
    assert_eq!(
        who(
            &["Rep. Mara Quint (D-Ore.) announced that she would leave the group."],
            Lang::En
        ),
        vec!["Mara Quint (-, Rep.) ¶0"]
    );
    // `周二和周五…她说`: 和周五 is no name.
    assert_eq!(
        who(
            &["今年周二和周五散户买入更多。她说，本周活动放缓。"],
            Lang::Zh
        ),
        Vec::<String>::new()
    );
}

#[test]
fn english_role_before_a_name_and_pronoun_spans() {
    assert_eq!(
        who(
            &["Council member Dana Whitlock, who chairs the planning committee, said the vote followed hearings."],
            Lang::En
        ),
        vec!["Dana Whitlock (-, Council member) ¶0"]
    );
    // The pronoun's span is the word `She`, not the `he` inside it.
    let found = run(
        &["“It works,” said Mira Okafor. She said the site would open in spring."],
        Lang::En,
        &People::default(),
    );
    let she = found.named[0]
        .mentions
        .iter()
        .find(|m| m.frame.starts_with("他/She"))
        .expect("a pronoun mention");
    let text = "“It works,” said Mira Okafor. She said the site would open in spring.";
    assert_eq!(&text[she.start..she.end], "She");
}
