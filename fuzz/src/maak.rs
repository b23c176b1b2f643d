//! Structure-aware inputs from `arbitrary` bytes: aanvragen with the contract's real field names
//! and edge values (exponents, many digits, huge and fractional years, Unicode, wrong types, deep
//! nesting), and run-time rule sets with the real field names of `--regels`.

use arbitrary::{Result, Unstructured};
use serde_json::{Map, Number, Value};

/// Theme ids of both tranches, near misses and texts that are magic keys of JSON readers.
const THEMAS: &[&str] = &[
    "school_en_omgeving",
    "ontwikkeling_jonge_kind",
    "maatschappelijke_samenhang",
    "bewonersparticipatie",
    "veerkracht_en_weerbaarheid",
    "programmaondersteuning",
    "spelenderwijs_taal_en_motoriek",
    "School en Omgeving",
    "onbekend",
    "$serde_json::private::Number",
    "$serde_json::private::RawValue",
    "__proto__",
    "constructor",
    "",
];

const GEMEENTEN: &[&str] = &[
    "GM0014",
    "GM0855",
    "GM0917",
    "Den Haag",
    "'s-Gravenhage",
    "Groningen",
    "Tilburg",
    "Heerlen",
    "gm14",
    "GM9999",
    "Rotterdam",
    "Zwolle",
    "",
    " ",
];

const GEBIEDEN: &[&str] = &[
    "groningen-noord",
    "Groningen Noord",
    "tilburg-noordwest",
    "Tilburg NoordWest",
    "heerlen-noord",
    "BU00140000",
    "nergens",
    "",
];

const DATA: &[&str] = &[
    "2025-07-15",
    "2023-08-15",
    "2023-08-01",
    "2023-09-30",
    "2023-07-31",
    "2024-02-29",
    "2025-02-29",
    "2026-01-01",
    "15-07-2025",
    "2025-7-15",
    "2025-13-01",
    "0000-00-00",
    "",
];

/// Number texts: whole and fractional, exponents, many digits, signs.
fn getal_tekst(u: &mut Unstructured<'_>) -> Result<String> {
    let basis = [
        "2026", "2027", "2028", "2023", "2024", "2025", "2029", "0", "4", "12", "130",
    ];
    Ok(match u.int_in_range(0..=11)? {
        0 => u.choose(&basis)?.to_string(),
        1 => format!(
            "{}.{}",
            u.choose(&basis)?,
            "0".repeat(u.int_in_range(1..=40)?)
        ),
        2 => format!(
            "{}e{}",
            u.choose(&["2.026", "20260", "1", "0", "-1"])?,
            u.int_in_range(-40i32..=40)?
        ),
        3 => format!("1{}", "0".repeat(u.int_in_range(15..=60)?)),
        4 => format!("-{}", u.choose(&basis)?),
        5 => format!("{}.5", u.choose(&basis)?),
        6 => format!(
            "{}E+{}",
            u.int_in_range(1u32..=9)?,
            u.int_in_range(0u32..=400)?
        ),
        7 => "1e-99999999999999999999".into(),
        8 => format!("{}", u.arbitrary::<i64>()?),
        9 => format!(
            "{}.{:02}",
            u.int_in_range(0u64..=999_999_999)?,
            u.int_in_range(0u8..=99)?
        ),
        10 => format!(
            "0.{}{}",
            "0".repeat(u.int_in_range(0..=40)?),
            u.int_in_range(1u32..=99999)?
        ),
        _ => {
            // Any digits, a point, an exponent: still a JSON number.
            let mut t = char::from(b'1' + u.int_in_range(0u8..=8)?).to_string();
            for _ in 0..u.int_in_range(0..=35)? {
                t.push(char::from(b'0' + u.int_in_range(0u8..=9)?));
            }
            if u.arbitrary()? {
                t.push_str(&format!(".{}", u.int_in_range(0u32..=1_000_000)?));
            }
            if u.arbitrary()? {
                t.push_str(&format!("e{}", u.int_in_range(-99i32..=99)?));
            }
            t
        }
    })
}

/// A JSON number from its text (kept exact: serde_json's arbitrary_precision).
fn getal(u: &mut Unstructured<'_>) -> Result<Value> {
    let t = getal_tekst(u)?;
    Ok(serde_json::from_str::<Number>(&t).map_or(Value::from(0), Value::Number))
}

/// Some text: a chosen one, or arbitrary Unicode.
fn tekst(u: &mut Unstructured<'_>, keuze: &[&str]) -> Result<Value> {
    Ok(Value::String(if u.ratio(3, 4)? {
        u.choose(keuze)?.to_string()
    } else {
        u.arbitrary::<String>()?
    }))
}

/// Any JSON value, nested up to `diepte`.
pub fn willekeurig(u: &mut Unstructured<'_>, diepte: u32) -> Result<Value> {
    Ok(match u.int_in_range(0..=7)? {
        0 => Value::Null,
        1 => Value::Bool(u.arbitrary()?),
        2 => getal(u)?,
        3 => Value::String(u.arbitrary()?),
        4 if diepte > 0 => {
            let n = u.int_in_range(0..=3)?;
            Value::Array(
                (0..n)
                    .map(|_| willekeurig(u, diepte - 1))
                    .collect::<Result<_>>()?,
            )
        }
        5 if diepte > 0 => {
            let mut m = Map::new();
            for _ in 0..u.int_in_range(0..=3)? {
                m.insert(u.arbitrary()?, willekeurig(u, diepte - 1)?);
            }
            Value::Object(m)
        }
        6 => {
            // Deep nesting: arrays or objects hundreds of levels deep.
            let mut w = Value::Null;
            for i in 0..u.int_in_range(0..=300)? {
                w = if i % 2 == 0 {
                    Value::Array(vec![w])
                } else {
                    // Not `json!`, which copies the whole value at every level.
                    Value::Object(Map::from_iter([("a".to_string(), w)]))
                };
            }
            w
        }
        _ => Value::String(
            u.choose(&[
                "NaN",
                "Infinity",
                "1e3",
                "€ 1.250.000",
                "1.250.000,00",
                "350.000,-",
                "1,250,000.00",
                "-0.00",
                "0.001",
            ])?
            .to_string(),
        ),
    })
}

/// The value for a field: usually of the right kind (from `goed`), sometimes anything.
fn veld(
    u: &mut Unstructured<'_>,
    goed: impl FnOnce(&mut Unstructured<'_>) -> Result<Value>,
) -> Result<Value> {
    if u.ratio(1, 10)? {
        willekeurig(u, 3)
    } else {
        goed(u)
    }
}

/// Put the fields named in `velden` (each with probability 3/4) into an object.
fn object(
    u: &mut Unstructured<'_>,
    velden: &[(&str, &dyn Fn(&mut Unstructured<'_>) -> Result<Value>)],
) -> Result<Value> {
    let mut m = Map::new();
    for (naam, maak) in velden {
        if u.ratio(3, 4)? {
            m.insert(naam.to_string(), veld(u, maak)?);
        }
    }
    if u.ratio(1, 20)? {
        m.insert(u.arbitrary()?, willekeurig(u, 2)?); // an unknown member
    }
    Ok(Value::Object(m))
}

fn bedrag(u: &mut Unstructured<'_>) -> Result<Value> {
    if u.ratio(1, 3)? {
        getal(u)
    } else {
        let n = format!(
            "{}.{:02}",
            u.int_in_range(0u64..=2_000_000)?,
            u.int_in_range(0u8..=99)?
        );
        tekst(
            u,
            &[
                &n,
                "350000.00",
                "1250000.00",
                "0.00",
                "1e5",
                "abc",
                "254895000.01",
                "99.999",
            ],
        )
    }
}

fn regel(u: &mut Unstructured<'_>) -> Result<Value> {
    object(
        u,
        &[
            ("jaar", &getal),
            ("bedrag", &bedrag),
            ("besteding_in", &getal),
            ("soort", &|u| {
                tekst(u, &["activiteit", "personeel", "opslag", "overhead"])
            }),
        ],
    )
}

fn activiteit(u: &mut Unstructured<'_>, i: usize) -> Result<Value> {
    let id = format!("a{}", i % 4);
    object(
        u,
        &[
            ("id", &|u| tekst(u, &[&id, "", "x"])),
            ("naam", &|u| {
                tekst(u, &["Ontdeklab", "", "  ", "Ëën naam 🎉"])
            }),
            ("thema", &|u| tekst(u, THEMAS)),
            ("categorie", &|u| {
                tekst(u, &["verlengde_schooldag", "taal", "", "onbekend"])
            }),
            ("binnen_focusgebied", &|u| Ok(Value::Bool(u.arbitrary()?))),
            ("doelgroep", &|u| {
                object(
                    u,
                    &[("leeftijd_van", &getal), ("leeftijd_tot_en_met", &getal)],
                )
            }),
            ("begroting", &|u| {
                let n = u.int_in_range(0..=5)?;
                Ok(Value::Array(
                    (0..n).map(|_| regel(u)).collect::<Result<_>>()?,
                ))
            }),
        ],
    )
}

/// An aanvraag with the contract's field names.
pub fn aanvraag(u: &mut Unstructured<'_>) -> Result<Value> {
    let booleaans = |u: &mut Unstructured<'_>| Ok(Value::Bool(u.arbitrary()?));
    object(
        u,
        &[
            ("regeling", &|u| {
                tekst(u, &["2023-2025", "2026-2028", "2026", ""])
            }),
            ("ingediend_op", &|u| tekst(u, DATA)),
            ("gemeente", &|u| tekst(u, GEMEENTEN)),
            ("focusgebied", &|u| tekst(u, GEBIEDEN)),
            ("alliantie", &|u| {
                object(
                    u,
                    &[
                        ("voorzitter_burgemeester", &booleaans),
                        ("gebiedsplan", &booleaans),
                        ("uitvoeringsprogramma", &booleaans),
                        ("inwoners_betrokken", &booleaans),
                    ],
                )
            }),
            ("coalitie", &|u| {
                object(
                    u,
                    &[("scholen", &|u| {
                        let n = u.int_in_range(0..=4)?;
                        let scholen = (0..n)
                            .map(|_| {
                                object(
                                    u,
                                    &[
                                        ("naam", &|u| tekst(u, &["Het Karrepad", ""])),
                                        ("brin", &|u| tekst(u, &["12AB", ""])),
                                        ("binnen_focusgebied", &booleaans),
                                    ],
                                )
                            })
                            .collect::<Result<_>>()?;
                        Ok(Value::Array(scholen))
                    })],
                )
            }),
            ("activiteiten", &|u| {
                let n = u.int_in_range(0..=6)?;
                Ok(Value::Array(
                    (0..n).map(|i| activiteit(u, i)).collect::<Result<_>>()?,
                ))
            }),
        ],
    )
}

/// A run-time rule set with the field names of `--regels`.
pub fn regelset(u: &mut Unstructured<'_>) -> Result<Value> {
    let zekerheid =
        |u: &mut Unstructured<'_>| tekst(u, &["geverifieerd", "afgeleid", "onbekend", "zeker"]);
    let bron = |u: &mut Unstructured<'_>| {
        tekst(
            u,
            &[
                "STCRT-2025-20924",
                "STCRT-2023-17605",
                "VHN-2023",
                "B",
                "ONBEKEND",
            ],
        )
    };
    let regel_id = |u: &mut Unstructured<'_>| {
        tekst(
            u,
            &[
                "jaren",
                "aanvraagperiode_van",
                "aanvraagperiode_tot_en_met",
                "overloop_volgend_jaar",
                "besteding_uiterlijk_in",
                "so_coalitie_aandeel_binnen",
                "jonge_kind_leeftijd",
                "totaal_plafond",
                "maximum_per_gebied",
                "programmaondersteuning_bedrag",
                "geen_opslag",
            ],
        )
    };
    let waarde = |u: &mut Unstructured<'_>| -> Result<Value> {
        Ok(match u.int_in_range(0..=5)? {
            0 => Value::Array(
                (0..u.int_in_range(0..=4)?)
                    .map(|_| getal(u))
                    .collect::<Result<_>>()?,
            ),
            1 => tekst(u, DATA)?,
            2 => getal(u)?,
            3 => tekst(u, &["0.85", "1", "0", "1.5", "408000000.00", "1.001"])?,
            4 => object(u, &[("van", &getal), ("tot_en_met", &getal)])?,
            _ => willekeurig(u, 2)?,
        })
    };
    object(
        u,
        &[
            ("bronnen", &|u| {
                let mut m = Map::new();
                for _ in 0..u.int_in_range(0..=2)? {
                    let k: String = if u.arbitrary()? {
                        "B".into()
                    } else {
                        u.arbitrary()?
                    };
                    let b = object(
                        u,
                        &[
                            ("vindplaats", &|u| tekst(u, &["Beschikking", " "])),
                            ("titel", &|u| tekst(u, &["t"])),
                            ("url", &|u| {
                                tekst(u, &["https://example.org/b", "http://e.org"])
                            }),
                        ],
                    )?;
                    m.insert(k, b);
                }
                Ok(Value::Object(m))
            }),
            ("regeling", &|u| {
                let n = u.int_in_range(0..=2)?;
                let l = (0..n)
                    .map(|_| {
                        object(
                            u,
                            &[
                                ("id", &|u| tekst(u, &["2026-2028", "2023-2025", "2030"])),
                                ("regel", &|u| {
                                    let n = u.int_in_range(0..=3)?;
                                    let l = (0..n)
                                        .map(|_| {
                                            object(
                                                u,
                                                &[
                                                    ("id", &regel_id),
                                                    ("themas", &|u| {
                                                        Ok(Value::Array(if u.arbitrary()? {
                                                            vec![]
                                                        } else {
                                                            vec![tekst(u, THEMAS)?]
                                                        }))
                                                    }),
                                                    ("waarde", &waarde),
                                                    ("zekerheid", &zekerheid),
                                                    ("bron", &bron),
                                                    ("artikel", &|u| tekst(u, &["2", ""])),
                                                    ("toelichting", &|u| tekst(u, &["t"])),
                                                ],
                                            )
                                        })
                                        .collect::<Result<_>>()?;
                                    Ok(Value::Array(l))
                                }),
                                ("geldstroom", &|u| {
                                    let g = object(
                                        u,
                                        &[
                                            ("id", &|u| tekst(u, &["OCW", "SZW", "VRO", "BZK"])),
                                            ("plafond", &bedrag),
                                            ("bron", &bron),
                                            ("zekerheid", &zekerheid),
                                        ],
                                    )?;
                                    Ok(Value::Array(vec![g]))
                                }),
                                ("maximum", &|u| {
                                    let n = u.int_in_range(0..=4)?;
                                    let l = (0..n)
                                        .map(|_| {
                                            object(
                                                u,
                                                &[
                                                    ("focusgebied", &|u| tekst(u, GEBIEDEN)),
                                                    ("thema", &|u| tekst(u, THEMAS)),
                                                    ("jaar", &getal),
                                                    ("bedrag", &bedrag),
                                                    ("bron", &bron),
                                                    ("zekerheid", &zekerheid),
                                                    ("bestand", &|u| tekst(u, &["rules/x.toml"])),
                                                ],
                                            )
                                        })
                                        .collect::<Result<_>>()?;
                                    Ok(Value::Array(l))
                                }),
                            ],
                        )
                    })
                    .collect::<Result<_>>()?;
                Ok(Value::Array(l))
            }),
        ],
    )
}
