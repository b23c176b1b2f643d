//! Writing output for people: the CLI report and the overviews of rules and focus areas.

pub mod overzicht;
pub mod rapport;
