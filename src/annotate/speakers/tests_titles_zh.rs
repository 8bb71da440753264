//! Chinese titles, appositives and references of the kinds real outlets write, on sentences
//! written for these tests.

use super::tests::{who, zh};
use crate::model::Lang;

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

#[test]
fn chinese_estimates_lists_and_references() {
    assert_eq!(
        zh("阿波罗全球管理公司首席经济学家Torsten Sløk周一就表示，贸易战将带来冲击。"),
        ["Torsten Sløk (阿波罗全球管理公司, 首席经济学家) ¶0"]
    );
    assert_eq!(
        zh("安永首席经济学家Greg Daco估计，如果关税生效，产出将缩减。他还预计，通胀将上升。"),
        ["Greg Daco (安永, 首席经济学家) ¶0"]
    );
    assert_eq!(
        zh("据杰弗瑞分析师Giacomo Romeo预测，Elliott可能施压BP。"),
        ["Giacomo Romeo (杰弗瑞, 分析师) ¶0"]
    );
    assert_eq!(
        zh("“关税有可能构成压力，”摩根士丹利的Martijn Rats等分析师在报告中称。"),
        ["Martijn Rats (摩根士丹利, -) ¶0"]
    );
    assert_eq!(
        zh("在美国总统特朗普表示即将宣布关税措施后，美元指数上涨。"),
        ["特朗普 (美国, 总统) ¶0"]
    );
    assert_eq!(
        zh("众议院特别委员会主席、共和党籍议员约翰·穆勒纳尔等人致信国家安全事务助理，称该公司涉嫌违规。"),
        ["约翰·穆勒纳尔 (众议院特别委员会, 主席) ¶0"]
    );
    assert_eq!(
        zh("大卫·萨克斯等人则认为，领先优势并非必然。"),
        ["大卫·萨克斯 (-, -) ¶0"]
    );
    assert_eq!(
        zh("美国新任商务部长卢特尼克宣称，这些成就并非通过合法途径获得。"),
        ["卢特尼克 (美国, 商务部长) ¶0"]
    );
    // Names joined by 、 and 和 share the appositive before the first; `分析师指出` is all
    // of them.
    assert_eq!(
        who(
            &[
                "2月12日，美银美林资深分析师Mark Cabana、Katie Craig和Ralph Axe发布报告称，资产可以变现。",
                "不过，分析师同时指出，短期内采取行动的可能性很低。",
            ],
            Lang::Zh
        ),
        [
            "Mark Cabana (美银美林, 资深分析师) ¶0,1",
            "Katie Craig (美银美林, 资深分析师) ¶0,1",
            "Ralph Axe (美银美林, 资深分析师) ¶0,1"
        ]
    );
    // A clause that ends with a colon before a quote speaks for a speaker already met.
    assert_eq!(
        who(
            &[
                "马斯克表示，预算必须削减。",
                "针对如何削减赤字，马斯克给出了他的建议：“关键在于能力和关心。”",
            ],
            Lang::Zh
        ),
        ["马斯克 (-, -) ¶0,1"]
    );
    // Prepositions and adverbs after a surname's character are no names.
    assert!(
        zh("马克龙化身歌手，向世界展现技术的魅力。他表示，人们可以大有作为。")
            .iter()
            .all(|s| !s.starts_with("向世界"))
    );
    assert!(
        zh("相比较于众多创始人，有背景的王云安较为另类。他说，“门店随着供应链走。”")
            .iter()
            .all(|s| !s.starts_with("相比较"))
    );
}

#[test]
fn an_appositive_after_an_interview_verb_and_a_company_named_in_the_clause_before() {
    assert_eq!(
        zh("本报记者专访了东海大学经济学院副院长郑明远。郑明远表示，市场仍有韧性。"),
        ["郑明远 (东海大学经济学院, 副院长) ¶0"]
    );
    // `公司` refers back to the company that announced.
    let found = who(
        &[
            "2月5日，青禾数科公告显示，公司执行董事、首席执行官柳文海因个人原因辞任。",
            "柳文海曾在去年表示，公司的目标是尽早实现盈利。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["柳文海 (青禾数科, 执行董事、首席执行官) ¶1"]);
}

#[test]
fn a_latin_name_with_initials_and_a_council_member() {
    assert_eq!(
        zh("首席执行官RK Venkataraman周四表示，每名员工将获得奖励。"),
        ["RK Venkataraman (-, 首席执行官) ¶0"]
    );
    // (Not the letters that end `CEO`, nor a country's.)
    assert_eq!(
        zh("北辰科技CEO Sam Whitby表示，他很高兴。"),
        ["Sam Whitby (北辰科技, CEO) ¶0"]
    );
    assert_eq!(
        zh("欧洲央行管委Boris Vucic周四表示，今年可能再降息三次。"),
        ["Boris Vucic (欧洲央行, 管委) ¶0"]
    );
}
