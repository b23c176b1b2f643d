//! Texts in messages: names joined by a separator, written straight to the formatter.

use std::fmt;

/// Names in a message, separated by the second field (`", "`, `" of "`). Any iterator of names
/// that can be walked again: no list is collected for a message, and no `join` is linked (size:
/// BENCHMARKS.md).
pub struct Reeks<I>(pub I, pub &'static str);

impl<'a, I: Iterator<Item = &'a str> + Clone> fmt::Display for Reeks<I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, x) in self.0.clone().enumerate() {
            if i > 0 {
                f.write_str(self.1)?;
            }
            f.write_str(x)?;
        }
        Ok(())
    }
}
