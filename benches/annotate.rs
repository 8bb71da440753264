//! Benchmark of the annotate stage on its own, on a generated corpus shaped like the seed.
//!
//! `cargo bench --bench annotate` generates `PIZHU_BENCH_N` raw articles (default 2,000)
//! with `../shared/bench/gen_corpus.py`, loads the site, then reports: the one-time cost of
//! the annotation tools (glossary matcher and jieba with the glossary's words); the cost per
//! article of annotating (text, one segmentation, terms, speakers, keywords, summary); the
//! site-wide passes; and, for comparison, the cost per article of weaving the records into
//! HTML.

use std::time::Instant;

mod common;

use pizhu::annotate::{annotate_article, Tools};
use pizhu::{LoadOptions, Site};

fn main() {
    let Some(generator) = common::generator() else {
        return;
    };
    let n = common::env_number("PIZHU_BENCH_N", 2000);
    let work = tempfile::tempdir().expect("temporary folder");
    let root = common::site(&generator, work.path(), n, 7, "raw");
    let site = Site::load(&root, &LoadOptions::default()).expect("generated site loads");

    let started = Instant::now();
    let tools = Tools::for_site(&site);
    let load = started.elapsed();

    let started = Instant::now();
    let mut terms = 0usize;
    let mut speakers = 0usize;
    for a in &site.articles {
        let notes = std::hint::black_box(annotate_article(a, &site.config, &tools));
        terms += notes.terms.len();
        speakers += notes.speakers.named.len() + notes.speakers.unnamed.len();
    }
    let per_article = started.elapsed();

    let started = Instant::now();
    let notes = pizhu::annotate::annotate(&site, &tools);
    let whole = started.elapsed();

    let started = Instant::now();
    for (a, n) in site.articles.iter().zip(&notes.articles) {
        std::hint::black_box(pizhu::render::article::body(&site, a, n));
    }
    let weave = started.elapsed();

    let per = |d: std::time::Duration| d.as_secs_f64() * 1000.0 / site.articles.len() as f64;
    println!("articles                       {}", site.articles.len());
    println!(
        "tools (glossary + jieba)       {:.1} ms (once per build)",
        load.as_secs_f64() * 1000.0
    );
    println!(
        "annotate one article           {:.3} ms/article ({terms} term occurrences, {speakers} speakers and sources)",
        per(per_article)
    );
    println!(
        "annotate the site (parallel)   {:.1} ms, site-wide passes included",
        whole.as_secs_f64() * 1000.0
    );
    println!(
        "weave one body into HTML       {:.3} ms/article",
        per(weave)
    );
}
