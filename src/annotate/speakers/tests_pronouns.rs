//! Who a pronoun refers to: the person the paragraph before was about when a quotation
//! opens with no speaker of its own (`Rep. Carl Benton … took the floor`, then `“…,” he
//! said`), a person a sentence is about, and no word inside a quotation, on sentences written
//! for these tests.

use super::tests::{en, who};
use crate::model::Lang;

#[test]
fn a_quote_after_a_paragraph_about_a_titled_person_is_theirs() {
    let found = who(
        &[
            "Rep. Dana Whitlock (D-Ore.) said the hearing was a stunt.",
            "Rep. Carl Benton (R-Ohio) took the floor shortly after Whitlock’s remarks.",
            "“We have a debt problem and it is serious,” he said.",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        ["Dana Whitlock (-, Rep.) ¶0", "Carl Benton (-, Rep.) ¶2"]
    );
    // A paragraph about no one titled leaves the pronoun to whoever spoke last.
    let found = who(
        &[
            "Rep. Dana Whitlock (D-Ore.) said the hearing was a stunt.",
            "The committee meets again on Friday.",
            "“We will be back,” she said.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Dana Whitlock (-, Rep.) ¶0,2"]);
}

#[test]
fn a_pronoun_after_a_quotation_is_no_word_inside_it() {
    let found = who(
        &[
            "以大模型为例，张海涛说，其推理能力突出。",
            "“诸如在风控领域，模型可以整合更多数据。”他说。",
        ],
        Lang::Zh,
    );
    assert_eq!(found, ["张海涛 (-, -) ¶0,1"]);
}

#[test]
fn a_pronoun_after_a_sentence_about_a_person_is_that_person() {
    // `X returned …. He said …`: the subject of the sentence before, with a verb in the past.
    assert_eq!(
        en("Paul Verner returned home late on Tuesday. He said he felt like the “luckiest man on earth.”"),
        ["Paul Verner (-, -) ¶0"]
    );
    // Through an appositive whose owner is a titled person (no organisation then).
    assert_eq!(
        en("Sam Rieder, President Hale’s Middle East envoy, flew back on Tuesday. He said on Wednesday that talks went well."),
        ["Sam Rieder (-, Middle East envoy) ¶0"]
    );
    // A place that does something is not who the pronoun means, nor a sign that says.
    assert!(en("North Korea launched two missiles. He said the mood was calm.").is_empty());
    assert!(
        en("In 1945, U.S. Marshal Fred Canfield saw a sign that said “The Buck Stops Here.”")
            .is_empty()
    );
    // Another person in that sentence may be whom the pronoun means: no guess.
    assert!(en("Dana Pell pressed the senator further. “It was a mistake,” he said.").is_empty());
}

#[test]
fn a_quote_after_a_paragraph_about_a_person_named_in_full_before() {
    // A participle's phrase before the subject, and a surname whose full name the article
    // writes elsewhere.
    let found = who(
        &[
            "Speaker Mike Jansen (R-La.) met reporters on Wednesday.",
            "Pressed by reporters on a stopgap, Jansen left the door open.",
            "“We’re looking at all options,” he said.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Mike Jansen (-, Speaker) ¶2"]);
    // Not one the quotation itself names: the letter's writer goes on.
    let found = who(
        &[
            "Rep. Dana Whitlock (D-N.Y.) wrote to the bar that “such a brazen conflict of interest” should end.",
            "Prosecutor Ed Martin also fired attorneys in his office.",
            "“This is only made worse by the fact that Mr. Martin fired the prosecutors,” she wrote.",
        ],
        Lang::En,
    );
    assert!(
        !found.iter().any(|s| s.starts_with("Ed Martin")),
        "{found:?}"
    );
}

#[test]
fn weighing_in_is_speech_and_calling_the_police_is_not() {
    assert_eq!(
        en("President Trump weighed in on the magazine’s cover on Friday."),
        ["Trump (-, President) ¶0"]
    );
    assert_eq!(
        en("Dana Moss was shot last July after she called police to report a prowler."),
        Vec::<String>::new()
    );
}

#[test]
fn after_a_paragraph_where_someone_spoke_he_is_still_that_speaker() {
    // Not the titled person that paragraph named after its verb.
    let found = who(
        &[
            "Robert Kenner spoke to the host on Sunday.",
            "“It is a great move,” Kenner said.",
            "He has lauded President Trump for his decision to declassify the files.",
            "He had warned that the files would show more.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Robert Kenner (-, -) ¶1,2,3"]);
}

#[test]
fn a_pronoun_after_a_possessive_name_is_the_sentence_subject() {
    let found = who(
        &[
            "Governor Alma Reyes said the bridge would reopen in May.",
            "Mayor Tom Okafor said the city would pay for it.",
            "Okafor also “welcomed” Reyes’s plan for the river and he said the city “will not wait.”",
        ],
        Lang::En,
    );
    assert_eq!(
        found,
        ["Alma Reyes (-, Governor) ¶0", "Tom Okafor (-, Mayor) ¶1,2"]
    );
}

#[test]
fn a_pronoun_inside_a_quotation_or_after_a_relative_is_no_speaker() {
    // `He` inside the quotation is someone the quoted speaker speaks of.
    let found = who(
        &[
            "Senator Ruth Lang said the talks were over.",
            "“He told her then that he would help,” farmer Joan Pike said on Monday.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Ruth Lang (-, Senator) ¶0", "Joan Pike (-, -) ¶1"]);
    // `she` is the neighbour's mother, who has no name.
    let found = who(
        &[
            "Senator Ruth Lang said the talks were over.",
            "Dale Pruitt’s mother met with Lang at a fair last year, where she urged her to act.",
        ],
        Lang::En,
    );
    assert_eq!(found, ["Ruth Lang (-, Senator) ¶0"]);
}
