//! `pizhu check`: build the site in memory and report what a reader would trip over.
//!
//! Errors: links and anchors inside the site that lead nowhere (glossary, speaker and
//! reading-index links included), images and other assets that are missing, and — with
//! `external` — links to other sites that do not answer. Warnings: reading-list entries
//! that look like a page of the site but did not match it, glossary entries of the site
//! that no article uses, and pages nothing links to. Each finding names the file it comes
//! from, with the line where one is known.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;

use crate::annotate::reading::{normalize_title, similarity};
use crate::error::Result;
use crate::load::site::{LoadOptions, Site};
use crate::write::OutputFile;

/// One thing `check` found.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// The file it comes from (relative to the site root), or the output page.
    pub file: PathBuf,
    /// 1-based; 0 when unknown.
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            0 => write!(f, "{}: {}", self.file.display(), self.message),
            l => write!(f, "{}:{l}: {}", self.file.display(), self.message),
        }
    }
}

/// What `check` found, errors apart from warnings.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub errors: Vec<Finding>,
    pub warnings: Vec<Finding>,
    /// How many pages and links were looked at.
    pub pages: usize,
    pub links: usize,
}

static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"<(a|link|img|script|source)\b([^>]*?)\s(href|src)="([^"]*)""#)
        .expect("pizhu's link pattern is valid")
});
static ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\sid="([^"]*)""#).expect("pizhu's id pattern is valid"));

/// Check the site at `root`; with `external`, also ask every outside address.
pub fn check(root: &Path, external: bool) -> Result<Report> {
    let site = Site::load(root, &LoadOptions::default())?;
    let (notes, files) = crate::build::plan(&site)?;
    let mut report = Report::default();
    let mut outputs: HashMap<String, Option<String>> = HashMap::new();
    for file in &files {
        let html = match file {
            OutputFile::Bytes { path, bytes } if path.ends_with(".html") => {
                Some(String::from_utf8_lossy(bytes).into_owned())
            }
            _ => None,
        };
        outputs.insert(file.path().to_string(), html);
    }
    // Which source file made each page, to name it in findings.
    let source_of: HashMap<String, PathBuf> = site
        .articles
        .iter()
        .map(|a| (format!("{}/index.html", a.path), a.file.clone()))
        .collect();
    let ids: HashMap<&str, BTreeSet<String>> = outputs
        .iter()
        .filter_map(|(path, html)| {
            let html = html.as_ref()?;
            Some((
                path.as_str(),
                ID.captures_iter(html)
                    .filter_map(|c| Some(decode(c.get(1)?.as_str())))
                    .collect(),
            ))
        })
        .collect();
    let mut linked: BTreeSet<String> = BTreeSet::new();
    let mut outside: BTreeMap<String, (PathBuf, usize)> = BTreeMap::new();
    let mut pages: Vec<&String> = outputs.keys().collect();
    pages.sort();
    for page in pages {
        let Some(html) = &outputs[page] else { continue };
        report.pages += 1;
        let from = source_of
            .get(page)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(format!("public/{page}")));
        for caps in LINK.captures_iter(html) {
            let tag = caps.get(1).map_or("", |m| m.as_str());
            let attributes = caps.get(2).map_or("", |m| m.as_str());
            let url = caps.get(4).map_or("", |m| m.as_str());
            // `<link rel="canonical">` and `rel="alternate"` point somewhere; they load nothing.
            let points = tag == "a"
                || (tag == "link"
                    && (attributes.contains("rel=\"canonical\"")
                        || attributes.contains("rel=\"alternate\"")));
            let url = html_escape::decode_html_entities(url).into_owned();
            report.links += 1;
            if url.starts_with(site.config.base_url.as_str())
                && site.config.base_url.contains("://")
            {
                continue; // this site's own absolute address (canonical links)
            }
            if url.starts_with("http://") || url.starts_with("https://") {
                if points {
                    outside.entry(url).or_insert((from.clone(), 0));
                } else {
                    report.errors.push(finding(&from, format!("`{url}` is loaded from another site: the output must be self-contained")));
                }
                continue;
            }
            if url.starts_with("mailto:")
                || url.starts_with("data:")
                || url.starts_with("/__pizhu/")
            {
                continue;
            }
            // 404.html links from the base path (`/reports/…`): read those from the root.
            let base = site.config.base_path();
            let url = match url.strip_prefix(base.as_str()) {
                Some(rest) if url.starts_with('/') => format!("/{rest}"),
                _ => url,
            };
            let (target, fragment) = resolve(page, &url);
            let what = if points { "link" } else { "asset" };
            match outputs.get(&target) {
                None => report.errors.push(finding(
                    &from,
                    format!("broken {what} `{url}`: nothing at `{target}`"),
                )),
                Some(_) => {
                    // A page's links to itself (`#p3`) do not make it reachable.
                    if &target != page {
                        linked.insert(target.clone());
                    }
                    if let Some(fragment) = fragment {
                        let found = ids
                            .get(target.as_str())
                            .is_some_and(|set| set.contains(&fragment));
                        if !found && !fragment.is_empty() {
                            report.errors.push(finding(
                                &from,
                                format!("broken anchor `{url}`: `{target}` has no `#{fragment}`"),
                            ));
                        }
                    }
                }
            }
        }
    }
    if external {
        for (url, (from, line)) in &outside {
            if let Err(problem) = ask(url) {
                report.errors.push(Finding {
                    file: from.clone(),
                    line: *line,
                    message: format!("external link `{url}`: {problem}"),
                });
            }
        }
    }
    // Warnings: reading-list entries that look like a page but did not match.
    {
        let used: BTreeSet<usize> = notes
            .articles
            .iter()
            .flat_map(|n| n.terms.iter().map(|t| t.entry))
            .collect();
        let glossary_file =
            Path::new(crate::load::CONTENT_DIR).join(crate::load::glossary::GLOSSARY_FILE);
        let glossary_text = std::fs::read_to_string(root.join(&glossary_file)).unwrap_or_default();
        for (i, entry) in site.glossary.iter().enumerate() {
            if entry.from_site && !used.contains(&i) {
                let line = glossary_text
                    .lines()
                    .position(|l| l.contains(&format!("term: {}", entry.term)))
                    .map_or(0, |n| n + 1);
                report.warnings.push(Finding {
                    file: glossary_file.clone(),
                    line,
                    message: format!("glossary entry `{}` is used by no article", entry.term),
                });
            }
        }
    }
    let titles: Vec<String> = site
        .articles
        .iter()
        .map(|a| normalize_title(&a.meta.title))
        .collect();
    for (i, article) in site.articles.iter().enumerate() {
        let text = std::fs::read_to_string(root.join(&article.file)).unwrap_or_default();
        for (entry, matched) in article.reading.iter().zip(&notes.site.reading[i]) {
            if matched.is_some() {
                continue;
            }
            let title = normalize_title(&entry.title);
            let close = titles
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(j, t)| (similarity(&title, t), j))
                .max_by(|a, b| a.0.total_cmp(&b.0));
            if let Some((score, j)) = close.filter(|(s, _)| *s >= 0.6) {
                let line = text
                    .lines()
                    .position(|l| l.contains(entry.title.as_str()))
                    .map_or(0, |n| n + 1);
                report.warnings.push(Finding {
                    file: article.file.clone(),
                    line,
                    message: format!(
                        "reading-list entry `{}` looks like the site's `{}` ({:.0}% alike) but does not match it; check its title and date",
                        entry.title,
                        site.articles[j].meta.title,
                        score * 100.0
                    ),
                });
            }
        }
        let page = format!("{}/index.html", article.path);
        if !linked.contains(&page) {
            report
                .warnings
                .push(finding(&article.file, "no page links to it".to_string()));
        }
    }
    report.errors.sort();
    report.errors.dedup();
    report.warnings.sort();
    Ok(report)
}

fn finding(file: &Path, message: String) -> Finding {
    Finding {
        file: file.to_path_buf(),
        line: 0,
        message,
    }
}

/// Percent-decoded text (ids and paths are written percent-encoded in links).
fn decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

/// The output file a relative link on `page` leads to, and its fragment.
fn resolve(page: &str, url: &str) -> (String, Option<String>) {
    let (path, fragment) = match url.split_once('#') {
        Some((p, f)) => (p, Some(decode(f))),
        None => (url, None),
    };
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() {
        return (page.to_string(), fragment);
    }
    let mut parts: Vec<String> = if path.starts_with('/') {
        Vec::new()
    } else {
        page.split('/').map(str::to_string).collect()
    };
    parts.pop(); // the page's own file name
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(decode(s)),
        }
    }
    let mut target = parts.join("/");
    if path.ends_with('/') || target.is_empty() {
        if !target.is_empty() {
            target.push('/');
        }
        target.push_str("index.html");
    }
    (target, fragment)
}

/// Ask an outside address whether it answers (HEAD, then GET when HEAD is refused).
fn ask(url: &str) -> std::result::Result<(), String> {
    let agent = ureq::AgentBuilder::new()
        .timeout(std::time::Duration::from_secs(10))
        .build();
    let describe = |e: ureq::Error| match e {
        ureq::Error::Status(code, _) => format!("answers {code}"),
        other => other.to_string(),
    };
    match agent.head(url).call() {
        Ok(_) => Ok(()),
        Err(_) => agent.get(url).call().map(|_| ()).map_err(describe),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_resolve_to_files() {
        assert_eq!(
            resolve("a/b/index.html", "../../c/"),
            ("c/index.html".into(), None)
        );
        assert_eq!(
            resolve("a/index.html", "../glossary/#token"),
            ("glossary/index.html".into(), Some("token".into()))
        );
        assert_eq!(
            resolve("index.html", "pizhu.css"),
            ("pizhu.css".into(), None)
        );
        assert_eq!(resolve("index.html", ""), ("index.html".into(), None));
        assert_eq!(
            resolve("a/index.html", "#p3"),
            ("a/index.html".into(), Some("p3".into()))
        );
        assert_eq!(
            resolve("x/index.html", "../%E4%B8%AD/"),
            ("中/index.html".into(), None)
        );
        assert_eq!(resolve("index.html", "../"), ("index.html".into(), None));
    }
}
