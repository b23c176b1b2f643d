//! The rules the engine knows: one [`RegelId`] per rule id of `rules/`, with the type of its value.
//!
//! `build.rs` uses it too, so a rule file with an id not listed here fails the build, and a
//! check that names a rule names it by this enum: a typo cannot silently switch a check off.

/// The type of a rule's `waarde`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaardeSoort {
    /// The rule has no value of its own (a condition, or its values live elsewhere).
    Geen,
    /// A list of whole years, ascending.
    Jaren,
    /// An ISO date `YYYY-MM-DD`.
    Datum,
    /// One whole year.
    Jaar,
    /// A whole number of years.
    AantalJaren,
    /// A share between 0 and 1, as a decimal string (`"0.85"`).
    Aandeel,
    /// An age band `{ van, tot_en_met }` in whole years.
    Leeftijden,
    /// Euros, decimal string with at most two decimals.
    Bedrag,
}

impl WaardeSoort {
    /// What a value of this type is, in words, for messages.
    pub fn omschrijving(self) -> &'static str {
        match self {
            WaardeSoort::Geen => "empty (this rule takes no waarde)",
            WaardeSoort::Jaren => "a list of whole years, ascending",
            WaardeSoort::Datum => "a date \"YYYY-MM-DD\"",
            WaardeSoort::Jaar => "a whole year from 2000 to 2100",
            WaardeSoort::AantalJaren => "a whole number of years from 0 to 10",
            WaardeSoort::Aandeel => "a share from \"0\" to \"1\" as a decimal string",
            WaardeSoort::Leeftijden => "an age band { van, tot_en_met } in whole years, 0-120",
            WaardeSoort::Bedrag => {
                "an amount in euros as a decimal string, at most two decimals, not negative"
            }
        }
    }
}

macro_rules! regel_ids {
    ($($(#[doc = $doc:literal])* $naam:ident = $id:literal, $soort:ident, $verplicht:literal;)*) => {
        /// One rule of the regulation, as `rules/` names it (`id = "…"`). The doc line of each
        /// says where it is in the regulation, in which rule file, and which check applies it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RegelId {
            $($(#[doc = $doc])* $naam,)*
        }

        impl RegelId {
            /// Every rule, in the order of this list.
            pub const ALLE: &'static [RegelId] = &[$(RegelId::$naam),*];

            /// The id as the rule files write it.
            pub const fn tekst(self) -> &'static str {
                match self {
                    $(RegelId::$naam => $id,)*
                }
            }

            /// The type of the rule's value.
            pub const fn soort(self) -> WaardeSoort {
                match self {
                    $(RegelId::$naam => WaardeSoort::$soort,)*
                }
            }

            /// Whether every regulation must state this rule (as a general rule, without theme
            /// scope), even if only as an onbekend slot.
            pub const fn verplicht(self) -> bool {
                match self {
                    $(RegelId::$naam => $verplicht,)*
                }
            }
        }
    };
}

regel_ids! {
    /// Art. 1 (gemeente as applicant), `artikel-01-begrippen.toml`; check `toetsing::gebied`.
    AanvragerGemeente = "aanvrager_gemeente", Geen, true;
    /// Art. 1 (focusgebied in the gemeente), `artikel-01-begrippen.toml`; check `toetsing::gebied`.
    FocusgebiedInGemeente = "focusgebied_in_gemeente", Geen, true;
    /// Art. 1, second tranche (alliance chaired by the mayor), `2026-2028/artikel-01-begrippen.toml`;
    /// check `toetsing::alliantie`.
    AlliantieVoorzitterBurgemeester = "alliantie_voorzitter_burgemeester", Geen, false;
    /// Art. 1, second tranche (integral area plan), `2026-2028/artikel-01-begrippen.toml`; check
    /// `toetsing::alliantie`.
    AlliantieGebiedsplan = "alliantie_gebiedsplan", Geen, false;
    /// Art. 1, second tranche (implementation programme), `2026-2028/artikel-01-begrippen.toml`;
    /// check `toetsing::alliantie`.
    AlliantieUitvoeringsprogramma = "alliantie_uitvoeringsprogramma", Geen, false;
    /// Art. 1, second tranche (residents involved), `2026-2028/artikel-01-begrippen.toml`; check
    /// `toetsing::alliantie`.
    AlliantieInwonersBetrokken = "alliantie_inwoners_betrokken", Geen, false;
    /// Art. 2 (a thema of the regulation), `artikel-02-*.toml`; check `toetsing::activiteit`.
    ThemaVanRegeling = "thema_van_regeling", Geen, true;
    /// Art. 2 (a categorie of its thema), `artikel-02-*.toml`; check `toetsing::activiteit`.
    CategorieVanThema = "categorie_van_thema", Geen, false;
    /// The funded years, `uitkering-en-aanvraag.toml`; check `toetsing::begroting`.
    Jaren = "jaren", Jaren, true;
    /// First day of the application window, `uitkering-en-aanvraag.toml`; check
    /// `toetsing::regeling`.
    AanvraagperiodeVan = "aanvraagperiode_van", Datum, true;
    /// Last day of the application window, `uitkering-en-aanvraag.toml`; check
    /// `toetsing::regeling`.
    AanvraagperiodeTotEnMet = "aanvraagperiode_tot_en_met", Datum, true;
    /// First tranche: carrying over into the next year, `2023-2025/uitkering-en-aanvraag.toml`;
    /// check `toetsing::begroting`.
    OverloopVolgendJaar = "overloop_volgend_jaar", AantalJaren, false;
    /// Second tranche: the last year money may be spent, `2026-2028/uitkering-en-aanvraag.toml`;
    /// check `toetsing::begroting`.
    BestedingUiterlijkIn = "besteding_uiterlijk_in", Jaar, false;
    /// No spending before the year it was requested for, `uitkering-en-aanvraag.toml`; check
    /// `toetsing::begroting`.
    BestedingNietVoorToekenningsjaar = "besteding_niet_voor_toekenningsjaar", Geen, false;
    /// Art. 6 (School en Omgeving: the coalition's share within the area),
    /// `2026-2028/artikel-06-school-en-omgeving.toml`; check `toetsing::coalitie`.
    SoCoalitieAandeelBinnen = "so_coalitie_aandeel_binnen", Aandeel, false;
    /// No reservation (opslag) of money, `uitkering-en-aanvraag.toml`; check `toetsing::begroting`.
    GeenOpslag = "geen_opslag", Geen, true;
    /// No co-financing required, `uitkering-en-aanvraag.toml`; informs, no check of its own.
    GeenCofinanciering = "geen_cofinanciering", Geen, false;
    /// Art. 7a, first lid (results within the focusgebied), `uitkering-en-aanvraag.toml` and
    /// `2026-2028/artikel-07a-maatschappelijke-samenhang.toml`; check `toetsing::activiteit`.
    ResultaatBinnenFocusgebied = "resultaat_binnen_focusgebied", Geen, true;
    /// Art. 7 (Jonge Kind: the age band), `2026-2028/artikel-07-jonge-kind.toml`; check
    /// `toetsing::activiteit`.
    JongeKindLeeftijd = "jonge_kind_leeftijd", Leeftijden, false;
    /// The ceiling per geldstroom, `budget.toml`; check `toetsing::bedragen`.
    PlafondPerGeldstroom = "plafond_per_geldstroom", Geen, false;
    /// First tranche: the total budget, `2023-2025/budget.toml`; check `toetsing::bedragen`.
    TotaalPlafond = "totaal_plafond", Bedrag, false;
    /// Art. 7a, second lid (maximum per area), `budget.toml`; check `toetsing::bedragen`.
    MaximumPerGebied = "maximum_per_gebied", Geen, true;
    /// Programme support, a fixed amount per year, `budget.toml`; check `toetsing::bedragen`.
    ProgrammaondersteuningPerJaar = "programmaondersteuning_per_jaar", Bedrag, false;
    /// Programme support, a fixed amount per tranche, `budget.toml`; check `toetsing::bedragen`.
    ProgrammaondersteuningPerTranche = "programmaondersteuning_per_tranche", Bedrag, false;
    /// Second tranche: the awards date, after which the window had closed (inferred),
    /// `2026-2028/uitkering-en-aanvraag.toml`; check `toetsing::regeling`.
    AanvraagperiodeAfgeleidUiterlijk = "aanvraagperiode_afgeleid_uiterlijk", Datum, false;
}

impl RegelId {
    /// The rule with this id text, or `None` for an id the engine does not know.
    pub fn van_tekst(id: &str) -> Option<RegelId> {
        RegelId::ALLE.iter().copied().find(|r| r.tekst() == id)
    }
}
