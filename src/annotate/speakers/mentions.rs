//! Where a speaker is mentioned in a stretch of text: the one named last (outside quotation
//! marks), which pronouns and references read back to.

use super::{Ref, Speakers};

/// The named speaker whose name or alias occurs last in `text`, outside quotation marks
/// (`“… because of President Trump’s victory,” he said`: he is not Trump).
///
/// A name in the possessive is passed over for another speaker the same sentence names before
/// it: in `Netanyahu also “welcomed” Trump’s demand … and he said`, he is Netanyahu.
pub(super) fn latest_mention(out: &Speakers, text: &str) -> Option<Ref> {
    let text = unquoted(text);
    let (at, end, r) = latest_mention_span(out, &text)?;
    let possessive = ["’s", "'s"].iter().any(|s| {
        text[end..]
            .strip_prefix(s)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    });
    let sentence = text[..at]
        .rmatch_indices(['.', '!', '?', '。'])
        .next()
        .map_or(0, |(i, stop)| i + stop.len());
    match latest_mention_at(out, &text[sentence..at]) {
        Some((_, earlier)) if possessive && earlier != r => Some(earlier),
        _ => Some(r),
    }
}

/// `text` with what stands inside quotation marks blanked (byte for byte, so offsets hold).
pub(super) fn unquoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut curly = 0usize;
    let mut straight = false;
    for c in text.chars() {
        let inside = curly > 0 || straight;
        match c {
            '“' | '「' | '『' => curly += 1,
            '”' | '」' | '』' => curly = curly.saturating_sub(1),
            '"' => straight = !straight,
            _ if inside => {
                out.extend(std::iter::repeat_n(' ', c.len_utf8()));
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// Where in `text` a named speaker is mentioned last (name, alias or surname), and who.
pub(super) fn latest_mention_at(out: &Speakers, text: &str) -> Option<(usize, Ref)> {
    latest_mention_span(out, text).map(|(at, _, r)| (at, r))
}

/// The same with where the mention ends.
fn latest_mention_span(out: &Speakers, text: &str) -> Option<(usize, usize, Ref)> {
    let mut best: Option<(usize, usize, usize)> = None;
    for (i, s) in out.named.iter().enumerate() {
        let surname = s
            .name
            .split_whitespace()
            .last()
            .filter(|_| s.name.contains(' '))
            .map(str::to_string);
        for form in std::iter::once(&s.name)
            .chain(s.aliases.iter())
            .chain(surname.iter())
        {
            if let Some(at) = text.rfind(form.as_str()) {
                if best.is_none_or(|(b, _, _)| at > b) {
                    best = Some((at, at + form.len(), i));
                }
            }
        }
    }
    best.map(|(at, end, i)| (at, end, Ref::Named(i)))
}
