//! (c) The name and code look-up (`gebied`, `zoekGebied`, the gemeente and focusgebied of an
//! aanvraag): never panics, the same answer twice, JSON both readers accept, a hit is stable
//! under the separators and ASCII case the matching ignores, and a found name finds itself.
#![no_main]

use kansrijke_wijk::gebieden::{
    plaats, suggesties_focusgebied, suggesties_gemeente, vind_focusgebied, vind_gemeente,
};
use kansrijke_wijk::regels;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|vraag: &str| {
    let set = regels::standaard();
    let p = plaats(set, vraag);
    let json = serde_json::to_string(&p).expect("serialises");
    assert_eq!(
        json,
        serde_json::to_string(&plaats(set, vraag)).unwrap(),
        "not deterministic"
    );
    let w: serde_json::Value = serde_json::from_str(&json).expect("serde_json reads it");
    assert!(kansrijke_wijk::lees_json(&json).expect("own reader reads it") == w);
    assert!(
        matches!(
            w["ligging"].as_str(),
            None | Some("binnen" | "buiten" | "onzeker")
        ),
        "ligging {}",
        w["ligging"]
    );
    // At most three areas and three gemeenten.
    assert!(p.suggesties.len() <= 6, "{:?}", p.suggesties);
    // Separators and ASCII case do not count.
    let anders: String = format!(" -{}' ", vraag.to_ascii_uppercase());
    let g = vind_gemeente(set, vraag).map(|g| &g.code);
    assert_eq!(
        g,
        vind_gemeente(set, &anders).map(|g| &g.code),
        "{vraag:?} vs {anders:?}"
    );
    let f = vind_focusgebied(set, vraag).map(|f| &f.id);
    assert_eq!(
        f,
        vind_focusgebied(set, &anders).map(|f| &f.id),
        "{vraag:?} vs {anders:?}"
    );
    if let Some(g) = vind_gemeente(set, vraag) {
        assert_eq!(vind_gemeente(set, &g.naam).map(|x| &x.code), Some(&g.code));
        assert_eq!(vind_gemeente(set, &g.code).map(|x| &x.code), Some(&g.code));
    } else {
        let s = suggesties_gemeente(set, vraag);
        assert!(s.len() <= 3 && s.iter().all(|x| !x.is_empty()));
    }
    if let Some(f) = vind_focusgebied(set, vraag) {
        assert_eq!(vind_focusgebied(set, &f.naam).map(|x| &x.id), Some(&f.id));
    } else {
        let s = suggesties_focusgebied(set, vraag);
        assert!(s.len() <= 3 && s.iter().all(|x| !x.is_empty()));
    }
});
