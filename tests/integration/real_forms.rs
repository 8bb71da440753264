//! The forms of real items the raw reader knows (datelines, leads, captions, lists, editor's
//! notes, headings, tails), counted over every item of `../shared/corpus/real/raw`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use pizhu::load::raw_text::{parse, RawBlock};

use crate::common::shared_file;

/// Each form the raw reader knows fires on the real items about as often as when it was
/// measured (a form that stops being recognised fails here), and every hit is written to
/// `raw-forms.tsv` in Cargo's test scratch folder for reading. `--nocapture` prints the counts.
#[test]
fn forms_on_real_items() {
    let Some(readme) = shared_file("corpus/real/README.md") else {
        return;
    };
    let root = readme.parent().expect("a folder").join("raw");
    let sites = std::fs::read_dir(&root).expect("the real items");
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new(); // hits, items
    let mut hits = String::new();
    let mut items = 0;
    for site in sites.flatten() {
        for file in std::fs::read_dir(site.path()).unwrap().flatten() {
            let path = file.path();
            let bytes = std::fs::read(&path).unwrap();
            let Ok(text) = pizhu::encoding::decode(&bytes, &path) else {
                continue;
            };
            let Some(a) = parse(&text) else { continue };
            items += 1;
            let name = path.strip_prefix(&root).unwrap().display().to_string();
            let mut found: Vec<(String, String)> = Vec::new();
            if let Some(d) = &a.dateline {
                let lang = if d.chars().any(pizhu::text::is_han) {
                    "zh"
                } else {
                    "en"
                };
                found.push((format!("dateline-{lang}"), d.clone()));
                if a.author.is_some()
                    && !text
                        .lines()
                        .nth(1)
                        .unwrap_or("")
                        .contains(a.author.as_deref().unwrap())
                {
                    found.push(("lead-author".into(), a.author.clone().unwrap()));
                }
            }
            for b in &a.blocks {
                match b {
                    RawBlock::Heading(t) => found.push(("heading".into(), t.clone())),
                    RawBlock::Paragraph(_) => {}
                    RawBlock::List { label, items } => {
                        found.push((
                            "list".into(),
                            format!("{} items: {}", items.len(), items[0]),
                        ));
                        if let Some(l) = label {
                            found.push(("list-label".into(), l.clone()));
                        }
                    }
                    RawBlock::Caption(t) => found.push(("caption".into(), t.clone())),
                    RawBlock::EditorNote { label, text } => {
                        found.push(("editor-note".into(), format!("{label}: {}", text.join(" "))))
                    }
                }
            }
            let n = a.blocks.len();
            for b in &a.blocks[n.saturating_sub(3)..] {
                if let RawBlock::Paragraph(t) | RawBlock::Heading(t) = b {
                    found.push(("tail".into(), t.clone()));
                }
            }
            let mut seen = std::collections::HashSet::new();
            for (form, t) in found {
                let c = counts.entry(form.clone()).or_default();
                c.0 += 1;
                if seen.insert(form.clone()) {
                    c.1 += 1;
                }
                let _ = writeln!(hits, "{form}\t{name}\t{}", t.replace(['\t', '\n'], " "));
            }
        }
    }
    println!("{items} items");
    for (form, (n, k)) in &counts {
        println!("{form}: {n} hits in {k} items");
    }
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("raw-forms.tsv");
    std::fs::write(&out, hits).expect("the hits file");
    println!("every hit: {}", out.display());
    // Measured when the forms were added (780, 903, 1,807, 1,136, 20, 210), less a margin
    // for changes that make a form stricter on purpose.
    for (form, floor) in [
        ("dateline-en", 700),
        ("dateline-zh", 800),
        ("caption", 1600),
        ("list", 1000),
        ("editor-note", 15),
        ("lead-author", 180),
    ] {
        let n = counts.get(form).map_or(0, |c| c.0);
        assert!(n >= floor, "{form}: {n} hits, fewer than {floor}");
    }
}
