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
