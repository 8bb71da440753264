//! Browser behaviour in a real headless Chromium (Debian's `chromium`), driven by
//! `tests/browser/*.mjs` with playwright-core. Without Chromium, Node or the test's npm
//! packages the tests skip with the reason; under `CI=true` that is a failure.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What the browser tests need, or why they cannot run here.
fn browser_ready() -> Option<PathBuf> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let chromium = std::env::var_os("PIZHU_CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    let modules = repo.join("tests/browser/node_modules/playwright-core");
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let missing = if !chromium.is_file() {
        Some(format!(
            "{} is not installed (apt-get install chromium)",
            chromium.display()
        ))
    } else if !node {
        Some("node is not installed".to_string())
    } else if !modules.is_dir() {
        Some("tests/browser/node_modules is missing (npm ci --prefix tests/browser)".to_string())
    } else {
        None
    };
    match missing {
        None => Some(repo.join("tests/browser")),
        Some(reason) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("browser tests cannot run under CI=true: {reason}")
        }
        Some(reason) => {
            eprintln!("skipped: browser test: {reason}");
            None
        }
    }
}

/// Run one browser script on a built site; its output is shown, its exit code asserted.
fn run_script(script: &str, site: &Path, args: &[&str]) {
    let Some(dir) = browser_ready() else { return };
    let out = Command::new("node")
        .arg(dir.join(script))
        .arg(site)
        .args(args)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(out.status.success(), "{script} failed:\n{stdout}\n{stderr}");
}

/// The repository's demo site, built into a temporary folder (kept while the first value lives).
fn build_demo() -> (tempfile::TempDir, PathBuf) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    let build =
        crate::common::pizhu_in(repo, &["build", "-q", "--output", target.to_str().unwrap()]);
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    (out, target)
}

#[test]
fn glossary_tooltips_in_chromium() {
    if browser_ready().is_none() {
        return;
    }
    let (_out, target) = build_demo();
    run_script("tooltips.mjs", &target, &["2024-ai-price-war"]);
    run_script("tooltips.mjs", &target, &["english/inference-costs"]);
}

#[test]
fn speaker_sidebar_in_chromium() {
    if browser_ready().is_none() {
        return;
    }
    let (_out, target) = build_demo();
    run_script("speakers.mjs", &target, &["2024-ai-price-war"]);
    run_script("speakers.mjs", &target, &["english/inference-costs"]);
}

#[test]
fn live_reload_in_chromium() {
    let Some(dir) = browser_ready() else { return };
    let site = crate::common::TestSite::new();
    site.file("content/live.md", "---\ntitle: 预览测试\ndate: 2025-01-01\n---\n\n第一段。\n\n第二段。\n\n第三段。\n\n第四段。\n\n第五段。\n\n第六段。\n\n第七段。\n\n第八段。\n\n第九段。\n\n第十段。\n\n第十一段。\n\n第十二段。\n\n第十三段。\n\n第十四段。\n\n第十五段。\n\n第十六段。\n");
    let server = crate::serve::Server::start(site.root());
    let base = format!("http://{}/", server.addr);
    let out = Command::new("node")
        .arg(dir.join("serve.mjs"))
        .args([
            base.as_str(),
            site.root().to_str().unwrap(),
            "live",
            "content/live.md",
        ])
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(
        out.status.success(),
        "serve.mjs failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_built_folder_browses_from_disk() {
    if browser_ready().is_none() {
        return;
    }
    let (_out, target) = build_demo();
    run_script("disk.mjs", &target, &[]);
}
