//! The inputs of the native benches (criterion and the instruction counts): every example and a 50-activity aanvraag.

use kansrijke_wijk::lees_json;
use serde_json::Value;
use std::path::Path;

/// The first example with its first activity repeated `n` times (ids and names numbered), as
/// `benches/wasm.mjs` builds it.
pub fn met_activiteiten(n: usize) -> String {
    let pad = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/groningen-noord-school-en-omgeving.json");
    let mut a = lees_json(&std::fs::read_to_string(pad).expect("example")).expect("JSON");
    let basis = a["activiteiten"][0].clone();
    let lijst = (0..n)
        .map(|i| {
            let mut x = basis.clone();
            x["id"] = Value::String(format!("activiteit-{i}"));
            x["naam"] = Value::String(format!("Activiteit {i}"));
            x
        })
        .collect();
    a["activiteiten"] = Value::Array(lijst);
    serde_json::to_string(&a).expect("serialises")
}

/// `(name, JSON text)` of every example of `examples/` (sorted by name) and `50-activiteiten`.
pub fn invoer() -> Vec<(String, String)> {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut namen: Vec<_> = std::fs::read_dir(&map)
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    namen.sort();
    let mut lijst: Vec<(String, String)> = namen
        .iter()
        .map(|p| {
            let naam = p
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (naam, std::fs::read_to_string(p).expect("example"))
        })
        .collect();
    lijst.push(("50-activiteiten".into(), met_activiteiten(50)));
    lijst
}
