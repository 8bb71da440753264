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
        ["Ann Bolt (-, U.S. District Judge) ¶1"]
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
fn english_titles_after_the_verb_and_described_subjects() {
    assert_eq!(
        en("“We have won on every front,” said Collins SBA Head of Technology Patrick Gardner. “The team is happy.”"),
        ["Patrick Gardner (Collins SBA, Head of Technology) ¶0"]
    );
    assert_eq!(
        en("“We’re thrilled to partner,” said Annature founder and CEO Corey Cacic."),
        ["Corey Cacic (Annature, founder and CEO) ¶0"]
    );
    assert_eq!(
        en("“The assertion is an insult,” said Cmdr. Emily Shilling, the lead plaintiff in the case."),
        ["Emily Shilling (-, lead plaintiff in the case) ¶0"]
    );
    // A clause after the verb is no title.
    assert!(en(
        "Morris said Wednesday that he is not waiting for Sen. Mitch McConnell (R-Ky.) to decide."
    )
    .iter()
    .all(|s| !s.starts_with("Mitch McConnell")));
    assert_eq!(
        en("British news host Piers Morgan took a swipe at Ye on Monday, writing, “So disappointed.”"),
        ["Piers Morgan (-, British news host) ¶0"]
    );
    assert!(en("Cardi B is slamming President Hale for damaging her shoes, saying her uncle should “come back.”")
        .iter()
        .all(|s| !s.starts_with("Hale")));
}

#[test]
fn english_reported_subjects_are_not_speakers() {
    // `said Musk wants`: Musk is what Warren said, not a speaker (an accusation is speech).
    assert_eq!(
        who(
            &[
                "Sen. Elizabeth Warren on Monday accused the administration of helping Elon Musk.",
                "Speaking at a protest, Warren said Musk wants “X money” to charge every part of your life.",
            ],
            Lang::En
        ),
        ["Elizabeth Warren (-, Sen.) ¶0,1"]
    );
    // `who she said`: the pronoun is the subject, and the sentence's subject is who she is.
    assert_eq!(
        who(
            &[
                "Rep. Nancy Mace said she has evidence.",
                "Mace also criticized Attorney General Alan Wilson (R), who she said did not do enough.",
            ],
            Lang::En
        ),
        ["Nancy Mace (-, Rep.) ¶0,1"]
    );
    // An organisation's plural word ends no person's name.
    assert!(en("Sales rose in January, says Restaurants Canada.").is_empty());
}

#[test]
fn reports_teams_and_posts_before_the_verb() {
    assert_eq!(
        zh("华泰证券分析师易峘和常慧丽撰写的研报认为，伙伴的关税税率大都更高。"),
        ["易峘 (华泰证券, 分析师) ¶0", "常慧丽 (华泰证券, 分析师) ¶0"]
    );
    assert_eq!(
        zh("摩根大通策略师 Jay Barry、Jason Hunter等报告中写道，建议做多2年期国债。"),
        [
            "Jay Barry (摩根大通, 策略师) ¶0",
            "Jason Hunter (摩根大通, 策略师) ¶0"
        ]
    );
    assert_eq!(
        zh("2月12日，摩根士丹利策略分析师Joseph Moore及其团队发布报告称，两者只是不同方式。"),
        ["Joseph Moore (摩根士丹利, 策略分析师) ¶0"]
    );
    assert_eq!(
        zh("公开资料显示，该产品主打测量血压，余承东曾发微博称该产品通过了认证。"),
        ["余承东 (-, -) ¶0"]
    );
    assert_eq!(
        zh("一些民主党人，如众议员罗伯特·加西亚（Rep. Robert Garcia），甚至呼吁支持者行动起来。"),
        ["罗伯特·加西亚 (-, 众议员) ¶0"]
    );
    // A role's domain and a programme's name are no names.
    assert!(en("The secretary of Defense also warned the group that aid would end.").is_empty());
}

#[test]
fn groups_contractions_and_accusations() {
    // `他们` is the speakers last named together, and no one else.
    assert_eq!(
        who(
            &[
                "渣打银行的Meera Chandan和Arindam Sandilya在报告中写道，关税不会长期存在。",
                "他们建议，短期内做多美元。",
            ],
            Lang::Zh
        ),
        [
            "Meera Chandan (渣打银行, -) ¶0,1",
            "Arindam Sandilya (渣打银行, -) ¶0,1"
        ]
    );
    assert_eq!(
        who(
            &["王立表示，需求没有减少。", "他们认为价格还会降。"],
            Lang::Zh
        ),
        ["王立 (-, -) ¶0"]
    );
    assert_eq!(
        who(
            &[
                "Kash Patel said he would reform the bureau.",
                "He’s also pledged to “come after” journalists.",
            ],
            Lang::En
        ),
        ["Kash Patel (-, -) ¶0,1"]
    );
    assert_eq!(
        en("Nate Morris slammed the senator’s record, accusing him of making decisions that undermine the party."),
        ["Nate Morris (-, -) ¶0"]
    );
}

#[test]
fn in_x_words_accusations_and_notices() {
    assert_eq!(
        zh("政府换了两届，问题依旧。用马斯克的话形容，“生虫的苹果成了由蛀虫组成的苹果”。"),
        ["马斯克 (-, -) ¶0"]
    );
    assert_eq!(
        zh("纽约州总检察长詹姆斯曾对特朗普提起民事诉讼，指控其在申请银行贷款时夸大资产。"),
        ["詹姆斯 (纽约州, 总检察长) ¶0"]
    );
    assert_eq!(
        zh("国家安全事务律师扎伊德已宣布将对这一决定提起诉讼。"),
        ["扎伊德 (-, 国家安全事务律师) ¶0"]
    );
}

#[test]
fn an_honorific_after_a_place_a_party_or_a_rank_keeps_its_title() {
    let found = who(
        &[
            "Connecticut Rep. John Larson (D) said Tuesday that he had a seizure.",
            "California Gov. Gavin Newsom said on Monday that homeowners should get the interest.",
            "Texas Lt. Gov. Dan Patrick said the bill would pass.",
            "Democratic Sen. Andy Kim said the vote was a mistake.",
            "Texas state Sen. Phil King said the bill was ready.",
            "Newly sworn-in Ohio Sen. Jon Husted said he would vote yes.",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        [
            "John Larson (-, Rep.) ¶0",
            "Gavin Newsom (-, Gov.) ¶1",
            "Dan Patrick (-, Lt. Gov.) ¶2",
            "Andy Kim (-, Democratic Sen.) ¶3",
            "Phil King (-, state Sen.) ¶4",
            "Jon Husted (-, Sen.) ¶5",
        ]
    );
}

#[test]
fn an_occupation_or_a_title_the_name_opens_with_refers_back() {
    let found = who(
        &[
            "Jon Stewart, a frequent critic, said paper straws are “objectively terrible.”",
            "Stewart instead exclaimed, “OK, he’s right on this one.”",
            "“Those straws are terrible,” the 62-year-old comedian said of paper straws.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Jon Stewart (-, -) ¶0,1,2"]);
    let found = who(
        &[
            "Pope Francis said the deportations were a “major crisis.”",
            "White House press secretary Karoline Leavitt said 8,000 people had been arrested.",
            "Treating people with dignity, the pope said, “does not impede a policy of orderly migration.”",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        [
            "Pope Francis (-, -) ¶0,2",
            "Karoline Leavitt (White House, press secretary) ¶1"
        ]
    );
}

#[test]
fn titles_listed_with_commas_before_a_name_after_the_verb() {
    assert_eq!(
        en("“The merger is an exciting opportunity,” said Nxu Founder, Chairman and CEO Mark Hanchett."),
        ["Mark Hanchett (Nxu, Founder, Chairman and CEO) ¶0"]
    );
    assert_eq!(
        en("“Our platform is our people,” said Chairman-Elect, President & CEO Rob C. Holmes."),
        ["Rob C. Holmes (-, Chairman-Elect, President & CEO) ¶0"]
    );
    assert_eq!(
        en("“Securing the patent matters,” said Ivy Energy Chief Operating Officer and General Counsel, Adam Masser."),
        ["Adam Masser (Ivy Energy, Chief Operating Officer and General Counsel) ¶0"]
    );
    // A name of four words after a lower-case title is not a title and a name of two.
    let found = en("“Diets shape microbes,” said co-author Maria Luisa Savo Sardaro.");
    assert!(
        found.iter().all(|s| !s.starts_with("Savo Sardaro")),
        "{found:?}"
    );
}

#[test]
fn a_title_of_an_organisation_in_capitals_before_a_name_of_two_words() {
    assert_eq!(
        en("“The broadcasts were a huge hit,” Vice President and General Manager of WANF/WPCH Erik Schrader said."),
        ["Erik Schrader (-, Vice President and General Manager of WANF/WPCH) ¶0"]
    );
    // `of` before a capitalised word that is no organisation in capitals still needs a name
    // of its own after it.
    assert_eq!(
        en("“It is over,” the Secretary of Defense said."),
        Vec::<String>::new()
    );
}

#[test]
fn a_name_that_is_a_whole_quotation_is_a_nickname() {
    let found = who(
        &[
            "“I feel for the guy,” Altman said.",
            "Musk took a few swipes at him, calling him a “swindler” and “Scam Altman.”",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Altman (-, -) ¶0"]);
}

#[test]
fn press_release_forms_of_a_title_and_name() {
    // One name with a title after it is a person; a company described is not.
    assert_eq!(
        en("Michael, Co-Founder of BYDFi, stated: “We aim to deliver the safest trading.”"),
        ["Michael (BYDFi, Co-Founder) ¶0"]
    );
    assert_eq!(
        en("CarePilot, a leader in medical documentation, said it raised new funds."),
        Vec::<String>::new()
    );
    // `As X puts it`, with the sentence's opening word no organisation.
    assert_eq!(
        en("As Chief Executive Officer Don McKenzie puts it, “there’s nothing but upside.”"),
        ["Don McKenzie (-, Chief Executive Officer) ¶0"]
    );
    // … but not inside another person's quotation.
    assert_eq!(
        en("“Tariffs are bad policy,” McConnell said. “As Sen. Rand Paul put it: ‘Tariffs are taxes.’”"),
        ["McConnell (-, -) ¶0"]
    );
    // A quotation, then the speaker with a weaker verb (`concludes`).
    assert_eq!(
        en("“Linking our credit facility to our targets is an important step,” Lars Ynner, CFO at Lindab, concludes."),
        ["Lars Ynner (Lindab, CFO) ¶0"]
    );
    // A title before the name over a description after it.
    let found = who(
        &[
            "The appeals court noted that the department asked U.S. District Judge John McConnell, the judge who issued the orders, for a pause.",
            "McConnell said the freeze must end.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["John McConnell (-, U.S. District Judge) ¶1"]);
}

#[test]
fn english_occupations_by_their_endings_are_titles() {
    // `-ologist`, `-ician`, `-iatrist`, `-ographer`: an occupation before a name is a title,
    // not the name's first word, and it vouches for the person the paragraph is about.
    assert_eq!(
        who(
            &[
                "Last night, virologist Marta Lindqvist got a call from a colleague.",
                "“I went straight to the data and started downloading,” she said.",
            ],
            Lang::En
        ),
        ["Marta Lindqvist (-, virologist) ¶1"]
    );
    assert_eq!(
        en("Obstetrician-gynecologists Dana Whitlow said the rule would hurt patients."),
        ["Dana Whitlow (-, Obstetrician-gynecologists) ¶0"]
    );
    assert_eq!(
        en("The clinic will stay open, said pediatrician Omar Haddad."),
        ["Omar Haddad (-, pediatrician) ¶0"]
    );
}

#[test]
fn english_occupation_in_lower_case_before_a_name() {
    // `…, infectious disease expert Amesh Adalja said`: the description after the comma,
    // up to three words, is the role, and the name after it speaks.
    assert_eq!(
        en("The virus is spreading fast, infectious disease expert Rhea Calloway said."),
        ["Rhea Calloway (-, infectious disease expert) ¶0"]
    );
    // `people like consumer advocate Ralph Nader claimed`: not the words before `like`.
    assert_eq!(
        en("After the vote, people like consumer advocate Lionel Farrow claimed that “the party collapsed.”"),
        ["Lionel Farrow (-, consumer advocate) ¶0"]
    );
    // Outside a frame, the title of a later speaker: the organisation before the occupation,
    // the occupation up to a pronoun or a verb.
    assert_eq!(
        who(
            &[
                "The senator later met host Mel Grant and Network CNN host Dana Pryce.",
                "“We have the votes,” Grant said.",
                "“Not yet,” Pryce said.",
            ],
            Lang::En
        ),
        [
            "Mel Grant (-, host) ¶1",
            "Dana Pryce (Network CNN, host) ¶2"
        ]
    );
    // A description with capitals before the occupation (`former NFL quarterback`), and a
    // coach.
    assert_eq!(
        en("It has value to teams, former NFL quarterback Rod Gallan told the Times."),
        ["Rod Gallan (NFL, quarterback) ¶0"]
    );
    assert_eq!(
        en("Moving the posts opened up the end zone, Hall of Fame coach Pete Brand told SI."),
        ["Pete Brand (Hall of Fame, coach) ¶0"]
    );
    // A plain clause before the comma is no one (`Prices rose, analysts said`).
    assert_eq!(
        en("Prices rose sharply, analysts said."),
        Vec::<String>::new()
    );
}

#[test]
fn pm_refers_to_the_prime_minister() {
    assert_eq!(
        who(
            &[
                "Israeli Prime Minister Avi Dorman said the deal was good.",
                "The meeting ran long.",
                "“He likes surprises,” the Israeli PM continued.",
            ],
            Lang::En
        ),
        ["Avi Dorman (Israel, Prime Minister) ¶0,2"]
    );
}

#[test]
fn a_name_used_of_what_its_person_leads_is_still_a_name() {
    // `the Trump Education Department`, `the Trump administration`: `Trump said` later is a
    // person's; `The Hamas Movement` names an organisation.
    assert_eq!(
        who(
            &[
                "Earlier Wednesday, the Drumm Education Department said it would act.",
                "The move follows the Drumm administration’s earlier orders.",
                "“We are putting every school on notice,” Drumm said.",
            ],
            Lang::En
        ),
        ["Drumm (-, -) ¶2"]
    );
    assert_eq!(
        who(
            &[
                "“The Hamsa Movement remains committed to the agreement,” a statement read.",
                "“The agreement was guaranteed by the mediators,” Hamsa said in a statement.",
            ],
            Lang::En
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_titled_name_after_a_quotation_ends_before_a_phrase_and_keeps_its_letters() {
    // A phrase of time or place after the name, and a bracketed note, are none of it.
    assert_eq!(
        en("“It’s hard to keep up,” said U.S. District Judge John Bates at a Monday hearing."),
        ["John Bates (-, U.S. District Judge) ¶0"]
    );
    assert_eq!(
        en("“We will act,” said state House Speaker Dan Hawkins (R) in a statement."),
        ["Dan Hawkins (-, state House Speaker) ¶0"]
    );
    // An abbreviation inside the title, and an initial without its full stop.
    assert_eq!(
        en("“We are proud,” said Oregon Tech President Dr. Nagi Naganathan. “We grow.”"),
        ["Nagi Naganathan (Oregon Tech, President) ¶0"]
    );
    assert_eq!(
        en("“We see it,” said Dr. H Alex Choi, Professor of Neurology at UTHealth Houston."),
        ["Alex Choi (UTHealth Houston, Professor of Neurology) ¶0"]
    );
    // Capitals outside ASCII (`Åstrand`, `Öberg`).
    assert_eq!(
        en("\"We grow,\" says Tommy Åstrand, CEO of SLP."),
        ["Tommy Åstrand (SLP, CEO) ¶0"]
    );
}

#[test]
fn capitals_an_occupation_and_a_name_follow_describe_the_person() {
    assert_eq!(
        en("“It is less remarkable,” said Nevada-based Democratic strategist Annette Magnus."),
        ["Annette Magnus (Nevada-based Democratic, strategist) ¶0"]
    );
    // A particle inside the name (`de`, `von`) keeps its given name.
    assert_eq!(
        en("“It is a microcosm,” said New Jersey-based Democratic strategist Henry de Koninck."),
        ["Henry de Koninck (New Jersey-based Democratic, strategist) ¶0"]
    );
}

#[test]
fn a_news_outlet_before_a_name_is_its_organisation() {
    let found = who(
        &[
            "In an interview with NewsNation’s Chris Cuomo, Marc Fogel said he was grateful.",
            "“How do you feel?” Cuomo asked.",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        ["Marc Fogel (-, -) ¶0", "Chris Cuomo (NewsNation, -) ¶1"]
    );
}

#[test]
fn a_post_given_with_as_and_a_listed_company_with_its_legal_form() {
    let found = who(
        &[
            "Northwind, Inc. (NASDAQ: NWND) today announced the appointment of Jane Roe, M.D., Ph.D., as chief medical officer, effective March 1.",
            "“I am glad to join,” said Roe.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Jane Roe (Northwind, chief medical officer) ¶1"]);
    let found = who(
        &[
            "Elon Musk backed a call that Ron Paul replace John Poe as chairman of the Federal Reserve.",
            "Poe said in November he would not step down.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["John Poe (Federal Reserve, chairman) ¶1"]);
}

#[test]
fn a_lower_case_modifier_opens_a_title_after_an_opening_phrase() {
    assert_eq!(
        en("In a memo, acting Deputy Attorney General Jane Roe said the office reached the decision."),
        ["Jane Roe (-, Acting Deputy Attorney General) ¶0"]
    );
}
