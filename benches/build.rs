//! Benchmark of a full build on generated corpora shaped like the seed article.
//!
//! `cargo bench --bench build` generates corpora with `../shared/bench/gen_corpus.py` (raw
//! `.txt` and Markdown), then times, for each: a cold build into an empty output folder, a
//! warm rebuild where nothing changed (every file compared, none rewritten), and reports
//! the peak memory of the process, and the time of the cross-site step alone (reading lists
//! matched, related articles scored). Sizes: `PIZHU_BENCH_SIZES=1000,10000` (default `1000`).

use std::time::Instant;

mod common;

use pizhu::build::Silent;
use pizhu::{BuildOptions, LoadOptions};

fn main() {
    let Some(generator) = common::generator() else {
        return;
    };
    let sizes: Vec<usize> = std::env::var("PIZHU_BENCH_SIZES")
        .unwrap_or_else(|_| "1000".to_string())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    println!(
        "{:<6} {:>7} {:>10} {:>10} {:>12} {:>10} {:>10}",
        "format", "n", "cold s", "warm s", "articles/s", "peak MiB", "related s"
    );
    for n in sizes {
        for format in ["raw", "md"] {
            let work = tempfile::tempdir().expect("temporary folder");
            let root = common::site(&generator, work.path(), n, 1, format);
            let options = BuildOptions {
                root: root.clone(),
                output: Some(work.path().join("public")),
                load: LoadOptions::default(),
            };
            let started = Instant::now();
            let report = pizhu::build(&options, &Silent).expect("cold build");
            let cold = started.elapsed().as_secs_f64();
            let started = Instant::now();
            let warm_report = pizhu::build(&options, &Silent).expect("warm build");
            let warm = started.elapsed().as_secs_f64();
            assert_eq!(
                warm_report.stats.written, 0,
                "a rebuild of unchanged input writes nothing"
            );
            // The site-wide passes alone: reading lists matched, related articles scored,
            // the indexes made, on articles already annotated.
            let site = pizhu::Site::load(&root, &LoadOptions::default()).expect("site loads");
            let tools = pizhu::annotate::Tools::for_site(&site);
            let notes = pizhu::annotate::annotate(&site, &tools);
            let started = Instant::now();
            std::hint::black_box(pizhu::annotate::index::site_notes(
                &site,
                &notes.articles,
                &mut None,
            ));
            let related = started.elapsed().as_secs_f64();
            println!(
                "{:<6} {:>7} {:>10.3} {:>10.3} {:>12.0} {:>10.1} {:>10.3}",
                format,
                report.articles,
                cold,
                warm,
                report.articles as f64 / cold,
                peak_mib(),
                related
            );
        }
    }
}

/// The process's peak resident memory (Linux), in MiB; 0 elsewhere.
fn peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}
