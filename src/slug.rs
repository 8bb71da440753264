//! Slugs: the last part of an article's address, made from its title by the site's rule
//! (`slug:` in `site.yaml`) — `unicode` keeps the characters (links percent-encode them),
//! `pinyin` writes Chinese in toneless pinyin, `date` uses the date and time.

use pinyin::ToPinyin;
use serde::Deserialize;

/// How `pizhu new` names an article's file.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SlugRule {
    /// Letters and digits of any script kept, Latin lower-cased: `大模型慢了吗`.
    #[default]
    Unicode,
    /// Chinese in pinyin without tones: `da-mo-xing-man-le-ma`.
    Pinyin,
    /// The date and time: `2025-03-08-0930`.
    Date,
}

/// The slug of `title` by `rule`; `now` is `YYYY-MM-DD-HHMM` for the `date` rule. Never
/// empty (`article` when nothing usable is left).
pub fn slugify(title: &str, rule: SlugRule, now: &str) -> String {
    let mut out = String::new();
    let dash = |out: &mut String| {
        if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    };
    match rule {
        SlugRule::Date => return now.to_string(),
        SlugRule::Unicode => {
            for c in title.chars() {
                if c.is_alphanumeric() {
                    out.extend(c.to_lowercase());
                } else {
                    dash(&mut out);
                }
            }
        }
        SlugRule::Pinyin => {
            for c in title.chars() {
                if let Some(p) = c.to_pinyin() {
                    dash(&mut out);
                    out.push_str(p.plain());
                    dash(&mut out);
                } else if c.is_ascii_alphanumeric() {
                    out.push(c.to_ascii_lowercase());
                } else {
                    dash(&mut out);
                }
            }
        }
    }
    let slug = out.trim_matches('-').to_string();
    if slug.is_empty() {
        "article".to_string()
    } else {
        slug
    }
}

/// An id made from heading or term text: letters and digits of any script kept (Chinese
/// keeps its characters), Latin lower-cased, everything else a single `-`.
pub fn slug_id(text: &str) -> String {
    let mut id = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            id.extend(c.to_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_string();
    // Paragraph ids are `p1`, `p2`, …: a heading must not take one.
    let looks_like_paragraph = id
        .strip_prefix('p')
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    match id.as_str() {
        "" => "section".to_string(),
        _ if looks_like_paragraph => format!("{id}-h"),
        _ => id,
    }
}

/// `base`, or `base-1`, `base-2`, … the first that `used` does not hold yet (it then does).
pub fn unique_id(base: &str, used: &mut std::collections::HashSet<String>) -> String {
    let mut id = base.to_string();
    let mut n = 1;
    while used.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    used.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        let title = "从“造锤子”到“找钉子”,大模型这一年走慢了吗?";
        assert_eq!(
            slugify(title, SlugRule::Unicode, ""),
            "从-造锤子-到-找钉子-大模型这一年走慢了吗"
        );
        assert_eq!(
            slugify("OpenAI发布o3", SlugRule::Pinyin, ""),
            "openai-fa-bu-o3"
        );
        assert_eq!(
            slugify("大模型 Scaling Law", SlugRule::Pinyin, ""),
            "da-mo-xing-scaling-law"
        );
        assert_eq!(
            slugify("Why Tokens Got Cheap?", SlugRule::Unicode, ""),
            "why-tokens-got-cheap"
        );
        assert_eq!(
            slugify("任意", SlugRule::Date, "2025-03-08-0930"),
            "2025-03-08-0930"
        );
        assert_eq!(slugify("？！", SlugRule::Unicode, ""), "article");
    }
}
