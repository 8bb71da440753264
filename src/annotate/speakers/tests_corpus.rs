//! Forms found by reading the paragraphs of the real corpus that quote someone and had no
//! speaker (names, titles and phrasing of the kinds real outlets write), on sentences
//! written for these tests.

use super::tests::{en, who, zh};
use crate::model::Lang;

#[test]
fn english_titles_with_a_domain_and_unknown_descriptions() {
    assert_eq!(
        en("“Now is the time for others to step forward,” Secretary of State Nora Bell said Monday."),
        ["Nora Bell (-, Secretary of State) ¶0"]
    );
    assert_eq!(
        en("European Union foreign policy chief Anna Kovac said any deal “will fail without Europe.”"),
        ["Anna Kovac (-, European Union foreign policy chief) ¶0"]
    );
    assert_eq!(
        en("Ohio businessman Carl Dent said Wednesday that he is “not waiting for anyone.”"),
        ["Carl Dent (-, Ohio businessman) ¶0"]
    );
    // A title and its organisation after a name are no name themselves.
    assert_eq!(
        en("Mr. Lee, CEO of Harbor Gold,commented,\"We are close to production.\""),
        ["Lee (Harbor Gold, CEO) ¶0"]
    );
    // Nor does a description that runs through a function word.
    assert_eq!(
        en("The rise of Populism, I argued, had been driven by “economic factors.”"),
        Vec::<String>::new()
    );
}

#[test]
fn english_ranks_middle_initials_and_suffixes() {
    assert_eq!(
        en("“This is unique,” said Trooper First Class Dana Pike, a spokesperson for the state police."),
        ["Dana Pike (-, spokesperson for the state police) ¶0"]
    );
    assert_eq!(
        en("Coast Guard Lt. Cmdr. Omar Reyes-Lind said he could not “speculate on the cause.”"),
        ["Omar Reyes-Lind (Coast Guard, Lt. Cmdr.) ¶0"]
    );
    assert_eq!(
        en("“We are excited to join forces,” said John P. Marsh, CEO of Five Star Travel."),
        ["John P. Marsh (Five Star Travel, CEO) ¶0"]
    );
    assert_eq!(
        en("“Our results were a record,” said Walter W. Kane, Jr., President and CEO."),
        ["Walter W. Kane, Jr. (-, President and CEO) ¶0"]
    );
    // `J.P.` and `Gate.io` end no sentence.
    assert_eq!(
        en("Hana Ell, Head of Custody at J.P. Morgan, said: “Adoption is growing.”"),
        ["Hana Ell (J.P. Morgan, Head of Custody) ¶0"]
    );
    assert_eq!(
        en("Dr. Lin Wu, the founder and CEO of Gate.io, said: “We believe in speed.”"),
        ["Lin Wu (Gate.io, founder and CEO) ¶0"]
    );
}

#[test]
fn english_one_word_names_the_text_treats_as_people() {
    // Right after a quote, at the end of the sentence.
    assert_eq!(
        en("“Great design is timeless,” said Mateo. “This collection tells a story.”"),
        ["Mateo (-, -) ¶0"]
    );
    // Not a company after a quote (`said Acme.com CEO …`), nor a quote given to a company.
    assert_eq!(
        en("“Privacy matters,” said Acme.com CEO Tim Rowe."),
        ["Tim Rowe (Acme.com, CEO) ¶0"]
    );
    // A surname never given in full, that `he` or `who` follows.
    assert_eq!(
        who(
            &[
                "Halvorsen responded that he was ready to go.",
                "“I can’t show all the cards right now,” Halvorsen said.",
            ],
            Lang::En
        ),
        ["Halvorsen (-, -) ¶0,1"]
    );
    // A word the article also writes in lower case is a common noun, not a surname.
    assert!(who(
        &[
            "The senators met on Monday.",
            "Senators said they would “fight on.”"
        ],
        Lang::En
    )
    .is_empty());
    // An article and an adjective before a one-word name.
    assert_eq!(
        en("A seemingly frustrated Okafor said, “Let me explain it more slowly.”"),
        ["Okafor (-, -) ¶0"]
    );
}

#[test]
fn english_phrases_between_the_name_and_its_verb() {
    assert_eq!(
        who(
            &[
                "Defense Secretary Paul Brandt spoke in Brussels.",
                "Brandt in opening remarks before the contact group meeting on Wednesday said he does “not believe” in it.",
            ],
            Lang::En
        ),
        ["Paul Brandt (-, Defense Secretary) ¶1"]
    );
    assert_eq!(
        en("Tom Fenn, the CEO of Pete and Gerry’s Eggs, told reporters his company is “upping security.”"),
        ["Tom Fenn (Pete and Gerry’s Eggs, CEO) ¶0"]
    );
    assert_eq!(
        en("“We urge you to rescind the order,” Rep. Mara Voss and other Democrats wrote."),
        ["Mara Voss (-, Rep.) ¶0"]
    );
    assert_eq!(
        en("Walt Pryor, who’s been the subject of attacks, said in a press release that “peace matters.”"),
        ["Walt Pryor (-, -) ¶0"]
    );
}

#[test]
fn english_references_by_party_state_and_office() {
    assert_eq!(
        who(
            &[
                "The hearing was attended by Rep. Lena Ruiz (D-Calif.) and Sen. Carl Hale (R-Alaska).",
                "“They’re all terrified of the power he’s wielding,” the California Democrat said.",
                "The Alaska senator said that the nominee made “numerous” commitments to her.",
            ],
            Lang::En
        ),
        ["Lena Ruiz (-, Rep.) ¶1", "Carl Hale (-, Sen.) ¶2"]
    );
    assert_eq!(
        who(
            &[
                "Asked what had changed, Sen. Rob Dane (R-Texas) was quiet at first.",
                "Asked again by reporters, the Texas Republican said “spending restraint” had won him over.",
            ],
            Lang::En
        ),
        ["Rob Dane (-, Sen.) ¶1"]
    );
    // `“…,” the department added` is no continuation of the speaker before.
    assert_eq!(
        who(
            &[
                "“We opened an investigation,” Sheriff Ann Polk said.",
                "“The case file will be released later,” the department added.",
            ],
            Lang::En
        ),
        ["Ann Polk (-, Sheriff) ¶0"]
    );
}

#[test]
fn english_pronoun_after_a_name_in_an_appositive() {
    assert_eq!(
        who(
            &[
                "U.S. District Judge Ada Moss ruled on Tuesday.",
                "“The harm extends beyond them,” Moss, an appointee of former President George W. Bush, wrote in her ruling.",
                "“Doctors have supplied declarations,” she added.",
            ],
            Lang::En
        ),
        ["Ada Moss (-, U.S. District Judge) ¶0,1,2"]
    );
}

#[test]
fn chinese_phrases_between_the_name_and_its_verb() {
    assert_eq!(
        zh("比亚迪董事长兼总裁王传福今日晚间在智能化战略发布会上表示，系统正式发布。"),
        ["王传福 (比亚迪, 董事长兼总裁) ¶0"]
    );
    assert_eq!(
        zh("文渊智库创始人王超就此对《华夏时报》记者表示，市场短期波动难免。"),
        ["王超 (-, 文渊智库创始人) ¶0"]
    );
    assert_eq!(
        zh("以色列总理内塔尼亚胡结束访美行程后在内阁会议上表示，会晤取得了成果。"),
        ["内塔尼亚胡 (以色列, 总理) ¶0"]
    );
    assert_eq!(
        zh("美国新任财政部长贝森特在上任后首次接受专访，被问及是否希望降息时称，“我们专注于10年期美债。”"),
        ["贝森特 (美国, 财政部长) ¶0"]
    );
    assert_eq!(
        zh("德国总理朔尔茨批评称，制裁是错误工具。"),
        ["朔尔茨 (德国, 总理) ¶0"]
    );
    // A speaker already met opens the clause, a manner between.
    assert_eq!(
        who(
            &[
                "特朗普表示，会谈很顺利。",
                "“没有，”特朗普神情不悦地摇了摇头说道。"
            ],
            Lang::Zh
        ),
        ["特朗普 (-, -) ¶0,1"]
    );
    // Declining to comment is no speech.
    assert_eq!(
        zh("马斯克的律师马克·托伯罗夫尚未对此发表评论。"),
        Vec::<String>::new()
    );
}

#[test]
fn chinese_short_quoted_names_and_other_dots() {
    assert_eq!(
        zh("美国总统特朗普当地时间2月10日在其创建的“真实社交”平台上发文表示，他已下令解散监事会。"),
        ["特朗普 (美国, 总统) ¶0"]
    );
    assert_eq!(
        zh("公号“红军债市笔记”主理人毛鸿军对财联社表示，流动性主要受央行影响。"),
        ["毛鸿军 (红军债市笔记, 主理人) ¶0"]
    );
    assert_eq!(
        zh("刚刚获批出任预算办公室主任的罗素・沃特在社交平台X上表示，已通知美联储。"),
        ["罗素・沃特 (-, 刚刚获批出任预算办公室主任) ¶0"]
    );
    assert_eq!(
        zh("马斯克随后转发了这一贴文，并配文表示：“是的，把它们都关闭了。”"),
        ["马斯克 (-, -) ¶0"]
    );
    assert_eq!(
        zh("克罗地亚央行行长武伊契奇（Boris Vujcic）也发表了类似的看法，“它是一个有用的概念。”"),
        ["武伊契奇 (克罗地亚央行, 行长) ¶0"]
    );
}

#[test]
fn chinese_latin_names_with_initials_and_particles() {
    assert_eq!(
        zh("但美国东北大学经济学教授Robert K． Triest认为，这其中可能存在回旋余地。"),
        ["Robert K． Triest (美国东北大学, 经济学教授) ¶0"]
    );
    assert_eq!(
        zh("“需求放缓会限制选项，”瑞士银行的股票策略师Wolf von Rotberg表示。"),
        ["Wolf von Rotberg (瑞士银行, 股票策略师) ¶0"]
    );
    assert_eq!(
        zh("LPL Financial首席固定收益策略师Lawrence Gillum评论称：“关税威胁重新引发了市场波动。”"),
        ["Lawrence Gillum (LPL Financial, 首席固定收益策略师) ¶0"]
    );
}

#[test]
fn english_subjects_across_a_conjunction_and_descriptions_after_a_quote() {
    // `… and vowed to …`: the subject that opens the clause.
    assert_eq!(
        who(
            &[
                "Rena Vold was sworn in as director on Wednesday.",
                "Vold thanked the president for his trust and vowed to “refocus the agency” soon.",
                "“People have very little trust in the agency,” the new intelligence chief said.",
            ],
            Lang::En
        ),
        ["Rena Vold (-, -) ¶1,2"]
    );
    // `Musk and Vice President Vance have both in recent days suggested`
    assert_eq!(
        who(
            &[
                "Tech investor Ari Lund and Vice President Omar Vance spoke on Monday.",
                "Lund and Vance have both in recent days suggested judges “lack jurisdiction.”",
            ],
            Lang::En
        ),
        [
            "Ari Lund (-, Tech investor) ¶1",
            "Omar Vance (-, Vice President) ¶1"
        ]
    );
}

#[test]
fn chinese_disclosing_and_telling() {
    assert_eq!(
        zh("在今日的峰会上，马斯克通过视频通话的方式披露，新模型将在两周内发布。"),
        ["马斯克 (-, -) ¶0"]
    );
    assert_eq!(
        zh("投资人王立新告诉本报，“市场情绪已经回暖。”"),
        ["王立新 (-, 投资人) ¶0"]
    );
}

#[test]
fn chinese_long_glossed_appositives_keep_their_quotes() {
    // Bracketed glosses do not make the phrase too long to be an appositive, and a quoted
    // organisation keeps its closing mark.
    assert_eq!(
        zh("独立研究机构“埃达·洛夫莱斯研究所”（Ada Lovelace Institute）副主任迈克尔·伯特威斯尔（Michael Birtwistle）对英国广播公司（BBC）表示：“很难确定。”"),
        ["迈克尔·伯特威斯尔 (埃达·洛夫莱斯研究所, 副主任) ¶0"]
    );
}

#[test]
fn office_abbreviations_are_roles_and_a_clause_is_no_organisation() {
    // `Sen.` before a name is the role the article gives; `Cmdr.` alone waits for a better one.
    assert_eq!(
        en("“We will not back down,” said Sen. Carla Dunn (D-Ore.)."),
        ["Carla Dunn (-, Sen.) ¶0"]
    );
    assert_eq!(
        en("Dr. Mina Park said the results were “very promising.”"),
        ["Mina Park (-, -) ¶0"]
    );
    // The words of the sentence before an organisation's name are not part of it.
    assert_eq!(
        zh("此后随着交易员消化美国总统特朗普的言论，美元回落。特朗普表示，“关税将很快到来。”"),
        ["特朗普 (美国, 总统) ¶0"]
    );
    assert_eq!(
        zh("新任北约秘书长吕特表示，欧洲必须增加国防开支。"),
        ["吕特 (北约, 秘书长) ¶0"]
    );
}

#[test]
fn forms_of_round_nine() {
    // An organisation after `from`/`of`, a title's dot, `in the words of`.
    assert_eq!(
        en("According to Lt. Ben Endres from the Alaska State Troopers, ten adults were on board."),
        ["Ben Endres (Alaska State Troopers, Lt.) ¶0"]
    );
    assert_eq!(
        en("A duty is, in the words of the legal scholar Henry C. Black, “that which a person is bound to do.”"),
        ["Henry C. Black (-, legal scholar) ¶0"]
    );
    assert_eq!(
        en("“We invest in cooperation,” says Juha Koski, YIT’s Director of Urban Development."),
        ["Juha Koski (YIT, Director of Urban Development) ¶0"]
    );
    assert_eq!(
        en("Rescue teams found the wreckage, according to Mike Sal, a representative from the U.S. Coast Guard."),
        ["Mike Sal (U.S. Coast Guard, representative) ¶0"]
    );
    // A state speaks as a government, not as a person.
    assert_eq!(
        en("* California says the hospital’s policy ‘endangers’ patients (SF Gate)"),
        Vec::<String>::new()
    );
    // A hyphenated transliteration, a name after a `的` clause and `正在`, a Markdown link
    // left in raw text.
    assert_eq!(
        zh("德国墨卡托中国研究中心（MERICS）项目负责人杰伦·格鲁内韦根-劳（Jeroen Groenewegen-Lau） 也认为，竞争将非常困难。"),
        ["杰伦·格鲁内韦根-劳 (墨卡托中国研究中心, 项目负责人) ¶0"]
    );
    assert_eq!(
        zh("然而，正在购买黄金的周磊接受《华夏时报》记者采访时表示，这个价位有点太高了。"),
        ["周磊 (-, -) ¶0"]
    );
    assert_eq!(
        zh("[阿里巴巴](https://example.com/BABA.html)主席蔡崇信周四表示，苹果将采用阿里巴巴的技术。"),
        ["蔡崇信 (阿里巴巴, 主席) ¶0"]
    );
    // An adverb after a role, a dictionary word after `的`, and `来说` name no one.
    assert_eq!(
        zh("接受道琼斯调查的分析师平均预测为0.3%，许多老铺的常客告诉我，价格太高。这对于布局近万店的古茗来说，仅需要加设一台咖啡机。"),
        Vec::<String>::new()
    );
}

#[test]
fn english_verbs_of_reported_speech_and_firms_named_by_an_acronym() {
    assert_eq!(
        en("Rep. Rosa Vale (D-Calif.) knocked the billionaire at the hearing. Vale accused him of “leading a power grab.”"),
        ["Rosa Vale (-, Rep.) ¶0"]
    );
    assert_eq!(
        en("Sen. Ida Marsh (D-Mass.) slammed the nominee, and Marsh cited “decades of failures.”"),
        ["Ida Marsh (-, Sen.) ¶0"]
    );
    // `Collins SBA cited …`: a short acronym at the end names a firm.
    assert_eq!(
        en("As one of 12 integrations, Collins SBA cited Annature’s clearly documented API."),
        Vec::<String>::new()
    );
}

#[test]
fn forms_of_round_ten() {
    // A participle after a titled name, then a pronoun that goes on with her.
    assert_eq!(
        who(
            &[
                "Fellow Ohio lawmaker Sen. Ada Rusk (D) was also at the rally, expressing concern that the agency will close.",
                "“It is there to protect you,” she said.",
            ],
            Lang::En
        ),
        ["Ada Rusk (-, Sen.) ¶0,1"]
    );
    // The domain after `of` names no organisation; the words after `for` do.
    assert_eq!(
        en("Xi Zhou, Head of Power and Renewables for Wood Partners, said demand is growing."),
        ["Xi Zhou (Wood Partners, Head of Power and Renewables) ¶0"]
    );
    // A name written with a no-break space reads with an ordinary one.
    assert_eq!(
        en("Sen. Andy\u{a0}Kim (D-N.J.) said the plan was “reckless.”"),
        ["Andy Kim (-, Sen.) ¶0"]
    );
    // Two people joined by 和, each with a role; an apostrophe in a Latin name.
    assert_eq!(
        zh("Elliott合伙人马克·斯坦伯格（Marc Steinberg）和执行合伙人杰西·科恩（Jesse Cohn）强调，分拆将带来更强的战略。"),
        [
            "马克·斯坦伯格 (Elliott, 合伙人) ¶0",
            "杰西·科恩 (Elliott, 执行合伙人) ¶0"
        ]
    );
    assert_eq!(
        zh("Jonestrading首席市场策略师 Mike O'Rourke表示，市场正在惩罚特斯拉。"),
        ["Mike O'Rourke (Jonestrading, 首席市场策略师) ¶0"]
    );
    assert_eq!(
        zh("阿里巴巴联合创始人蔡崇信确认了双方合作的传闻。"),
        ["蔡崇信 (阿里巴巴, 联合创始人) ¶0"]
    );
}

#[test]
fn a_verb_first_clause_after_a_subject_with_a_time_or_an_action() {
    // `X昨日出席活动，并表示`, `X接受…专访，畅谈`: the clause before gives the subject.
    assert_eq!(
        zh("特斯拉CEO马斯克昨日出席活动，并表示公司将加大投资。"),
        ["马斯克 (特斯拉, CEO) ¶0"]
    );
    assert_eq!(
        zh("洛必德科技COO张启山接受《中国电子报》记者独家专访，畅谈公司布局人形机器人的初衷。"),
        ["张启山 (洛必德科技, COO) ¶0"]
    );
}

#[test]
fn more_roles_and_no_company_or_pronoun_as_a_name() {
    assert_eq!(
        zh("上影集团国家一级编剧姚忠礼认为，这部电影是献给中国动画事业的礼赞。"),
        ["姚忠礼 (上影集团, 国家一级编剧) ¶0"]
    );
    // A pronoun after a surname's character is no given name, even after a role.
    assert_eq!(
        zh("有员工向我们表示，公司已经停发奖金。"),
        Vec::<String>::new()
    );
    // A company that announces or admits, in a clause that opens with the verb, is no
    // person.
    assert_eq!(
        zh("比亚迪召开蛇年首个发布会，宣布推出高阶智驾系统。直到去年12月，宁德时代才正式“承认”。"),
        Vec::<String>::new()
    );
}

#[test]
fn chinese_names_inside_another_speakers_quotation_or_a_group() {
    // A name that speaks inside a quotation another speaker opened is the outer speaker's.
    assert_eq!(
        zh("某资本集团研究主管Harry Lane表示：“油价恢复了下跌趋势。美联储主席鲍尔森周三重申，美联储并不急于降息。”"),
        ["Harry Lane (某资本集团, 研究主管) ¶0"]
    );
    // A news agency's short name is no person.
    assert_eq!(
        zh("彭博观察到的闲置油轮中，大约一半已经停运。"),
        Vec::<String>::new()
    );
    // `包括X在内的…策略师指出`: the person named in the group speaks, with its role.
    assert_eq!(
        who(
            &[
                "包括Michael Hart在内的美国银行策略师指出，美股的领先优势正在消退。",
                "上述策略师建议做多中国股票。",
            ],
            Lang::Zh
        ),
        ["Michael Hart (美国银行, 策略师) ¶0,1"]
    );
}

#[test]
fn a_chinese_name_introduced_after_a_role_speaks_later_by_itself() {
    // `唐兴才说`: `才` could be an adverb, but the article introduced the name after a role.
    assert_eq!(
        who(
            &[
                "某云大模型产品负责人唐兴才则向本报记者提供了数据。",
                "“这有效降低了技术应用门槛”，唐兴才说，成本会更低。",
            ],
            Lang::Zh
        ),
        ["唐兴才 (某云, 大模型产品负责人) ¶1"]
    );
    // Not a word of the dictionary after a role (`开发者应该`), nor grammar after a name
    // (`总理莫迪将`).
    assert_eq!(
        who(
            &["开发者应该更关注安全。", "“安全最重要，”应该说，这没错。"],
            Lang::Zh
        ),
        Vec::<String>::new()
    );
}

#[test]
fn holding_a_similar_view_after_a_quotation_is_speech() {
    assert_eq!(
        zh("“GPU数量决定了上限。”星河科技工程师陈云飞持类似观点。"),
        ["陈云飞 (星河科技, 工程师) ¶0"]
    );
}
