//! What repeated renders (the preview server) keep: each article's body HTML and every page,
//! with a digest of what it was made from. An entry is reused only when the digest of its
//! inputs is the same: for a body, the article's notes and its place in the site; for an
//! article page, the article, its notes, the site-wide records that touch it and the
//! chrome; for a list page, what it shows.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use tera::Context;

use super::Page;
use crate::error::Error;
use crate::load::site::Site;

/// Rendered bodies and pages of the last build, by path, with their keys.
#[derive(Default)]
pub struct RenderCache {
    pub(super) bodies: HashMap<String, (u64, Arc<String>)>,
    pub(super) pages: HashMap<String, (u64, Arc<Vec<u8>>)>,
    /// A cache for one render only (`build`): bodies are let go as soon as the pages
    /// that show them are made.
    pub(super) once: bool,
}

/// A digest of `parts`.
pub(super) fn digest(parts: impl Hash) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut h);
    h.finish()
}

/// Where the pages that are not article pages go: rendered, or reused from the last build
/// when what they are made from is the same.
pub(super) struct PageSink<'a> {
    pub old: HashMap<String, (u64, Arc<Vec<u8>>)>,
    pub new: &'a mut HashMap<String, (u64, Arc<Vec<u8>>)>,
    pub pages: &'a mut Vec<Page>,
    pub errors: &'a mut Vec<Error>,
}

impl PageSink<'_> {
    /// Reuse the last build's page at `path` if it was made from `key`.
    pub fn reuse(&mut self, path: &str, key: u64) -> bool {
        match self.old.get(path) {
            Some((k, bytes)) if *k == key => {
                self.new.insert(path.to_string(), (key, Arc::clone(bytes)));
                self.pages.push(Page {
                    path: path.to_string(),
                    bytes: Arc::clone(bytes),
                });
                true
            }
            _ => false,
        }
    }

    /// Render `template` with `ctx` into `path`, unless the last build's page has the same
    /// key: `key`, or else a digest of the context itself.
    pub fn render(
        &mut self,
        site: &Site,
        (template, ctx, what): (&str, &Context, &str),
        path: &str,
        key: Option<u64>,
    ) {
        let key = key.unwrap_or_else(|| {
            let json = serde_json::to_vec(&ctx.clone().into_json()).unwrap_or_default();
            digest((site.theme.stamp, template, json))
        });
        if self.reuse(path, key) {
            return;
        }
        match site.theme.render(template, ctx, what) {
            Ok(html) => {
                let bytes = Arc::new(html.into_bytes());
                self.new.insert(path.to_string(), (key, Arc::clone(&bytes)));
                self.pages.push(Page {
                    path: path.to_string(),
                    bytes,
                });
            }
            Err(e) => self.errors.push(e),
        }
    }

    /// A file made without a template (feeds, sitemaps, redirects).
    pub fn push(&mut self, path: impl Into<String>, text: String) {
        self.pages.push(Page {
            path: path.into(),
            bytes: Arc::new(text.into_bytes()),
        });
    }
}
