//! English verbs of praise and blame, Chinese verbs of exclaiming, the noun `comments`, relative clauses and quotations
//! around a pronoun, on sentences written for these tests.

use super::tests::{en, who, zh};
use crate::model::Lang;

#[test]
fn praise_and_blame_report_speech() {
    assert_eq!(
        en("Sen. John Fetterman (D-Pa.) commended President Trump for coordinating the release."),
        ["John Fetterman (-, Sen.) ¶0"]
    );
    // A judge's ruling is the judge's words.
    assert_eq!(
        en("U.S. District Judge Paul Engelmayer ruled that anyone now blocked must destroy what they downloaded."),
        ["Paul Engelmayer (-, U.S. District Judge) ¶0"]
    );
    // `comments` is a verb after a name or a title, a noun after a day or `in`.
    assert_eq!(
        en("Israeli Prime Minister Benjamin Netanyahu praised President Trump in Saturday comments."),
        ["Benjamin Netanyahu (Israel, Prime Minister) ¶0"]
    );
    assert_eq!(
        en("Ben Miklozek, CFO, comments, “This marks an industry first.”"),
        ["Ben Miklozek (-, CFO) ¶0"]
    );
    // A role met before, with a month between it and the verb.
    let found = who(
        &[
            "President Trump said Powell should cut rates.",
            "The president in December said that he does not plan to fire Powell.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Trump (-, President) ¶0,1"]);
}

#[test]
fn a_relative_clause_keeps_its_subject_for_the_verb_after() {
    // `who has praised X …, on Thursday condemned`: X neither speaks nor is the subject.
    assert_eq!(
        en("Sen. John Fetterman (Pa.), the maverick Democrat who has praised President Trump at times, on Thursday condemned the decision."),
        ["John Fetterman (-, Sen.) ¶0"]
    );
    // `X, who declared: “…”`: the relative clause speaks for X.
    assert_eq!(
        en("The statements drew responses from figures like Israel Ganz, Chair of the Yesha council, who declared: “The dream is over.”"),
        ["Israel Ganz (Yesha council, Chair) ¶0"]
    );
}

#[test]
fn a_pronoun_after_a_quote_is_not_a_name_inside_it() {
    let found = who(
        &[
            "Sen. John Fetterman said in a video that he is pro-military.",
            "“I am calling on President Trump to rescind this executive order,” he said.",
            "“A military that respects all of its members can win wars,” he added.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["John Fetterman (-, Sen.) ¶0,1,2"]);
    // Nor a name in the quotation of the paragraph before.
    let found = who(
        &[
            "“I have no expectations,” Bolton told CNN. “President Trump has surrendered to Putin.”",
            "“These terms could have been written in the Kremlin,” he added.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Bolton (-, -) ¶0,1"]);
    // A verb opens no appositive.
    assert_eq!(
        en("The opera singer, Renée Fleming, said she would depart from her role as Artistic Advisor at Large to The Kennedy Center."),
        ["Renée Fleming (-, -) ¶0"]
    );
}

#[test]
fn two_posts_after_a_name_give_the_first() {
    assert_eq!(
        en("“We are strong,” said Arn Tellem, Vice Chairman for the Detroit Pistons and founding member of the Detroit Sports Organizing Corp., the DSC’s advisory committee."),
        ["Arn Tellem (Detroit Pistons, Vice Chairman) ¶0"]
    );
}

#[test]
fn people_named_together_speak_together() {
    // The authors of an op-ed, then `they wrote`: each of them.
    let found = who(
        &[
            "It was written by former secretaries Robert Rubin and Larry Summers, who served under Clinton; and Jacob Lew, who served under Obama.",
            "“We were fortunate,” they wrote.",
            "A judge blocked the officials on Friday.",
            "The former secretaries noted the system has been run by civil servants.",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        [
            "Robert Rubin (-, -) ¶0,1,3",
            "Larry Summers (-, -) ¶0,1,3",
            "Jacob Lew (-, -) ¶0,1,3"
        ]
    );
    // Two speakers attributed together, then `They noted`.
    let found = who(
        &[
            "Sen. Gary Peters and Sen. Amy Klobuchar said they are launching a new portal.",
            "They noted that the law prohibits retaliation.",
            "In their letter, the senators asked for a reply by Friday.",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        [
            "Gary Peters (-, Sen.) ¶0,1,2",
            "Amy Klobuchar (-, Sen.) ¶0,1,2"
        ]
    );
    // One name after `by` is no group; `they` after one speaker is no one.
    assert!(en("The bill, authored by Rep. John Harabedian, would fix the law.").is_empty());
    let found = who(
        &[
            "Sen. Gary Peters said the portal opens today.",
            "They noted that the law prohibits retaliation.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Gary Peters (-, Sen.) ¶0"]);
}

#[test]
fn a_speaker_another_is_described_by_is_no_organisation() {
    let found = who(
        &[
            "Sen. Bill Hagerty said the campaign is strong.",
            "Hagerty’s finance chair for his 2020 campaign, Steve Smith, told a newspaper that “we have had dozens who reached out.”",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        [
            "Bill Hagerty (-, Sen.) ¶0",
            "Steve Smith (-, finance chair) ¶1"
        ]
    );
}

#[test]
fn chinese_verbs_of_exclaiming_report_speech() {
    assert_eq!(
        zh("这款让特斯拉CEO马斯克直呼“awesome”的机器人，正是乐森历时3年研发的成果。"),
        ["马斯克 (特斯拉, CEO) ¶0"]
    );
    assert_eq!(
        zh("品尝汤圆时，雷军连呼吃不惯：“吃出了五仁月饼的味道！”"),
        ["雷军 (-, -) ¶0"]
    );
}

#[test]
fn verbs_of_claiming_and_hinting_report_speech() {
    assert_eq!(
        en("Rep. Byron Donalds (R-Fla.) teased Friday that he may run for governor."),
        ["Byron Donalds (-, Rep.) ¶0"]
    );
    assert_eq!(
        en("Senate Minority Leader Charles Schumer (D-N.Y.) has alleged that the office operates like a shadow government."),
        ["Charles Schumer (-, Senate Minority Leader) ¶0"]
    );
    assert_eq!(
        en("Venture capitalist Marc Andreessen asserted on a podcast that he knew 30 founders who had been debanked."),
        ["Marc Andreessen (-, Venture capitalist) ¶0"]
    );
    // A company indicates too, and a link's `Read` opens no name.
    let found = who(
        &[
            "In a memo to employees, Disney further indicated that it was shifting its efforts.",
            "Read Disney’s memo in full:",
        ],
        Lang::En,
    );
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn the_president_is_not_whoever_spoke_just_before() {
    let found = who(
        &[
            "Venture capitalist Marc Andreessen asserted on a podcast that he knew 30 founders who had been debanked.",
            "The issue resonated with Trump. The president accused the banks of refusing to serve conservatives.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Marc Andreessen (-, Venture capitalist) ¶0"]);
}

#[test]
fn chinese_verbs_of_hitting_back_report_speech() {
    assert_eq!(
        zh("对此，奥尔特曼今日早间在X平台上隔空回怼，“不了谢谢，但我们愿意收购推特。”"),
        ["奥尔特曼 (-, -) ¶0"]
    );
    // `立马` is an adverb after the name, not part of it.
    assert_eq!(
        zh("马斯克立马回击：“他们根本没有钱。”"),
        ["马斯克 (-, -) ¶0"]
    );
}

#[test]
fn a_chinese_clause_that_opens_with_a_time_an_addressee_and_its_verb_speaks_for_the_subject_before()
{
    assert_eq!(
        zh("事件发酵至今，张兰迅速与夏小健撇清关系，于2月8日向“凤凰网财经”表示其并非自己的员工。"),
        ["张兰 (-, -) ¶0"]
    );
    assert_eq!(
        zh("品尝汤圆时，雷军表情拧巴，连呼吃不惯：“吃出了五仁月饼的味道！”"),
        ["雷军 (-, -) ¶0"]
    );
    // A surname 于 is no preposition of time.
    let found = who(
        &[
            "分析师于佳宁表示，比特币波动加剧。",
            "比特币的功能并未发挥作用。于佳宁直言，对比特币的分析需要更全面的视角。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["于佳宁 (-, 分析师) ¶0,1"]);
}

#[test]
fn shared_after_a_quote_reports_it() {
    assert_eq!(
        en("\"Color is a language, a story waiting to be told.\" shared Campbell."),
        ["Campbell (-, -) ¶0"]
    );
    // A firm's name with `&` after the verb is no surname.
    let found = who(
        &[
            "Manchester Sink & Spout opened a new showroom, its founder said.",
            "“Often lighting is an afterthought,” shared Sink & Spout Senior Sales Associate Danielle Gagne.",
        ],
        Lang::En,
    );
    assert!(found.iter().all(|s| !s.contains("Sink")), "{found:?}");
}

#[test]
fn stances_and_times_before_the_verb() {
    // `was adamant that`, `remained insistent that`: a stance with its content is speech.
    assert_eq!(
        en("Governor Ada Lind remained adamant that the bridge would open in May."),
        ["Ada Lind (-, Governor) ¶0"]
    );
    // `expressed confidence that`, `voiced concerns about`: a stance stated, by a titled
    // person; a company's concern is no person's.
    assert_eq!(
        en("Mayor Orr expressed confidence that the council will pass the budget."),
        ["Orr (-, Mayor) ¶0"]
    );
    assert_eq!(
        en("Northwind Compute expressed concern about the new tariffs."),
        Vec::<String>::new()
    );
    // `for weeks`, `over the past few months` between the subject and the verb.
    let found = who(
        &[
            "Mayor Tom Orr said the budget is tight.",
            "The mayor for weeks has said he wants a new stadium.",
            "Orr over the past few months has argued that taxes must rise.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Tom Orr (-, Mayor) ¶0,1,2"]);
}

#[test]
fn a_thing_called_by_a_name_says_nothing() {
    // `a ransomware called Phobos`: naming, not speech; the name after it may still speak.
    assert_eq!(
        en("Police arrested two men, Ivan Petrov and Oleg Sokol, for running a botnet called Phobos."),
        Vec::<String>::new()
    );
    assert_eq!(
        en("Another tenant, called Mary Roe, said she stands to lose her deposit."),
        ["Mary Roe (-, -) ¶0"]
    );
    // `he called`, `the president called` are speech.
    assert_eq!(
        en("President Trump called Powell a major loser."),
        ["Trump (-, President) ¶0"]
    );
}

#[test]
fn chinese_clauses_that_open_with_a_verb_of_dispute() {
    // `X在周末发帖，质疑…`: the clause's verb speaks for the subject before; a first name in
    // Latin letters before the dot is part of the name.
    let found = who(
        &[
            "特朗普与副总统 JD・万斯一直批评那些法官。",
            "万斯也在周末发帖，质疑司法部门阻止政令的权力。",
            "他在 X 平台上写道：“法官无权控制行政部门的合法权力。”",
        ],
        Lang::Zh,
    );
    assert!(
        found
            .iter()
            .any(|s| s.starts_with("JD・万斯") && s.ends_with("¶0,1,2")),
        "{found:?}"
    );
    // A quoted word is no clause of its own: `公告“否认”` is a company's notice.
    assert_eq!(
        zh("次日，阿特斯公告“否认”，称专利侵权的指控缺乏依据。"),
        Vec::<String>::new()
    );
}

#[test]
fn chinese_congratulations_before_a_colon() {
    // `X转发此消息祝贺：…`, `X转发恭喜：…`: what a person posts after a colon is theirs; a
    // film's title in 《》 may open the description.
    assert_eq!(
        zh("《星海》系列导演陈立转发此消息祝贺：继续冲！"),
        ["陈立 (《星海》系列, 导演) ¶0"]
    );
    assert_eq!(zh("王菲转发恭喜：祝贺祝贺！"), ["王菲 (-, -) ¶0"]);
}

#[test]
fn a_quoted_title_inside_an_aside_ends_no_clause() {
    // `Sununu, as he appeared on “CUOMO” Wednesday, said`: the show's quotation marks do not
    // cut the subject off its verb.
    assert_eq!(
        who(
            &[
                "Former Gov. Dale Prewitt (R) said the network was the best in the business.",
                "Prewitt, as he appeared on “LATE EDITION” Wednesday, said there are no hard feelings.",
                "In an interview on “The Hill Sunday” with a reporter, Prewitt said he is optimistic.",
            ],
            Lang::En
        ),
        ["Dale Prewitt (-, Gov.) ¶0,1,2"]
    );
    // A nickname in quotation marks inside a name still ends the quotation before it.
    assert_eq!(
        en("“We think geothermal fits the bill,” Charlotte “Coco” Wallis, who leads policy at a startup, told The Hill."),
        ["Wallis (-, -) ¶0"]
    );
}

#[test]
fn a_clause_before_a_comma_is_no_name() {
    // `…died from Sudden Infant Death Syndrome, the report indicated`: a verb and a
    // preposition before the capitals make a clause, and the report is no one.
    assert_eq!(
        en("The infant died from Sudden Infant Death Syndrome, the report indicated."),
        Vec::<String>::new()
    );
}

#[test]
fn chinese_verbs_of_analysing_noticing_and_telling() {
    // `分析道`, `告知`, `注意到`, `形容`, and `准备在…中说道`.
    assert_eq!(
        who(
            &[
                "某证券研究员章明远也指出，当前保险公司投资结构以债券为主。",
                "章明远进一步分析道，2023年以来利率快速下行。",
                "“天壤之别”，章明远形容两代人做出的产品的差异。",
            ],
            Lang::Zh
        ),
        ["章明远 (某证券, 研究员) ¶0,1,2"]
    );
    assert_eq!(
        zh("当记者想要参与这一活动时，蔡女士告知记者，App上已经找不到这个活动的链接了。"),
        ["蔡女士 (-, -) ¶0"]
    );
    assert_eq!(
        who(
            &[
                "美联储主席鲍威尔周二开始为期两天的国会作证。",
                "去年最后三次会议上，美联储降息了一个百分点。鲍威尔准备在参议院银行委员会发表的讲话中说道，“我们无需急于调整政策立场。”",
            ],
            Lang::Zh
        ),
        ["鲍威尔 (美联储, 主席) ¶1"]
    );
    // `基金经理X发表火线解读。` then `他表示`: the person who published speaks on.
    assert_eq!(
        who(
            &[
                "盘后，港股科技ETF（513999）基金经理邝晨成发表火线解读。",
                "他表示，越来越多的公司有望在较低的算力要求下实现有竞争力的效果。",
            ],
            Lang::Zh
        ),
        ["邝晨成 (港股科技ETF, 基金经理) ¶1"]
    );
}

#[test]
fn chinese_citations_manners_and_long_objects() {
    // `据X的最新爆料`: a cited disclosure; a firm's forecast is no one's.
    assert_eq!(
        zh("据知名科技记者Paul Rendell的最新爆料，某公司计划在未来几天推出新款手机。"),
        ["Paul Rendell (-, 科技记者) ¶0"]
    );
    assert_eq!(
        zh("据Vantor Intelligence的预测，全球市场规模将在五年内翻倍。"),
        Vec::<String>::new()
    );
    // `不屑一顾地说`, `推测`, `对…的提议表示支持`.
    assert_eq!(
        who(
            &[
                "当一名员工提出需要许可证时，戴维斯不屑一顾地说：“我们不做那些。”",
                "他推测，公司更可能会进行小规模测试。",
                "戴维斯还对前议员罗恩·保罗可能领导对该机构进行审计的提议表示支持。",
            ],
            Lang::Zh
        ),
        ["戴维斯 (-, -) ¶0,1,2"]
    );
}

#[test]
fn the_former_is_the_subject_of_the_clause_before() {
    // `X会见Y，前者表示`: X speaks.
    assert_eq!(
        zh("去年4月，某市委书记袁家明会见杨元平，前者表示：希望该集团抢抓重大机遇。"),
        ["袁家明 (-, 某市委书记) ¶0"]
    );
}

#[test]
fn praise_with_no_object_and_a_firm_with_an_ampersand_say_nothing() {
    // `… being featured in “Top Chains 2023” and praised for its beans`: passive; and
    // `Habit Burger & Grill` is a firm.
    assert_eq!(
        en("Sunny Burger & Grill has earned recognition, being featured in Weekly’s “Favorite Restaurant Chains 2023” and praised for its green beans."),
        Vec::<String>::new()
    );
    assert_eq!(
        en("The chain was slammed by critics, and Mayor Jo Pike praised the decision."),
        ["Jo Pike (-, Mayor) ¶0"]
    );
}

#[test]
fn an_interview_answer_runs_on_to_the_next_turn() {
    // `X：…` in an interview (someone asks: `泓君：…？`) goes on over the paragraphs after it
    // that have no attribution of their own, up to the next turn or the page's own note.
    assert_eq!(
        who(
            &[
                "泓君：你怎么看这次的技术突破？",
                "陈羽南：这次采用的是分组相对策略优化的方法。",
                "其次，它在注意力层上节省了键值缓存，这也是在提高架构的效率。",
                "泓君：说一个具体的应用场景。",
                "陈羽南：比如小语言模型可以放在智能手表上。",
                "更复杂的任务可以转移到云端。",
                "陈羽南，某公司联合创始人，长期研究端侧模型。",
            ],
            Lang::Zh
        ),
        ["陈羽南 (-, -) ¶1,2,4,5"]
    );
    // Without a question anywhere, `X：…` is a quotation and the paragraph after it the
    // author's.
    assert_eq!(
        who(
            &[
                "美国前国务卿布林安：我们九成的援助都用在了本土。",
                "被援助方见不着钱，纳税人白花了钱，赢的是谁？",
            ],
            Lang::Zh
        ),
        ["布林安 (美国, 前国务卿) ¶0"]
    );
}

#[test]
fn a_verb_with_a_subject_before_it_has_no_speaker_after_it() {
    // `Bartiromo asked Hegseth if …`: Hegseth is asked, Bartiromo asks.
    let found = en("Fox host Maria Bartiromo asked Hegseth if the department will be modernizing its resources.");
    assert!(!found.iter().any(|s| s.starts_with("Hegseth")), "{found:?}");
    // A quote-first inversion still names its speaker.
    assert_eq!(
        en("“We will modernize,” asked Hegseth."),
        ["Hegseth (-, -) ¶0"]
    );
}

#[test]
fn made_clear_and_shot_back_report_a_stance() {
    assert_eq!(
        en("Sen. Dana Ruiz made clear in both calls that her office was pushing for talks."),
        ["Dana Ruiz (-, Sen.) ¶0"]
    );
    // An acronym in brackets is no word of the description before the name.
    assert_eq!(
        en("Department of Government Efficiency (DOGE) leader Elon Musk also pushed back on the judges, arguing “it’s time” that Congress impeach them."),
        ["Elon Musk (Department of Government Efficiency, leader) ¶0"]
    );
    assert_eq!(
        en("Border czar Tom Homan shot back at the criticism on Tuesday."),
        ["Tom Homan (-, Border czar) ¶0"]
    );
}

#[test]
fn telling_someone_that_and_a_stance_with_words_between() {
    // `apprised his colleagues that …`: a person the article names in full.
    let found = who(
        &[
            "Defense Secretary Pete Hegseth arrived in Brussels on Wednesday.",
            "Hegseth also apprised his colleagues that a return to the old borders is “unrealistic.”",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Pete Hegseth (-, Defense Secretary) ¶1"]);
    // A company informs no one as a person: `Oy` is a firm's ending.
    assert_eq!(
        en("Harbor Audit Oy has informed the Company that Jane Roe will act as auditor."),
        Vec::<String>::new()
    );
    // `voiced optimism this week that …`.
    assert_eq!(
        en("President Trump voiced optimism this week that the cuts would “get a very easy vote.”"),
        ["Trump (-, President) ¶0"]
    );
}

#[test]
fn a_stance_a_warning_cited_and_a_name_for_something() {
    // `voiced optimism that …` with a full name and no title.
    assert_eq!(
        en("Jane Roe voiced optimism that the cuts would pass before the summer recess."),
        ["Jane Roe (-, -) ¶0"]
    );
    // `根据X的警告`: a warning cited as a source.
    assert_eq!(
        zh("根据高盛分析师Paolo Schiavone的警告，数据结果将为债券市场的多空之争打开大门。"),
        ["Paolo Schiavone (高盛, 分析师) ¶0"]
    );
    // `X将…称为“…”`: what someone calls a thing.
    assert_eq!(
        zh("德银分析师王小明将这次发布称为“中国的斯普特尼克时刻”，标志着竞争开始。"),
        ["王小明 (德银, 分析师) ¶0"]
    );
    // An institution named in Latin letters is no person; `曾` before a word is `once`.
    assert_eq!(
        zh("硅谷风投机构Andreessen Horowitz表示，这一事件是“AI的斯普特尼克时刻”。"),
        Vec::<String>::new()
    );
    assert_eq!(
        zh("曾助力创建搜索广告模式的投资人创立了一家初创公司。他将这一模式比作流媒体。"),
        Vec::<String>::new()
    );
}
