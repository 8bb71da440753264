//! Paragraphs that go on with a speaker (pronouns, weaker verbs, a text introduced as
//! someone's), the officers of a press release, and the words of round twelve of the real
//! corpus, on sentences written for these tests.

use super::tests::{en, who, zh};
use crate::model::Lang;

#[test]
fn a_pronoun_after_a_quote_is_not_who_the_quote_names() {
    let found = who(
        &[
            "Professor Ann Vale said solar is now the cheapest power.",
            "President Trump said coal is back.",
            "Vale says coal will lose ground, however.",
            "“I expect the decline to speed up because of President Trump’s victory,” he said.",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        ["Ann Vale (-, Professor) ¶0,2,3", "Trump (-, President) ¶1"]
    );
}

#[test]
fn english_weaker_verbs_go_on_with_a_speaker_met_before() {
    let found = who(
        &[
            "Vice President JD Vance said the courts were wrong.",
            "“Judges,” Vance concluded, “aren’t allowed to control the executive.”",
            "Vance agreed that the ruling was “a disaster.”",
            "Vance agreed to meet the senators on Friday.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["JD Vance (-, Vice President) ¶0,1,2"]);
    // Someone not met speaking before does not start to speak by agreeing.
    assert_eq!(
        en("Acme Corp agreed that the merger would “create value.”"),
        Vec::<String>::new()
    );
    // `He’s said`: a pronoun with a contracted auxiliary.
    let found = who(
        &[
            "FBI nominee Kash Patel said he would testify.",
            "He’s said he would “shut down” the headquarters on day one.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Kash Patel (-, FBI nominee) ¶0,1"]);
}

#[test]
fn a_closing_mark_that_opens_a_paragraph_goes_on_with_the_speaker() {
    let found = who(
        &[
            "House Minority Leader Hakeem Jeffries said on Monday: “This is bad.”",
            "”They are marching America towards a shutdown.”",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Hakeem Jeffries (-, House Minority Leader) ¶0,1"]);
}

#[test]
fn chinese_verbs_of_analysis_answering_and_quoting() {
    assert_eq!(
        zh("星图金融研究院副院长薛洪言分析，政策有望引入增量资金。"),
        ["薛洪言 (星图金融研究院, 副院长) ¶0"]
    );
    assert_eq!(
        zh("陈刚后来回应，做ABC并不是一场“豪赌”。"),
        ["陈刚 (-, -) ¶0"]
    );
    assert_eq!(
        zh("王宗豪提出，这些公司往往能够跑赢指数。"),
        ["王宗豪 (-, -) ¶0"]
    );
    assert_eq!(zh("雷军回答：发布完两个新品就去学。"), ["雷军 (-, -) ¶0"]);
    // `如X所说`: the name without `所`.
    assert_eq!(zh("如陈宪所说，南京也具备创新生态。"), ["陈宪 (-, -) ¶0"]);
    // A judge's ruling is what the judge says.
    assert_eq!(
        zh("美国联邦地区法官约翰·贝茨裁定，政府雇员工会未能证明其受到损害。"),
        ["约翰·贝茨 (美国, 联邦地区法官) ¶0"]
    );
    // Who first put an idea is no speaker; a conjunction is no part of a role.
    assert_eq!(
        zh("这一悖论由经济学家威廉·斯坦利·杰文斯提出，核心观点是效率提高会增加用量。"),
        Vec::<String>::new()
    );
    assert_eq!(
        zh("尽管月之暗面创始人杨植麟后来多次强调他的贡献“独立于股东决策”，但对方坚持己见。"),
        ["杨植麟 (月之暗面, 创始人) ¶0"]
    );
}

#[test]
fn a_text_introduced_as_someones_is_theirs_to_the_end() {
    let found = who(
        &[
            "OpenAI首席执行官山姆··奥特曼在个人博客上发文，阐述了三点观察：",
            "以下为奥特曼撰文全文：",
            "我们的使命是确保通用人工智能造福全人类。",
            "使用一定水平的人工智能的成本每年都会下降。",
        ],
        Lang::Zh,
    );
    // A dot typed twice joins the name's parts once.
    assert_eq!(found, ["山姆·奥特曼 (OpenAI, 首席执行官) ¶1,2,3"]);
    // Two people's account is no one speaker's.
    let found = who(
        &["以下是纳国平、哈海英的自述：", "我们在村里开了一家小店。"],
        Lang::Zh,
    );
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn chinese_companies_markets_and_quoted_titles() {
    for company in ["摩根大通", "麦肯锡", "欧股", "国常会"] {
        assert_eq!(
            zh(&format!("{company}表示，这很好。")),
            Vec::<String>::new()
        );
    }
    assert_eq!(
        zh("汇丰控股有限公司首席亚洲经济学家王五表示，亚洲增长稳健。"),
        ["王五 (汇丰控股有限公司, 首席亚洲经济学家) ¶0"]
    );
    assert_eq!(
        zh("美国民主党“网红议员”科尔特斯7日鼓动称：“我们可以动员大量人员打电话。”"),
        ["科尔特斯 (美国民主党, 网红议员) ¶0"]
    );
    // A quoted word that ends the phrase is no title (`宫斗` is no one).
    assert_eq!(
        zh("按照派系纷争的“宫斗”说，研究院的人事变动是外援的支持。"),
        Vec::<String>::new()
    );
}

#[test]
fn press_release_officers_degrees_and_the_house() {
    let release = |quote: &str| {
        who(
            &[
                "Mink Ventures Corporation (“Mink” or the \"Company\") today announced assay results.",
                quote,
            ],
            Lang::En,
        )
    };
    assert_eq!(
        release("“We look forward to drilling,” said Natasha Dixon, President and CEO."),
        ["Natasha Dixon (Mink Ventures Corporation, President and CEO) ¶1"]
    );
    // A release that defines its company says outright whose officers speak in it, even
    // with a bare `President`.
    assert_eq!(
        release("“We are pleased,” said Dana Roe, President."),
        ["Dana Roe (Mink Ventures Corporation, President) ¶1"]
    );
    // Where the company is only listed first, `President` alone is as often a country's:
    // the house does not claim it.
    assert_eq!(
        who(
            &[
                "Acme Widgets (NASDAQ: ACME) today announced results.",
                "“We are pleased,” said Dana Roe, President.",
            ],
            Lang::En
        ),
        ["Dana Roe (-, President) ¶1"]
    );
    // Degrees after a name are neither its role nor its organisation.
    assert_eq!(
        en("“This is a new option,” said Ilya Rahm, MD, PhD, Chief Executive Officer of Immix Bio."),
        ["Ilya Rahm (Immix Bio, Chief Executive Officer) ¶0"]
    );
    assert_eq!(
        en("“Attackers thrive,” said Sam Ellis, SVP of Products at BeyondTrust."),
        ["Sam Ellis (BeyondTrust, SVP of Products) ¶0"]
    );
    // The opening subject of a release, when its words say it is a company.
    let found = who(
        &[
            "Parker Hannifin Corporation, the global leader in motion control, today announced a retirement.",
            "“He led the region well,” said Andy Ross, President and Chief Operating Officer.",
            "Commenting on Mr. Otto’s new role as President for the EMEA Region, Mr. Ross said, “Thomas will lead.”",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        ["Andy Ross (Parker Hannifin Corporation, President and Chief Operating Officer) ¶1,2"]
    );
}

#[test]
fn english_owners_in_lower_case_and_offices_of_states() {
    let found = who(
        &[
            "State Assemblymember John Harbin (D) wrote the bill.",
            "“Homeowners should get the interest,” the bill’s author, Harbin, said in a statement.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["John Harbin (-, State Assemblymember) ¶0,1"]);
}

#[test]
fn a_name_a_colon_and_a_quotation() {
    let found = who(
        &[
            "The agency was the brainchild of Sen. Elizabeth Warren (D-Mass.).",
            "LAWMAKER REACTIONS:  Warren: “So why are these two trying to gut it?”    Rep. Maxine Waters (Calif.), the top Democrat on the committee: “Why is the richest man doing this?”",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        [
            "Elizabeth Warren (-, Sen.) ¶1",
            "Maxine Waters (-, Rep.) ¶1"
        ]
    );
    assert_eq!(
        en("Jonathan Orr, CEO of Beyond Oil Commented: “Expanding into Sweden matters.”"),
        ["Jonathan Orr (Beyond Oil, CEO) ¶0"]
    );
    // A digest's clauses and an interview's turns; not a reference list.
    assert_eq!(
        zh("特朗普：期待与普京进行更多对话，泽连斯基：愿与俄进行谈判。"),
        ["特朗普 (-, -) ¶0", "泽连斯基 (-, -) ¶0"]
    );
    assert_eq!(
        zh("您是否有一些可以分享的经验呢？李继刚：在我看来，输出的内容带有风格。"),
        ["李继刚 (-, -) ¶0"]
    );
    assert_eq!(
        zh("参见张伟：《网络治理》，北京大学出版社，2011年；胡凌：《理解中国互联网》。"),
        Vec::<String>::new()
    );
}

#[test]
fn a_quote_first_paragraph_after_one_about_a_person_is_theirs() {
    let found = who(
        &[
            "Creative Planning首席市场策略师Charlie Bilello表示，席勒市盈率接近38。",
            "例如，证券投资公司Certuity的首席投资官Scott Welch正在将资金重新配置到小盘股。",
            "“科技七巨头的定价是完美的，因此不会造成太大的破坏。”他说。",
        ],
        Lang::Zh,
    );
    assert_eq!(
        found,
        [
            "Charlie Bilello (Creative Planning, 首席市场策略师) ¶0",
            "Scott Welch (Certuity, 首席投资官) ¶2"
        ]
    );
    // A pronoun that opens a paragraph is still whoever spoke last.
    let found = who(
        &[
            "克利夫兰联储主席哈马克说：“保持耐心是合适的。”",
            "美国总统特朗普周一命令对钢铁和铝进口征收关税。",
            "她重申，货币政策只是适度限制性的。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["哈马克 (克利夫兰联储, 主席) ¶0,2"]);
}

#[test]
fn chinese_descriptions_before_latin_names_and_regions_in_roles() {
    // A description that names nothing, then a Latin name: the name is the organisation.
    assert_eq!(
        zh("研究机构Ned Davis Research首席美国策略师Tim Hayes表示，估值偏高。"),
        ["Tim Hayes (Ned Davis Research, 首席美国策略师) ¶0"]
    );
    assert_eq!(
        zh("金属经纪商Marex市场分析师Ed Meir表示，铜价承压。"),
        ["Ed Meir (Marex, 市场分析师) ¶0"]
    );
    // A short Latin word after a name is part of it.
    assert_eq!(
        zh("智谱AI首席执行官张鹏表示，模型会开源。"),
        ["张鹏 (智谱AI, 首席执行官) ¶0"]
    );
    // A region after a rank is part of the role.
    assert_eq!(
        zh("摩根士丹利首席中国股票策略师王滢表示，市场会走强。"),
        ["王滢 (摩根士丹利, 首席中国股票策略师) ¶0"]
    );
}

#[test]
fn english_relative_clauses_opening_conjunctions_and_firms() {
    // `X, who recently called …`: the relative clause reports X's speech.
    assert_eq!(
        en("We agree with incoming National Security Advisor Mike Walz, who recently called them an “unholy alliance.”"),
        ["Mike Walz (National Security, Advisor) ¶0"]
    );
    // A firm is no person, however it is written.
    assert_eq!(
        en("Goldman Sachs, who said rates would fall, was wrong."),
        Vec::<String>::new()
    );
    assert_eq!(
        en("Goldman Sachs said rates would fall."),
        Vec::<String>::new()
    );
    // `As X said`: the conjunction is no part of the subject.
    let found = who(
        &[
            "President Trump met the leaders on Monday.",
            "As Trump said, what America needs now is “peace through strength.”",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Trump (-, President) ¶1"]);
    assert_eq!(
        en("Rep. Jodey Arrow (R-Texas), the chair of the House Budget Committee, revealed on Tuesday that his committee would act."),
        ["Jodey Arrow (House Budget Committee, chair) ¶0"]
    );
}

#[test]
fn chinese_nicknames_adverbs_after_dotted_names_and_titles_back() {
    // `之称` is a nickname's, not a verb.
    assert_eq!(
        zh("有着“美联储传声筒”之称的著名财经记者Nick Timiraos表示：“通胀数据表现强劲。”"),
        ["Nick Timiraos (-, 财经记者) ¶0"]
    );
    // `立即` after a transliterated name is no part of it.
    assert_eq!(
        zh("OpenAI CEO山姆·奥特曼立即在X上发文称，不必了。"),
        ["山姆·奥特曼 (OpenAI, CEO) ¶0"]
    );
    // `这位美联储主席`: the organisation and role of a speaker met before.
    let found = who(
        &[
            "美联储主席鲍威尔表示，政策处于有利位置。",
            "这位美联储主席称，“我们关注双重使命的风险”。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["鲍威尔 (美联储, 主席) ¶0,1"]);
}

#[test]
fn a_team_speaks_for_the_person_who_leads_it() {
    let found = who(
        &[
            "美银策略师Michael Hartnett表示，美股见顶。",
            "Hartnett的团队表示，大多数地区的股市都在提前反映。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["Michael Hartnett (美银, 策略师) ¶0,1"]);
    // `亚历山大`: 历 is a transliteration's character; `来自` is no part of the organisation.
    assert_eq!(
        zh("来自巴克莱银行的亚历山大·阿尔特曼（Alexander Altmann）领导的策略分析团队近日表示，现在是转向的好时机。"),
        ["亚历山大·阿尔特曼 (巴克莱银行, -) ¶0"]
    );
    // A team of no one is no one.
    assert_eq!(zh("公司团队表示，这很好。"), Vec::<String>::new());
}

#[test]
fn a_role_and_its_organisation_refer_back_to_the_speaker_who_holds_them() {
    // `the Tesla CEO`: a company and a role of a speaker met before, quote first.
    let found = who(
        &[
            "Tesla CEO Elon Musk said the judge should go.",
            "“He needs to be impeached NOW,” the Tesla CEO wrote in a post on X.",
            "The chief executive openly admitted he was “disappointed” by the ruling.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Elon Musk (Tesla, CEO) ¶0,1,2"]);
    // `欧盟委员会主席称`: no determiner; `这家……的CEO称`: a description of the company.
    let found = who(
        &[
            "欧盟委员会主席冯德莱恩表示，欧盟将投资2000亿欧元。",
            "欧盟委员会主席称这是“世界上最大规模的AI公共投资”。",
            "福特CEO吉姆·法利表示，关税会增加成本。",
            "这家美国第二大汽车制造商的CEO称，关税将造成“极大的混乱”。",
        ],
        Lang::Zh,
    );
    assert_eq!(
        found,
        [
            "冯德莱恩 (欧盟委员会, 主席) ¶0,1",
            "吉姆·法利 (福特, CEO) ¶2,3"
        ]
    );
    // A role no speaker met holds names nobody.
    assert_eq!(zh("这家公司的CEO称，业绩很好。"), Vec::<String>::new());
}

#[test]
fn a_chinese_pronoun_after_a_person_its_sentence_or_the_paragraph_before_names() {
    // `X虽然没有参与，但他认为`: the person the sentence opens with, not the speaker before.
    let found = who(
        &[
            "公司首席执行官扎克伯格当年在一篇帖子中声称“我们正在开发一个新系统”。",
            "Forest Neurotech的创始人Sumner Norman虽然没有参与这项研究，但他认为，“结果惊人”。",
        ],
        Lang::Zh,
    );
    assert_eq!(
        found,
        [
            "扎克伯格 (-, 首席执行官) ¶0",
            "Sumner Norman (Forest Neurotech, 创始人) ¶1"
        ]
    );
    // `他表示` opening a paragraph after one about a person with a role, when no one has
    // spoken yet; once someone has, he or she is that speaker.
    let found = who(
        &[
            "众议院议长迈克·约翰逊周一在国会淡化了分歧。",
            "他表示：“我和格雷厄姆意见一致。”",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["迈克·约翰逊 (-, 众议院议长) ¶1"]);
    let found = who(
        &[
            "克利夫兰联储主席哈马克表示，利率接近中性。",
            "美国总统特朗普周一命令对钢铁和铝进口征收25%的关税。",
            "她重申，货币政策只是适度限制性的。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["哈马克 (克利夫兰联储, 主席) ¶0,2"]);
}

#[test]
fn qi_before_a_role_is_the_organisation_of_the_clause_before() {
    assert_eq!(
        zh("总部位于巴黎的欧洲可再生能源投资商Mirova，其固定收益部门联席主管罗歇（Bertrand Rocher）表示，我们会密切关注它。"),
        ["罗歇 (Mirova, 固定收益部门联席主管) ¶0"]
    );
    assert_eq!(
        zh("2月13日凌晨，OpenAI火力全开，其首席执行官塞姆·奥特曼宣布，将很快发布GPT-5。"),
        ["塞姆·奥特曼 (OpenAI, 首席执行官) ¶0"]
    );
    // `其` of a person names no organisation; the role loses it all the same.
    assert_eq!(
        zh("唐锐向员工告知了这一消息，其创始人唐锐表示，公司会继续。"),
        ["唐锐 (-, 创始人) ¶0"]
    );
}

#[test]
fn an_english_pronoun_after_the_person_its_paragraph_opens_with() {
    let found = who(
        &[
            "Rep. Rosa DeLauro (D-Conn.) said the bill was a disaster.",
            "Rep. Jim McGovern (D-Mass.), the ranking member, was more forceful. He said Johnson is waiting for orders.",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        ["Rosa DeLauro (-, Rep.) ¶0", "Jim McGovern (-, Rep.) ¶1"]
    );
    // Not a name a quotation opens with.
    let found = who(
        &[
            "Sen. Elizabeth Warren (D-Mass.) said the bureau matters.",
            "“Russell Vought is giving big banks the green light to scam families,” she said.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Elizabeth Warren (-, Sen.) ¶0,1"]);
}

#[test]
fn a_reference_by_role_goes_to_the_unnamed_source_that_spoke_last() {
    let found = who(
        &[
            "Sen. Joni Ernst (R-Iowa) said she wasn’t ready to support the nominee.",
            "A Democratic senator who organized opposition to the nominees said the threat helped.",
            "“I think my colleagues are under pressure,” the senator said.",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        [
            "Joni Ernst (-, Sen.) ¶0",
            "?Democratic senator who organized opposition to the nominees ¶1,2"
        ]
    );
    // A named senator who spoke after the source is still the one the reference means.
    let found = who(
        &[
            "A Democratic senator who organized opposition to the nominees said the threat helped.",
            "Sen. Joni Ernst (R-Iowa) said she wasn’t ready to support the nominee.",
            "“I am not there yet,” the senator said.",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        [
            "Joni Ernst (-, Sen.) ¶1,2",
            "?Democratic senator who organized opposition to the nominees ¶0"
        ]
    );
}

#[test]
fn a_quotation_left_open_runs_to_the_paragraph_that_closes_it() {
    // Press releases open a quotation and close it paragraphs later, without opening each
    // paragraph with a quotation mark again.
    let found = who(
        &[
            "CEO Nordvik Marine AS Hanne Berg commented:",
            "\"Activity was high in the fourth quarter for both divisions.",
            "The order backlog remains stable, giving long-term visibility.",
            "Looking ahead, we expect the market to improve.\"",
            "The company will host a webcast on Friday.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Hanne Berg (Nordvik Marine AS, CEO) ¶0,1,2,3"]);
    // Not over a paragraph that holds a quotation of its own.
    let found = who(
        &[
            "\"Activity was high in the fourth quarter,\" said Hanne Berg, CEO of Nordvik. \"We grew.",
            "Analysts called the results \"solid\" and \"overdue\".",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Hanne Berg (Nordvik, CEO) ¶0"]);
}
