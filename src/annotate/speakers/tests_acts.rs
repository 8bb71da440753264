//! Acts done with words (orders, signatures, bills, refusals to say) by someone who speaks
//! elsewhere in the article, on sentences written for these tests.

use super::tests::who;
use crate::model::Lang;

#[test]
fn an_act_gives_a_speaker_its_line() {
    let found = who(
        &[
            "Defense Secretary Pete Hegseth has directed the military to pause new recruits.",
            "“We will not stop,” Hegseth said on Friday.",
            "Hegseth on Tuesday signed an order renaming the base.",
            "In a short memo, Hegseth barred staff from using the app.",
            "Hegseth would not say whether the order was legal.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Pete Hegseth (-, Defense Secretary) ¶0,1,2,3,4"]);
}

#[test]
fn an_act_makes_no_speaker() {
    // Someone who never speaks is no speaker for signing or ordering.
    let found = who(
        &[
            "President Trump signed an executive order on Monday.",
            "“It is unlawful,” said Sen. Jane Roe (D-Calif.).",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Jane Roe (-, Sen.) ¶1"]);
}

#[test]
fn an_act_needs_the_speaker_as_its_subject() {
    let found = who(
        &[
            "Rep. Jodey Arrington said the plan would pass.",
            "But the budget framework Arrington outlined drew swift pushback.",
            "Arrington spoke with reporters on Tuesday.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Jodey Arrington (-, Rep.) ¶0"]);
}

#[test]
fn a_pronoun_that_opens_a_paragraph_acts_for_the_one_speaker_before() {
    let found = who(
        &[
            "U.S. District Judge John McConnell said the freeze was unlawful.",
            "He directed the administration to restore the grants.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["John McConnell (-, U.S. District Judge) ¶0,1"]);
    // With two speakers before it, the pronoun is no one's.
    let found = who(
        &[
            "Sen. Jane Roe said the bill was dead, and Sen. John Doe said it would pass.",
            "He introduced the bill on Tuesday.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Jane Roe (-, Sen.) ¶0", "John Doe (-, Sen.) ¶0"]);
}

#[test]
fn a_chinese_act_gives_a_speaker_its_line() {
    let found = who(
        &[
            "美国总统特朗普宣誓就职当天签署行政令，组建政府效率部。",
            "特朗普表示，这将节省大量开支。",
            "特朗普再次挥动关税大棒，宣布对钢铝征收关税。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["特朗普 (美国, 总统) ¶0,1,2"]);
}

#[test]
fn a_chinese_act_not_done_or_not_the_speakers_is_no_line() {
    let found = who(
        &[
            "特朗普表示，关税将很快落地。",
            "日本首相石破茂与美国总统特朗普会谈时，提出了修改后的方案。",
            "特朗普打算直接签署行政令。",
            "对于这张截图是否真实，特朗普并未作出明确的回应。",
            "特朗普政府提出的政策可能推高通胀。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["特朗普 (美国, 总统) ¶0"]);
}
