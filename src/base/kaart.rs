//! [`Kaart`], the map type of the totals in the beoordeling: a sorted `Vec` of pairs rather than a
//! `BTreeMap`, so the wasm carries no B-tree code per value type.

#[cfg(not(target_arch = "wasm32"))]
use serde::{Deserialize, Deserializer};
use serde::{Serialize, Serializer};
use std::fmt;

/// Text keys with values, sorted by key in byte order (as `BTreeMap<String, V>`), each key once;
/// serialises as a JSON object in that order.
#[derive(Clone, PartialEq, Eq)]
pub struct Kaart<V> {
    paren: Vec<(String, V)>,
}

impl<V> Kaart<V> {
    /// An empty map.
    pub fn new() -> Self {
        Kaart { paren: Vec::new() }
    }

    /// Add a pair whose key sorts after every key already present (for building in key order).
    pub(crate) fn achteraan(&mut self, sleutel: String, waarde: V) {
        debug_assert!(self.paren.last().is_none_or(|(k, _)| *k < sleutel));
        self.paren.push((sleutel, waarde));
    }

    /// The last pair, to add to its value while building in key order.
    pub(crate) fn laatste_mut(&mut self) -> Option<(&str, &mut V)> {
        self.paren.last_mut().map(|(k, v)| (k.as_str(), v))
    }

    /// The value for `sleutel`, if present.
    pub fn get(&self, sleutel: &str) -> Option<&V> {
        let i = self
            .paren
            .binary_search_by(|(k, _)| k.as_str().cmp(sleutel))
            .ok()?;
        Some(&self.paren[i].1)
    }

    /// Whether `sleutel` is present.
    pub fn contains_key(&self, sleutel: &str) -> bool {
        self.get(sleutel).is_some()
    }

    /// The pairs in key order.
    pub fn iter(&self) -> Iter<'_, V> {
        self.paren.iter().map(|(k, v)| (k, v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> + '_ {
        self.paren.iter().map(|(k, _)| k)
    }

    /// The values in key order.
    pub fn values(&self) -> impl Iterator<Item = &V> + '_ {
        self.paren.iter().map(|(_, v)| v)
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.paren.len()
    }

    /// Whether there are no keys.
    pub fn is_empty(&self) -> bool {
        self.paren.is_empty()
    }
}

/// The iterator of [`Kaart::iter`]: `(key, value)` in key order.
pub type Iter<'a, V> =
    std::iter::Map<std::slice::Iter<'a, (String, V)>, fn(&'a (String, V)) -> (&'a String, &'a V)>;

impl<V> Default for Kaart<V> {
    fn default() -> Self {
        Kaart::new()
    }
}

impl<'a, V> IntoIterator for &'a Kaart<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = Iter<'a, V>;
    fn into_iter(self) -> Iter<'a, V> {
        self.iter()
    }
}

impl<V> FromIterator<(String, V)> for Kaart<V> {
    /// Pairs in any order; of pairs with the same key the last one stays, as in a `BTreeMap`.
    fn from_iter<I: IntoIterator<Item = (String, V)>>(paren: I) -> Self {
        let mut paren: Vec<(String, V)> = paren.into_iter().collect();
        crate::base::volgorde::sorteer(&mut paren, &|a, b| a.0.cmp(&b.0));
        let mut uit = Kaart::new();
        for (k, v) in paren {
            match uit.paren.last_mut() {
                Some(laatste) if laatste.0 == k => laatste.1 = v,
                _ => uit.paren.push((k, v)),
            }
        }
        uit
    }
}

impl<V: Serialize> Serialize for Kaart<V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// Read back from a JSON object (a beoordeling read from its JSON); keys sorted, a repeated key
/// keeps its last value, as serde_json's own map does. Native only, as in `beoordeling`.
impl<'de, V: Deserialize<'de>> Deserialize<'de> for Kaart<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let map = std::collections::BTreeMap::<String, V>::deserialize(d)?;
        Ok(Kaart {
            paren: map.into_iter().collect(),
        })
    }
}

impl<V: fmt::Debug> fmt::Debug for Kaart<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn als_btreemap() {
        let paren = [
            ("b", 1),
            ("a", 2),
            ("é", 3),
            ("B", 4),
            ("a", 5),
            ("", 6),
            ("aa", 7),
        ];
        let k: Kaart<i32> = paren.iter().map(|(s, v)| (s.to_string(), *v)).collect();
        let b: std::collections::BTreeMap<String, i32> =
            paren.iter().map(|(s, v)| (s.to_string(), *v)).collect();
        assert_eq!(k.iter().collect::<Vec<_>>(), b.iter().collect::<Vec<_>>());
        assert_eq!(
            serde_json::to_string(&k).unwrap(),
            serde_json::to_string(&b).unwrap()
        );
        assert_eq!(format!("{k:?}"), format!("{b:?}"));
        assert_eq!(k.get("a"), Some(&5));
        assert_eq!(k.get("c"), None);
        assert_eq!(k.len(), 6);
        assert!(Kaart::<i32>::new().is_empty());
    }
}
