//! (a) `toets_tekst` on arbitrary bytes, as the CLI reads a file: not UTF-8 or not JSON gives one
//! `KW-INVOER-001` at `""`; JSON gives the beoordeling of the value, the same as `toets` on it
//! (natively `toets_tekst` reads a `json::Node`, `lees_json_bytes` a `Value`: the two readers
//! checked against each other, on their answers and their errors).
#![no_main]

use kansrijke_wijk::{lees_json_bytes, niet_json, regels, toets, toets_tekst};
use kansrijke_wijk_fuzz::controleer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let set = regels::standaard();
    match lees_json_bytes(data) {
        Ok(w) => {
            let b = toets(&w);
            controleer(Some(&w), &b);
            let tekst = std::str::from_utf8(data).expect("read as JSON, so UTF-8");
            assert_eq!(
                toets_tekst(set, tekst).json(),
                b.json(),
                "toets_tekst and toets differ"
            );
        }
        Err(e) => {
            let b = niet_json(&e);
            controleer(None, &b);
            assert_eq!(b.bevindingen.len(), 1);
            if let Ok(tekst) = std::str::from_utf8(data) {
                assert_eq!(
                    toets_tekst(set, tekst).json(),
                    b.json(),
                    "toets_tekst and niet_json differ"
                );
            }
        }
    }
});
