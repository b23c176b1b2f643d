//! The JavaScript API (wasm-bindgen): a thin layer of JS values around the library, no rule logic.

// Every answer is made by the library as JSON text (`Beoordeling::json()` and friends) and handed
// to JS with `JSON.parse`, so the object API gives the very bytes of the native build. `toets` of
// an object reads it as `JSON.stringify` writes it, and checks that text (issue 13: one call into
// JS instead of several per value), wherever that is the value the walker below would read. Where
// it is not (a `NaN` or `±Infinity`, which JSON text writes as `null`; a BigInt, a cycle or a
// throwing getter, on which `JSON.stringify` throws; text the reader refuses), the walker reads
// it: numbers through their JS text (`String(n)`, the shortest round-trip decimal), `NaN` and
// `±Infinity` as the strings `"NaN"`, `"Infinity"`, `"-Infinity"` (so the engine reports an
// unreadable amount at its path), BigInt exactly, and otherwise as `JSON.stringify` does:
// `undefined`, functions and symbols absent, `toJSON` (a `Date`) called with the member's name,
// a `Number`, `String` or `Boolean` object converted to its value. Nothing here throws: every JS call
// that can throw is imported with `catch`, and the walker stops at serde_json's nesting limit, at
// `MAX_WAARDEN` values and at `MAX_TEKENS` of text, so a huge input cannot exhaust the module's
// memory (JSON text longer than `MAX_TEKENS` is not copied in either).

use crate::regels::{self, Regelset, RegelsetFout, Tekst};
use crate::{Beoordeling, JsonFout};
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// The allocator: talc instead of std's dlmalloc, 2.8 kB (gzip) smaller in the module; a `toets`
/// takes about 8 % longer with it (measured in Node).
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The deepest nesting the walker follows; like serde_json, 127 nested arrays or objects are read
/// and the 128th is too deep.
const MAX_DIEPTE: usize = 128;

pub use crate::base::json::MAX_WAARDEN;

/// The most text read from JS, in UTF-16 code units (64 Mi): the length of JSON text, or of all
/// strings and member names of a JS value together. More is refused before the module's memory
/// (4 GB at most) runs out, which would throw.
pub const MAX_TEKENS: usize = 64 * 1024 * 1024;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
    fn lid(doel: &JsValue, sleutel: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
    fn element(doel: &JsValue, index: u32) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = apply)]
    fn roep_aan(functie: &JsValue, dit: &JsValue, argumenten: &JsValue)
        -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = has)]
    fn heeft(doel: &JsValue, sleutel: &str) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn sleutels(object: &JsValue) -> Result<Vec<JsValue>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = stringify)]
    fn stringify(w: &JsValue) -> Result<Option<js_sys::JsString>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    fn parse(tekst: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = String)]
    fn als_tekst(w: &JsValue) -> Result<String, JsValue>;
    /// `String(w)`, as a JS string.
    #[wasm_bindgen(catch, js_name = String)]
    fn als_js_tekst(w: &JsValue) -> Result<JsValue, JsValue>;
    /// `Number(w)`: ToNumber, which JSON.stringify applies to a Number object and to `length`.
    #[wasm_bindgen(catch, js_name = Number)]
    fn als_getal(w: &JsValue) -> Result<f64, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Array, js_name = of)]
    fn lijst_van(w: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_lijst(w: &JsValue) -> Result<bool, JsValue>;
    // Whether an object is a Number, String or Boolean object: its prototype's `valueOf` throws
    // on any other object, whatever it calls itself.
    #[wasm_bindgen(catch, js_namespace = ["Number", "prototype", "valueOf"], js_name = call)]
    fn is_getal_object(w: &JsValue) -> Result<f64, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["String", "prototype", "valueOf"], js_name = call)]
    fn is_tekst_object(w: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["Boolean", "prototype", "valueOf"], js_name = call)]
    fn waarheid_in(w: &JsValue) -> Result<bool, JsValue>;
    /// `Object.prototype.toString.call(w)`: `[object Number]` for a `new Number(5)`.
    #[wasm_bindgen(catch, js_namespace = ["Object", "prototype", "toString"], js_name = call)]
    fn soort(w: &JsValue) -> Result<String, JsValue>;
    /// Any JS value, for reading its members `toJSON` and `length`.
    type Lid;
    // Getters (`w.toJSON`, `w.length`) read as `Reflect.get` with the name does, without a JS
    // string for the name made or kept on the Rust side.
    #[wasm_bindgen(catch, method, getter, js_name = toJSON)]
    fn to_json_lid(this: &Lid) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, method, getter, js_name = length)]
    fn lengte_lid(this: &Lid) -> Result<JsValue, JsValue>;
    /// `includes` of a string (caught: a page may have replaced `JSON.stringify`).
    #[wasm_bindgen(catch, method, js_name = includes)]
    fn bevat(this: &Lid, zoek: &str) -> Result<bool, JsValue>;
}

/// Why a JS value could not be read as JSON.
enum Mislukt {
    /// Nested deeper than serde_json reads.
    TeDiep,
    /// More than [`MAX_WAARDEN`] values.
    TeGroot,
    /// More than [`MAX_TEKENS`] of text.
    TeLang,
    /// A getter, proxy trap or `toJSON` threw.
    Fout(JsValue),
}

/// Turns a JS value into a `serde_json::Value`, counting what it reads.
struct JsReader {
    waarden: usize,
    tekens: usize,
}

impl JsReader {
    fn tel(&mut self, n: usize) -> Result<(), Mislukt> {
        self.waarden = self.waarden.saturating_add(n);
        if self.waarden > MAX_WAARDEN {
            Err(Mislukt::TeGroot)
        } else {
            Ok(())
        }
    }

    /// The JS string `w` (`None` if it is not a string), counted against [`MAX_TEKENS`] before
    /// it is copied into the module.
    fn tekst(&mut self, w: &JsValue) -> Result<Option<String>, Mislukt> {
        let Some(s) = w.dyn_ref::<js_sys::JsString>() else {
            return Ok(None);
        };
        self.tekens = self.tekens.saturating_add(s.length() as usize);
        if self.tekens > MAX_TEKENS {
            return Err(Mislukt::TeLang);
        }
        Ok(s.as_string())
    }

    /// A member name from `Object.keys`, which gives only strings: one call fewer than
    /// [`JsReader::tekst`], which first asks whether it is one.
    fn naam(&mut self, w: &JsValue) -> Result<String, Mislukt> {
        let s = w.unchecked_ref::<js_sys::JsString>();
        self.tekens = self.tekens.saturating_add(s.length() as usize);
        if self.tekens > MAX_TEKENS {
            return Err(Mislukt::TeLang);
        }
        Ok(s.as_string().unwrap_or_default())
    }

    /// `None` for what JSON.stringify leaves out of an object: undefined, functions, symbols.
    /// `sleutel` is the member name or index `toJSON` is given (`None`: a value `toJSON` gave).
    /// The common kinds are asked first: each question is a call into JS.
    fn waarde(
        &mut self,
        w: &JsValue,
        diepte: usize,
        sleutel: Option<Sleutel>,
    ) -> Result<Option<Value>, Mislukt> {
        if let Some(s) = self.tekst(w)? {
            return Ok(Some(Value::String(s)));
        }
        if let Some(f) = w.as_f64() {
            return Ok(Some(getal(w, f)));
        }
        if let Some(b) = w.as_bool() {
            return Ok(Some(Value::Bool(b)));
        }
        if w.is_null() {
            return Ok(Some(Value::Null));
        }
        let bigint = w.is_bigint();
        let functie = w.is_function();
        if !bigint && !functie && !w.is_object() {
            // undefined, a symbol.
            return Ok(None);
        }
        // As JSON.stringify: `toJSON` of an object (a function too) or a BigInt, called with the
        // member's name.
        if let Some(k) = sleutel {
            let f = w
                .unchecked_ref::<Lid>()
                .to_json_lid()
                .map_err(Mislukt::Fout)?;
            if f.is_function() {
                let k = match k {
                    Sleutel::Naam(n) => n.clone(),
                    Sleutel::Index(i) => {
                        als_js_tekst(&JsValue::from_f64(i as f64)).unwrap_or_default()
                    }
                };
                let args = lijst_van(&k).map_err(Mislukt::Fout)?;
                let nieuw = roep_aan(&f, w, &args).map_err(Mislukt::Fout)?;
                return self.waarde(&nieuw, diepte, None);
            }
        }
        if bigint {
            let t = als_tekst(w).map_err(Mislukt::Fout)?;
            return Ok(Some(getal_uit(t)));
        }
        if functie {
            return Ok(None);
        }
        // After `toJSON` and unboxing, which can give a value that is not nested (a `Date` at the
        // deepest level is its text).
        if let Some(b) = Self::binnen(w)? {
            return self.waarde(&b, diepte, None);
        }
        if diepte + 1 >= MAX_DIEPTE {
            return Err(Mislukt::TeDiep);
        }
        if is_lijst(w).map_err(Mislukt::Fout)? {
            return self.lijst(w, diepte).map(Some);
        }
        let namen = sleutels(w).map_err(Mislukt::Fout)?;
        self.tel(namen.len())?;
        let mut map = Map::new();
        for naam in namen {
            let e = lid(w, &naam).map_err(Mislukt::Fout)?;
            if let Some(x) = self.waarde(&e, diepte + 1, Some(Sleutel::Naam(&naam)))? {
                map.insert(self.naam(&naam)?, x);
            }
        }
        Ok(Some(Value::Object(map)))
    }

    /// The items of the array `w`, its length read with ToLength as JSON.stringify reads it.
    fn lijst(&mut self, w: &JsValue, diepte: usize) -> Result<Value, Mislukt> {
        let lengte = w
            .unchecked_ref::<Lid>()
            .lengte_lid()
            .map_err(Mislukt::Fout)?;
        // ToLength, as JSON.stringify reads it (a proxy may give `"3"`).
        let lengte = match lengte.as_f64() {
            Some(l) => l,
            None => als_getal(&lengte).map_err(Mislukt::Fout)?,
        };
        // An array length (JS gives it as a number), not money: clamp it to a count.
        let lengte = if lengte.is_finite() && lengte > 0.0 {
            lengte.min(u32::MAX as f64) as u32
        } else {
            0
        };
        self.tel(lengte as usize)?;
        let mut lijst = Vec::with_capacity(lengte.min(1 << 16) as usize);
        for i in 0..lengte {
            let e = element(w, i).map_err(Mislukt::Fout)?;
            lijst.push(
                self.waarde(&e, diepte + 1, Some(Sleutel::Index(i)))?
                    .unwrap_or(Value::Null),
            );
        }
        Ok(Value::Array(lijst))
    }

    /// The value inside a Number, String or Boolean object `w`; `None` for any other object.
    fn binnen(w: &JsValue) -> Result<Option<JsValue>, Mislukt> {
        // A Number, String or Boolean object is its value, converted as JSON.stringify converts
        // it (ToNumber, ToString: its own `valueOf` or `toString` counts). Asked only of an object
        // that `Object.prototype.toString` does not call a plain one, so that an ordinary object
        // costs one call. (A BigInt object stays an object: JSON.stringify refuses it, so only
        // the walker reads one.)
        let gewoon = matches!(
            soort(w).as_deref(),
            Ok("[object Object]"
                | "[object Array]"
                | "[object Function]"
                | "[object Date]"
                | "[object Error]"
                | "[object RegExp]"
                | "[object Arguments]")
        );
        if !gewoon {
            let binnen = if is_getal_object(w).is_ok() {
                Some(JsValue::from_f64(als_getal(w).map_err(Mislukt::Fout)?))
            } else if is_tekst_object(w).is_ok() {
                Some(als_js_tekst(w).map_err(Mislukt::Fout)?)
            } else {
                waarheid_in(w).ok().map(JsValue::from_bool)
            };
            return Ok(binnen);
        }
        Ok(None)
    }
}

/// The name `toJSON` is called with: a member's name, or an array index (made only if called).
#[derive(Clone, Copy)]
enum Sleutel<'a> {
    Naam(&'a JsValue),
    Index(u32),
}

/// A finite number from its JS text (`String(n)`: `125000`, `99.5`, `1e+21`); `NaN` and
/// `±Infinity` as strings, so an amount that holds one is reported as unreadable.
fn getal(w: &JsValue, f: f64) -> Value {
    if f.is_nan() {
        return Value::String("NaN".into());
    }
    if f.is_infinite() {
        return Value::String(if f > 0.0 { "Infinity" } else { "-Infinity" }.into());
    }
    // A whole number that a double holds exactly (years, ages): `String(n)` would give its plain
    // digits (up to 1e21 JS writes no exponent; -0 as "0"), so they are made here, without a call
    // into JS and a parse of the text (issue 13: most numbers in an aanvraag are years).
    if f.trunc() == f && f.abs() <= 9_007_199_254_740_992.0 {
        return Value::Number((f as i64).into());
    }
    match als_tekst(w) {
        Ok(t) => getal_uit(t),
        Err(_) => Value::Null,
    }
}

/// A JSON number from its decimal text, exactly (serde_json keeps the text); the text as a string
/// if it is not JSON number syntax.
fn getal_uit(t: String) -> Value {
    // Read as a Value, not as a Number: a typed read would link serde's deserialiser errors.
    match crate::base::json::lees(&t) {
        Ok(Value::Number(n)) => Value::Number(n),
        _ => Value::String(t),
    }
}
/// The JS value as JSON (through its JSON text where [`via_tekst`] can, else the walker), or the
/// beoordeling that says why it cannot be read.
#[cfg(not(feature = "meet-swb"))]
fn lees(w: &JsValue) -> Result<Value, Box<Beoordeling>> {
    if let Some(v) = via_tekst(w) {
        return Ok(v);
    }
    let fout = match (JsReader {
        waarden: 0,
        tekens: 0,
    })
    .waarde(w, 0, Some(Sleutel::Naam(&JsValue::from_str(""))))
    {
        Ok(v) => return Ok(v.unwrap_or(Value::Null)),
        // Too deep: read it as the native build reads the same value written as JSON text, which
        // gives the not-JSON finding with the column where serde_json's nesting limit is hit.
        Err(Mislukt::TeDiep) => match stringify(w).map(|s| s.and_then(|s| s.as_string())) {
            Ok(Some(tekst)) => {
                return crate::lees_json(&tekst).map_err(|e| crate::niet_json(&e).into())
            }
            Ok(None) => geen_json("JSON.stringify gaf niets", "JSON.stringify gave nothing"),
            Err(e) => geen_json(&foutmelding(&e), &foutmelding(&e)),
        },
        Err(Mislukt::TeGroot) => geen_json(
            // As json::lees says it of JSON text (src/lib.rs), for the same limit.
            "te veel waarden (meer dan 2.000.000)",
            &format!("more than {MAX_WAARDEN} values"),
        ),
        Err(Mislukt::TeLang) => te_lang(),
        Err(Mislukt::Fout(e)) => geen_json(&foutmelding(&e), &foutmelding(&e)),
    };
    Err(Box::new(fout))
}

/// The JS value read as `JSON.stringify` writes it, when that is what the walker would read (the
/// same value, and `JSON.stringify` and the reader are faster than a call into JS for each value):
/// `JSON.stringify` did not throw (a cycle, a BigInt, a throwing getter), the reader took its text
/// (not a lone surrogate, within the limits), and each `null` in the text is a `null` (or what the
/// walker also reads as one) in `w`, not a `NaN` or `±Infinity`. `None` otherwise: the walker
/// reads it, with its exact answers. (Getters run again then, and on the way to each `null`.)
#[cfg(not(feature = "meet-swb"))]
fn via_tekst(w: &JsValue) -> Option<Value> {
    // A string or undefined (or anything at all, if a page replaced JSON.stringify: every call
    // on it is caught, and what is not a string goes to the walker).
    let s = stringify(w).ok()??;
    let t = s.unchecked_ref::<Lid>();
    if t.lengte_lid().ok()?.as_f64()? > MAX_TEKENS as f64 {
        return None;
    }
    // Asked of the JS string: V8 searches it faster than a loop in the module.
    let nullen = t.bevat("null").ok()?;
    let s = s.as_string()?;
    let v = crate::lees_json(&s).ok()?;
    (!nullen || nullen_kloppen(w, &v)).then_some(v)
}

/// Whether every `null` in `v`, the JSON text of `w` read, stands for `null`, `undefined`, a
/// function or a symbol in `w`, as the walker reads them; `false` where a `toJSON` made the text.
#[cfg(not(feature = "meet-swb"))]
fn nullen_kloppen(w: &JsValue, v: &Value) -> bool {
    let eigen = || {
        !w.unchecked_ref::<Lid>()
            .to_json_lid()
            .is_ok_and(|f| f.is_function())
    };
    match v {
        Value::Null => {
            w.is_null() || w.is_undefined() || w.is_symbol() || (w.is_function() && eigen())
        }
        Value::Array(l) => {
            eigen()
                && l.iter().zip(0..).all(|(x, i)| {
                    !bevat_null(x) || element(w, i).is_ok_and(|e| nullen_kloppen(&e, x))
                })
        }
        Value::Object(m) => {
            eigen()
                && m.iter().all(|(k, x)| {
                    !bevat_null(x)
                        || lid(w, &JsValue::from_str(k)).is_ok_and(|e| nullen_kloppen(&e, x))
                })
        }
        _ => true,
    }
}

#[cfg(not(feature = "meet-swb"))]
fn bevat_null(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Array(l) => l.iter().any(bevat_null),
        Value::Object(m) => m.values().any(bevat_null),
        _ => false,
    }
}

/// The first line of what a JS exception says (`TypeError: Converting circular structure to JSON`).
fn foutmelding(e: &JsValue) -> String {
    let m = als_tekst(e).unwrap_or_default();
    match m.lines().next() {
        Some(r) if !r.trim().is_empty() => r.trim().to_string(),
        _ => "JavaScript error".into(),
    }
}

/// The not-JSON finding (`KW-INVOER-001` at `""`) for a JS value that cannot be read as JSON,
/// with `nl` and `en` as its message.
fn onleesbaar(nl: String, en: String) -> Beoordeling {
    let mut b = crate::niet_json(&JsonFout {
        regel: 1,
        kolom: 1,
        melding: en.clone(),
        reden: "",
    });
    for x in &mut b.bevindingen {
        x.melding = Tekst {
            nl: nl.clone().into(),
            en: en.clone().into(),
        };
    }
    b
}

/// [`onleesbaar`] with the reason why the value is not JSON.
fn geen_json(nl: &str, en: &str) -> Beoordeling {
    onleesbaar(
        format!("De invoer is geen JSON-waarde: {nl}."),
        format!("The input is not a JSON value: {en}."),
    )
}

/// The not-JSON finding for more than [`MAX_TEKENS`] of text.
fn te_lang() -> Beoordeling {
    geen_json(
        &format!("meer dan {MAX_TEKENS} tekens tekst"),
        &format!("more than {MAX_TEKENS} characters of text"),
    )
}

/// `w` as text if it is a string of at most [`MAX_TEKENS`]; `Err` if it is longer.
fn js_tekst(w: &JsValue) -> Result<Option<String>, ()> {
    match w.dyn_ref::<js_sys::JsString>() {
        Some(s) if s.length() as usize > MAX_TEKENS => Err(()),
        Some(s) => Ok(s.as_string()),
        None => Ok(None),
    }
}

/// JSON text (made by serde_json) as a JS value.
fn naar_js(tekst: &str) -> JsValue {
    parse(tekst).unwrap_or(JsValue::NULL)
}

fn als_json<T: serde::Serialize>(w: &T) -> String {
    serde_json::to_string(w).unwrap_or_else(|_| "null".into())
}
/// Check an aanvraag (any JS value) against the compiled rules; the beoordeling as an object.
/// Synchronous and never throws.
#[cfg(not(feature = "meet-swb-uit"))]
#[wasm_bindgen]
pub fn toets(aanvraag: JsValue) -> JsValue {
    naar_js(&toets_waarde(regels::standaard(), &aanvraag).json())
}

fn toets_waarde(set: &Regelset, aanvraag: &JsValue) -> Beoordeling {
    match lees(aanvraag) {
        Ok(v) => crate::toets_met(set, &v),
        Err(b) => *b,
    }
}

/// Check an aanvraag given as JSON text; the beoordeling as compact JSON text, byte for byte what
/// `kansrijke-wijk toets FILE --json --compact` prints. Never throws.
#[wasm_bindgen(js_name = toetsJson)]
pub fn toets_json(tekst: JsValue) -> String {
    toets_tekst_met(regels::standaard(), &tekst).json()
}

fn toets_tekst_met(set: &Regelset, tekst: &JsValue) -> Beoordeling {
    match js_tekst(tekst) {
        Err(()) => te_lang(),
        Ok(Some(t)) => crate::toets_tekst(set, &t),
        Ok(None) => onleesbaar(
            "De invoer is geen tekst; verwacht JSON-tekst.".into(),
            "The input is not text; expected JSON text.".into(),
        ),
    }
}

thread_local! {
    /// The last rule set loaded at run time (its name, its JSON text, the set), so repeated checks
    /// against it do not load it again.
    static LAATSTE: RefCell<Option<(String, String, Rc<Regelset>)>> = const { RefCell::new(None) };
}

/// The compiled rule set filled with `regelset` (JSON text or a value of the `Aanvulling` shape),
/// or the `{"fout": ...}` JSON that says why it cannot be used.
fn regelset(regelset: &JsValue, naam: &JsValue) -> Result<Rc<Regelset>, String> {
    let bron = naam.as_string().unwrap_or_else(|| "regelset".into());
    let tekst = match js_tekst(regelset) {
        Err(()) => {
            return Err(regelset_fout(&RegelsetFout::Onleesbaar {
                bron,
                melding: format!("more than {MAX_TEKENS} characters of text"),
            }))
        }
        Ok(Some(t)) => t,
        Ok(None) => match lees(regelset) {
            Ok(v) => als_json(&v),
            Err(b) => {
                let m = b
                    .bevindingen
                    .first()
                    .map(|x| x.melding.en.to_string())
                    .unwrap_or_default();
                return Err(regelset_fout(&RegelsetFout::Onleesbaar {
                    bron,
                    melding: m,
                }));
            }
        },
    };
    // `try_with`, not `with`: a cache that cannot be reached (never so without threads) is a miss,
    // and `with` would link the panic that formats `AccessError` with `Debug`.
    if let Ok(Some(set)) = LAATSTE.try_with(|l| {
        l.borrow()
            .as_ref()
            .filter(|(b, t, _)| *b == bron && *t == tekst)
            .map(|(_, _, s)| s.clone())
    }) {
        return Ok(set);
    }
    let set = Rc::new(regels::aanvulling_uit_json(&tekst, &bron).map_err(|e| regelset_fout(&e))?);
    let _ = LAATSTE.try_with(|l| *l.borrow_mut() = Some((bron, tekst, set.clone())));
    Ok(set)
}

/// The `{ fout }` answer for a rule set that cannot be used. Fields in alphabetical order, as the
/// JSON objects of serde_json's map type would have them.
#[derive(serde::Serialize)]
struct RegelsetFoutJson<'a> {
    fout: FoutJson<'a>,
}

#[derive(serde::Serialize)]
struct FoutJson<'a> {
    bron: &'a str,
    melding: String,
    problemen: &'a [regels::Probleem],
    soort: &'static str,
}

fn regelset_fout(e: &RegelsetFout) -> String {
    let (soort, bron, problemen) = match e {
        RegelsetFout::Onleesbaar { bron, .. } => ("onleesbaar", bron, &[][..]),
        RegelsetFout::Ongeldig { bron, problemen } => ("ongeldig", bron, &problemen[..]),
    };
    // Typed, not `json!`: the macro unwraps with `Debug`, which links Unicode escaping.
    als_json(&RegelsetFoutJson {
        fout: FoutJson {
            bron,
            melding: e.to_string(),
            problemen,
            soort,
        },
    })
}

/// Check an aanvraag against the compiled rules filled with a rule set loaded at run time (JSON
/// text or an object of the [`Aanvulling`](crate::regels::Aanvulling) shape, as
/// `kansrijke-wijk toets --regels FILE`); `naam` (default `"regelset"`) names it in the answer, as
/// the CLI names its file. The beoordeling, or `{ fout: { soort, bron, melding, problemen } }` when
/// the rule set cannot be used. Never throws.
#[wasm_bindgen(js_name = toetsMetRegels)]
pub fn toets_met_regels(aanvraag: JsValue, regelset_: JsValue, naam: JsValue) -> JsValue {
    naar_js(&match regelset(&regelset_, &naam) {
        Ok(set) => toets_waarde(&set, &aanvraag).json(),
        Err(fout) => fout,
    })
}

/// Whether an answer of `toetsMetRegels` is the `{ fout }` of an unusable rule set.
#[wasm_bindgen(js_name = isRegelsetFout)]
pub fn is_regelset_fout(antwoord: JsValue) -> bool {
    antwoord.is_object() && heeft(&antwoord, "fout").unwrap_or(false)
}

/// As `toetsMetRegels`, with the aanvraag as JSON text and the answer as compact JSON text.
#[wasm_bindgen(js_name = toetsMetRegelsJson)]
pub fn toets_met_regels_json(tekst: JsValue, regelset_: JsValue, naam: JsValue) -> String {
    match regelset(&regelset_, &naam) {
        Ok(set) => toets_tekst_met(&set, &tekst).json(),
        Err(fout) => fout,
    }
}

/// The 20 stedelijke focusgebieden, sorted by id.
#[wasm_bindgen]
pub fn gebieden() -> JsValue {
    naar_js(&als_json(&crate::output::overzicht::gebieden(
        regels::standaard(),
    )))
}

/// Does a place lie in a focus area? `query` is a name, gemeentecode or CBS buurt/wijk code.
#[wasm_bindgen(js_name = zoekGebied)]
pub fn zoek_gebied(query: JsValue) -> JsValue {
    let vraag = match query.as_string() {
        Some(s) => s,
        None if query.as_f64().is_some() || query.is_bigint() => {
            als_tekst(&query).unwrap_or_default()
        }
        None => String::new(),
    };
    naar_js(&als_json(&crate::regels::gebieden::plaats(
        regels::standaard(),
        &vraag,
    )))
}

/// Every rule, theme and funding-stream ceiling with its source and zekerheid, of both
/// regulations or of `regelingId` only (an unknown id gives an empty list).
#[wasm_bindgen]
pub fn regels(regeling_id: JsValue) -> JsValue {
    let id = if regeling_id.is_undefined() || regeling_id.is_null() {
        None
    } else {
        Some(regeling_id.as_string().unwrap_or_default())
    };
    naar_js(&als_json(&crate::output::overzicht::regels(
        regels::standaard(),
        id.as_deref(),
    )))
}

/// The engine version and the SHA-256 of the compiled rule set.
#[wasm_bindgen]
pub fn versie() -> JsValue {
    #[derive(serde::Serialize)]
    struct Versie {
        regels_sha256: &'static str,
        versie: &'static str,
    }
    naar_js(&als_json(&Versie {
        regels_sha256: regels::REGELS_SHA256.trim(),
        versie: crate::VERSIE,
    }))
}

// Measurement only (features `meet-swb`, `meet-swb-uit`; BENCHMARKS.md, "The JS boundary"):
// serde-wasm-bindgen instead of the walker, for the input and, with `meet-swb-uit`, the answer.
// At the end of the file, so the package's build keeps its line numbers (panic locations).

/// The JS value read by serde-wasm-bindgen instead of the walker.
#[cfg(feature = "meet-swb")]
fn lees(w: &JsValue) -> Result<Value, Box<Beoordeling>> {
    serde_wasm_bindgen::from_value::<Value>(w.clone()).map_err(|e| {
        let m = e.to_string();
        Box::new(geen_json(&m, &m))
    })
}

/// `toets` with the answer built by serde-wasm-bindgen as plain objects, not JSON text and
/// `JSON.parse`.
#[cfg(feature = "meet-swb-uit")]
#[wasm_bindgen]
pub fn toets(aanvraag: JsValue) -> JsValue {
    use serde::Serialize;
    let s = serde_wasm_bindgen::Serializer::json_compatible();
    toets_waarde(regels::standaard(), &aanvraag)
        .serialize(&s)
        .unwrap_or(JsValue::NULL)
}

// The uitleg module (feature `uitleg`, a second .wasm; BENCHMARKS.md "The uitleg module"): the
// beoordeling with each finding's proven herstel and the trace getoetst, and the repaired
// aanvraag. At the end of the file, like the measurement code above, so the package's build keeps
// its bytes.
#[cfg(feature = "uitleg")]
mod uitleg {
    use super::{js_tekst, lees, naar_js, onleesbaar, te_lang};
    use crate::output::{herstel, uitleg};
    use crate::{regels, Beoordeling};
    use serde_json::Value;
    use wasm_bindgen::prelude::*;

    /// The explanation of input that could not be read: its one finding, no repairs, no trace.
    fn zonder(b: Beoordeling) -> uitleg::Uitgelegd {
        uitleg::Uitgelegd {
            beoordeling: b,
            herstel: Vec::new(),
            getoetst: Vec::new(),
        }
    }

    fn van_waarde(w: Result<Value, Box<Beoordeling>>) -> uitleg::Uitgelegd {
        match w {
            Ok(v) => uitleg::uitleg(regels::standaard(), &v),
            Err(b) => zonder(*b),
        }
    }

    /// The JSON text in `tekst` as a value, or the beoordeling that says why it is not one.
    fn van_tekst(tekst: &JsValue) -> Result<Value, Box<Beoordeling>> {
        match js_tekst(tekst) {
            Err(()) => Err(Box::new(te_lang())),
            Ok(Some(t)) => crate::lees_json(&t).map_err(|e| Box::new(crate::niet_json(&e))),
            Ok(None) => Err(Box::new(onleesbaar(
                "De invoer is geen tekst; verwacht JSON-tekst.".into(),
                "The input is not text; expected JSON text.".into(),
            ))),
        }
    }

    /// `toets` with, inside each finding, its proven `herstel` and, after the totals, `getoetst`
    /// (as `kansrijke-wijk toets FILE --json --uitleg`). Never throws.
    #[wasm_bindgen(js_name = toetsUitleg)]
    pub fn toets_uitleg(aanvraag: JsValue) -> JsValue {
        naar_js(&van_waarde(lees(&aanvraag)).json())
    }

    /// [`toets_uitleg`] for JSON text, the answer as compact JSON text: byte for byte what
    /// `kansrijke-wijk toets FILE --json --uitleg --compact` prints. Never throws.
    #[wasm_bindgen(js_name = toetsUitlegJson)]
    pub fn toets_uitleg_json(tekst: JsValue) -> String {
        van_waarde(van_tekst(&tekst)).json()
    }

    fn herstel_van(w: Result<Value, Box<Beoordeling>>) -> String {
        let h = match w {
            Ok(v) => herstel::herstel_alles(regels::standaard(), &v),
            Err(b) => herstel::Hersteld {
                aanvraag: Value::Null,
                wijzigingen: Vec::new(),
                over: vec![None; b.bevindingen.len()],
                beoordeling: *b,
                niet_toegepast: 0,
            },
        };
        uitleg::hersteld_json(&h)
    }

    /// Every proven repair applied (as `kansrijke-wijk herstel FILE`): `{ aanvraag, wijzigingen,
    /// beoordeling, niet_toegepast }`. Never throws.
    #[wasm_bindgen]
    pub fn herstel(aanvraag: JsValue) -> JsValue {
        naar_js(&herstel_van(lees(&aanvraag)))
    }

    /// [`herstel`] for JSON text, the answer as compact JSON text. Never throws.
    #[wasm_bindgen(js_name = herstelJson)]
    pub fn herstel_json(tekst: JsValue) -> String {
        herstel_van(van_tekst(&tekst))
    }
}
