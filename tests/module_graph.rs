//! The house's rule for the terminal interface: no import cycle inside
//! `src/tui/` (the model does not import the view that draws it, nor
//! anything that does). Read from the source, so a `use` that closes a
//! cycle fails here with the cycle named.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each module of `src/tui/` (a folder counts as one module, `mod.rs` as
/// `tui` itself) and the sibling modules it names, test modules left out.
fn tui_imports() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&root).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            for inner in std::fs::read_dir(&path).unwrap() {
                files.push((path.clone(), inner.unwrap().path()));
            }
        } else {
            files.push((root.clone(), path));
        }
    }
    for (folder, file) in files {
        if file.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let in_subfolder = folder != root;
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        let module = if in_subfolder {
            folder.file_name().unwrap().to_string_lossy().into_owned()
        } else if stem == "mod" {
            "tui".to_string()
        } else {
            stem.clone()
        };
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text.split("#[cfg(test)]\nmod tests").next().unwrap();
        let deps = graph.entry(module.clone()).or_default();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            // The paths that lead from this file up to `tui`.
            let to_tui: &[&str] = if in_subfolder && stem != "mod" {
                &["super::super::", "crate::tui::"]
            } else if !in_subfolder && stem == "mod" {
                &["crate::tui::"]
            } else {
                &["super::", "crate::tui::"]
            };
            for prefix in to_tui {
                for (at, _) in line.match_indices(prefix) {
                    let rest = &line[at + prefix.len()..];
                    let name: String =
                        rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    if name.is_empty() || name == "super" {
                        continue;
                    }
                    // An item of `tui` itself (`super::CopiedTo`), or a module.
                    let target = if name.starts_with(char::is_uppercase) { "tui".to_string() } else { name };
                    if target != module {
                        deps.insert(target);
                    }
                }
            }
        }
    }
    // `tui` declares and re-exports every module: it is the top, above all.
    graph.get_mut("tui").map(BTreeSet::clear);
    if let Ok(mod_rs) = std::fs::read_to_string(root.join("mod.rs")) {
        for line in mod_rs.lines() {
            let line = line.trim_start_matches("pub ").trim();
            if let Some(name) = line.strip_prefix("mod ").and_then(|l| l.strip_suffix(';')) {
                graph.entry("tui".into()).or_default().insert(name.to_string());
            }
        }
    }
    graph
}

/// A cycle through `start`, if any, as the path that closes it.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    fn walk(
        graph: &BTreeMap<String, BTreeSet<String>>,
        start: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        let here = path.last().cloned().unwrap_or_default();
        for next in graph.get(&here).into_iter().flatten() {
            if next == start {
                let mut found = path.clone();
                found.push(next.clone());
                return Some(found);
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if let Some(found) = walk(graph, start, path, seen) {
                    return Some(found);
                }
                path.pop();
            }
        }
        None
    }
    walk(graph, start, &mut vec![start.to_string()], &mut BTreeSet::new())
}

#[test]
fn no_module_of_the_tui_imports_one_that_imports_it_back() {
    let graph = tui_imports();
    assert!(graph.contains_key("app") && graph.contains_key("view"), "{graph:?}");
    assert!(graph["view"].contains("app"), "the view draws the app: {graph:?}");
    for module in graph.keys() {
        assert_eq!(cycle(&graph, module), None, "{graph:#?}");
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("app".to_string(), BTreeSet::from(["view".to_string()])),
        ("view".to_string(), BTreeSet::from(["layout".to_string()])),
        ("layout".to_string(), BTreeSet::from(["app".to_string()])),
    ]
    .into_iter()
    .collect();
    assert_eq!(cycle(&graph, "app"), Some(vec!["app".into(), "view".into(), "layout".into(), "app".into()]));
}
