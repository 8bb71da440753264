//! Markdown articles: the body after the front matter. A title may come from a leading `#`
//! heading; an editor line and a trailing reading-list section (`## 相关阅读` followed by a
//! list, as CMS exports write them) become metadata just as in raw articles.

use super::raw_text::{editor_name, entry_from_line, is_reading_label};
use crate::model::{Article, Format, Meta, ReadingEntry};

/// Build an article from a Markdown body starting on `body_line`. The title is the first
/// `# ` heading when it opens the body (front matter may override it), else the file stem.
pub fn load(body: &str, body_line: usize, stem: &str) -> Article {
    let mut lines: Vec<&str> = body.lines().collect();
    let mut body_line = body_line;
    let mut title = stem.to_string();
    if let Some(first) = lines.iter().position(|l| !l.trim().is_empty()) {
        if let Some(h1) = lines[first].strip_prefix("# ") {
            title = h1.trim().trim_end_matches('#').trim().to_string();
            lines.drain(..=first);
            body_line += first + 1;
        }
    }
    let reading = take_reading_section(&mut lines);
    let editor = take_editor_line(&mut lines);
    let mut text = lines.join("\n");
    text.push('\n');
    Article {
        file: Default::default(),
        path: String::new(),
        section: String::new(),
        format: Format::Markdown,
        meta: Meta {
            title,
            editor,
            ..Meta::default()
        },
        body: text,
        body_line,
        reading,
    }
}

/// A last heading that is a reading-list label, followed by nothing but list items.
fn take_reading_section(lines: &mut Vec<&str>) -> Vec<ReadingEntry> {
    let Some(at) = lines.iter().rposition(|l| {
        let t = l.trim_start();
        t.starts_with('#') && is_reading_label(t.trim_start_matches('#').trim())
    }) else {
        return Vec::new();
    };
    let items: Vec<&str> = lines[at + 1..]
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    let all_items = !items.is_empty()
        && items.iter().all(|l| {
            l.starts_with("- ")
                || l.starts_with("* ")
                || l.starts_with("+ ")
                || l.split_once(". ")
                    .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()))
        });
    if !all_items {
        return Vec::new();
    }
    let entries = items.iter().map(|item| list_entry(item)).collect();
    lines.truncate(at);
    entries
}

/// `- [title](url)（source date）` or `- title source date`.
fn list_entry(item: &str) -> ReadingEntry {
    let item = item.trim_start_matches(['-', '*', '+']).trim();
    if let Some(rest) = item.strip_prefix('[') {
        if let Some((text, after)) = rest.split_once("](") {
            if let Some((url, tail)) = after.split_once(')') {
                let mut entry = entry_from_line(&format!("{text}{tail}"));
                if entry.date.is_none() && entry.source.is_none() {
                    entry.title = text.to_string();
                }
                entry.url = Some(url.trim().to_string());
                return entry;
            }
        }
    }
    entry_from_line(item)
}

/// The last non-blank line, when it is an editor line.
fn take_editor_line(lines: &mut Vec<&str>) -> Option<String> {
    let at = lines.iter().rposition(|l| !l.trim().is_empty())?;
    let name = editor_name(lines[at].trim())?;
    lines.truncate(at);
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_from_leading_heading() {
        let a = load("\n# 标题\n\n正文。\n", 4, "stem");
        assert_eq!(a.meta.title, "标题");
        assert_eq!(a.body_line, 6);
        assert_eq!(a.body.trim(), "正文。");
        assert_eq!(load("正文。\n", 1, "stem").meta.title, "stem");
    }

    #[test]
    fn trailing_editor_and_reading_section() {
        let body = "正文。\n\n编辑/樊宏伟\n\n## 相关阅读\n\n- [推理模型再提速](../00002/)（澎湃新闻 2024-12-21）\n- 开源模型的新一年（新知财经 2025-01-15）\n";
        let a = load(body, 1, "x");
        assert_eq!(a.meta.editor.as_deref(), Some("樊宏伟"));
        assert_eq!(a.body.trim(), "正文。");
        assert_eq!(a.reading.len(), 2);
        assert_eq!(a.reading[0].title, "推理模型再提速");
        assert_eq!(a.reading[0].url.as_deref(), Some("../00002/"));
        assert_eq!(a.reading[0].source.as_deref(), Some("澎湃新闻"));
        assert_eq!(a.reading[1].date.unwrap().to_string(), "2025-01-15");
    }

    #[test]
    fn a_reading_heading_followed_by_prose_stays_in_the_body() {
        let a = load("## 延伸阅读\n\n这一节是正文。\n", 1, "x");
        assert!(a.reading.is_empty());
        assert!(a.body.contains("延伸阅读"));
    }
}
