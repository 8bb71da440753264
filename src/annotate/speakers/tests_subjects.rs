//! Paragraphs a speaker opens as their subject with no verb of saying: a quotation in the
//! sentence (`Roe pulled out a poster — “…”`, `王小明以往…。“…。”`) or an act of stating
//! (`Roe also issued an order …`), on sentences written for these tests.

use super::tests::{en, who};
use crate::model::Lang;

#[test]
fn a_quote_in_a_paragraph_a_speaker_opens_is_theirs() {
    // English: the quotation stands in the sentence the speaker's name opens.
    let found = who(
        &[
            "Rep. Jane Roe (R-Ohio) said the hearing was a farce.",
            "Roe pulled out a poster — “if anyone would like to debate me on this, here I am” — and a photo taken by her staff.",
            "Roe has served since 2021. The rules define that role as work done “for 130 days or less in a year.”",
            "Rep. Roe also came to the aide’s defense, noting “I disagree with some of his posts, but a post should not end a career.”",
            "On Friday, Roe issued a warning: “We will hold this judge and others who stop the will of the people accountable.”",
            "Roe will lead a presentation titled “Lasers, Wafers and Nuclear: the story of our company” at the fair.",
            "The Roe administration’s ethos was “No talks about Ohio without Ohio at the table.”",
        ],
        Lang::En,
    );
    // A title or a phrase of time may come before the name (¶3, ¶4); a quoted title is no
    // one's words (¶5), and a name inside another noun is no subject (¶6).
    assert_eq!(found, ["Jane Roe (-, Rep.) ¶0,1,3,4"]);
    // Chinese: a quotation that holds a whole sentence, after the sentence the name opens.
    let found = who(
        &[
            "投资人王小明表示，今年市场会好转。",
            "王小明以往的投资方向集中在AI领域。“去年上半年，投资圈对AI公司看机会的多，真正下手的不多。”",
            "王小明的公司推出了“广州总部、贵州种植、澳门制造”的品牌。",
            "王小明打造了“广州总部、贵州种植、澳门制造”的品牌。",
            "王小明也清楚地认识到这一点，“今明年在抖音还有机会，但未来增长未必有这么多”。",
            "王小明于2018年发布了视频。但检察官却在事后表示，“事实上，这些片段都是拖着车拍的”。",
        ],
        Lang::Zh,
    );
    // (¶4: a quotation set off by a comma that ends the sentence; not ¶5, where another
    // person's verb of speech brings it.)
    assert_eq!(found, ["王小明 (-, 投资人) ¶0,1,4"]);
}

#[test]
fn a_quote_a_speaker_opens_is_not_theirs_when_others_bring_it() {
    let found = who(
        &[
            "President Trump said the office would close.",
            "Trump ousted the inspector general a day after the office released a report warning of a gap “that may leave the agency open to fraud.”",
            "Trump was called “the most dangerous man in the world today” by his critics.",
            "He and the senators met on Friday.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Trump (-, President) ¶0"]);
    // Two speakers: a quote after one of them, in a sentence that names the other.
    let found = who(
        &[
            "律师张三表示，诉讼仍在进行。",
            "李四说，他不会撤诉。",
            "张三带来了李四的意见，“现在是时候让公司回归开源、以安全为中心的力量了。”",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["张三 (-, 律师) ¶0", "李四 (-, -) ¶1"]);
}

#[test]
fn a_paragraph_a_speaker_opens_with_an_act_of_stating_is_theirs() {
    let found = who(
        &[
            "Gov. Jane Roe said the state would review the app.",
            "Roe also issued an order barring the app on state devices.",
            "Roe administration officials have signaled that more bans will follow.",
            "Roe was pressed about the timing of the order.",
            "Roe sent shockwaves through the industry last week.",
        ],
        Lang::En,
    );
    // (Not ¶2, where the name is another noun's; not ¶3, a passive; not ¶4, no statement.)
    assert_eq!(found, ["Jane Roe (-, Gov.) ¶0,1"]);
}

#[test]
fn what_another_reported_opens_the_subject_after_it() {
    assert_eq!(
        en("The newspaper reported Jane Roe said the plan would fail."),
        ["Jane Roe (-, -) ¶0"]
    );
    // An age before a surname (`the 42-year-old Vittert`).
    let found = who(
        &[
            "Host Jane Roe said the show is new.",
            "Fun aside, the 42-year-old Roe said that she will keep the format.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Jane Roe (-, Host) ¶0,1"]);
}

#[test]
fn a_closing_mark_typed_for_an_opening_one_opens_a_quotation() {
    let found = who(
        &[
            "Speaker Jane Roe said the budget would pass.",
            "The committee meets on Friday.",
            "Roe declined to give a forecast —\u{a0}”I’m not gonna give a projected day yet because you’ll tell me I overshot” — but insisted the group is on schedule.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Jane Roe (-, Speaker) ¶0,2"]);
}

#[test]
fn an_institution_or_a_possessive_before_the_verb_is_no_person() {
    assert_eq!(
        en("The money was split between Ortega and Baines, the Department of Justice previously revealed."),
        Vec::<String>::new()
    );
    assert_eq!(
        en("Judge Ann Mercer said the ruling restricted Ortega’s stated efforts to appeal."),
        ["Ann Mercer (-, Judge) ¶0"]
    );
}

#[test]
fn a_person_met_before_reiterates_by_surname_and_press_releases_speak_in_the_present() {
    let found = who(
        &[
            "Mayor Lou Brandt said the vote was fair.",
            "Brandt reiterated his stance that he did nothing wrong.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Lou Brandt (-, Mayor) ¶0,1"]);
    assert_eq!(
        en("Mara Holt, CEO of the Port of Elmsby, emphasizes the port’s growing role in shipping."),
        ["Mara Holt (Port of Elmsby, CEO) ¶0"]
    );
    // Whoever translated or counted is no speaker.
    assert_eq!(
        en("The rules changed, according to a translation by Radio Nord."),
        Vec::<String>::new()
    );
}
