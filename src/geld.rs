//! Amounts as people read them (`€ 1.250,00`, `€1,250.00`): for messages, the report and the form.

use rust_decimal::Decimal;

/// The language an amount (or a report) is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taal {
    /// Dutch.
    Nl,
    /// English.
    En,
}

/// Euros the Dutch way, rounded to cents: `€ 1.250.000,00`.
pub fn euro(d: Decimal) -> String {
    bedrag_als(d, Taal::Nl)
}

/// Euros the English way, rounded to cents: `€1,250,000.00`.
pub fn euro_en(d: Decimal) -> String {
    bedrag_als(d, Taal::En)
}

/// Euros in `taal`, rounded to cents.
pub fn bedrag_als(d: Decimal, taal: Taal) -> String {
    let r = d.round_dp(2);
    let negatief = r.is_sign_negative() && !r.is_zero();
    let b = crate::beoordeling::Bedrag::van(r.abs());
    tekst_als(&b.tekst(), negatief, taal)
}

/// A total (`Bedrag`, exact however large) in `taal`.
pub fn totaal_als(b: &crate::beoordeling::Bedrag, taal: Taal) -> String {
    tekst_als(&b.tekst(), false, taal)
}

/// The contract's text of an amount (`"1250000.00"`) as people read it in `taal`.
fn tekst_als(tekst: &str, negatief: bool, taal: Taal) -> String {
    let (heel, cent) = tekst.split_once('.').unwrap_or((tekst, "00"));
    let (duizend, punt, voor) = match taal {
        Taal::Nl => ('.', ',', "€ "),
        Taal::En => (',', '.', "€"),
    };
    let mut uit = String::new();
    if negatief {
        uit.push('-');
    }
    if taal == Taal::Nl {
        // The Dutch sign follows the euro sign: `€ -5.000,00`.
        uit.insert_str(0, voor);
    } else {
        uit.push_str(voor);
    }
    for (i, c) in heel.chars().enumerate() {
        if i > 0 && (heel.len() - i) % 3 == 0 {
            uit.push(duizend);
        }
        uit.push(c);
    }
    uit.push(punt);
    uit.push_str(cent);
    uit
}
