//! The theme: Tera templates and assets. The default theme (the repository's `templates/`
//! folder) is compiled into the binary; a site's own `templates/` folder overrides any file
//! of it by name and may add more.

use std::path::Path;

use tera::Tera;
use walkdir::WalkDir;

use crate::error::{Error, Result};

/// The folder under the site root that overrides the theme.
pub const TEMPLATES_DIR: &str = "templates";

/// The default theme's templates.
const DEFAULT_TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("macros.html", include_str!("../../templates/macros.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("section.html", include_str!("../../templates/section.html")),
    ("article.html", include_str!("../../templates/article.html")),
    ("404.html", include_str!("../../templates/404.html")),
    (
        "glossary.html",
        include_str!("../../templates/glossary.html"),
    ),
    (
        "speakers.html",
        include_str!("../../templates/speakers.html"),
    ),
    ("related.html", include_str!("../../templates/related.html")),
    ("tags.html", include_str!("../../templates/tags.html")),
    ("tag.html", include_str!("../../templates/tag.html")),
];

/// The default theme's assets, written at the root of the output.
const DEFAULT_ASSETS: &[(&str, &[u8])] = &[
    ("pizhu.css", include_bytes!("../../templates/pizhu.css")),
    ("pizhu.js", include_bytes!("../../templates/pizhu.js")),
];

/// Templates ready to render, and the theme's assets.
pub struct Theme {
    tera: Tera,
    /// A digest of every template's source (render caches key on it).
    pub stamp: u64,
    /// Output path and bytes of each asset (`pizhu.css`).
    pub assets: Vec<(String, Vec<u8>)>,
}

impl std::fmt::Debug for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Theme")
            .field("assets", &self.assets.len())
            .finish()
    }
}

impl Theme {
    /// The default theme with the site's `templates/` laid over it.
    pub fn load(root: &Path) -> Result<Theme> {
        let mut templates: Vec<(String, String)> = DEFAULT_TEMPLATES
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        let mut assets: Vec<(String, Vec<u8>)> = DEFAULT_ASSETS
            .iter()
            .map(|(n, b)| (n.to_string(), b.to_vec()))
            .collect();
        let dir = root.join(TEMPLATES_DIR);
        if dir.is_dir() {
            for entry in WalkDir::new(&dir).sort_by_file_name() {
                let entry = entry.map_err(|e| crate::fs::walk_error(e, &dir))?;
                if !entry.file_type().is_file() {
                    continue;
                }
                let rel = entry.path().strip_prefix(&dir).unwrap_or(entry.path());
                let name = rel.to_string_lossy().replace('\\', "/");
                if name.split('/').any(|p| p.starts_with('.')) {
                    continue;
                }
                if name.ends_with(".html") {
                    let text = crate::fs::read_utf8(entry.path())?;
                    templates.retain(|(n, _)| *n != name);
                    templates.push((name, text));
                } else {
                    let bytes = crate::fs::read(entry.path())?;
                    assets.retain(|(n, _)| *n != name);
                    assets.push((name, bytes));
                }
            }
        }
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html"]);
        tera.set_escape_fn(escape_html);
        tera.add_raw_templates(templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| template_error(&e, root))?;
        let stamp = {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            templates.hash(&mut h);
            h.finish()
        };
        Ok(Theme {
            tera,
            stamp,
            assets,
        })
    }

    /// Render template `name` with `context`; `what` names the page for errors.
    pub fn render(&self, name: &str, context: &tera::Context, what: &str) -> Result<String> {
        self.tera
            .render(name, context)
            .map_err(|e| Error::Template {
                what: what.to_string(),
                message: chain(&e),
            })
    }
}

/// HTML escaping for template output: `& < > " '` (Tera's own also escapes `/`, which
/// makes every link unreadable).
pub fn escape_html(text: &str) -> String {
    html_escape::encode_quoted_attribute(text).into_owned()
}

fn template_error(error: &tera::Error, root: &Path) -> Error {
    let message = chain(error);
    let what = match &error.kind {
        tera::ErrorKind::Msg(m) => m
            .split('\'')
            .nth(1)
            .map(|name| {
                let overridden = root.join(TEMPLATES_DIR).join(name).is_file();
                if overridden {
                    format!("{TEMPLATES_DIR}/{name}")
                } else {
                    format!("default theme {name}")
                }
            })
            .unwrap_or_else(|| TEMPLATES_DIR.to_string()),
        _ => TEMPLATES_DIR.to_string(),
    };
    Error::Template { what, message }
}

/// Tera puts the useful part of a message in the error's sources; join them all.
fn chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !parts.contains(&text) {
            parts.push(text);
        }
        source = s.source();
    }
    parts.join(": ").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_keeps_slashes() {
        assert_eq!(
            escape_html("<a href='x/y'>&\"</a>"),
            "&lt;a href=&#x27;x/y&#x27;&gt;&amp;&quot;&lt;/a&gt;"
        );
    }

    #[test]
    fn a_broken_override_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("templates/article.html"), "{% if %}").unwrap();
        let err = Theme::load(dir.path()).unwrap_err().to_string();
        assert!(
            err.starts_with("templates/article.html: Failed to parse"),
            "{err}"
        );
    }
}
