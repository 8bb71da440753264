//! Facts about running text that several passes share: which characters are Chinese, which
//! language a text is in, and plain-text summaries cut at a sentence end.

use crate::model::Lang;

/// A Han (Chinese) character: CJK Unified Ideographs and their extensions.
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// Detect whether a text is Chinese or English: Chinese when it has at least as many Han
/// characters as Latin words (a Chinese word is one to three characters, so a Chinese text
/// with English terms in it stays Chinese, and an English text quoting a Chinese name stays
/// English). A text with neither is taken as `fallback`.
pub fn detect_lang(text: &str, fallback: Lang) -> Lang {
    let han = text.chars().filter(|&c| is_han(c)).count();
    let latin_words = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .count();
    match (han, latin_words) {
        (0, 0) => fallback,
        (h, w) if h >= w => Lang::Zh,
        _ => Lang::En,
    }
}

/// How long a text is: Chinese characters and Latin words are counted apart, because they
/// are read at different speeds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Length {
    /// Han characters.
    pub chinese: usize,
    /// Runs of Latin letters and digits (`GPT-4o` is one word, `2024` one).
    pub words: usize,
}

/// A character of a Latin word: letters and digits that are not Chinese, and the marks
/// inside words (`GPT-4o`, `Okafor's`, `9.9`).
fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() && !is_han(c)) || matches!(c, '-' | '\'' | '’' | '.')
}

/// Chinese is read at about 400 characters a minute, English at about 230 words.
const CHINESE_PER_MINUTE: f64 = 400.0;
const WORDS_PER_MINUTE: f64 = 230.0;

impl Length {
    /// Count the Chinese characters and Latin words of `text`.
    pub fn of(text: &str) -> Length {
        let chinese = text.chars().filter(|&c| is_han(c)).count();
        let words = text
            .split(|c: char| !is_word_char(c))
            .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
            .count();
        Length { chinese, words }
    }

    /// The count a reader expects: characters for Chinese text, words for English, both
    /// added for mixed text (a Latin word is read in about the time of a Chinese character
    /// or two, and counting both keeps the number honest).
    pub fn count(self) -> usize {
        self.chinese + self.words
    }

    /// Minutes to read, rounded up, at least one for any text.
    pub fn minutes(self) -> usize {
        let minutes =
            self.chinese as f64 / CHINESE_PER_MINUTE + self.words as f64 / WORDS_PER_MINUTE;
        if self.count() == 0 {
            0
        } else {
            (minutes.ceil() as usize).max(1)
        }
    }
}

impl std::ops::Add for Length {
    type Output = Length;

    fn add(self, other: Length) -> Length {
        Length {
            chinese: self.chinese + other.chinese,
            words: self.words + other.words,
        }
    }
}

/// Sentence-ending punctuation, Chinese and Latin.
const SENTENCE_END: &[char] = &['。', '！', '？', '!', '?', '.', '…'];

/// The first sentences of `text` that fit in `max_chars` characters, cut after a sentence
/// end (a closing quote right after it stays with it). A text without a sentence end in
/// reach is cut at a character boundary and given an ellipsis.
pub fn summarize(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let mut cut = None;
    let mut chars = text.char_indices().take(max_chars).peekable();
    while let Some((i, c)) = chars.next() {
        if SENTENCE_END.contains(&c) {
            let mut end = i + c.len_utf8();
            // `.` inside a number or an abbreviation like `9.9` is not an end.
            if c == '.'
                && text[end..]
                    .chars()
                    .next()
                    .is_some_and(|n| !n.is_whitespace())
            {
                continue;
            }
            while let Some(&(j, q)) = chars.peek() {
                if matches!(q, '”' | '’' | '」' | '』' | '"' | ')' | '）') {
                    end = j + q.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            cut = Some(end);
        }
    }
    match cut {
        Some(end) => text[..end].to_string(),
        None => {
            let end = text
                .char_indices()
                .nth(max_chars.saturating_sub(1))
                .map_or(text.len(), |(i, _)| i);
            format!("{}…", text[..end].trim_end())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_detection() {
        assert_eq!(
            detect_lang("大模型这一年走慢了吗？OpenAI、Sora、Token", Lang::En),
            Lang::Zh
        );
        assert_eq!(
            detect_lang(
                "Prices for inference fell again, said 李明 of Northwind.",
                Lang::Zh
            ),
            Lang::En
        );
        assert_eq!(detect_lang("2024 — 12", Lang::En), Lang::En);
    }

    #[test]
    fn length_and_reading_time() {
        let zh = Length::of("大模型这一年有哪些关键词？视频模型Sora、推理模型GPT-o1。");
        assert_eq!(
            zh,
            Length {
                chinese: 20,
                words: 2
            }
        );
        let en = Length::of(
            "Prices for running large models fell sharply this winter, Okafor's team said.",
        );
        assert_eq!(
            en,
            Length {
                chinese: 0,
                words: 12
            }
        );
        assert_eq!(
            Length {
                chinese: 400,
                words: 0
            }
            .minutes(),
            1
        );
        assert_eq!(
            Length {
                chinese: 401,
                words: 0
            }
            .minutes(),
            2
        );
        assert_eq!(
            Length {
                chinese: 0,
                words: 460
            }
            .minutes(),
            2
        );
        assert_eq!(
            Length {
                chinese: 200,
                words: 115
            }
            .minutes(),
            1,
            "half and half of a minute"
        );
        assert_eq!(Length::default().minutes(), 0);
    }

    #[test]
    fn summaries_end_at_a_sentence() {
        let zh = "第一句话。第二句“引语。”第三句很长很长很长很长很长很长很长很长。";
        assert_eq!(summarize(zh, 14), "第一句话。第二句“引语。”");
        assert_eq!(
            summarize("Prices fell 9.9 percent. Then more.", 30),
            "Prices fell 9.9 percent."
        );
        assert_eq!(summarize("没有标点的一段很长的文字", 5), "没有标点…");
        assert_eq!(summarize("短。", 5), "短。");
    }
}
