//! What is read once every speaker of an article is known (`ahead.rs`): names that speak
//! before the text introduces them, and references by role to a person named later, on
//! sentences written for these tests.

use super::tests::who;
use crate::model::Lang;

#[test]
fn a_role_named_before_the_person_is_theirs() {
    // `The president openly admitted …` before the article names President Trump.
    let found = who(
        &[
            "The president openly admitted he was “disappointed” by the ruling.",
            "“We will appeal,” President Trump said on Tuesday.",
            "Vice President Vance said the judges overstepped.",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        ["Trump (-, President) ¶0,1", "Vance (-, Vice President) ¶2"]
    );
    // Not after a quotation credited to someone unnamed: `the lawmaker added` is theirs.
    let found = who(
        &[
            "“The votes are close,” said one Republican senator who requested anonymity.",
            "“They have been threatening,” the lawmaker added.",
            "Sen. Joni Ernst said she was undecided.",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        [
            "Joni Ernst (-, Sen.) ¶2",
            "?Republican senator who requested anonymity ¶0,1"
        ]
    );
}

#[test]
fn a_chinese_name_speaks_before_the_text_introduces_it() {
    // A digest's headline before `美联储主席鲍威尔表示`: read again once the name is known.
    let found = who(
        &[
            "鲍威尔对国会重申美联储不急于降低利率 通胀预期仍然相当稳固",
            "美联储主席鲍威尔表示，央行不需要急于调整利率。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["鲍威尔 (美联储, 主席) ¶0,1"]);
    // Not a name that describes something else before a verb far on.
    let found = who(
        &[
            "周三美国还将公布通胀数据，鲍威尔届时将有机会对通胀数据做出回应。",
            "美联储主席鲍威尔表示，央行不需要急于调整利率。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["鲍威尔 (美联储, 主席) ¶1"]);
}

#[test]
fn an_english_name_speaks_before_the_text_gives_its_title() {
    // `Trump announced` (a verb companies use too) counts once the article shows Trump is
    // a person who speaks.
    let found = who(
        &[
            "On Sunday, Trump announced that he had asked the Treasury to stop making pennies.",
            "“It costs more than a cent,” President Trump said.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Trump (-, President) ¶0,1"]);
}

#[test]
fn with_x_saying_and_another_speaker_of_the_same_paragraph() {
    // `Sens. A and B expressed concern …, with A saying …` then `B said …`: A speaks by
    // `with X saying`, and B, known once the next paragraph names her speaking, there too.
    assert_eq!(
        who(
            &[
                "Republican Sens. Joan Pell (Maine) and Kara Brett (Ala.) expressed concern over the cuts on Monday, with Pell saying she opposes the “poorly conceived directive.”",
                "Brett said in an interview that the cuts should be targeted.",
            ],
            Lang::En
        ),
        ["Joan Pell (-, -) ¶0", "Kara Brett (-, -) ¶0,1"]
    );
}

#[test]
fn a_chinese_office_named_before_its_holder_is_theirs() {
    // `欧盟委员会主席称…` before the text names her: the one speaker who holds that
    // organisation and role.
    let found = who(
        &[
            "欧盟委员会主席称这是“世界上最大规模的公共投资”。",
            "全球竞赛日益激烈，欧盟也开始加码投资。",
            "欧盟委员会主席乌尔苏拉·冯德兰在巴黎宣布了一项计划：启动200亿欧元基金。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["乌尔苏拉·冯德兰 (欧盟委员会, 主席) ¶0,2"]);
    // An unnamed source with an organisation and a role is no one named later.
    let found = who(
        &[
            "另一家券商研究所首席分析师告诉记者，需要考虑季节性因素。",
            "国盛证券研究所首席分析师杨立伟表示，发行会回升。",
        ],
        Lang::Zh,
    );
    assert_eq!(
        found,
        [
            "杨立伟 (国盛证券研究所, 首席分析师) ¶1",
            "?券商研究所首席分析师 ¶0"
        ]
    );
}
