//! Benchmark of glossary annotation alone, on a generated corpus shaped like the seed.
//!
//! `cargo bench --bench annotate` generates `PIZHU_BENCH_N` raw articles (default 2,000)
//! with `../shared/bench/gen_corpus.py`, loads them, then reports: the one-time cost of
//! loading jieba with the glossary's words, and the cost per article of rendering its body
//! with and without term marking, and with speaker detection too; the differences are
//! what marking and detection cost.

use std::time::Instant;

mod common;

use pizhu::annotate::{Detector, Glossary, People, Segmenter};
use pizhu::config::MarkdownConfig;
use pizhu::render::markdown::{render, render_with, Annotator};

fn main() {
    let Some(generator) = common::generator() else {
        return;
    };
    let n = common::env_number("PIZHU_BENCH_N", 2000);
    let work = tempfile::tempdir().expect("temporary folder");
    let root = common::site(&generator, work.path(), n, 7, "raw");
    let mut articles = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(root.join("content"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for path in names {
        articles
            .push(pizhu::load::load_file(&path, pizhu::Lang::Zh).expect("generated article loads"));
    }

    let started = Instant::now();
    let glossary = Glossary::from_sources(true, None).expect("built-in glossary");
    let segmenter = Segmenter::new(glossary.words());
    let load = started.elapsed();

    let config = MarkdownConfig::default();
    let started = Instant::now();
    for a in &articles {
        std::hint::black_box(render(&a.body, &config));
    }
    let plain = started.elapsed();

    let started = Instant::now();
    let mut terms = 0usize;
    for a in &articles {
        let marker = Annotator {
            glossary: &glossary,
            segmenter: &segmenter,
            lang: a.meta.lang,
            mark_all: false,
            glossary_url: "../glossary/".to_string(),
            speakers: None,
        };
        terms += std::hint::black_box(render_with(&a.body, &config, Some(&marker)))
            .terms
            .len();
    }
    let marked = started.elapsed();

    let people = People::default();
    let detector = Detector {
        glossary: &glossary,
        segmenter: &segmenter,
        people: &people,
    };
    let started = Instant::now();
    let mut speakers = 0usize;
    for a in &articles {
        let annotator = Annotator {
            glossary: &glossary,
            segmenter: &segmenter,
            lang: a.meta.lang,
            mark_all: false,
            glossary_url: "../glossary/".to_string(),
            speakers: Some(&detector),
        };
        let r = std::hint::black_box(render_with(&a.body, &config, Some(&annotator)));
        speakers += r.speakers.named.len() + r.speakers.unnamed.len();
    }
    let with_speakers = started.elapsed();

    let per = |d: std::time::Duration| d.as_secs_f64() * 1000.0 / articles.len() as f64;
    println!("articles                     {}", articles.len());
    println!(
        "glossary + jieba load        {:.1} ms (once per build)",
        load.as_secs_f64() * 1000.0
    );
    println!("render without terms         {:.3} ms/article", per(plain));
    println!(
        "render with terms            {:.3} ms/article ({} term occurrences)",
        per(marked),
        terms
    );
    println!(
        "marking alone                {:.3} ms/article",
        per(marked) - per(plain)
    );
    println!(
        "render with terms + speakers {:.3} ms/article ({} speakers and sources)",
        per(with_speakers),
        speakers
    );
    println!(
        "speaker detection alone      {:.3} ms/article",
        per(with_speakers) - per(marked)
    );
}
