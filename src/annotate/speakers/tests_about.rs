//! Who a paragraph is about and who is no one: a quote that follows a paragraph about a
//! titled person, a person's side, names after a quotation, companies written like names,
//! and the name and adverb forms of round fourteen of the real corpus, on sentences written
//! for these tests.

use super::tests::{en, run, who, zh};
use super::People;
use crate::model::Lang;

#[test]
fn a_persons_side_speaks_for_the_person() {
    let found = who(
        &[
            "马斯克表示，他愿意出价收购。",
            "马斯克方认为对方低估了资产价值。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["马斯克 (-, -) ¶0,1"]);
    // A side of no one met is no one.
    assert_eq!(zh("资方认为估值过低。"), Vec::<String>::new());
}

#[test]
fn a_company_the_article_names_with_its_suffix_is_no_person() {
    // `花王`: a surname and a character, and the article's `花王集团` says it is a company.
    let found = who(
        &[
            "花王集团发布年度财报，利润大增。",
            "花王首次承认中国市场增速放缓。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, Vec::<String>::new());
    // A transliterated name stays a person's whatever follows it (`特朗普政府`).
    let found = who(
        &[
            "特朗普公司的律师回应了质疑。",
            "特朗普表示，关税将很快落地。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["特朗普 (-, -) ¶1"]);
    // `Acme Logistics, a leading freight company, said`: an appositive that describes a
    // company; a person's appositive with an organisation in it is still a person's.
    assert_eq!(
        en("Acme Logistics, a leading freight and storage company, said on Monday that it would hire."),
        Vec::<String>::new()
    );
    assert_eq!(
        en("“Prices will rise,” Nora Quill, a research fellow in the Lydgate Institute’s trade department, told reporters."),
        ["Nora Quill (Lydgate Institute, research fellow) ¶0"]
    );
    // `continued to`: going on, not speech.
    assert_eq!(
        en("Harbor Point Security, based in Ohio, says its guards continued to patrol the site."),
        Vec::<String>::new()
    );
}

#[test]
fn names_with_saints_hyphens_and_adverbs_read_whole() {
    assert_eq!(
        en("“The data matters,” said Maren St. Clair, a nurse in Vermont."),
        ["Maren St. Clair (-, nurse in Vermont) ¶0"]
    );
    assert_eq!(
        zh("某集团首席执行官Jean-Paul Marchand在业绩声明中表示，转型正在加速。"),
        ["Jean-Paul Marchand (某集团, 首席执行官) ¶0"]
    );
    assert_eq!(
        zh("面对质疑，奥特曼迅速在社交平台上回应称：“不，谢谢。”"),
        ["奥特曼 (-, -) ¶0"]
    );
    assert_eq!(
        zh("面对问询，周晓岚有些哽咽地回答：“我已经尽力了。”"),
        ["周晓岚 (-, -) ¶0"]
    );
    // An adverb of manner is no part of the name before it.
    assert_eq!(
        zh("杨立昆开门见山地批评：“它们只会预测下一个词。”"),
        ["杨立昆 (-, -) ¶0"]
    );
}

#[test]
fn a_quotation_a_clause_introduces_is_its_subjects() {
    // `他还…` right after a quotation that `马斯克直接回复到` introduced is 马斯克.
    let found = who(
        &[
            "李明远表示，模型成本被高估了。",
            "面对网友的提问，马斯克直接回复到“不信！”他还表示成本被夸大了。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["李明远 (-, -) ¶0", "马斯克 (-, -) ¶1"]);
    // A causative verb before a title is no part of it.
    assert_eq!(
        zh("对手大幅降价，迫使创始人林思远紧急宣布跟进。"),
        ["林思远 (-, 创始人) ¶0"]
    );
}

#[test]
fn a_person_and_others_speaks_and_orders_and_hints_report_words() {
    // `X及其他批评者认为`: the person named before a group.
    assert_eq!(
        zh("马斯克及其他批评者认为，资产被低估。"),
        ["马斯克 (-, -) ¶0"]
    );
    assert_eq!(
        zh("美联储主席鲍威尔和其他官员已暗示将维持利率不变。"),
        ["鲍威尔 (美联储, 主席) ¶0"]
    );
    // `ordered that “…”` reports words; `ordered the agency to …` too, from a titled person
    // (readers count a judge's order as speech), not from a bare surname.
    assert_eq!(
        en("Earlier this month, President Trump ordered that “the exemption shall not be available.”"),
        ["Trump (-, President) ¶0"]
    );
    assert_eq!(
        en("Judge Amy Rowe ordered the agency to restore the pages."),
        ["Amy Rowe (-, Judge) ¶0"]
    );
    assert!(en("Rowe ordered the agency to restore the pages.").is_empty());
}

#[test]
fn a_passive_reports_no_ones_words_and_an_aside_keeps_its_commas() {
    // `was confirmed`, `were accused`: no one speaks; the subject stays for the verb after.
    assert_eq!(
        en("Gabbard is seen as a disruptor, like other nominees such as Dana Roe, who was confirmed last month."),
        Vec::<String>::new()
    );
    assert_eq!(
        en("“We will not wait,” EPA Administrator Lena Ortiz, who was confirmed by the Senate last month, said in a statement."),
        ["Lena Ortiz (EPA, Administrator) ¶0"]
    );
    // Who is asked answers.
    assert_eq!(
        en("Senator Mark Tull on Monday was asked if he would block the bill and he responded, “sure, why not?”"),
        ["Mark Tull (-, Senator) ¶0"]
    );
    // `…, which would keep him on schedule, Johnson responded`: the aside goes, the comma
    // before the name stays.
    let found = who(
        &[
            "Speaker Mike Johnson said the vote is set.",
            "Asked if the chamber could pass it by the end of the month, which would keep him on schedule, Johnson responded “I do.”",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Mike Johnson (-, Speaker) ¶0,1"]);
    // A news agency is no person.
    assert_eq!(
        en("The Associated Press said the records were found last year."),
        Vec::<String>::new()
    );
}

#[test]
fn familiar_chinese_names_are_names() {
    // `小何`, `老陈`, `李总`, `珍珍`: how a text names a person familiarly.
    let found = who(
        &[
            "小何说，在这里买东西很方便。",
            "老陈说道：“上周突然爆单了。”",
            "某连锁品牌创始人李总表示，现在做企业更像演员。",
            "珍珍告诉记者，早就有算命软件了。",
        ],
        Lang::Zh,
    );
    assert_eq!(
        found,
        [
            "小何 (-, -) ¶0",
            "老陈 (-, -) ¶1",
            "李总 (-, 某连锁品牌创始人) ¶2",
            "珍珍 (-, -) ¶3"
        ]
    );
    // A word the dictionary knows as something else is no one (`小米`, `常常`).
    assert_eq!(zh("小米表示，新品将于下月发布。"), Vec::<String>::new());
    assert_eq!(zh("常常说这很重要。"), Vec::<String>::new());
}

#[test]
fn a_named_analysts_report_and_a_pledge_are_theirs() {
    assert_eq!(
        zh("当地时间周二，某投行分析师David K. Rowe发布的最新研报指出，行业正在转移。"),
        ["David K. Rowe (某投行, 分析师) ¶0"]
    );
    assert_eq!(
        zh("财政部长贝思德曾承诺将赤字控制在3%以内。"),
        ["贝思德 (-, 财政部长) ¶0"]
    );
}

#[test]
fn progressives_since_and_titled_weaker_verbs_report_speech() {
    assert_eq!(
        en("Sen. Dana Price (D-Ill.) has since accused the nominee of misleading the panel."),
        ["Dana Price (-, Sen.) ¶0"]
    );
    assert_eq!(
        en("Tech billionaire Elon Musk is calling for the impeachment of the judge."),
        ["Elon Musk (-, Tech billionaire) ¶0"]
    );
    // An organisation urging, and `calling the shots`, are no one's speech.
    assert_eq!(
        en("MADD Canada is urging drivers to plan a safe ride home."),
        Vec::<String>::new()
    );
    assert_eq!(
        en("If Turkey is calling the shots in Syria, it is an opportunity."),
        Vec::<String>::new()
    );
    // A weaker verb with the words it reports, for a full name with a title.
    assert_eq!(
        en("MIT Professor Christopher Lane agreed that cheap solar will be “driving a lot of adoption.”"),
        ["Christopher Lane (MIT, Professor) ¶0"]
    );
}

#[test]
fn a_releases_company_is_the_house_not_a_name() {
    // `Company President, X` and `X, Inc. (the “Company”)`: the house the release speaks for.
    let found = who(
        &[
            "Northwind Robotics Holdings, Inc. (the “Company”), a maker of exoskeletons, today announced a partnership.",
            "“We are proud of this step,” said Company CEO Dana Wolfe.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Dana Wolfe (Northwind Robotics Holdings, CEO) ¶1"]);
}

#[test]
fn round_sixteen_forms_are_read() {
    // `according to X of Y`: an organisation's name may hold `for` and `of`.
    assert_eq!(
        en("Banks moved $13 billion, according to Jonah Pell of Council for Defense of Markets, writing in a newspaper."),
        ["Jonah Pell (Council for Defense of Markets, -) ¶0"]
    );
    // `Vice President JD Vance` gives the surname a later `Vance posted` reads by.
    let found = who(
        &[
            "Vice President JD Rowan spoke at the summit over the weekend.",
            "“Judges aren’t allowed to control the executive,” Rowan posted on X.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["JD Rowan (-, Vice President) ¶1"]);
    // A relative `that` before a titled name: the name is the subject, its title its role.
    assert_eq!(
        en("The ruling is something that Vice President Jon Rowan questioned over the weekend."),
        ["Jon Rowan (-, Vice President) ¶0"]
    );
    // Not inside an appositive, nor before a verb phrase.
    assert_eq!(
        en("“It will be struck down,” Jana Koss, a partner at Fedora, a law firm that specializes in labor cases, told reporters."),
        ["Jana Koss (Fedora, partner) ¶0"]
    );
    assert!(en(
        "The shooting that claimed Dana Lowe’s life shocked the town, which questioned the police."
    )
    .is_empty());
    // And initials before a surname name no one without a title (`AP Photo`).
    assert_eq!(
        who(
            &[
                "The photo ran in print.",
                "“Look at this,” Photo posted on X."
            ],
            Lang::En
        ),
        Vec::<String>::new()
    );
    // `…发挥了关键作用。她…写信给…，称`: she is the subject of the sentence before.
    assert_eq!(
        zh("民主党众议员Maria Lenz在推动法案方面发挥了关键作用。她上个月写信给司法部，称行政命令“不能凌驾于法律之上”。"),
        ["Maria Lenz (民主党, 众议员) ¶0"]
    );
    // `Rayliant Global Advisors的投资组合管理负责人X`: a Latin organisation of several
    // words before `的`, and emphasis marks lost from Markdown are no part of a role.
    assert_eq!(
        zh("Norland Global Advisors的投资组合管理负责人Phil Wren表示，市场反应平淡。"),
        ["Phil Wren (Norland Global Advisors, 投资组合管理负责人) ¶0"]
    );
    assert_eq!(
        zh("Hargrove Lane的股票研究主管**Dan Nash表示：“市场反应平淡。”"),
        ["Dan Nash (Hargrove Lane, 股票研究主管) ¶0"]
    );
    // `该行…主管`, `该机构…`: the organisation that opens the sentence before and speaks
    // there (without its time), not the industry of `该行业`.
    assert_eq!(
        zh("北辰银行认为，市场预期已经过度。该行全球固定收益策略主管Dan Hale表示：“头寸非常极端。”"),
        ["Dan Hale (北辰银行, 全球固定收益策略主管) ¶0"]
    );
    assert_eq!(
        zh("摩根士丹利今年年初警告称，科技巨头可能难以主导市场。该机构首席投资官Lia Shaw表示，估值偏高。"),
        ["Lia Shaw (摩根士丹利, 首席投资官) ¶0"]
    );
    assert_eq!(
        zh("该行业分析师王建国表示，行业在复苏。"),
        ["王建国 (-, 该行业分析师) ¶0"]
    );
    // `公司曾公开指出`: 曾 is `once` there, no surname.
    assert!(zh("公司曾公开指出，传统策略难以为继。").is_empty());
    // A verb after a role (`专家解读称`), a rare surname's character in an everyday word
    // (`闭源`): no names; an adverb after a name is none of it (`周婷很清楚`).
    assert!(zh("有法律专家解读称，重整程序是“自救机制”。").is_empty());
    assert_eq!(
        zh("周婷很清楚，更大的挑战还在后面。她对媒体表示，会坚持下去。"),
        ["周婷 (-, -) ¶0"]
    );
    assert!(zh("而闭源才是正确道路。他指出，闭源模型能够不断优化。").is_empty());
    // A rating agency is no person (`惠誉`, which jieba reads as a name).
    assert!(zh("惠誉表示，美国的评级展望保持稳定。").is_empty());
    // A passive after a name (`陈军被警告`), an adverb after a role (`高管都纷纷警告`).
    assert!(zh("时任总经理陈军被警告并罚款5万元。").is_empty());
    assert!(zh("全球各大企业高管都纷纷警告关税给企业运营带来风险。").is_empty());
    // `投资人士` is a role whole: the name after it is `朱奎`, not `士朱奎`.
    assert_eq!(
        zh("医药投资人士朱奎向北京商报记者表示，实控人的变更影响不大。"),
        ["朱奎 (-, 医药投资人士) ¶0"]
    );
    // `“…,” Lettenmair laughed, “…”`: a weaker verb for a speaker met before.
    let found = who(
        &[
            "\"The response was electric,\" said Jack Lenz, the director of marketing.",
            "\"I have lost my voice,\" Lenz laughed, \"but it was worth it.\"",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Jack Lenz (-, director of marketing) ¶0,1"]);
    // `Judge X ordered Y to …`: an order with its content, from a titled person; a company
    // or a bare surname ordering is no one's speech.
    assert_eq!(
        en("Judge John Marsh Jr. of Rhode Island ordered the agencies to end any funding pause."),
        ["John Marsh Jr. (-, Judge) ¶0"]
    );
    assert!(en("Acme ordered suppliers to move production.").is_empty());
    assert!(en("Marsh ordered a new study of the river.").is_empty());
    // `Office of Management and Budget Director X`: `and` inside an organisation's name.
    assert_eq!(
        en("Newly confirmed Office of Management and Budget Director Russ Vale said the agency will close."),
        ["Russ Vale (Office of Management and Budget, Director) ¶0"]
    );
    // `首席运营官侍启山认为`: after a role, a rare surname jieba reads as a whole name.
    assert_eq!(
        zh("公司首席运营官侍启山认为，布局人形机器人是必然选择。"),
        ["侍启山 (-, 首席运营官) ¶0"]
    );
    // `what X described as “…”`: the quoted words are X's; an organisation's are no one's.
    assert_eq!(
        en("The White House is moving to what Richard Hale described as “the reluctant sheriff.”"),
        ["Richard Hale (-, -) ¶0"]
    );
    assert!(en("It is what the company called “a reset.”").is_empty());
    // `In Texas, state Comptroller X told`: the opening phrase is no part of the role.
    assert_eq!(
        en("In Texas, state Comptroller Glen Harte told The Hill, “We’re a large state.”"),
        ["Glen Harte (-, state Comptroller) ¶0"]
    );
    // With a speaker earlier in the paragraph, he is that speaker, not a name further back.
    let found = zh(
        "老股东王建国曾在大会上发言。参议员周立新表示，他最近与总统交谈过，认为关税是一种工具。",
    );
    assert_eq!(found, ["周立新 (-, 参议员) ¶0"]);
}

#[test]
fn words_that_open_sentences_begin_no_name() {
    // `So Trump`, `Is Trump`, `Early Wednesday`, `Secretary of State Marco Rubio`, `American
    // Marc Fogel`: a function word, time word, department or nationality at a run's start
    // is no part of the full name that later surnames stand for.
    let found = who(
        &[
            "So Trump turned to the tariff plan. Is Trump ready for the fight?",
            "American Dale Verner came home on Tuesday after two years abroad.",
            "Early Wednesday, Kremlin spokesperson Ilya Brodsky told reporters a deal was near.",
            "Verner said he felt lucky. Trump said the deal was fair.",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        [
            "Ilya Brodsky (Kremlin, spokesperson) ¶2",
            "Dale Verner (-, -) ¶3",
            "Trump (-, -) ¶3",
        ]
    );
    // `Actor X`: an occupation is no first name of the full name a surname stands for.
    assert_eq!(
        who(
            &[
                "Actor Gabriel Marsh joined the cast in 2011.",
                "Marsh said the show “changed everything.”"
            ],
            Lang::En
        ),
        ["Gabriel Marsh (-, -) ¶1"]
    );
    // `Senators wrote`, `Another said`: a group or a word for someone unnamed is no name.
    assert!(
        en("“We will not support it,” the Senators wrote. Another said it was fine.").is_empty()
    );
}

#[test]
fn a_name_ending_in_yun_and_a_verb_after_er_shi() {
    // `云` ends cloud services (`华为云`), not the names of people (`马云`, `董忠云`).
    assert_eq!(zh("马云表示，技术固然重要。"), ["马云 (-, -) ¶0"]);
    assert_eq!(
        zh("首席经济学家董忠云认为，市场仍有空间。"),
        ["董忠云 (-, 首席经济学家) ¶0"]
    );
    assert!(zh("华为云表示，服务已恢复。").is_empty());
    // `X没有正面回应，而是表示`, `X一边…，一边表示`: the clause before gives the subject.
    assert_eq!(
        zh("周启明并没有正面回应，而是表示：“公司能走到今天，靠的是开源。”"),
        ["周启明 (-, -) ¶0"]
    );
    assert_eq!(
        zh("周启明一边翻着材料，一边表示：“这个模型的推理能力很强。”"),
        ["周启明 (-, -) ¶0"]
    );
    // `又称` is `also called`: no speech.
    assert!(zh("联合创始人周启明（又称老周）于去年去世。").is_empty());
}

#[test]
fn hyphenated_transliterations_headings_and_publications() {
    // `吉姆-法利`: some outlets join a transliterated name's parts with a hyphen; the last
    // part alone is the same person later, and so after a mention that did not speak.
    let found = who(
        &[
            "福特汽车公司CEO吉姆-法利（Jim Farley）周二表示，关税造成了“混乱”。",
            "法利周二在投资会议上表示：“这就是我们正在处理的问题。”",
            "航天公司副总裁兼项目经理大卫·达彻为员工开了一次全体会议。",
            "报道表示，达彻在这场会议中表示，合同可能于3月结束。",
        ],
        Lang::Zh,
    );
    assert_eq!(
        found,
        [
            "吉姆-法利 (福特汽车公司, CEO) ¶0,1",
            "大卫·达彻 (航天公司, 副总裁兼项目经理) ¶3"
        ]
    );
    // `根据X的说法`, `敦促`; the one spoken to (`向X表示`) and a publication are no speakers.
    assert_eq!(
        zh("根据招聘网站 Indeed 经济学家 Cory Stahle 的说法，就业数据表明失业率仍处高位。"),
        ["Cory Stahle (Indeed, 经济学家) ¶0"]
    );
    assert!(zh("发言人还向Ars Technica表示，预计可能会裁减约400个工作岗位。").is_empty());
    assert!(zh("美国知名科技媒体Ars Technica则直言，项目可能被取消。").is_empty());
    // A description that ends in a word for a business, then the name; a Latin name after
    // `投资公司`; a title in book marks kept whole.
    assert_eq!(
        zh("国内商业航天运营商星驭科技副总裁曹明表示，这很好。"),
        ["曹明 (星驭科技, 副总裁) ¶0"]
    );
    assert_eq!(
        zh("投资公司Janus Henderson Investors分析师Sat Duhra表示，这很好。"),
        ["Sat Duhra (Janus Henderson Investors, 分析师) ¶0"]
    );
    assert_eq!(
        zh("《航空知识》杂志主编王亚楠表示，这很好。"),
        ["王亚楠 (《航空知识》杂志, 主编) ¶0"]
    );
    // A press release's heading, then its speaker's words (the heading holds none).
    let found = who(
        &[
            "Aila Moran, CEO, Northwind Plc:",
            "\"We have expanded our business to several locations.\"",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Aila Moran (Northwind Plc, CEO) ¶1"]);
    // `X’s work has …. Reflecting on his efforts, he noted`: what a person owns opens the
    // sentence before the pronoun.
    let found = who(
        &[
            "Dana Kowal presented the award to Ravi Menon.",
            "Menon’s work has reshaped the field. Reflecting on it, he noted, \"Cloud tools help.\"",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Ravi Menon (-, -) ¶1"]);
}

#[test]
fn an_age_after_a_name_and_a_word_before_an_owner() {
    // `X’s owner, Name, 35, says`: the age is no part of the phrase, `Yet` none of the owner.
    assert_eq!(
        en("Yet, stereotypes notwithstanding, Luna’s owner, Rosa Marin, 35, says “there are no words.”"),
        ["Rosa Marin (Luna, owner) ¶0"]
    );
    assert_eq!(
        en("Yet Luna’s owner, Rosa Marin, says “there are no words.”"),
        ["Rosa Marin (Luna, owner) ¶0"]
    );
}

#[test]
fn an_adverb_before_the_verb_and_a_later_form_of_the_name_as_the_mention() {
    // `Zelensky bluntly told`: the adverb is no part of the subject; the mention is the
    // surname as written (not a family, `The Smith family said`).
    let found = who(
        &[
            "Ukrainian President Volodymyr Zelensky spoke on Monday.",
            "Zelensky bluntly told a reporter, “Security guarantees without America are not real.”",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Volodymyr Zelensky (Ukraine, President) ¶1"]);
    let second = "Zelensky bluntly told a reporter, “Security guarantees are not real.”";
    let speakers = run(
        &[
            "Ukrainian President Volodymyr Zelensky spoke on Monday.",
            second,
        ],
        Lang::En,
        &People::default(),
    );
    let mention = speakers.named[0].mentions.first().expect("a mention");
    assert_eq!(&second[mention.start..mention.end], "Zelensky");
    assert!(en("The Smith family said the plan was “reckless.”").is_empty());
}
