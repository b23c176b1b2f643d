//! JSON text to a tree, numbers kept as their exact decimal text: a `serde_json::Value`, or a
//! [`Node`] that borrows its strings from the text; and [`Json`], the view of either that the
//! lenient readers take.
//!
//! Our own visitor rather than `Value`'s `Deserialize`: with `arbitrary_precision`, serde_json's
//! reads a number's text through a typed `deserialize_str`, and that one call links serde's error
//! messages for unexpected floats, with all of Rust's float formatting (issue 3: see
//! BENCHMARKS.md). The `Value` built here is the same as serde_json's, with two differences: a
//! member named `"$serde_json::private::Number"` stays a member (serde_json's turns such an object
//! into a number), and a text with more than [`MAX_WAARDEN`] values is refused. One visitor builds
//! both trees, so they are read alike and refused alike, at the same line and column.
//!
//! Why a [`Node`] besides `Value` (issue 13): reading text into a `Value` allocates every string,
//! every member name and a B-tree per object, and frees them all again; that was half of a native
//! check of JSON text. A `Node` keeps strings and names without escapes as slices of the text and
//! an object as a list of its members, sorted by name as in a `Value`.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::borrow::Cow;
use std::cell::Cell;
use std::collections::BTreeSet;
use std::fmt;
use std::marker::PhantomData;
#[cfg(not(target_arch = "wasm32"))]
use std::str::FromStr;

/// The most values (array items and object members, all levels) one JSON text may hold: more is
/// refused before memory runs out (the JS object API has the same limit).
pub const MAX_WAARDEN: usize = 2_000_000;

/// Whether `t` is a JSON number (RFC 8259 §6), as `serde_json::Number::from_str` decides it with
/// `arbitrary_precision`. `from_str` parses the text again, which links serde_json's float parsing
/// and formatting into the .wasm (BENCHMARKS.md); there the text is checked here and kept with
/// `Number::from_string_unchecked`, hidden serde_json API, so only the .wasm (built with
/// `Cargo.lock`) uses it. The test `getal_tekst_als_serde_json` holds the two to the same answer.
fn getal_tekst(t: &str) -> bool {
    let b = t.strip_prefix('-').unwrap_or(t).as_bytes();
    let cijfers = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = match b.first() {
        Some(b'0') => 1,
        Some(b'1'..=b'9') => cijfers(0),
        _ => return false,
    };
    if b.get(i) == Some(&b'.') {
        let n = cijfers(i + 1);
        if n == 0 {
            return false;
        }
        i += 1 + n;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let n = cijfers(i);
        if n == 0 {
            return false;
        }
        i += n;
    }
    i == b.len()
}

/// The key under which serde_json (`arbitrary_precision`) hands a number's text to a visitor.
const GETAL: &str = "$serde_json::private::Number";

/// Read JSON text as a `Value`.
///
/// # Errors
/// serde_json's error (syntax, end of input, nesting deeper than 127, trailing characters), with
/// its line and column; or `more than 2000000 values` ([`MAX_WAARDEN`]).
pub fn lees(tekst: &str) -> serde_json::Result<Value> {
    lees_als(tekst)
}

/// Read JSON text as a [`Node`] borrowing from it: the same value and the same errors as [`lees`].
///
/// # Errors
/// As [`lees`].
pub fn lees_node(tekst: &str) -> serde_json::Result<Node<'_>> {
    lees_als(tekst)
}

fn lees_als<'de, T: Tree<'de>>(tekst: &'de str) -> serde_json::Result<T> {
    let teller = Cell::new(0);
    let mut de = serde_json::Deserializer::from_str(tekst);
    let w = Waarde(&teller, PhantomData).deserialize(&mut de)?;
    de.end()?;
    Ok(w)
}

/// A JSON value read from text without copying what it need not copy: strings and member names
/// without escapes are slices of the text; a number is its decimal text as serde_json hands it
/// over (the text a `Value` keeps too).
#[derive(Debug, Clone, PartialEq)]
pub enum Node<'t> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as its decimal text (`2026`, `350000.00`, `1e+3`).
    Number(Cow<'t, str>),
    /// A string.
    String(Cow<'t, str>),
    /// A list.
    Array(Vec<Node<'t>>),
    /// An object: its members sorted by name (bytewise, as a `Value` holds them), each name once.
    Object(Vec<(Cow<'t, str>, Node<'t>)>),
}

/// What kind of JSON value a [`Json`] is, with its contents borrowed.
pub enum View<'v, J: Json> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as its decimal text.
    Number(&'v str),
    /// A string.
    String(&'v str),
    /// A list.
    Array(&'v [J]),
    /// An object; its members through [`Json::members`].
    Object(&'v J::Object),
}

/// A JSON value the lenient readers can read: serde_json's `Value` (the JS object API, the
/// public `toets`) or a [`Node`] (JSON text, natively).
pub trait Json: Sized {
    /// What an object holds.
    type Object: ?Sized;
    /// The kind of value, and what it holds.
    fn view(&self) -> View<'_, Self>;
    /// The members of an object, in order.
    fn members<'v>(o: &'v Self::Object) -> impl Iterator<Item = (&'v str, &'v Self)>
    where
        Self: 'v;
}

impl Json for Value {
    type Object = Map<String, Value>;

    fn view(&self) -> View<'_, Value> {
        match self {
            Value::Null => View::Null,
            Value::Bool(b) => View::Bool(*b),
            // The number's own decimal text (arbitrary_precision).
            Value::Number(n) => View::Number(n.as_str()),
            Value::String(s) => View::String(s),
            Value::Array(a) => View::Array(a),
            Value::Object(o) => View::Object(o),
        }
    }

    fn members<'v>(o: &'v Map<String, Value>) -> impl Iterator<Item = (&'v str, &'v Value)>
    where
        Value: 'v,
    {
        o.iter().map(|(k, w)| (k.as_str(), w))
    }
}

impl<'t> Json for Node<'t> {
    type Object = [(Cow<'t, str>, Node<'t>)];

    fn view(&self) -> View<'_, Node<'t>> {
        match self {
            Node::Null => View::Null,
            Node::Bool(b) => View::Bool(*b),
            Node::Number(n) => View::Number(n),
            Node::String(s) => View::String(s),
            Node::Array(a) => View::Array(a),
            Node::Object(o) => View::Object(o.as_slice()),
        }
    }

    fn members<'v>(
        o: &'v [(Cow<'t, str>, Node<'t>)],
    ) -> impl Iterator<Item = (&'v str, &'v Node<'t>)>
    where
        Node<'t>: 'v,
    {
        o.iter().map(|(k, w)| (&**k, w))
    }
}

/// A tree the visitor builds: serde_json's `Value` or a [`Node`].
trait Tree<'de>: Sized {
    /// An object being read.
    type Members: Default;
    fn null() -> Self;
    fn boolean(b: bool) -> Self;
    fn unsigned(n: u64) -> Self;
    fn signed(n: i64) -> Self;
    /// A number from the decimal text serde_json hands over; `None` if it is not one.
    fn number(t: String) -> Option<Self>;
    fn string(s: Cow<'de, str>) -> Self;
    fn array(lijst: Vec<Self>) -> Self;
    fn no_members(m: &Self::Members) -> bool;
    /// Adds a member; `false` (and nothing added) when the object has that name already.
    fn insert(m: &mut Self::Members, k: Cow<'de, str>, w: Self) -> bool;
    fn object(m: Self::Members) -> Self;
}

impl<'de> Tree<'de> for Value {
    type Members = Map<String, Value>;

    fn null() -> Value {
        Value::Null
    }
    fn boolean(b: bool) -> Value {
        Value::Bool(b)
    }
    fn unsigned(n: u64) -> Value {
        Value::Number(n.into())
    }
    fn signed(n: i64) -> Value {
        Value::Number(n.into())
    }
    fn number(t: String) -> Option<Value> {
        // In the .wasm the text serde_json hands over is kept as it is (size: BENCHMARKS.md);
        // natively serde_json parses it again, with no hidden constructor. The test
        // `getal_tekst_als_serde_json` holds the two to the same number.
        #[cfg(target_arch = "wasm32")]
        return getal_tekst(&t).then(|| Value::Number(Number::from_string_unchecked(t)));
        #[cfg(not(target_arch = "wasm32"))]
        Number::from_str(&t).ok().map(Value::Number)
    }
    fn string(s: Cow<'de, str>) -> Value {
        Value::String(s.into_owned())
    }
    fn array(lijst: Vec<Value>) -> Value {
        Value::Array(lijst)
    }
    fn no_members(m: &Map<String, Value>) -> bool {
        m.is_empty()
    }
    fn insert(m: &mut Map<String, Value>, k: Cow<'de, str>, w: Value) -> bool {
        if m.contains_key(&*k) {
            return false;
        }
        m.insert(k.into_owned(), w);
        true
    }
    fn object(m: Map<String, Value>) -> Value {
        Value::Object(m)
    }
}

/// The members of a [`Node`] object being read, with the names seen once the object is large
/// (a look-up per member in the list would make a huge object take quadratic time).
#[derive(Default)]
struct NodeMembers<'de> {
    lijst: Vec<(Cow<'de, str>, Node<'de>)>,
    namen: Option<BTreeSet<Cow<'de, str>>>,
}

/// Up to this many members a name is looked up in the list itself.
const KLEIN_OBJECT: usize = 16;

impl<'de> Tree<'de> for Node<'de> {
    type Members = NodeMembers<'de>;

    fn null() -> Node<'de> {
        Node::Null
    }
    fn boolean(b: bool) -> Node<'de> {
        Node::Bool(b)
    }
    fn unsigned(n: u64) -> Node<'de> {
        Node::Number(Cow::Owned(n.to_string()))
    }
    fn signed(n: i64) -> Node<'de> {
        Node::Number(Cow::Owned(n.to_string()))
    }
    fn number(t: String) -> Option<Node<'de>> {
        // serde_json hands over only what it scanned as a number; checked as `Value` does.
        getal_tekst(&t).then_some(Node::Number(Cow::Owned(t)))
    }
    fn string(s: Cow<'de, str>) -> Node<'de> {
        Node::String(s)
    }
    fn array(lijst: Vec<Node<'de>>) -> Node<'de> {
        Node::Array(lijst)
    }
    fn no_members(m: &NodeMembers<'de>) -> bool {
        m.lijst.is_empty()
    }
    fn insert(m: &mut NodeMembers<'de>, k: Cow<'de, str>, w: Node<'de>) -> bool {
        let nieuw = match &mut m.namen {
            Some(namen) => namen.insert(k.clone()),
            None if m.lijst.len() < KLEIN_OBJECT => m.lijst.iter().all(|(n, _)| *n != k),
            None => {
                let mut namen: BTreeSet<_> = m.lijst.iter().map(|(n, _)| n.clone()).collect();
                let nieuw = namen.insert(k.clone());
                m.namen = Some(namen);
                nieuw
            }
        };
        if nieuw {
            m.lijst.push((k, w));
        }
        nieuw
    }
    fn object(m: NodeMembers<'de>) -> Node<'de> {
        // By name, as a `Value` holds them: every reader then meets the members in the same
        // order, and so makes the same findings in the same order (which ones fit under the
        // limit of 100,000 depends on it; review of issue 13).
        let mut lijst = m.lijst;
        if !lijst.is_sorted_by(|a, b| a.0 <= b.0) {
            lijst.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        }
        Node::Object(lijst)
    }
}

/// Reads one value, counting values in `.0`.
struct Waarde<'t, T>(&'t Cell<usize>, PhantomData<T>);

impl<T> Clone for Waarde<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Waarde<'_, T> {}

impl<'de, T: Tree<'de>> DeserializeSeed<'de> for Waarde<'_, T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        d.deserialize_any(Bezoeker(self))
    }
}

impl<T> Waarde<'_, T> {
    /// Count one more value; an error past [`MAX_WAARDEN`].
    fn tel<E: de::Error>(self) -> Result<(), E> {
        self.0.set(self.0.get() + 1);
        if self.0.get() > MAX_WAARDEN {
            return Err(E::custom(format_args!("more than {MAX_WAARDEN} values")));
        }
        Ok(())
    }
}

struct Bezoeker<'t, T>(Waarde<'t, T>);

impl<'de, T: Tree<'de>> Visitor<'de> for Bezoeker<'_, T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<T, E> {
        Ok(T::boolean(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<T, E> {
        Ok(T::signed(n))
    }

    fn visit_u64<E>(self, n: u64) -> Result<T, E> {
        Ok(T::unsigned(n))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<T, E> {
        // Not reached: with arbitrary_precision serde_json hands numbers over as text (below).
        Err(E::custom("a number given as a float"))
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<T, E> {
        Ok(T::string(Cow::Borrowed(s)))
    }

    fn visit_str<E>(self, s: &str) -> Result<T, E> {
        Ok(T::string(Cow::Owned(s.to_owned())))
    }

    fn visit_string<E>(self, s: String) -> Result<T, E> {
        Ok(T::string(Cow::Owned(s)))
    }

    fn visit_none<E>(self) -> Result<T, E> {
        Ok(T::null())
    }

    fn visit_unit<E>(self) -> Result<T, E> {
        Ok(T::null())
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        self.0.deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<T, A::Error> {
        let seed = self.0;
        let mut lijst = Vec::new();
        while let Some(x) = s.next_element_seed(seed)? {
            seed.tel()?;
            lijst.push(x);
        }
        Ok(T::array(lijst))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<T, A::Error> {
        let seed = self.0;
        let mut leden = T::Members::default();
        while let Some(k) = m.next_key_seed(SleutelLezer)? {
            // A member counts; the entry that carries a number's text does not.
            let (k, w) = match k {
                Sleutel::Naam(k) => {
                    seed.tel()?;
                    (k, m.next_value_seed(seed)?)
                }
                Sleutel::Getal => match m.next_value_seed(GetalLezer(seed))? {
                    // A number: serde_json hands its text over as the only entry under the
                    // private key, as an owned string, which the text of a member never is.
                    GetalOfWaarde::Getal(t) if T::no_members(&leden) => {
                        return T::number(t).ok_or_else(|| de::Error::custom("invalid number"));
                    }
                    GetalOfWaarde::Getal(t) => {
                        seed.tel()?;
                        (Cow::Borrowed(GETAL), T::string(Cow::Owned(t)))
                    }
                    // An object in the text that happens to use that name: an ordinary member.
                    GetalOfWaarde::Waarde(w) => {
                        seed.tel()?;
                        (Cow::Borrowed(GETAL), w)
                    }
                },
            };
            // A member given twice would silently keep its last value (RFC 8259 leaves that to
            // the reader): refused, with the name, at its line and column.
            // (The name is not quoted: line and column point at it, and quoting it safely costs
            // the wasm more than it tells.)
            if !T::insert(&mut leden, k, w) {
                return Err(de::Error::custom("member name given twice in one object"));
            }
        }
        Ok(T::object(leden))
    }
}

/// The value under the private key: a number's text (given as an owned `String`), or the value of
/// an ordinary member of that name (strings from the text come borrowed or copied, never owned).
enum GetalOfWaarde<T> {
    Getal(String),
    Waarde(T),
}

struct GetalLezer<'t, T>(Waarde<'t, T>);

impl<'de, T: Tree<'de>> DeserializeSeed<'de> for GetalLezer<'_, T> {
    type Value = GetalOfWaarde<T>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<GetalOfWaarde<T>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, T: Tree<'de>> Visitor<'de> for GetalLezer<'_, T> {
    type Value = GetalOfWaarde<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<GetalOfWaarde<T>, E> {
        Ok(GetalOfWaarde::Getal(s))
    }

    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<GetalOfWaarde<T>, E> {
        Bezoeker(self.0)
            .visit_borrowed_str(s)
            .map(GetalOfWaarde::Waarde)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<GetalOfWaarde<T>, E> {
        Bezoeker(self.0).visit_str(s).map(GetalOfWaarde::Waarde)
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<GetalOfWaarde<T>, E> {
        Bezoeker(self.0).visit_bool(b).map(GetalOfWaarde::Waarde)
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<GetalOfWaarde<T>, E> {
        Bezoeker(self.0).visit_i64(n).map(GetalOfWaarde::Waarde)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<GetalOfWaarde<T>, E> {
        Bezoeker(self.0).visit_u64(n).map(GetalOfWaarde::Waarde)
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<GetalOfWaarde<T>, E> {
        Bezoeker(self.0).visit_f64(n).map(GetalOfWaarde::Waarde)
    }

    fn visit_unit<E: de::Error>(self) -> Result<GetalOfWaarde<T>, E> {
        Ok(GetalOfWaarde::Waarde(T::null()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, s: A) -> Result<GetalOfWaarde<T>, A::Error> {
        Bezoeker(self.0).visit_seq(s).map(GetalOfWaarde::Waarde)
    }

    fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<GetalOfWaarde<T>, A::Error> {
        Bezoeker(self.0).visit_map(m).map(GetalOfWaarde::Waarde)
    }
}

/// A member name, or the private key of a number (recognised without allocating it).
enum Sleutel<'de> {
    Getal,
    Naam(Cow<'de, str>),
}

struct SleutelLezer;

impl<'de> DeserializeSeed<'de> for SleutelLezer {
    type Value = Sleutel<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Sleutel<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for SleutelLezer {
    type Value = Sleutel<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Sleutel<'de>, E> {
        Ok(if s == GETAL {
            Sleutel::Getal
        } else {
            Sleutel::Naam(Cow::Borrowed(s))
        })
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Sleutel<'de>, E> {
        Ok(if s == GETAL {
            Sleutel::Getal
        } else {
            Sleutel::Naam(Cow::Owned(s.to_owned()))
        })
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Sleutel<'de>, E> {
        Ok(if s == GETAL {
            Sleutel::Getal
        } else {
            Sleutel::Naam(Cow::Owned(s))
        })
    }
}

/// Escape one JSON Pointer token (RFC 6901).
pub fn token(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    /// `getal_tekst` says of every text what `Number::from_str` says, and the number kept with
    /// `from_string_unchecked` is the one `from_str` makes: every string of up to five characters
    /// from the characters of numbers, and longer cases by hand.
    #[test]
    fn getal_tekst_als_serde_json() {
        let tekens = b"019-+.eE a";
        let mut teksten: Vec<String> = vec![
            "12345678901234567890123.45".into(),
            "1e400".into(),
            "-0.000e-0".into(),
            "2026.00".into(),
            "1E+21".into(),
            "00".into(),
            "-".into(),
            "1.e5".into(),
            "\u{FEFF}1".into(),
            " 1".into(),
        ];
        for lengte in 0..=5u32 {
            for code in 0..tekens.len().pow(lengte) {
                let mut c = code;
                let t: String = (0..lengte)
                    .map(|_| {
                        let k = tekens[c % tekens.len()] as char;
                        c /= tekens.len();
                        k
                    })
                    .collect();
                teksten.push(t);
            }
        }
        let mut n = 0;
        for t in &teksten {
            let serde = Number::from_str(t);
            assert_eq!(getal_tekst(t), serde.is_ok(), "{t:?}");
            if let Ok(g) = serde {
                // serde_json writes an exponent as `e+` or `e-` (`1E400` is `1e+400`), the form
                // its reader hands over; kept as it is, that text is the same number.
                assert!(getal_tekst(&g.to_string()), "{g}");
                assert_eq!(Number::from_string_unchecked(g.to_string()), g);
                n += 1;
            }
        }
        // Enough of them numbers to mean something (0-9, 10-99, 1.9, -1e9, ...).
        assert!(n > 1000, "{n}");
    }

    #[test]
    fn dezelfde_waarde_als_serde_json() {
        for tekst in [
            r#"{"a": [1, -2, 3.50, 1e+21, 12345678901234567890123.45], "b": null, "c": true}"#,
            r#"[{"x": "y\u00e9"}, [], {}, "", 0, -0, 0.0]"#,
            "[1E400, 2026E0, -0.5e-3, 1e+2, 18446744073709551616, -9223372036854775809]",
        ] {
            let eigen = lees(tekst).unwrap();
            let serde: Value = serde_json::from_str(tekst).unwrap();
            assert_eq!(eigen, serde);
            assert_eq!(eigen.to_string(), serde.to_string());
        }
        assert_eq!(lees("[1, 2.50]").unwrap().to_string(), "[1,2.50]");
        // One difference, on purpose: serde_json keeps the last of a name given twice; this
        // reader refuses it, at the second one, rather than choose.
        let dubbel = r#"{"dubbel": 1, "dubbel": 2}"#;
        assert_eq!(serde_json::from_str::<Value>(dubbel).unwrap()["dubbel"], 2);
        let e = lees(dubbel).unwrap_err();
        assert!(e.to_string().starts_with("member name given twice"), "{e}");
        // Column 26 is the "}" after the second value (counted by hand): where the reader stood.
        assert_eq!((e.line(), e.column()), (1, 26));
        assert!(lees(r#"{"a": {"x": 1}, "b": {"x": 2}}"#).is_ok());
    }

    /// A `Node` as the `Value` it stands for (numbers from their text, as `lees` keeps them).
    fn als_value(n: &Node) -> Value {
        match n {
            Node::Null => Value::Null,
            Node::Bool(b) => Value::Bool(*b),
            Node::Number(t) => Value::Number(Number::from_str(t).unwrap()),
            Node::String(s) => Value::String(s.to_string()),
            Node::Array(a) => Value::Array(a.iter().map(als_value).collect()),
            Node::Object(o) => Value::Object(
                o.iter()
                    .map(|(k, w)| (k.to_string(), als_value(w)))
                    .collect(),
            ),
        }
    }

    #[test]
    fn node_en_value_lezen_hetzelfde() {
        let groot: String = (0..40).map(|i| format!("\"k{i}\": {i}, ")).collect();
        for tekst in [
            r#"{"a": [1, -2, 3.50, 1e+21, 12345678901234567890123.45, -0, 0.0, 2.026e3], "b": null, "c": true}"#,
            r#"[{"x": "y\u00e9", "esc\"aped": "tab\there"}, [], {}, "", 0, false]"#,
            r#"{"$serde_json::private::Number": "350000.00"}"#,
            r#"{"$serde_json::private::Number": 1, "a": 2}"#,
            r#"{"a": 2, "$serde_json::private::Number": [1]}"#,
            r#"{"$serde_json::private::Number": {"b": null}}"#,
            &format!("{{{groot}\"slot\": [{{{groot}\"x\": 1}}]}}"),
        ] {
            let value = lees(tekst).unwrap();
            let node = lees_node(tekst).unwrap();
            assert_eq!(als_value(&node), value, "{tekst}");
        }
        // Members sorted by name, bytewise, as a Value holds them ("Z" < "a" < "é").
        let Node::Object(o) = lees_node(r#"{"z": 1, "é": 0, "a": 2, "Z": 3, "m": 4}"#).unwrap()
        else {
            panic!("an object");
        };
        let namen: Vec<&str> = o.iter().map(|(k, _)| &**k).collect();
        assert_eq!(namen, ["Z", "a", "m", "z", "é"]);
        // A string without escapes is borrowed from the text; one with escapes is not.
        let Node::Array(a) = lees_node(r#"["plain", "e\u0301"]"#).unwrap() else {
            panic!("a list");
        };
        assert!(matches!(&a[0], Node::String(Cow::Borrowed("plain"))));
        assert!(matches!(&a[1], Node::String(Cow::Owned(s)) if s == "e\u{301}"));
    }

    #[test]
    fn node_en_value_weigeren_hetzelfde() {
        let diep = "[".repeat(200);
        // A name given twice in a small object, in a large one (past the list look-up: the 20th
        // member repeats the 3rd), and the private name of a number twice.
        let groot: String = (0..19).map(|i| format!("\"k{i}\": {i}, ")).collect();
        let groot_dubbel = format!("{{{groot}\"k2\": 0}}");
        let privé =
            r#"{"a": 1, "$serde_json::private::Number": 2, "$serde_json::private::Number": 3}"#;
        for tekst in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "1 2",
            diep.as_str(),
            "nul",
            r#"{"dubbel": 1, "dubbel": 2}"#,
            groot_dubbel.as_str(),
            privé,
        ] {
            let value = lees(tekst).unwrap_err();
            let node = lees_node(tekst).unwrap_err();
            assert_eq!(node.to_string(), value.to_string(), "{tekst}");
            assert_eq!(
                (node.line(), node.column()),
                (value.line(), value.column()),
                "{tekst}"
            );
        }
        let e = lees_node(&groot_dubbel).unwrap_err().to_string();
        assert!(e.starts_with("member name given twice"), "{e}");
        let e = lees_node(privé).unwrap_err().to_string();
        assert!(e.starts_with("member name given twice"), "{e}");
        let een_te_veel = format!("[{}0]", "0,".repeat(MAX_WAARDEN));
        let e = lees_node(&een_te_veel).unwrap_err().to_string();
        assert!(e.starts_with("more than 2000000 values"), "{e}");
    }

    #[test]
    fn te_veel_waarden() {
        let precies = format!("[{}0]", "0,".repeat(MAX_WAARDEN - 1));
        assert_eq!(
            lees(&precies).unwrap().as_array().unwrap().len(),
            MAX_WAARDEN
        );
        let een_te_veel = format!("{{\"a\": [{}0]}}", "0,".repeat(MAX_WAARDEN - 1));
        let fout = lees(&een_te_veel).unwrap_err().to_string();
        assert!(fout.starts_with("more than 2000000 values"), "{fout}");
    }

    #[test]
    fn de_interne_naam_van_serde_json_is_een_gewoon_lid() {
        // serde_json's own Value would read these as numbers, or refuse them.
        for (tekst, verwacht) in [
            (r#"{"$serde_json::private::Number": "350000.00"}"#, "string"),
            (r#"{"$serde_json::private::Number": 1, "a": 2}"#, "number"),
            (r#"{"a": 2, "$serde_json::private::Number": [1]}"#, "array"),
            (r#"{"$serde_json::private::Number": {"b": null}}"#, "object"),
        ] {
            let w = lees(tekst).unwrap();
            let lid = &w.as_object().unwrap()["$serde_json::private::Number"];
            let soort = match lid {
                Value::String(_) => "string",
                Value::Number(_) => "number",
                Value::Array(_) => "array",
                Value::Object(_) => "object",
                _ => "other",
            };
            assert_eq!(soort, verwacht, "{tekst}");
        }
    }

    #[test]
    fn dezelfde_fouten_als_serde_json() {
        let diep = "[".repeat(200);
        for tekst in ["", "{", "[1,]", "{\"a\" 1}", "1 2", diep.as_str(), "nul"] {
            let eigen = lees(tekst).unwrap_err();
            let serde = serde_json::from_str::<Value>(tekst).unwrap_err();
            assert_eq!(eigen.to_string(), serde.to_string());
        }
    }
}
