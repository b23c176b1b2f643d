//! (d) Run-time rule sets (`--regels`, `toetsMetRegels`), alone and with an aanvraag: as JSON
//! text from the bytes, or structure-aware with the real field names. A refused rule set names
//! its problems (each with a place); an accepted one checks every example and a built aanvraag
//! with all the promises of the beoordeling, deterministically.
#![no_main]

use arbitrary::Unstructured;
use kansrijke_wijk::{regels, toets_met, RegelsetFout};
use kansrijke_wijk_fuzz::{controleer, maak};
use libfuzzer_sys::fuzz_target;

const VOORBEELDEN: &[&str] = &[
    include_str!("../../examples/groningen-noord-school-en-omgeving.json"),
    include_str!("../../examples/tilburg-noordwest-jonge-kind.json"),
    include_str!("../../examples/heerlen-noord-re-integratie.json"),
    include_str!("../../examples/meerdere-fouten.json"),
];

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let als_tekst = u.arbitrary::<bool>().unwrap_or(false);
    let (uitslag, aanvraag) = if als_tekst {
        let tekst = String::from_utf8_lossy(u.take_rest()).into_owned();
        (regels::aanvulling_uit_json(&tekst, "fuzz.json"), None)
    } else {
        let Ok(w) = maak::regelset(&mut u) else {
            return;
        };
        let uitslag = regels::aanvulling_uit_waarde(&w, "fuzz.json");
        let tekst = serde_json::to_string(&w).unwrap();
        let terug = regels::aanvulling_uit_json(&tekst, "fuzz.json");
        assert_eq!(
            uitslag.is_ok(),
            terug.is_ok(),
            "value and text differ: {tekst}"
        );
        (uitslag, maak::aanvraag(&mut u).ok())
    };
    match uitslag {
        Err(RegelsetFout::Ongeldig { bron, problemen }) => {
            assert_eq!(bron, "fuzz.json");
            assert!(!problemen.is_empty());
            assert!(problemen
                .iter()
                .all(|p| !p.waar.is_empty() && !p.wat.is_empty()));
        }
        Err(RegelsetFout::Onleesbaar { bron, melding }) => {
            assert_eq!(bron, "fuzz.json");
            assert!(!melding.is_empty());
        }
        Ok(set) => {
            for v in VOORBEELDEN {
                let w = kansrijke_wijk::lees_json(v).unwrap();
                let b = toets_met(&set, &w);
                controleer(Some(&w), &b);
                assert_eq!(b.json(), toets_met(&set, &w).json(), "not deterministic");
            }
            if let Some(a) = aanvraag {
                let b = toets_met(&set, &a);
                controleer(Some(&a), &b);
            }
        }
    }
});
