//! Turning a file's bytes into text. Chinese CMS exports come as UTF-8 (with or without a
//! byte-order mark), GB18030/GBK, or UTF-16 with a BOM; all of them are decoded, and line
//! endings are normalised to `\n`. Bytes that are none of these are an error naming the line.

use std::path::Path;

use encoding_rs::{Encoding, GB18030};

use crate::error::{Error, Result};

/// Decode `bytes` read from `path` into a `String` with `\n` line endings.
pub fn decode(bytes: &[u8], path: &Path) -> Result<String> {
    let text = if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        match encoding.decode_without_bom_handling_and_without_replacement(body) {
            Some(text) => text.into_owned(),
            None => return Err(undecodable(path, body, encoding.name())),
        }
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(utf8_error) => {
                match GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
                    Some(text) if looks_like_gb_text(&text) => text.into_owned(),
                    _ => {
                        let at = utf8_error.valid_up_to();
                        let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
                        return Err(Error::parse(
                        path,
                        line,
                        0,
                        format!(
                            "the file is not UTF-8, GB18030/GBK or UTF-16 text (byte 0x{:02X} at offset {at}); save it as UTF-8",
                            bytes[at]
                        ),
                    ));
                    }
                }
            }
        }
    };
    Ok(normalize_newlines(&text))
}

/// A GB18030 decoding is believed only when the non-ASCII characters it yields are mostly
/// CJK text and punctuation: Latin-1 or Windows-1252 bytes often decode as rare Han
/// characters, but rarely as a run that is mostly common ones mixed with CJK punctuation.
fn looks_like_gb_text(text: &str) -> bool {
    let mut non_ascii = 0usize;
    let mut cjk = 0usize;
    for c in text.chars().filter(|c| !c.is_ascii()) {
        non_ascii += 1;
        let u = c as u32;
        let common_han = (0x4E00..=0x9FFF).contains(&u);
        let punct = (0x3000..=0x303F).contains(&u) || (0xFF00..=0xFFEF).contains(&u);
        let quotes = matches!(c, '“' | '”' | '‘' | '’' | '—' | '…' | '·');
        if common_han || punct || quotes {
            cjk += 1;
        }
    }
    non_ascii > 0 && cjk * 10 >= non_ascii * 9
}

fn undecodable(path: &Path, body: &[u8], name: &str) -> Error {
    // For UTF-8 the first bad byte gives a line; for UTF-16 lines are not countable in bytes.
    let line = match std::str::from_utf8(body) {
        Err(e) if name == "UTF-8" => {
            1 + body[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
        }
        _ => 0,
    };
    Error::parse(
        path,
        line,
        0,
        format!("the file starts with a {name} byte-order mark but is not valid {name}"),
    )
}

/// `\r\n` and lone `\r` become `\n`.
pub fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const ZH: &str = "大模型这一年走慢了吗？\n第一财经 2024-12-11\n";

    #[test]
    fn utf8_with_and_without_bom() {
        let p = Path::new("a.txt");
        assert_eq!(decode(ZH.as_bytes(), p).unwrap(), ZH);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(ZH.as_bytes());
        assert_eq!(decode(&bom, p).unwrap(), ZH);
    }

    #[test]
    fn gb18030_and_gbk() {
        let (bytes, _, bad) = GB18030.encode(ZH);
        assert!(!bad);
        assert_eq!(decode(&bytes, Path::new("a.txt")).unwrap(), ZH);
        let (bytes, _, _) = encoding_rs::GBK.encode(ZH);
        assert_eq!(decode(&bytes, Path::new("a.txt")).unwrap(), ZH);
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in ZH.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&le, Path::new("a.txt")).unwrap(), ZH);
        assert_eq!(decode(&be, Path::new("a.txt")).unwrap(), ZH);
    }

    #[test]
    fn crlf_and_cr_are_normalised() {
        let p = Path::new("a.txt");
        assert_eq!(decode(b"a\r\nb\rc\n", p).unwrap(), "a\nb\nc\n");
    }

    #[test]
    fn undecodable_bytes_name_the_line() {
        let bytes = b"title\nline two\n\xFF\xFE\xFF broken\n";
        let err = decode(bytes, Path::new("content/x.txt")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "content/x.txt:3: the file is not UTF-8, GB18030/GBK or UTF-16 text (byte 0xFF at offset 15); save it as UTF-8"
        );
    }

    #[test]
    fn latin1_is_not_mistaken_for_gbk() {
        // "café société" in Latin-1.
        let bytes = b"caf\xE9 soci\xE9t\xE9 and more text\n";
        assert!(decode(bytes, Path::new("a.txt")).is_err());
    }
}
