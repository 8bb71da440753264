//! Bad input: every error names the file and line, a build reports every broken file, and
//! nothing makes pizhu panic.

use crate::common::{TestSite, ZH_ARTICLE};

#[test]
fn every_broken_file_is_reported_with_file_and_line() {
    let site = TestSite::new();
    site.file("content/good.txt", ZH_ARTICLE)
        .file("content/a.md", "---\ntitle: A\ntitel: typo\n---\n\nbody\n")
        .file(
            "content/b.md",
            "---\ntitle: B\ndate: next week\n---\n\nbody\n",
        )
        .file("content/c.md", "---\ntitle: C\n\nnever closed\n")
        .bytes("content/d.txt", b"title\nline\n\xFF\xFF broken\n")
        .file("content/e.txt", "\n\u{3000}\n");
    let err = site.build_fails(&[]);
    let expected = [
        "error: 5 problems:",
        "  content/a.md:3:1: unknown field `titel`, expected one of `title`, `date`, `slug`, `tags`, `taxonomies`, `draft`, `summary`, `description`, `source`, `author`, `editor`, `dateline`, `lang`, `related`, `aliases`, `extra`",
        "  content/b.md:3: `date: next week` is not a date (write 2024-12-11 or 2024-12-11T21:57)",
        "  content/c.md:1:1: front matter opened with `---` is never closed",
        "  content/d.txt:3: the file is not UTF-8, GB18030/GBK or UTF-16 text (byte 0xFF at offset 11); save it as UTF-8",
        "  content/e.txt:1: the article is empty: no title line",
    ];
    assert_eq!(err.lines().collect::<Vec<_>>(), expected);
    assert!(
        !site.root().join("public").exists(),
        "nothing is written when a file is broken"
    );
}

#[test]
fn site_yaml_errors_name_the_line() {
    let site = TestSite::new();
    site.file("content/a.txt", ZH_ARTICLE)
        .file("site.yaml", "title: x\nlanguage: fr\n");
    let err = site.build_fails(&[]);
    assert_eq!(
        err.trim(),
        "error: site.yaml:2:11: language: unknown variant `fr`, expected `zh` or `en`"
    );
    site.file("site.yaml", "title: x\nmarkdown:\n  tables: yes please\n");
    let err = site.build_fails(&[]);
    assert!(
        err.starts_with("error: site.yaml:3:11: markdown.tables: invalid type"),
        "{err}"
    );
    site.file("site.yaml", "base_url: example.org\n");
    let err = site.build_fails(&[]);
    assert_eq!(err.trim(), "error: site.yaml:1: base_url `example.org` must be an http(s) URL or a path starting with `/`");
}

#[test]
fn template_errors_name_the_template() {
    let site = TestSite::new();
    site.file("content/a.txt", ZH_ARTICLE)
        .file("templates/article.html", "{% if %}");
    let err = site.build_fails(&[]);
    assert!(
        err.starts_with("error: templates/article.html: Failed to parse"),
        "{err}"
    );

    site.file(
        "templates/article.html",
        "{{ page.title | no_such_filter }}",
    );
    let err = site.build_fails(&[]);
    assert_eq!(
        err.trim(),
        "error: content/a.txt: Failed to render 'article.html': Filter 'no_such_filter' not found"
    );
}

#[test]
fn two_files_writing_one_page_is_an_error() {
    let site = TestSite::new();
    site.file("content/a.txt", ZH_ARTICLE)
        .file("content/a.md", "---\ntitle: other\n---\nbody\n")
        .file("content/b.md", "---\ntitle: moved\nslug: a\n---\nbody\n");
    let err = site.build_fails(&[]);
    assert!(
        err.contains("content/a.txt: its page `a/` is also written by content/a.md"),
        "{err}"
    );
    assert!(
        err.contains("content/b.md: its page `a/` is also written by content/a.md"),
        "{err}"
    );
}

#[test]
fn a_missing_content_folder_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let out = crate::common::pizhu_in(dir.path(), &["build"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim(),
        "error: content: no content folder here: is this a pizhu site? (`pizhu init` makes one)"
    );
}

/// Truncations and byte damage of real-looking articles: the loader and renderer must
/// answer every one with a page or an error, never a panic.
#[test]
fn damaged_input_never_panics() {
    let samples = [crate::common::ZH_ARTICLE, crate::common::EN_ARTICLE];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("content")).unwrap();
    for sample in samples {
        let bytes = sample.as_bytes();
        for cut in (0..bytes.len()).step_by(7) {
            let mut damaged = bytes[..cut].to_vec();
            if !damaged.is_empty() && next() % 2 == 0 {
                let at = (next() as usize) % damaged.len();
                damaged[at] = (next() % 256) as u8;
            }
            for ext in ["txt", "md"] {
                let rel = std::path::PathBuf::from(format!("content/x.{ext}"));
                std::fs::write(dir.path().join(&rel), &damaged).unwrap();
                let format = if ext == "txt" {
                    pizhu::model::Format::Raw
                } else {
                    pizhu::model::Format::Markdown
                };
                if let Ok(article) =
                    pizhu::load::load_article(dir.path(), &rel, format, pizhu::Lang::Zh)
                {
                    let config = Default::default();
                    let _ = pizhu::load::body::text(&article.body, &config);
                    let _ = pizhu::render::markdown::body_html(&article.body, &config, None);
                }
            }
        }
    }
}
