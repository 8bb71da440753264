//! `build`: the four stages in order — load the site, annotate it, render every page in
//! memory, then write the output folder. Nothing is written unless every page rendered.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::annotate::{self, AnnotateCache, Annotations, Tools};
use crate::error::{Error, Result};
use crate::load::site::{LoadOptions, Site, SiteCache};
use crate::render::{self, Page, RenderCache};
use crate::write::{self, OutputFile, WriteStats};

/// How to build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site root (holds `content/`).
    pub root: PathBuf,
    /// The output folder; default `output_dir` from `site.yaml` under the root.
    pub output: Option<PathBuf>,
    pub load: LoadOptions,
}

/// What a build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    pub output: PathBuf,
    pub articles: usize,
    pub pages: usize,
    pub stats: WriteStats,
    pub warnings: Vec<String>,
    pub elapsed: Duration,
}

/// Something that wants to know how far a build has come.
pub trait Progress: Sync {
    /// The build will render `total` articles.
    fn start(&self, total: usize);
    /// One more article rendered.
    fn tick(&self);
}

/// A progress that says nothing.
pub struct Silent;

impl Progress for Silent {
    fn start(&self, _: usize) {}
    fn tick(&self) {}
}

/// Build the site described by `options`.
pub fn build(options: &BuildOptions, progress: &dyn Progress) -> Result<BuildReport> {
    let started = Instant::now();
    // 1. load
    let site: Site = Site::load(&options.root, &options.load)?;
    let output = match &options.output {
        Some(out) => out.clone(),
        None => options.root.join(&site.config.output_dir),
    };
    write::check_output(&options.root, &output)?;
    // 2. annotate (jieba and the matcher are let go as soon as the records are made)
    let notes: Annotations = annotate::annotate(&site, &Tools::for_site(&site));
    // 3. render (the records are let go once the pages are made)
    progress.start(site.articles.len());
    let pages: Vec<Page> = render::render_site(&site, &notes, &|| progress.tick())
        .map_err(|e| e.relative_to(&site.root))?;
    drop(notes);
    let files = output_files(&site, pages)?;
    // 4. write
    let stats = write::write_output(&output, &files).map_err(|e| e.relative_to(&options.root))?;
    Ok(BuildReport {
        output,
        articles: site.articles.len(),
        pages: files.len(),
        stats,
        warnings: site.warnings,
        elapsed: started.elapsed(),
    })
}

/// What repeated builds (the preview server) keep between them, stage by stage: parsed
/// articles; the annotation tools with the stamp of the glossary and registry they were
/// made from; each article's notes; rendered bodies and pages. Each is reused only while
/// what it was made from is unchanged.
#[derive(Default)]
pub struct BuildCache {
    pub site: SiteCache,
    tools: Option<std::sync::Arc<Tools>>,
    pub annotate: AnnotateCache,
    pub render: RenderCache,
}

impl BuildCache {
    /// The tools for `site`, made again only when its glossary or registry changed.
    fn tools(&mut self, site: &Site) -> std::sync::Arc<Tools> {
        let stamp = Tools::stamp_of(&site.glossary, &site.people);
        match &self.tools {
            Some(tools) if tools.stamp == stamp => std::sync::Arc::clone(tools),
            _ => {
                let tools = std::sync::Arc::new(Tools::for_site(site));
                self.tools = Some(std::sync::Arc::clone(&tools));
                tools
            }
        }
    }
}

/// Load, annotate and render the site at `root` into memory, writing nothing (for the
/// preview server), reusing what `cache` holds. Returns the files and the warnings.
pub fn build_in_memory(
    root: &Path,
    load: &LoadOptions,
    cache: &mut BuildCache,
) -> Result<(Vec<OutputFile>, Vec<String>)> {
    let site = Site::load_cached(root, load, &mut cache.site)?;
    let tools = cache.tools(&site);
    let notes = annotate::annotate_cached(&site, &tools, &mut cache.annotate);
    let pages = render::render_site_cached(&site, &notes, &|| {}, &mut cache.render)
        .map_err(|e| e.relative_to(&site.root))?;
    let files = output_files(&site, pages)?;
    Ok((files, site.warnings))
}

/// Every file of the output in memory, in path order: annotated and rendered (for `check`
/// and tests).
pub fn plan(site: &Site) -> Result<(Annotations, Vec<OutputFile>)> {
    let tools = Tools::for_site(site);
    let notes = annotate::annotate(site, &tools);
    let pages = render::render_site(site, &notes, &|| {}).map_err(|e| e.relative_to(&site.root))?;
    let files = output_files(site, pages)?;
    Ok((notes, files))
}

/// The rendered pages and the site's static files, in path order. A static file may
/// replace a theme asset, but not a page pizhu writes.
fn output_files(site: &Site, pages: Vec<Page>) -> Result<Vec<OutputFile>> {
    let mut files: Vec<OutputFile> = Vec::with_capacity(pages.len() + site.static_files.len());
    let generated: std::collections::BTreeSet<&str> = pages
        .iter()
        .filter(|p| !site.theme.assets.iter().any(|(name, _)| *name == p.path))
        .map(|p| p.path.as_str())
        .collect();
    let mut errors = Vec::new();
    for file in &site.static_files {
        if generated.contains(file.path.as_str()) {
            errors.push(Error::parse(
                Path::new(crate::load::site::STATIC_DIR).join(&file.path),
                0,
                0,
                format!(
                    "`{}` is also a page pizhu writes; rename one of them",
                    file.path
                ),
            ));
        }
    }
    if let Some(error) = Error::from_list(errors) {
        return Err(error);
    }
    // A static file of the same name replaces a theme asset.
    for page in pages {
        if !site.static_files.iter().any(|f| f.path == page.path) {
            files.push(OutputFile::Bytes {
                path: page.path,
                bytes: page.bytes,
            });
        }
    }
    for file in &site.static_files {
        files.push(OutputFile::Copy {
            path: file.path.clone(),
            source: file.source.clone(),
        });
    }
    files.sort_by(|a, b| a.path().cmp(b.path()));
    Ok(files)
}
