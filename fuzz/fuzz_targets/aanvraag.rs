//! (b) Structure-aware: aanvragen built from `arbitrary` data with the contract's field names and
//! edge values. The value and its JSON text must give the same bytes (`toets` and `toets_tekst`).
#![no_main]

use arbitrary::Unstructured;
use kansrijke_wijk::{regels, toets, toets_tekst};
use kansrijke_wijk_fuzz::{controleer, maak};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(w) = maak::aanvraag(&mut u) else {
        return;
    };
    let b = toets(&w);
    controleer(Some(&w), &b);
    let tekst = serde_json::to_string(&w).expect("a Value serialises");
    // Text nested deeper than the reader's limit is refused as such; anything else is the same.
    if let Ok(terug) = kansrijke_wijk::lees_json(&tekst) {
        assert!(
            terug == w,
            "the crate's reader changed the aanvraag: {tekst}"
        );
        assert_eq!(
            toets_tekst(regels::standaard(), &tekst).json(),
            b.json(),
            "value and text differ: {tekst}"
        );
    }
});
