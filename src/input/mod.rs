//! Reading input: the lenient reader that turns any JSON value into an [`aanvraag::Aanvraag`].

pub mod aanvraag;
