//! Benchmark of the preview server's rebuild latency: one article changed in a generated
//! site, until the reload notice is sent to open pages.
//!
//! `cargo bench --bench serve` generates `PIZHU_BENCH_N` raw articles (default 10,000) with
//! `../shared/bench/gen_corpus.py`, builds them into memory as `pizhu serve` does, then
//! changes one article five times and reports each rebuild's latency.

use std::sync::{Arc, RwLock};
use std::time::Instant;

mod common;

use pizhu::serve::{Notice, Pages, Shared};
use pizhu::LoadOptions;

fn main() {
    let Some(generator) = common::generator() else {
        return;
    };
    let n = common::env_number("PIZHU_BENCH_N", 10_000);
    let work = tempfile::tempdir().expect("temporary folder");
    let root = common::site(&generator, work.path(), n, 1, "raw");

    let (notices, mut rx) = tokio::sync::broadcast::channel(16);
    let shared = Arc::new(Shared {
        pages: RwLock::new(Pages::default()),
        cache: Default::default(),
        notices,
        hosts: vec!["127.0.0.1".into()],
        any_ip: false,
        port: 1111,
    });
    let load = LoadOptions {
        drafts: false,
        base_url: Some("http://127.0.0.1:1111/".into()),
    };
    let started = Instant::now();
    shared.rebuild(&root, &load).expect("first build");
    println!("articles            {n}");
    println!(
        "first build         {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let _ = rx.try_recv();

    let file = root.join("content/00042.txt");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut times = Vec::new();
    for i in 0..5 {
        // A writer's typical edit: a sentence added to the body (the title stays).
        let edited = original.replacen(
            "\n\n",
            &format!("\n\n这是第{i}次修改时加上的一句话。\n\n"),
            1,
        );
        std::fs::write(&file, edited).unwrap();
        let started = Instant::now();
        shared.rebuild(&root, &load).expect("rebuild");
        let sent = matches!(rx.try_recv(), Ok(Notice::Reload(_)));
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        assert!(sent, "a reload notice was sent");
        times.push(ms);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "rebuild, one change {:.0} ms median ({:.0}–{:.0} ms over 5)",
        times[2], times[0], times[4]
    );
}
