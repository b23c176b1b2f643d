//! The program whose instructions `scripts/instructies.mjs` counts under callgrind: one native `toets` of one input.
//!
//! `instructies NAME toets|tekst` runs the check on the input NAME of `benches/gedeeld/invoer.rs`
//! twice: once to warm up (the first call reads the compiled rule set, which a server pays once),
//! then once inside [`gemeten`], the only function callgrind counts (`--toggle-collect`).
//! `toets` is [`kansrijke_wijk::toets`] over the parsed value; `tekst` is `toets_tekst(..).json()`,
//! text in and text out, as the CLI and `toetsJson` do. `instructies --lijst` names the inputs.

use kansrijke_wijk::{lees_json, regels, toets, toets_tekst};
use std::hint::black_box;
use std::process::ExitCode;

#[path = "gedeeld/invoer.rs"]
mod invoer;

/// One check; its result kept alive so the optimiser cannot drop the work.
fn werk(soort: &str, waarde: &serde_json::Value, tekst: &str) -> usize {
    match soort {
        "toets" => black_box(toets(black_box(waarde))).bevindingen.len(),
        _ => black_box(toets_tekst(regels::standaard(), black_box(tekst)).json()).len(),
    }
}

/// The measured call: out of line so callgrind can name it; it counts what runs inside it only.
#[inline(never)]
fn gemeten(soort: &str, waarde: &serde_json::Value, tekst: &str) -> usize {
    werk(soort, waarde, tekst)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lijst = invoer::invoer();
    if args.first().map(String::as_str) == Some("--lijst") {
        for (naam, _) in &lijst {
            println!("{naam}");
        }
        return ExitCode::SUCCESS;
    }
    let (Some(naam), Some(soort)) = (args.first(), args.get(1)) else {
        eprintln!("usage: instructies NAME toets|tekst   (or --lijst)");
        return ExitCode::from(2);
    };
    let Some((_, tekst)) = lijst.iter().find(|(n, _)| n == naam) else {
        eprintln!("instructies: no input named {naam}");
        return ExitCode::from(2);
    };
    if soort != "toets" && soort != "tekst" {
        eprintln!("instructies: measure toets or tekst, not {soort}");
        return ExitCode::from(2);
    }
    let waarde = lees_json(tekst).expect("the inputs are JSON");
    let opwarmen = werk(soort, &waarde, tekst);
    let n = gemeten(soort, &waarde, tekst);
    assert_eq!(opwarmen, n, "the same input gives the same answer");
    println!("{n}");
    ExitCode::SUCCESS
}
