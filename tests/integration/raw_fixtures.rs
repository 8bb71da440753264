//! Raw articles from many outlets, encodings and habits (`tests/fixtures/raw`), each with
//! the structure a careful reader takes from it (`NAME.expect.json`), compared with what
//! `pizhu inspect --json` prints.

use std::path::Path;

#[test]
fn every_fixture_reads_as_a_person_reads_it() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/raw");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.strip_suffix(".txt").map(str::to_string)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 14, "fixtures present: {names:?}");
    let mut failures = Vec::new();
    for name in &names {
        let expected: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{name}.expect.json"))).unwrap(),
        )
        .unwrap();
        let out = crate::common::pizhu_in(&dir, &["inspect", "--json", &format!("{name}.txt")]);
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for (key, want) in expected.as_object().unwrap() {
            if &got[key] != want {
                failures.push(format!("{name}.{key}: expected {want}, got {}", got[key]));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
