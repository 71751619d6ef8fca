// The flows and locales are embedded with include_dir, which cannot tell
// cargo which files it read: rebuild whenever either directory changes.
//
// The bundled flows are also parsed here, once, into JSON (OUT_DIR/
// bundled-flows.json): starting the program then reads them with serde_json
// in microseconds instead of parsing YAML every time. And the bundled
// locales are indexed (OUT_DIR/locale-index.rs): which file defines each
// message, so a locale's files are parsed only as their messages are shown. Whether they are
// valid is checked by the tests (and `mfa-doctor check`), not here: a flow
// that does not parse gives `null`, and the program falls back to loading
// the YAML and reporting what is wrong.

use std::path::Path;

// The same schema the program parses flows with.
#[path = "src/i18n/message_line.rs"]
mod message_line;
#[allow(dead_code)]
#[path = "src/flow/schema.rs"]
mod schema;

fn main() {
    println!("cargo:rerun-if-changed=flows");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/flow/schema.rs");
    let json = bundled_flows().map_or_else(
        || "null".to_string(),
        |flows| serde_json::to_string(&flows).unwrap_or_else(|_| "null".to_string()),
    );
    let out_dir = std::env::var_os("OUT_DIR").unwrap_or_default();
    for (name, text) in [("bundled-flows.json", json), ("locale-index.rs", locale_index())] {
        let out = Path::new(&out_dir).join(name);
        if let Err(e) = std::fs::write(&out, text) {
            println!("cargo:warning=cannot write {}: {e}", out.display());
        }
    }
}

/// For each bundled locale, every message id and the file that defines it,
/// sorted by id, as a Rust expression: the program parses a locale's file
/// only when one of its messages is wanted, and looks here for which. A
/// message starts a line with a letter: `id =`.
fn locale_index() -> String {
    let mut locales: Vec<String> = sorted_names(Path::new("locales"));
    locales.retain(|tag| Path::new("locales").join(tag).is_dir());
    let entries: Vec<String> = locales
        .iter()
        .map(|tag| {
            let mut ids: Vec<(String, String)> = Vec::new();
            for file in
                sorted_names(&Path::new("locales").join(tag)).into_iter().filter(|f| f.ends_with(".ftl"))
            {
                let text =
                    std::fs::read_to_string(Path::new("locales").join(tag).join(&file)).unwrap_or_default();
                ids.extend(
                    text.lines()
                        .filter_map(message_line::message_id)
                        .map(|id| (id.to_string(), file.clone())),
                );
            }
            ids.sort();
            let ids: Vec<String> = ids.iter().map(|(id, file)| format!("({id:?}, {file:?})")).collect();
            format!("({tag:?}, &[{}])", ids.join(", "))
        })
        .collect();
    format!("&[{}]", entries.join(", "))
}

fn sorted_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

/// Every `flows/*.yaml` and `*.yml`, as `(path, flow)` in the order the
/// program reads them; `None` if any cannot be read or parsed.
fn bundled_flows() -> Option<Vec<(String, schema::RawFlow)>> {
    sorted_names(Path::new("flows"))
        .into_iter()
        .filter(|name| name.ends_with(".yaml") || name.ends_with(".yml"))
        .map(|name| {
            let text = std::fs::read_to_string(Path::new("flows").join(&name)).ok()?;
            Some((format!("flows/{name}"), serde_yaml::from_str(&text).ok()?))
        })
        .collect()
}
