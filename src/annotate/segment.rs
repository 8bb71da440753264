//! Chinese word segmentation with jieba, loaded once per build and shared read-only by every
//! pass that needs word boundaries. The site's own vocabulary (glossary terms) is added to
//! jieba's dictionary so that a term is one word (`推理模型`, not `推理` + `模型`).

use jieba_rs::Jieba;

use crate::text::is_han;

/// A loaded jieba, with extra words.
pub struct Segmenter {
    jieba: Jieba,
}

impl std::fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Segmenter")
    }
}

impl Segmenter {
    /// jieba's default dictionary plus `words`. Words without Chinese characters, or with
    /// spaces (jieba cannot hold them), are left to the callers' own matching.
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Segmenter {
        let mut jieba = Jieba::new();
        for word in words {
            if word.chars().any(is_han) && !word.chars().any(char::is_whitespace) {
                jieba.add_word(word, None, None);
            }
        }
        Segmenter { jieba }
    }

    /// Byte offsets in `text` where a word starts or ends (always 0 and `text.len()`).
    pub fn boundaries(&self, text: &str) -> Vec<usize> {
        let mut cuts: Vec<usize> = self
            .jieba
            .cut(text, true)
            .into_iter()
            .map(|t| t.byte_start)
            .collect();
        cuts.push(text.len());
        cuts.dedup();
        cuts
    }

    /// The words of `text`.
    pub fn words<'t>(&self, text: &'t str) -> Vec<&'t str> {
        self.jieba
            .cut(text, true)
            .into_iter()
            .map(|t| t.word)
            .collect()
    }

    /// The words of `text` with their part-of-speech tags and byte spans (jieba with its
    /// HMM for unknown words, so that the words are those of [`Segmenter::boundaries`]).
    pub fn tag<'t>(&'t self, text: &'t str) -> Vec<jieba_rs::Tag<'t>> {
        self.jieba.tag(text, true)
    }

    /// Whether `text` holds a proper noun: a word jieba's dictionary tags as a place, an
    /// organisation, a name or another proper noun (`土耳其`, `欧盟`), Latin letters, or a
    /// word the dictionary does not know (`金种子酒`, `岩芯数智`). `数字经济`, `酒类营销`
    /// and `国家安全` hold none: they describe a role, they name no organisation.
    pub fn has_proper_noun(&self, text: &str) -> bool {
        let tags = self.jieba.tag(text, false);
        // A name the dictionary cuts into single characters (`招联`: 招 + 联).
        let singles = tags.iter().filter(|t| t.word.chars().count() == 1).count();
        if singles >= 2 && singles == tags.len() {
            return true;
        }
        tags.iter().any(|t| {
            t.tag.starts_with("ns")
                || t.tag.starts_with("nr")
                || matches!(t.tag, "nt" | "nz" | "eng" | "x")
                || t.word.chars().any(|c| c.is_ascii_alphabetic())
                || (t.word.chars().count() > 1 && !self.jieba.has_word(t.word))
        })
    }

    /// Whether a word of `text` is tagged as a place, a person or an organisation
    /// (`欧洲股票` holds one; `多元资产` and `人工智能` do not).
    pub fn has_name(&self, text: &str) -> bool {
        self.jieba
            .tag(text, true)
            .iter()
            .any(|t| t.tag.starts_with("ns") || t.tag.starts_with("nr") || t.tag == "nt")
    }

    /// Whether jieba's dictionary tags `text` as one place name (`慕尼黑`, `华盛顿`).
    pub fn is_one_place(&self, text: &str) -> bool {
        let tags = self.jieba.tag(text, false);
        tags.len() == 1 && tags[0].tag.starts_with("ns")
    }

    /// jieba itself, for passes that need its taggers or keyword extractors.
    pub fn jieba(&self) -> &Jieba {
        &self.jieba
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn added_words_are_single_tokens() {
        let s = Segmenter::new(["推理模型", "Scaling Law"]);
        let text = "OpenAI转向推理模型是迭代放缓的证明";
        let words = s.words(text);
        assert!(words.contains(&"推理模型"), "{words:?}");
        let cuts = s.boundaries(text);
        assert_eq!(cuts.first(), Some(&0));
        assert_eq!(cuts.last(), Some(&text.len()));
        let at = text.find("推理模型").unwrap();
        assert!(cuts.contains(&at) && cuts.contains(&(at + "推理模型".len())));
    }
}
