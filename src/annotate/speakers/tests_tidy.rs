//! Organisation and role as a reader writes them: titles listed before the organisation,
//! the company a release speaks for, clauses and epithets around a title, an organisation
//! named inside a role or after a description of its kind.

use super::tests::{en, who, zh};
use crate::model::Lang;

#[test]
fn english_titles_listed_before_the_organisation() {
    assert_eq!(
        en("“We are excited,” said Ann Reyes, M.D., President, Development and Chief Medical Officer, Northwind Pharma."),
        ["Ann Reyes (Northwind Pharma, President, Development and Chief Medical Officer) ¶0"]
    );
    assert_eq!(
        en("\"AI is changing media,\" said Kim Lowe, executive vice president and managing director, Harbor Events Group."),
        ["Kim Lowe (Harbor Events Group, executive vice president and managing director) ¶0"]
    );
    // A place, a department or a first title that names its own organisation is no
    // organisation listed last.
    assert_eq!(
        en("“It works,” said Diego Ruiz, Product Development Manager, California, USA."),
        ["Diego Ruiz (-, Product Development Manager) ¶0"]
    );
    assert_eq!(
        en("“It works,” said John Shay, Manager, Engineering & Maintenance."),
        ["John Shay (-, Manager) ¶0"]
    );
    assert_eq!(
        en("“It works,” said Eric Fiala, KeyBank Chief Officer and CEO, KeyBank Foundation."),
        ["Eric Fiala (KeyBank, Chief Officer and CEO) ¶0"]
    );
}

#[test]
fn english_roles_without_clauses_articles_or_nationality() {
    assert_eq!(
        en("Sean Reardon, a Stanford sociologist who worked on the scorecard, said the gap grew."),
        ["Sean Reardon (Stanford, sociologist) ¶0"]
    );
    assert_eq!(
        en("“We had the votes,” said John Boehner, the Republican Leader at the time."),
        ["John Boehner (-, Republican Leader) ¶0"]
    );
    assert_eq!(
        en("The former Federal Election Commission (FEC) chair Ellen Weintraub said during an interview that she is weighing her choices."),
        ["Ellen Weintraub (Federal Election Commission, former chair) ¶0"]
    );
    assert_eq!(
        en("Canadian Prime Minister Justin Trudeau said the tariffs were unjustified."),
        ["Justin Trudeau (Canada, Prime Minister) ¶0"]
    );
    // An office's own words stay with the title.
    assert_eq!(
        en("U.S. District Judge Amir Ali said the order stands."),
        ["Amir Ali (-, U.S. District Judge) ¶0"]
    );
}

#[test]
fn the_company_a_release_speaks_for() {
    // `(“Wrap” or, the “Company”)` and `, “GoldQuest” or the “Company”)` define it too; the
    // full name stands for it.
    assert_eq!(
        who(
            &[
                "Wrap Technologies (“Wrap” or, the “Company”) today announced a launch.",
                "Scot Cohen, Chief Executive Officer, stated: “We have listened.”",
            ],
            Lang::En
        ),
        ["Scot Cohen (Wrap Technologies, Chief Executive Officer) ¶1"]
    );
    assert_eq!(
        who(
            &[
                "GoldQuest Mining Corp. , “GoldQuest” or the “Company”) announces a grant of options.",
                "Mr. Luis Santana, Director and CEO commented, “I am pleased to welcome Dan.”",
            ],
            Lang::En
        ),
        ["Luis Santana (GoldQuest Mining Corp., Director and CEO) ¶1"]
    );
    // `About Sonoco`: the release's own section names its company, and a bare title there is
    // the company's.
    assert_eq!(
        who(
            &[
                "The Board of Directors of Sonoco has declared a dividend.",
                "According to Howard Coker, President and Chief Executive Officer, this is the 399th consecutive quarter.",
                "About Sonoco",
                "Sonoco is a packaging company.",
            ],
            Lang::En
        ),
        ["Howard Coker (Sonoco, President and Chief Executive Officer) ¶1"]
    );
    // The listed company opens the release; partners' sections come after it.
    assert_eq!(
        who(
            &[
                "Global Energy Metals Corporation (TSXV:GEMC) is pleased to announce a pilot.",
                "Mitchell Smith, CEO and Director, comments: “We move fast.”",
                "About Geo40 LLC",
                "About NeoLithica Ltd.",
            ],
            Lang::En
        ),
        ["Mitchell Smith (Global Energy Metals Corporation, CEO and Director) ¶1"]
    );
    // `Company President`: the release's word for the house; the legal form keeps its dot.
    assert_eq!(
        who(
            &[
                "Waseco Resources Inc. (the “Company”) (TSX-V:WRI) reports a termination.",
                "Company President, Richard Williams, noted that much exploration focused on oxide gold.",
            ],
            Lang::En
        ),
        ["Richard Williams (Waseco Resources Inc., President) ¶1"]
    );
}

#[test]
fn chinese_organisations_named_without_description_or_country() {
    assert_eq!(
        zh("英国利兹大学自动推理教授安东尼·科恩表示，这很重要。"),
        ["安东尼·科恩 (利兹大学, 自动推理教授) ¶0"]
    );
    assert_eq!(
        zh("全球资产管理公司安本（Abrdn）中国股票投资经理布什·朱（Bush Chu）表示：“估值仍低。”"),
        ["布什·朱 (安本, 中国股票投资经理) ¶0"]
    );
    assert_eq!(
        zh("非营利组织“巴黎和平论坛”负责人贾斯汀·瓦伊斯表示，欧洲要团结。"),
        ["贾斯汀·瓦伊斯 (巴黎和平论坛, 负责人) ¶0"]
    );
    // The country stays where the rest is common words or another country's name.
    assert_eq!(
        zh("美国大学华盛顿法学院教授希拉里·艾伦表示，风险很大。"),
        ["希拉里·艾伦 (美国大学华盛顿法学院, 教授) ¶0"]
    );
    assert_eq!(
        zh("美国东北大学经济学教授约翰·史密斯表示，增长放缓。"),
        ["约翰·史密斯 (美国东北大学, 经济学教授) ¶0"]
    );
    // An organisation's own name that holds a business word is not split.
    assert_eq!(
        zh("中国银行业协会首席信息官高峰表示，转型在加速。"),
        ["高峰 (中国银行业协会, 首席信息官) ¶0"]
    );
}

#[test]
fn chinese_organisations_inside_roles_and_epithets() {
    assert_eq!(
        zh("杭州AI眼镜初创公司Rokid创始人朱明明表示，市场很大。"),
        ["朱明明 (Rokid, 创始人) ¶0"]
    );
    assert_eq!(
        zh("著名经济学家宋清辉表示，消费正在回暖。"),
        ["宋清辉 (-, 经济学家) ¶0"]
    );
    // Capitals alone are a title or a field, not an organisation.
    assert_eq!(
        zh("艾媒咨询CEO兼首席分析师张毅表示，行业在整合。"),
        ["张毅 (艾媒咨询, CEO兼首席分析师) ¶0"]
    );
}

#[test]
fn english_opening_phrases_after_a_sentence_and_both_subjects() {
    assert_eq!(
        who(
            &["The assertion was a sharp contradiction. On Wednesday afternoon, both Appropriations Chair Tom Cole (R-Okla.) and Rep. Rosa DeLauro (D-Conn.), the senior Democrat on the panel, said they were still at the table."],
            Lang::En
        ),
        [
            "Tom Cole (Appropriations, Chair) ¶0",
            "Rosa DeLauro (-, Rep.) ¶0"
        ]
    );
    assert_eq!(
        en("The review was long. At the same time, Sally Bradshaw, one of the review committee co-chairs, criticized the party for “continually marginalizing itself.”"),
        // (`one of the … co-chairs` names a group, not a title of hers.)
        ["Sally Bradshaw (-, -) ¶0"]
    );
}

#[test]
fn chinese_speech_acts_and_transliterated_companies() {
    assert_eq!(
        zh("此前，特朗普在达沃斯世界经济论坛上公开质疑美国银行的做法。"),
        ["特朗普 (-, -) ¶0"]
    );
    assert_eq!(
        zh("联化科技董事长王萍提议回购，拟回购金额4000万元至8000万元。"),
        ["王萍 (联化科技, 董事长) ¶0"]
    );
    // Written as a company's name twice, a transliterated name is the company.
    assert_eq!(
        who(
            &[
                "欧莱雅集团公布了业绩。",
                "此前，欧莱雅曾于10月份表示，第四季度的销售额增长将持平。",
                "欧莱雅集团旗下品牌增长放缓。",
            ],
            Lang::Zh
        ),
        Vec::<String>::new()
    );
}

#[test]
fn titles_of_a_board_and_of_the_present_and_orgs_after_a_clause() {
    assert_eq!(
        who(
            &[
                "Tejon Ranch Co. (“Tejon” or the “Company”) today announced a new chief executive.",
                "“Matt brings experience,” said Norman Metcalfe, Chairman of the Board.",
                "“I am proud,” said Gregory Bielli, current President & CEO.",
            ],
            Lang::En
        ),
        [
            "Norman Metcalfe (Tejon Ranch Co., Chairman of the Board) ¶1",
            "Gregory Bielli (Tejon Ranch Co., President & CEO) ¶2"
        ]
    );
    assert_eq!(
        zh("市场还在关注美联储主席鲍威尔本周的国会证词。鲍威尔表示，不急于降息。"),
        ["鲍威尔 (美联储, 主席) ¶0"]
    );
}

#[test]
fn organisations_joined_by_and_and_companies_named_without_suffix() {
    assert_eq!(
        en("Office of Management and Budget Director Russell Vought said the agency would close."),
        ["Russell Vought (Office of Management and Budget, Director) ¶0"]
    );
    assert_eq!(
        zh("马斯克和OpenAI CEO Sam Altman在社交媒体上互相指责。Sam Altman表示，他不会出售公司。"),
        ["马斯克 (-, -) ¶0", "Sam Altman (OpenAI, CEO) ¶0"]
    );
    // `投资与企业司司长` is one name: `与` joins no people there.
    assert_eq!(
        zh("联合国贸发会议投资与企业司司长詹晓宁表示，投资在下降。"),
        ["詹晓宁 (联合国贸发会议投资与企业司, 司长) ¶0"]
    );
    assert_eq!(
        who(
            &[
                "2月13日，华虹半导体发布2024年第四季度业绩报告。",
                "公司总裁兼执行董事白鹏表示，市场需求复杂多变。",
            ],
            Lang::Zh
        ),
        ["白鹏 (华虹半导体, 总裁兼执行董事) ¶1"]
    );
}

#[test]
fn chinese_epithets_and_fields_before_an_organisation() {
    assert_eq!(
        zh("新任众议院金融服务委员会主席French Hill表示，监管将放松。"),
        ["French Hill (众议院金融服务委员会, 主席) ¶0"]
    );
    assert_eq!(
        zh("知名科技记者马克·古尔曼表示，新品将在下月发布。"),
        ["马克·古尔曼 (-, 科技记者) ¶0"]
    );
}

#[test]
fn a_long_latin_organisation_and_a_bracketed_name_before_a_pronoun_quote() {
    assert_eq!(
        who(
            &[
                "Phoenix Futures and Options总裁凯文·格雷迪（Kevin Grady）正在权衡最新通胀数据的影响。",
                "“当前通胀仍然存在，且具有粘性，”他表示，“政策落地需要时间。”",
            ],
            Lang::Zh
        ),
        ["凯文·格雷迪 (Phoenix Futures and Options, 总裁) ¶1"]
    );
}

#[test]
fn a_leader_is_a_title() {
    assert_eq!(
        zh("众议院金融服务委员会的民主党领袖Maxine Waters表示，这是违法的。"),
        ["Maxine Waters (众议院金融服务委员会, 民主党领袖) ¶0"]
    );
}

#[test]
fn an_organisation_and_the_part_of_it_before_de() {
    // A description, then the Latin name that is the organisation.
    assert_eq!(
        zh("新加坡投资管理公司Azimut的投资组合经理Kuan Weng Pang预测称，发行规模至少为30亿美元。"),
        ["Kuan Weng Pang (Azimut, 投资组合经理) ¶0"]
    );
    // An organisation, then the part of it where the role is held.
    assert_eq!(
        zh("法国外贸银行亚太区的首席经济学家艾丽西亚（Alicia Garcia Herrero）表示，这是积极信号。"),
        ["艾丽西亚 (法国外贸银行, 亚太区的首席经济学家) ¶0"]
    );
    assert_eq!(
        zh("总部位于美国的智库能源经济与金融分析研究所（IEEFA）亚洲可持续金融研究的负责人拉姆纳斯·艾耶表示，中国希望注入新动力。"),
        ["拉姆纳斯·艾耶 (能源经济与金融分析研究所, 亚洲可持续金融研究的负责人) ¶0"]
    );
    // A field of work is no part of an organisation.
    assert_eq!(
        zh("加密货币和人工智能领域的领军人物、风险投资家大卫·萨克斯表示，这很好。"),
        ["大卫·萨克斯 (-, 风险投资家) ¶0"]
    );
}

#[test]
fn ministers_of_the_crown_and_former_holders() {
    assert_eq!(
        zh("英国财政大臣里夫斯在访华期间接受中国媒体采访时透露，她非常期待。"),
        ["里夫斯 (英国, 财政大臣) ¶0"]
    );
    assert_eq!(
        zh("美国财长贝森特表示，美元将保持强势。"),
        ["贝森特 (美国, 财长) ¶0"]
    );
    // `前` of a former post goes with the role; `前海` is a place's name.
    assert_eq!(
        zh("前高盛分析师莫约表示，市场会回暖。"),
        ["莫约 (高盛, 前分析师) ¶0"]
    );
    assert_eq!(
        zh("前海开源基金首席经济学家杨德龙表示，市场会回暖。"),
        ["杨德龙 (前海开源基金, 首席经济学家) ¶0"]
    );
    // A dash ends the clause before the appositive.
    assert_eq!(
        zh("拜登的团队则继续为他们的做法辩护——前财长耶伦认为，更大的错误是做得不够。"),
        ["耶伦 (-, 前财长) ¶0"]
    );
}

#[test]
fn judges_orders_questions_and_emphasis_before_a_verb() {
    // A judge's order, and the judge's title whole.
    assert_eq!(
        zh("美国联邦法官Colleen Kollar-Kotelly下达了临时禁令，禁止财政部向外部人士提供数据。"),
        ["Colleen Kollar-Kotelly (美国, 联邦法官) ¶0"]
    );
    assert_eq!(
        zh("当地时间周五，美国联邦地区法官约翰·贝茨表示，拒绝阻止。"),
        ["约翰·贝茨 (美国, 联邦地区法官) ¶0"]
    );
    // `问道`, `发问`: a question is speech; `甚至`, `更是` before the verb.
    assert_eq!(
        zh("南京市委书记周红波带头发问：南京为什么没有DeepSeek？"),
        ["周红波 (南京市委, 书记) ¶0"]
    );
    assert_eq!(
        zh("瑞幸首席财务官安静更是指出，利润下降主要是由于促销活动。"),
        ["安静 (瑞幸, 首席财务官) ¶0"]
    );
    // `被追问`: who is asked does not speak by it.
    assert!(zh("当时几乎所有的创业者都曾被追问过一个同样的问题。").is_empty());
}

#[test]
fn a_company_or_a_place_read_as_a_name_is_no_speaker() {
    // What a company has (`股价`, a ticker) or a place (`德克萨斯州奥斯汀`) elsewhere in the text.
    let found = who(
        &[
            "2月12日，古茗在港交所上市，古茗股价破发。",
            "古茗表示，将继续扩张门店。",
            "特斯拉计划在德克萨斯州奥斯汀推出出租车服务。",
            "奥斯汀表示欢迎。",
        ],
        Lang::Zh,
    );
    assert!(found.is_empty(), "{found:?}");
    // A person's family or companies do not make a company of the person.
    let found = who(
        &[
            "马斯克旗下的人工智能公司xAI发布了新模型。",
            "马斯克表示，模型很强。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["马斯克 (-, -) ¶1"]);
}

#[test]
fn chinese_clauses_around_an_office_are_no_part_of_it() {
    // `由` gives the office a clause hands over; `自由派` is a word of its own.
    assert_eq!(
        zh("公司董事会已完成由董事长兼首席执行官柯伟茂主导的评估，柯伟茂表示，分拆进展顺利。"),
        ["柯伟茂 (-, 董事长兼首席执行官) ¶0"]
    );
    assert_eq!(
        zh("自由派组织“民主前进”CEO斯凯·佩里曼表示，这是违法的。"),
        ["斯凯·佩里曼 (-, 自由派组织“民主前进”CEO) ¶0"]
    );
    // A clause with its verb before `的` is no part of the organisation.
    assert_eq!(
        zh("与萨林共同领导该项目的布拉格理工大学教授扬·哈吉奇表示，模型已经开源。"),
        ["扬·哈吉奇 (布拉格理工大学, 教授) ¶0"]
    );
}

/// A role read from the start of a list of people is another's; each item's own title is
/// its person's (`纽约州总检察长莱蒂西亚·詹姆斯`, not `前国务卿`).
#[test]
fn a_role_in_a_list_of_people_is_the_items_own() {
    let found = who(
        &[
            "白宫官员透露，特朗普撤销了美国前国务卿安东尼·布林肯、前国家安全顾问杰克·沙利文、纽约州总检察长莱蒂西亚·詹姆斯、曼哈顿地区检察官阿尔文·布拉格的安全许可。",
            "纽约州总检察长詹姆斯正在对特朗普的行政令提起诉讼。此前，詹姆斯曾对特朗普提起民事诉讼，指控其夸大资产。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["莱蒂西亚·詹姆斯 (纽约州, 总检察长) ¶1"]);
}

#[test]
fn former_before_an_organisation_is_the_roles() {
    // `Former White House aide`: a former aide of the White House.
    assert_eq!(
        super::tests::en("Former White House aide Sean Spicer said prices will fall."),
        ["Sean Spicer (White House, former aide) ¶0"]
    );
    assert_eq!(
        super::tests::en("Acting SEC Chairman Mark Uyeda said the rule will be reviewed."),
        ["Mark Uyeda (SEC, acting Chairman) ¶0"]
    );
}

#[test]
fn chinese_lists_fields_and_rare_surnames() {
    // A person that a conjunction ends is no organisation.
    assert_eq!(
        super::tests::zh("特朗普和副总统詹姆斯・万斯表示，法官无权阻止政令。"),
        ["特朗普 (-, -) ¶0", "詹姆斯・万斯 (-, 副总统) ¶0"]
    );
    // An industry with a scope before it is the role's, not an organisation.
    assert_eq!(
        super::tests::zh("独立中国汽车分析师星雷表示，这是一次不降价的降价。"),
        ["星雷 (-, 中国汽车分析师) ¶0"]
    );
    // … while a company's name stays one.
    assert_eq!(
        super::tests::zh("美国银行策略师王立表示，黄金仍会上涨。"),
        ["王立 (美国银行, 策略师) ¶0"]
    );
}

#[test]
fn chinese_roles_of_list_items_and_latin_names() {
    // The role of a list's item, with a space before a Latin name, is the item's.
    let found = super::tests::who(
        &[
            "此番言论发表之际，特朗普、副总统 JD・万斯和其他政府高级官员一直在抨击那些阻止总统政令的法官。",
            "万斯也在周末发帖，质疑司法部门阻止特朗普政令的权力。",
        ],
        crate::model::Lang::Zh,
    );
    assert!(
        found.iter().any(|s| s.starts_with("JD・万斯 (-, 副总统)")),
        "{found:?}"
    );
    // A clause before a Latin organisation written between spaces is none of it.
    assert_eq!(
        super::tests::zh("这是因 OpenAI CEO Sam Altman 表示，广告很重要。"),
        ["Sam Altman (OpenAI, CEO) ¶0"]
    );
}

#[test]
fn a_titled_person_before_and_is_no_organisation() {
    // `X行主席A和Y会主席B发布联名博客`: B's organisation is what follows `和`.
    assert_eq!(
        zh("另一头，某央行主席拉加尔和某委员会主席冯德兰发布联名博客，称欧洲有可以依靠的优势。"),
        ["冯德兰 (某委员会, 主席) ¶0"]
    );
}

#[test]
fn a_preposition_or_a_clause_read_in_opens_no_organisation_or_role() {
    // `包括`, `根据`, `由` before the organisation are no part of its name.
    assert_eq!(
        zh("多位官员包括某央行主席鲍尔森都表示，暂不急于降息。"),
        ["鲍尔森 (某央行, 主席) ¶0"]
    );
    assert_eq!(
        zh("根据天河证券分析师郭明远表示，新机将在秋季发布。"),
        ["郭明远 (天河证券, 分析师) ¶0"]
    );
    // A clause the reading ran into (`记者专访了…`, `这也是…`) ends before the role, and
    // the organisation read before it is the clause's.
    assert_eq!(
        who(
            &[
                "带着这些问题，本报记者专访了中国工程院院士王立。",
                "王立表示，算力还会更便宜。",
            ],
            Lang::Zh
        ),
        ["王立 (中国工程院, 院士) ¶1"]
    );
    assert_eq!(
        zh("这也是国内大模型创业者李振宇所说，开源会赢。"),
        ["李振宇 (-, 国内大模型创业者) ¶0"]
    );
    // (`饿了么董事长`: 了 inside a company's name.)
    assert_eq!(
        zh("饿了么董事长吴明泽表示，即时零售还在增长。"),
        ["吴明泽 (-, 饿了么董事长) ¶0"]
    );
}

#[test]
fn a_newsletters_table_cells_are_no_part_of_a_title() {
    assert_eq!(
        en("Technology | | --- | | The Big Story | | --- | | Vice President JD Vance said the rules were too strict."),
        ["JD Vance (-, Vice President) ¶0"]
    );
}

#[test]
fn ai_alone_is_a_field_not_an_organisation() {
    assert_eq!(
        zh("AI行业专家宋明表示，算力还会更便宜。"),
        ["宋明 (-, AI行业专家) ¶0"]
    );
}

#[test]
fn occupations_before_a_name_and_titles_listed_before_the_role() {
    // An occupation (`程序员`, `骑手`, `董秘`) before a name, and a pseudonym's note after it.
    assert_eq!(
        zh("程序员张明（化名）对本报表示，这很难。"),
        ["张明 (-, 程序员) ¶0"]
    );
    assert_eq!(
        zh("星河科技高级副总裁、董秘邓浩然表示，订单在增长。"),
        ["邓浩然 (星河科技, 高级副总裁、董秘) ¶0"]
    );
    assert_eq!(
        zh("星河汽车创始人、董事长、CEO李明表示，销量在增长。"),
        ["李明 (星河汽车, 创始人、董事长、CEO) ¶0"]
    );
}

#[test]
fn a_joint_post_and_a_courtesy_title() {
    // `联席` belongs to the post, not to the organisation.
    assert_eq!(
        zh("宁德时代联席董事长潘健表示，公司将继续扩产。"),
        ["潘健 (宁德时代, 联席董事长) ¶0"]
    );
    // A courtesy title before a full name is no part of it.
    assert_eq!(
        en("“We are proud of the team,” said Ms Naomi Chen."),
        ["Naomi Chen (-, -) ¶0"]
    );
}
