//! Dates in the forms outlets write them: `2024-12-11 21:57`, `2025/03/08`, `2025.03.08`,
//! `2025年3月8日 09:30`, `March 8, 2025`, `8 March 2025`, `Mar. 8, 2025, 9:30 a.m.`.
//! A date is kept as written: a time of day only when one is written, no time zone.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{NaiveDate, NaiveTime};
use regex::{Captures, Regex};

use crate::model::PubDate;

const MONTHS: &str = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const TIME: &str = r"(?:(?:\s+|\s*[T,]\s*|\s*,?\s*at\s+)(?P<h>\d{1,2})[:：](?P<mi>\d{2})(?:[:：](?P<sec>\d{2}))?(?:\s*(?P<ap>[AaPp])\.?[Mm]\.?)?)?";

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<y>\d{{4}})(?P<s1>[-/.])(?P<m>\d{{1,2}})(?P<s2>[-/.])(?P<d>\d{{1,2}}){TIME}"
    ))
    .expect("pizhu's built-in date pattern is valid")
});
static CJK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<y>\d{{4}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*[日号]{TIME}"
    ))
    .expect("pizhu's built-in date pattern is valid")
});
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?P<mon>{MONTHS})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){TIME}"
    ))
    .expect("pizhu's built-in date pattern is valid")
});
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{MONTHS})\.?,?\s+(?P<y>\d{{4}}){TIME}"
    ))
    .expect("pizhu's built-in date pattern is valid")
});
static ZONE_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\.\d+)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT|CST|北京时间)?$")
        .expect("pizhu's built-in date pattern is valid")
});

/// A date found inside a line of text, with the byte range it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    pub date: PubDate,
    pub range: Range<usize>,
}

/// The first date written in `text`, if any. Digits glued to a match (`12024-01-01`) do not
/// count, and impossible dates (`2024-13-45`) are not dates.
pub fn find_date(text: &str) -> Option<DateMatch> {
    let mut best: Option<DateMatch> = None;
    for re in [&*NUMERIC, &*CJK, &*MONTH_FIRST, &*DAY_FIRST] {
        for caps in re.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            let glued_before = text[..whole.start()]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit());
            let glued_after = text[whole.end()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit());
            if glued_before || glued_after {
                continue;
            }
            if let Some(date) = from_captures(&caps) {
                if best.as_ref().is_none_or(|b| whole.start() < b.range.start) {
                    best = Some(DateMatch {
                        date,
                        range: whole.range(),
                    });
                }
                break;
            }
        }
    }
    best
}

/// Parse a string that is nothing but a date (front matter `date:`): every form above, and
/// ISO 8601 with seconds and a zone (`2024-12-11T21:57:00+08:00`), whose zone is dropped.
pub fn parse_date(text: &str) -> Option<PubDate> {
    let text = text.trim();
    let m = find_date(text)?;
    let rest = &text[m.range.end..];
    (m.range.start == 0 && ZONE_SUFFIX.is_match(rest)).then_some(m.date)
}

fn from_captures(caps: &Captures) -> Option<PubDate> {
    let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    if let (Some(a), Some(b)) = (caps.name("s1"), caps.name("s2")) {
        if a.as_str() != b.as_str() {
            return None;
        }
    }
    let year = caps.name("y")?.as_str().parse::<i32>().ok()?;
    let month = match caps.name("mon") {
        Some(m) => month_number(m.as_str())?,
        None => num("m")?,
    };
    let day = NaiveDate::from_ymd_opt(year, month, num("d")?)?;
    let time = match num("h") {
        Some(mut h) => {
            if let Some(ap) = caps.name("ap") {
                let pm = ap.as_str().eq_ignore_ascii_case("p");
                if !(1..=12).contains(&h) {
                    return None;
                }
                h = match (pm, h) {
                    (false, 12) => 0,
                    (true, 12) => 12,
                    (true, h) => h + 12,
                    (false, h) => h,
                };
            }
            Some(NaiveTime::from_hms_opt(h, num("mi")?, 0)?)
        }
        None => None,
    };
    Some(PubDate { day, time })
}

fn month_number(name: &str) -> Option<u32> {
    let key = name.get(..3)?.to_ascii_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months.iter().position(|m| *m == key).map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> Option<String> {
        find_date(text).map(|m| m.date.iso())
    }

    #[test]
    fn forms_outlets_use() {
        assert_eq!(
            iso("第一财经 2024-12-11 21:57").as_deref(),
            Some("2024-12-11T21:57")
        );
        assert_eq!(
            iso("2025年3月8日 09:30").as_deref(),
            Some("2025-03-08T09:30")
        );
        assert_eq!(iso("2025年03月08日").as_deref(), Some("2025-03-08"));
        assert_eq!(iso("2025/03/08").as_deref(), Some("2025-03-08"));
        assert_eq!(iso("2025.3.8 9:05").as_deref(), Some("2025-03-08T09:05"));
        assert_eq!(
            iso("Tech Ledger  2025-03-08 09:30").as_deref(),
            Some("2025-03-08T09:30")
        );
        assert_eq!(iso("March 8, 2025").as_deref(), Some("2025-03-08"));
        assert_eq!(iso("8 March 2025").as_deref(), Some("2025-03-08"));
        assert_eq!(
            iso("Mar. 8, 2025, 9:30 p.m.").as_deref(),
            Some("2025-03-08T21:30")
        );
        assert_eq!(
            iso("Sept 1st, 2024 at 12:15 AM").as_deref(),
            Some("2024-09-01T00:15")
        );
    }

    #[test]
    fn not_dates() {
        assert_eq!(iso("2024香港金融科技周"), None);
        assert_eq!(iso("2024-13-45"), None);
        assert_eq!(iso("12024-01-01"), None);
        assert_eq!(iso("成本接近 10 亿美元"), None);
        assert_eq!(iso("may 2025"), None);
    }

    #[test]
    fn range_covers_the_date_and_time() {
        let line = "澎湃新闻 2024-12-21";
        let m = find_date(line).unwrap();
        assert_eq!(&line[m.range.clone()], "2024-12-21");
        assert_eq!(line[..m.range.start].trim(), "澎湃新闻");
    }

    #[test]
    fn whole_string_dates_with_zones() {
        let d = parse_date("2024-12-11T21:57:00+08:00").unwrap();
        assert_eq!(d.iso(), "2024-12-11T21:57");
        assert_eq!(parse_date("2024-12-11").unwrap().iso(), "2024-12-11");
        assert_eq!(
            parse_date("2024-12-11 21:57Z").unwrap().iso(),
            "2024-12-11T21:57"
        );
        assert!(parse_date("tomorrow").is_none());
        assert!(parse_date("2024-12-11 and then").is_none());
    }
}
