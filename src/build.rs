//! `build`: load the site, render every page in memory, then write the output folder.
//! Nothing is written unless every page rendered.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::render;
use crate::site::{LoadOptions, Site};
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
    let site = Site::load(&options.root, &options.load)?;
    let output = match &options.output {
        Some(out) => out.clone(),
        None => options.root.join(&site.config.output_dir),
    };
    write::check_output(&options.root, &output)?;
    progress.start(site.articles.len());
    let files = plan(&site, &|| progress.tick())?;
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

/// What repeated builds keep between them: parsed articles, the annotators, rendered
/// bodies and pages, each reused only while what it was made from is unchanged.
#[derive(Default)]
pub struct BuildCache {
    pub site: crate::site::SiteCache,
    pub render: render::RenderCache,
}

/// Load and render the site at `root` into memory, writing nothing (for the preview
/// server), reusing what `cache` holds. Returns the files and the warnings.
pub fn build_in_memory(
    root: &Path,
    load: &LoadOptions,
    cache: &mut BuildCache,
) -> Result<(Vec<OutputFile>, Vec<String>)> {
    let site = Site::load_cached(root, load, &mut cache.site)?;
    let files = plan_cached(&site, &|| {}, &mut cache.render)?;
    Ok((files, site.warnings))
}

/// Every file of the output, rendered in memory, in path order.
pub fn plan(site: &Site, tick: &(dyn Fn() + Sync)) -> Result<Vec<OutputFile>> {
    plan_cached(site, tick, &mut render::RenderCache::default())
}

/// [`plan`], reusing rendered bodies and pages from `cache`.
pub fn plan_cached(
    site: &Site,
    tick: &(dyn Fn() + Sync),
    cache: &mut render::RenderCache,
) -> Result<Vec<OutputFile>> {
    let pages =
        render::render_site_cached(site, tick, cache).map_err(|e| e.relative_to(&site.root))?;
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
                Path::new(crate::site::STATIC_DIR).join(&file.path),
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
