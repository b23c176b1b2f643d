//! Reading a run-time rule set (an [`Aanvulling`]) from a JSON value, strictly: a field that is
//! missing, unknown or of the wrong type is a problem at its JSON path.
//!
//! By hand rather than with serde's derive, so every problem names its JSON path, not a line and
//! column (and for size: BENCHMARKS.md, "Size tricks in the code").

use super::model::*;
use crate::base::json::token;
use crate::base::tekst::Reeks;
use serde_json::{Map, Value};

/// The [`Aanvulling`] in `w`, or every problem found as `"/path: what"` (in English, for the
/// developer or official who wrote the file).
pub fn lees(w: &Value) -> Result<Aanvulling, Vec<String>> {
    let mut l = AanvullingReader {
        problemen: Vec::new(),
    };
    let a = l.aanvulling(w);
    if l.problemen.is_empty() {
        Ok(a)
    } else {
        Err(l.problemen)
    }
}

type Object = Map<String, Value>;

/// The path of item `i` of list `veld` of the object at `pad`.
fn element(pad: &str, veld: &str, i: usize) -> String {
    format!("{pad}/{veld}/{i}")
}

/// Reads a run-time rule set from its JSON value, collecting every problem with its JSON path.
struct AanvullingReader {
    problemen: Vec<String>,
}

impl AanvullingReader {
    fn fout(&mut self, pad: &str, wat: &str) {
        let pad = if pad.is_empty() { "/" } else { pad };
        self.problemen.push(format!("{pad}: {wat}"));
    }

    /// A problem with field `veld` of the object at `pad`.
    fn fout_in(&mut self, pad: &str, veld: &str, wat: &str) {
        self.fout(&format!("{pad}/{veld}"), wat);
    }

    /// `w` as an object with no keys but `velden`; an empty one (and a problem) if it is none.
    /// Callers pass `velden` as constants.
    fn object<'a>(&mut self, w: &'a Value, pad: &str, velden: &[&str]) -> Option<&'a Object> {
        let Some(o) = w.as_object() else {
            self.fout(pad, "expected an object");
            return None;
        };
        for k in o.keys() {
            if !velden.contains(&k.as_str()) {
                let wat = format!(
                    "unknown field, expected one of: {}",
                    Reeks(velden.iter().copied(), ", ")
                );
                self.fout_in(pad, &token(k), &wat);
            }
        }
        Some(o)
    }

    /// An optional text: absent or `null` is `None`.
    fn optie(&mut self, o: &Object, pad: &str, veld: &str) -> Option<String> {
        match o.get(veld) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                self.fout_in(pad, veld, "expected a string");
                None
            }
        }
    }

    /// A required text (empty, with a problem, when missing).
    fn tekst(&mut self, o: &Object, pad: &str, veld: &str) -> String {
        if matches!(o.get(veld), None | Some(Value::Null)) {
            self.fout_in(pad, veld, "missing field");
        }
        self.optie(o, pad, veld).unwrap_or_default()
    }

    /// An optional list: absent or `null` is empty.
    fn lijst<'a>(&mut self, o: &'a Object, pad: &str, veld: &str) -> &'a [Value] {
        match o.get(veld) {
            None | Some(Value::Null) => &[],
            Some(Value::Array(l)) => l,
            Some(_) => {
                self.fout_in(pad, veld, "expected an array");
                &[]
            }
        }
    }

    fn zekerheid(&mut self, o: &Object, pad: &str) -> Zekerheid {
        let t = self.tekst(o, pad, "zekerheid");
        match t.as_str() {
            "geverifieerd" => Zekerheid::Geverifieerd,
            "afgeleid" => Zekerheid::Afgeleid,
            "onbekend" => Zekerheid::Onbekend,
            _ => {
                if o.get("zekerheid").is_some_and(Value::is_string) {
                    self.fout_in(
                        pad,
                        "zekerheid",
                        "expected one of: geverifieerd, afgeleid, onbekend",
                    );
                }
                Zekerheid::Onbekend
            }
        }
    }

    fn aanvulling(&mut self, w: &Value) -> Aanvulling {
        let mut a = Aanvulling::default();
        let Some(o) = self.object(w, "", &["bronnen", "regeling"]) else {
            return a;
        };
        match o.get("bronnen") {
            None | Some(Value::Null) => {}
            Some(Value::Object(bronnen)) => {
                for (k, b) in bronnen {
                    let pad = format!("/bronnen/{}", token(k));
                    if k.trim().is_empty() {
                        self.fout(&pad, "a source needs a key that is not empty");
                    }
                    if let Some(b) = self.object(b, &pad, &["vindplaats", "titel", "url"]) {
                        let bron = BronDefinitie {
                            vindplaats: self.tekst(b, &pad, "vindplaats").into(),
                            titel: self.optie(b, &pad, "titel").unwrap_or_default().into(),
                            url: self.tekst(b, &pad, "url").into(),
                        };
                        // Checked here, with its path: the check of the whole set would name
                        // rules/bronnen.toml.
                        if b.get("vindplaats").is_some_and(Value::is_string)
                            && bron.vindplaats.trim().is_empty()
                        {
                            self.fout_in(&pad, "vindplaats", "must not be empty");
                        }
                        if b.get("url").is_some_and(Value::is_string)
                            && !bron.url.starts_with("https://")
                        {
                            self.fout_in(&pad, "url", "must be an https:// address");
                        }
                        a.bronnen.insert(k.clone().into(), bron);
                    }
                }
            }
            Some(_) => self.fout("/bronnen", "expected an object of sources by key"),
        }
        for (i, r) in self.lijst(o, "", "regeling").iter().enumerate() {
            let pad = element("", "regeling", i);
            const VELDEN: &[&str] = &["id", "regel", "geldstroom", "maximum"];
            if let Some(r) = self.object(r, &pad, VELDEN) {
                let ra = self.regeling(r, &pad);
                a.regeling.push(ra);
            }
        }
        a
    }

    fn regeling(&mut self, r: &Object, pad: &str) -> RegelingAanvulling {
        let mut ra = RegelingAanvulling {
            id: self.tekst(r, pad, "id"),
            ..Default::default()
        };
        for (i, x) in self.lijst(r, pad, "regel").iter().enumerate() {
            let pad = element(pad, "regel", i);
            const VELDEN: &[&str] = &[
                "id",
                "themas",
                "waarde",
                "zekerheid",
                "bron",
                "artikel",
                "toelichting",
            ];
            let Some(x) = self.object(x, &pad, VELDEN) else {
                continue;
            };
            let mut themas = Vec::new();
            for (j, t) in self.lijst(x, &pad, "themas").iter().enumerate() {
                match t.as_str() {
                    Some(t) => themas.push(t.to_string()),
                    None => self.fout(&element(&pad, "themas", j), "expected a string"),
                }
            }
            ra.regel.push(RegelAanvulling {
                id: self.tekst(x, &pad, "id"),
                themas,
                waarde: x.get("waarde").filter(|w| !w.is_null()).map(JsonTekst::van),
                zekerheid: self.zekerheid(x, &pad),
                bron: self.tekst(x, &pad, "bron"),
                artikel: self.optie(x, &pad, "artikel"),
                toelichting: self.optie(x, &pad, "toelichting"),
            });
        }
        for (i, x) in self.lijst(r, pad, "geldstroom").iter().enumerate() {
            let pad = element(pad, "geldstroom", i);
            const VELDEN: &[&str] = &["id", "plafond", "bron", "zekerheid"];
            if let Some(x) = self.object(x, &pad, VELDEN) {
                let g = GeldstroomAanvulling {
                    id: self.tekst(x, &pad, "id"),
                    plafond: self.tekst(x, &pad, "plafond"),
                    bron: self.tekst(x, &pad, "bron"),
                    zekerheid: self.zekerheid(x, &pad),
                };
                ra.geldstroom.push(g);
            }
        }
        for (i, x) in self.lijst(r, pad, "maximum").iter().enumerate() {
            let pad = element(pad, "maximum", i);
            const VELDEN: &[&str] = &[
                "focusgebied",
                "thema",
                "jaar",
                "bedrag",
                "bron",
                "zekerheid",
                "bestand",
            ];
            if let Some(x) = self.object(x, &pad, VELDEN) {
                let jaar = match x.get("jaar") {
                    None | Some(Value::Null) => None,
                    // A whole number, also written 2026.0, as in an aanvraag.
                    Some(j) => {
                        match crate::base::getal::geheel_getal(j)
                            .and_then(|j| i32::try_from(j).ok())
                        {
                            Some(j) => Some(j),
                            None => {
                                self.fout_in(&pad, "jaar", "expected a whole year");
                                None
                            }
                        }
                    }
                };
                let m = Maximum {
                    focusgebied: self.tekst(x, &pad, "focusgebied").into(),
                    thema: self.tekst(x, &pad, "thema").into(),
                    jaar,
                    bedrag: self.tekst(x, &pad, "bedrag").into(),
                    bron: self.tekst(x, &pad, "bron").into(),
                    zekerheid: self.zekerheid(x, &pad),
                    bestand: self.optie(x, &pad, "bestand").map(Into::into),
                };
                ra.maximum.push(m);
            }
        }
        ra
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn een_volledige_aanvulling() {
        let a = lees(&json!({
            "bronnen": { "B": { "vindplaats": "Beschikking", "url": "https://example.org/b" } },
            "regeling": [{
                "id": "2026-2028",
                "regel": [{ "id": "jaren", "themas": ["t"], "waarde": [2026], "zekerheid": "afgeleid", "bron": "B" }],
                "geldstroom": [{ "id": "OCW", "plafond": "1.00", "bron": "B", "zekerheid": "geverifieerd" }],
                "maximum": [{ "focusgebied": "f", "thema": "t", "jaar": 2026, "bedrag": "2.00", "bron": "B", "zekerheid": "geverifieerd" }]
            }]
        }))
        .unwrap();
        assert_eq!(a.bronnen.get("B").unwrap().titel, "");
        let r = &a.regeling[0];
        assert_eq!(r.regel[0].themas, vec!["t".to_string()]);
        assert_eq!(r.regel[0].waarde.as_ref().unwrap().tekst(), "[2026]");
        assert_eq!(r.regel[0].zekerheid, Zekerheid::Afgeleid);
        assert_eq!(r.geldstroom[0].plafond, "1.00");
        assert_eq!(r.maximum[0].jaar, Some(2026));
    }

    #[test]
    fn elk_probleem_met_zijn_pad() {
        let p = lees(&json!({
            "regelingen": [],
            "bronnen": { "a/b": { "url": 1 } },
            "regeling": [{ "id": "x", "regel": [{ "id": "jaren", "zekerheid": "zeker", "bron": "B", "themas": [3] }],
                           "maximum": [{ "jaar": 2026.5 }] }]
        }))
        .unwrap_err();
        for verwacht in [
            "/regelingen: unknown field, expected one of: bronnen, regeling",
            "/bronnen/a~1b/vindplaats: missing field",
            "/bronnen/a~1b/url: expected a string",
            "/regeling/0/regel/0/themas/0: expected a string",
            "/regeling/0/regel/0/zekerheid: expected one of: geverifieerd, afgeleid, onbekend",
            "/regeling/0/maximum/0/jaar: expected a whole year",
            "/regeling/0/maximum/0/bedrag: missing field",
        ] {
            assert!(p.iter().any(|x| x == verwacht), "{verwacht} not in {p:#?}");
        }
        assert_eq!(lees(&json!([])).unwrap_err(), vec!["/: expected an object"]);
    }

    #[test]
    fn bronnen_en_jaren_zoals_in_een_aanvraag() {
        let p = lees(&json!({
            "bronnen": { "": { "vindplaats": "v", "url": "https://e.org" },
                         "X": { "vindplaats": " ", "url": "http://e.org" } }
        }))
        .unwrap_err();
        assert_eq!(
            p,
            vec![
                "/bronnen/: a source needs a key that is not empty",
                "/bronnen/X/vindplaats: must not be empty",
                "/bronnen/X/url: must be an https:// address",
            ]
        );
        let a = lees(
            &json!({ "regeling": [{ "id": "2026-2028", "maximum": [{ "focusgebied": "f",
            "thema": "t", "jaar": serde_json::from_str::<Value>("2026.0").unwrap(),
            "bedrag": "1.00", "bron": "B", "zekerheid": "geverifieerd" }] }] }),
        )
        .unwrap();
        assert_eq!(a.regeling[0].maximum[0].jaar, Some(2026));
    }

    #[test]
    fn een_fout_van_de_regelset_draagt_haar_naam() {
        let w = json!({ "regeling": [{ "id": "2026-2028", "regel": [{
            "id": "aanvraagperiode_tot_en_met", "waarde": "2020-01-01",
            "zekerheid": "geverifieerd", "bron": "STCRT-2025-20924" }] }] });
        let fout = crate::regels::aanvulling_uit_waarde(&w, "beschikking.json").unwrap_err();
        let tekst = fout.to_string();
        assert!(
            tekst.contains("beschikking.json: aanvraagperiode_van lies after"),
            "{tekst}"
        );
    }
}
