//! The fixture helper: a site in a temporary folder, and the `pizhu` binary run on it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A site in a temporary folder that is removed when the value is dropped.
pub struct TestSite {
    dir: tempfile::TempDir,
}

impl TestSite {
    /// An empty site: just a `content/` folder.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temporary folder");
        std::fs::create_dir(dir.path().join("content")).expect("content folder");
        TestSite { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Write a text file under the site root (folders are created).
    pub fn file(&self, rel: &str, text: &str) -> &Self {
        self.bytes(rel, text.as_bytes())
    }

    pub fn bytes(&self, rel: &str, bytes: &[u8]) -> &Self {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("folders");
        std::fs::write(path, bytes).expect("write fixture file");
        self
    }

    pub fn remove(&self, rel: &str) -> &Self {
        std::fs::remove_file(self.root().join(rel)).expect("remove fixture file");
        self
    }

    /// Run `pizhu` with `args` in the site root.
    pub fn pizhu(&self, args: &[&str]) -> Output {
        pizhu_in(self.root(), args)
    }

    /// `pizhu build` with extra `args`; panics with the error output when it fails.
    pub fn build(&self, args: &[&str]) -> String {
        let mut all = vec!["build"];
        all.extend_from_slice(args);
        let out = self.pizhu(&all);
        assert!(
            out.status.success(),
            "build failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// `pizhu build` that must fail; returns what it printed on stderr.
    pub fn build_fails(&self, args: &[&str]) -> String {
        let mut all = vec!["build"];
        all.extend_from_slice(args);
        let out = self.pizhu(&all);
        assert!(
            !out.status.success(),
            "build should have failed:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    }

    /// A file of the output folder `public/`.
    pub fn output(&self, rel: &str) -> String {
        let path = self.root().join("public").join(rel);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    pub fn has_output(&self, rel: &str) -> bool {
        self.root().join("public").join(rel).exists()
    }
}

/// Run the `pizhu` binary in `dir`.
pub fn pizhu_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pizhu"))
        .args(args)
        .current_dir(dir)
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("run pizhu")
}

/// Every file under `dir`, as (relative path, bytes), sorted.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walk(dir)
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(dir)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = std::fs::read(&p).expect("read output");
            (rel, bytes)
        })
        .collect();
    files.sort();
    files
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// The shared corpus folder `../shared` next to the repository, when it is there.
/// Under `CI=true` its absence is a failure; elsewhere the test says why it skips.
pub fn shared_file(rel: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(rel);
    if path.is_file() {
        return Some(path);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{} is missing, and CI=true requires it", path.display());
    }
    eprintln!(
        "skipped: {} is not here (it lives in ../shared beside the repository)",
        path.display()
    );
    None
}

/// Byte position of `needle` in `haystack`, for order checks.
pub fn position(haystack: &str, needle: &str) -> usize {
    haystack
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not found"))
}

/// A small Chinese raw article written for these tests.
pub const ZH_ARTICLE: &str = "\
算力租赁价格一年腰斩
南岭日报 2025-02-14 10:20

去年此时，一张高端GPU的月租金还要数万元。

如今价格已经回落了一半以上，多家租赁商开始比拼服务。

价格为什么降了

供给增加是主要原因，新建的数据中心在年内集中投产。

某算力平台负责人陈立表示，需求并没有减少，只是买方更理性了。

责任编辑：周明

相关阅读
推理模型走红，多想几秒值多少钱？
科创观察 2025-02-18
开源模型这一年
新知财经 2025-01-15
最新评论
网友甲：说得对
";

/// A small English raw article written for these tests.
pub const EN_ARTICLE: &str = "\
Why inference got cheap
Tech Ledger  2025-03-08 09:30

Prices for running large models fell sharply this winter.

\"We cut our bill in half,\" said Mira Okafor, chief technology officer at Northwind Compute.

What changed

Smaller models and better batching did most of the work.

Editor: Jane Roe

Related reading
The quiet rise of small models
Circuit Weekly  2025-02-20
Comments
Share this article
";
