//! Titles, appositives and references of the kinds real outlets write, on sentences written
//! for these tests.

use super::tests::{en, who, zh};
use crate::model::Lang;

#[test]
fn english_name_between_commas_then_its_appositive() {
    assert_eq!(
        who(
            &[
                "Sanctions are not expected to affect trade with India, Ivan Petrov, Russia's first deputy energy minister, said on Tuesday.",
                "\"Our relationship is based on pragmatism,\" he told the conference.",
            ],
            Lang::En
        ),
        ["Ivan Petrov (Russia, first deputy energy minister) ¶0,1"]
    );
    assert_eq!(
        en("The company is still committed to the merger, Sam Lowe, regional business development director, said."),
        ["Sam Lowe (-, regional business development director) ¶0"]
    );
}

#[test]
fn english_quote_first_with_more_verbs() {
    assert_eq!(
        en("“We are adopting a disciplined approach,” commented Tom Reyes, Chief Executive Officer of Lumen Freight."),
        ["Tom Reyes (Lumen Freight, Chief Executive Officer) ¶0"]
    );
}

#[test]
fn english_relative_clause_is_no_subject_and_no_role() {
    assert_eq!(
        en("Paul Avery, who served as transport secretary under Clark, wrote on social media that “the rule of law matters.”"),
        ["Paul Avery (-, -) ¶0"]
    );
}

#[test]
fn english_titles_and_references_to_them() {
    // A surname after a title is a surname too.
    assert_eq!(
        who(
            &[
                "Vice President Vance has also joined the debate.",
                "In a post on Sunday, Vance wrote that “a judge cannot command a general.”",
            ],
            Lang::En
        ),
        ["Vance (-, Vice President) ¶1"]
    );
    // `the judge wrote`: the person named earlier with that title.
    assert_eq!(
        who(
            &[
                "U.S. District Judge Ann Bolt held a hearing Monday.",
                "“Each argument has substance, but none prevail,” the judge wrote.",
            ],
            Lang::En
        ),
        ["Ann Bolt (U.S. District, Judge) ¶1"]
    );
    // A pronoun that opens a paragraph after one naming a titled person.
    assert_eq!(
        who(
            &[
                "Back in 2017, Senator Ortiz recognized the importance of foreign aid:",
                "“Did it help the people of Japan? Absolutely,” he said.",
            ],
            Lang::En
        ),
        ["Ortiz (-, Senator) ¶1"]
    );
    // A month's abbreviation ends no sentence; an initial inside a name is no name.
    assert_eq!(
        who(
            &[
                "President Hale spoke at the rally.",
                "Hale, using the phrasing of his speech on Jan. 6, 2021, contended that “we don’t have a country anymore.”",
            ],
            Lang::En
        ),
        ["Hale (-, President) ¶1"]
    );
    assert_eq!(
        who(
            &[
                "Judge Ann Bolt held a hearing Monday.",
                "Bolt, an appointee of former President George W. Bush, wrote in her ruling that the rule stands.",
            ],
            Lang::En
        ),
        ["Ann Bolt (-, Judge) ¶1"]
    );
}

#[test]
fn english_title_before_a_name_outside_a_frame() {
    assert_eq!(
        who(
            &[
                "Leaders, including summit host French President Alain Marchand, hope for flexibility.",
                "“There is also the opposite risk,” Marchand told regional newspapers.",
            ],
            Lang::En
        ),
        ["Alain Marchand (France, President) ¶1"]
    );
    assert_eq!(
        who(
            &[
                "Northwind's Group President and CEO Maria Lund comments:",
                "“We delivered a strong quarter.”",
            ],
            Lang::En
        ),
        ["Maria Lund (Northwind, Group President and CEO) ¶0,1"]
    );
}

#[test]
fn chinese_role_words_of_finance_and_science() {
    assert_eq!(
        zh("“这些担忧暂时有所缓解，”冈山证券首席策略师Fumio Matsumoto表示。"),
        ["Fumio Matsumoto (冈山证券, 首席策略师) ¶0"]
    );
    assert_eq!(
        zh("花旗策略师 David Bieber 在周一的一份报告中写道，就业数据修正。"),
        ["David Bieber (花旗, 策略师) ¶0"]
    );
    assert_eq!(
        zh("星河电信集团首席科学家、北方实验室院士毕奇12日接受记者采访时表示，欧洲很强。"),
        ["毕奇 (星河电信集团, 首席科学家) ¶0"]
    );
}

#[test]
fn chinese_title_after_a_name_and_courtesy_titles() {
    assert_eq!(
        zh("上海明理律师事务所刘鹏律师表示，投资者可向公司索赔。"),
        ["刘鹏 (上海明理律师事务所, 律师) ¶0"]
    );
    assert_eq!(
        zh("调用了接口的体验者王先生介绍，他在社交平台搜索如何操作。"),
        ["王先生 (-, -) ¶0"]
    );
    // An organisation is not a person, after a company's suffix or ending with one.
    assert!(zh("阿联酋可再生能源公司马斯达尔(Masdar)宣布，新项目落地。").is_empty());
    assert!(zh("公司管理层在电话会上表示，库存仍在消化。").is_empty());
    assert!(zh("东方证券：AI主题近期交易大幅升温。").is_empty());
    assert!(zh("据该机构的官员向媒体透露，项目将暂停。")
        .iter()
        .all(|s| !s.contains("向媒体")));
}

#[test]
fn chinese_role_glosses_ranks_and_latin_full_names() {
    assert_eq!(
        zh("亚马逊首席执行官（CEO）安迪·贾西表示，这是机会。"),
        ["安迪·贾西 (亚马逊, 首席执行官（CEO）) ¶0"]
    );
    assert_eq!(
        zh("道富全球市场高级多元资产策略师Marija Veitmane表示，市场普遍减持。"),
        ["Marija Veitmane (道富全球市场, 高级多元资产策略师) ¶0"]
    );
    assert_eq!(
        zh("Meta 首席人工智能科学家Yann Lecun表示，开源更好。"),
        ["Yann Lecun (Meta, 首席人工智能科学家) ¶0"]
    );
    assert_eq!(
        zh("深蓝汽车CEO邓承浩表示，今年销量翻倍。"),
        ["邓承浩 (深蓝汽车, CEO) ¶0"]
    );
    assert_eq!(
        zh("该公司的首席财务官李（Susan Li）在财报电话会议上表示：“我们关注体验。”"),
        ["Susan Li (-, 首席财务官) ¶0"]
    );
}

#[test]
fn chinese_surname_takes_the_full_transliterated_name() {
    for dot in ['·', '•', '・'] {
        let text = format!("特斯拉CEO埃隆{dot}马斯克周一发文。马斯克表示，他很好。");
        assert_eq!(zh(&text), [format!("埃隆{dot}马斯克 (特斯拉, CEO) ¶0")]);
    }
}
