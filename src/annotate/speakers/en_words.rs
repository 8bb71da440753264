//! English word lists that say what kind of thing a capitalised word is: offices' titles,
//! nationalities and countries, states, nouns for organisations, function words, and
//! whether words name a place.

/// Words of public offices' titles (`Defense Secretary`, `U.S. District Judge`): with a role
/// word after them, one role, not an organisation and a role.
pub(super) const EN_OFFICE_WORDS: &[&str] = &[
    "U.S.",
    "US",
    "Federal",
    "Border",
    "State",
    "Defense",
    "Treasury",
    "Commerce",
    "Homeland",
    "Security",
    "Energy",
    "Health",
    "Interior",
    "Labor",
    "Justice",
    "Education",
    "Transportation",
    "Agriculture",
    "Veterans",
    "Housing",
    "Foreign",
    "Finance",
    "Trade",
    "District",
    "Circuit",
    "Supreme",
    "Majority",
    "Minority",
    "House",
    "Senate",
    "Press",
    "Attorney",
    "Solicitor",
    "Surgeon",
    "Prime",
    "Vice",
    "Deputy",
    "Assistant",
    "Acting",
    "Former",
    "Democratic",
    "Republican",
    "GOP",
];

/// Nationality words and the country each names, for titles (`French President`).
pub(super) const EN_NATIONALITIES: &[(&str, &str)] = &[
    ("American", "U.S."),
    ("Argentine", "Argentina"),
    ("Australian", "Australia"),
    ("Austrian", "Austria"),
    ("Belgian", "Belgium"),
    ("Brazilian", "Brazil"),
    ("British", "Britain"),
    ("Canadian", "Canada"),
    ("Chinese", "China"),
    ("Colombian", "Colombia"),
    ("Danish", "Denmark"),
    ("Dutch", "Netherlands"),
    ("Egyptian", "Egypt"),
    ("Finnish", "Finland"),
    ("French", "France"),
    ("German", "Germany"),
    ("Greek", "Greece"),
    ("Hungarian", "Hungary"),
    ("Indian", "India"),
    ("Indonesian", "Indonesia"),
    ("Iranian", "Iran"),
    ("Iraqi", "Iraq"),
    ("Irish", "Ireland"),
    ("Israeli", "Israel"),
    ("Italian", "Italy"),
    ("Japanese", "Japan"),
    ("Jordanian", "Jordan"),
    ("Lebanese", "Lebanon"),
    ("Mexican", "Mexico"),
    ("Norwegian", "Norway"),
    ("Pakistani", "Pakistan"),
    ("Palestinian", "Palestine"),
    ("Polish", "Poland"),
    ("Portuguese", "Portugal"),
    ("Russian", "Russia"),
    ("Saudi", "Saudi Arabia"),
    ("South African", "South Africa"),
    ("South Korean", "South Korea"),
    ("Spanish", "Spain"),
    ("Swedish", "Sweden"),
    ("Swiss", "Switzerland"),
    ("Syrian", "Syria"),
    ("Taiwanese", "Taiwan"),
    ("Turkish", "Turkey"),
    ("Ukrainian", "Ukraine"),
    ("Venezuelan", "Venezuela"),
];

/// Lower-case nouns that describe a company or a body, not a person (`the tech giant Apple`).
pub(super) const EN_ORG_NOUNS: &[&str] = &[
    "giant",
    "company",
    "firm",
    "startup",
    "start-up",
    "maker",
    "makers",
    "retailer",
    "chain",
    "group",
    "network",
    "outlet",
    "automaker",
    "carmaker",
    "chipmaker",
    "platform",
    "agency",
    "bank",
    "lender",
    "insurer",
    "airline",
    "brand",
    "app",
    "service",
    "conglomerate",
    "operator",
    "developer",
    "publisher",
    "broadcaster",
    "newspaper",
    "magazine",
    "site",
    "website",
    "organization",
    "organisation",
    "nonprofit",
    "non-profit",
    "union",
    "party",
    "government",
    "ministry",
    "department",
    "court",
    "regulator",
    "watchdog",
    "exchange",
    "fund",
    "studio",
    "label",
    "team",
    "club",
    "league",
    "university",
    "school",
    "hospital",
    "city",
    "country",
    "state",
    "province",
    "county",
    "town",
    "village",
    "producer",
    "manufacturer",
    "supplier",
    "provider",
    "utility",
    "distributor",
    "rival",
    "subsidiary",
    "unit",
    "owner",
];

/// Prepositions and conjunctions: a description that runs through one names no one
/// (`The rise of Trumpism`, `Committee for a Responsible Federal Budget`).
/// The particles inside a person's name (`Henry de Koninck`, `Wolf von Rotberg`).
pub(super) const EN_NAME_PARTICLES: &[&str] = &[
    "de", "la", "le", "du", "di", "da", "del", "van", "von", "der", "den", "bin", "al", "ter",
    "dos", "das",
];

pub(super) const EN_FUNCTION_WORDS: &[&str] = &[
    "of", "for", "to", "in", "on", "at", "by", "with", "from", "and", "or",
];

/// The states of the United States: `California says` is a state's government speaking,
/// never a person's surname alone.
pub(super) const EN_STATES: &[&str] = &[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "Wisconsin",
    "Wyoming",
    "New York",
    "New Jersey",
    "New Mexico",
    "New Hampshire",
    "North Carolina",
    "North Dakota",
    "South Carolina",
    "South Dakota",
    "Rhode Island",
    "West Virginia",
];

/// Whether capitalised words name a place rather than a person: a country, state or
/// continent among them (`North Korea`), a compass word first or a word of geography last
/// (`Wall Street`, `Gaza Strip`).
pub(super) fn place_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.iter().any(|w| place(w))
        || words.first().is_some_and(|w| {
            matches!(
                *w,
                "North"
                    | "South"
                    | "East"
                    | "West"
                    | "Northern"
                    | "Southern"
                    | "Eastern"
                    | "Western"
                    | "Central"
                    | "New"
                    | "Upper"
                    | "Lower"
                    | "Greater"
            )
        })
        || words.last().is_some_and(|w| {
            matches!(
                *w,
                "Street"
                    | "Avenue"
                    | "Road"
                    | "Square"
                    | "City"
                    | "County"
                    | "Island"
                    | "Islands"
                    | "Valley"
                    | "Beach"
                    | "Park"
                    | "Bay"
                    | "River"
                    | "Sea"
                    | "Ocean"
                    | "Gulf"
                    | "Strait"
                    | "Coast"
                    | "Strip"
                    | "Bank"
                    | "Peninsula"
                    | "Mountains"
                    | "Lake"
                    | "Airport"
                    | "Harbor"
            )
        })
}

pub(super) fn place(word: &str) -> bool {
    matches!(word, "America" | "Europe" | "Africa" | "Asia")
        || EN_NATIONALITIES
            .iter()
            .any(|(n, c)| *n == word || *c == word)
        || EN_STATES.contains(&word)
}

/// The words that end a company's legal name (`Inc`, `AS`, `GmbH`).
pub(super) const EN_LEGAL_FORMS: &[&str] = &[
    "Inc",
    "Corp",
    "Corporation",
    "Company",
    "Co",
    "Ltd",
    "Limited",
    "LLC",
    "LP",
    "plc",
    "PLC",
    "AB",
    "ASA",
    "AS",
    "AG",
    "SA",
    "NV",
    "SE",
    "GmbH",
    "Oyj",
    "SpA",
];
