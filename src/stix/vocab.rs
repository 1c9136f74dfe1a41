//! Our vocabularies mapped onto STIX 2.1's open vocabularies.

/// The STIX 2.1 `industry-sector-ov` value for one of the gazetteer's
/// sector names (`data/gazetteer/sectors.tsv`), or for a STIX value itself;
/// `None` when the vocabulary has no fitting value ("legal", "political",
/// "research"), in which case the identity keeps its name and has no
/// sector.
///
/// # Examples
///
/// ```
/// use cti_extract::stix::industry_sector;
///
/// assert_eq!(industry_sector("finance"), Some("financial-services"));
/// assert_eq!(industry_sector("Critical infrastructure"), Some("infrastructure"));
/// assert_eq!(industry_sector("healthcare"), Some("healthcare"));
/// assert_eq!(industry_sector("legal"), None);
/// ```
pub fn industry_sector(sector: &str) -> Option<&'static str> {
    let key = sector.trim().to_lowercase().replace(['_', ' '], "-");
    let ours = match key.as_str() {
        "aerospace" => "aerospace",
        "agriculture" => "agriculture",
        "business-services" => "commercial",
        "construction" => "construction",
        "critical-infrastructure" => "infrastructure",
        "cryptocurrency" | "finance" | "financial" | "banking" => "financial-services",
        "defense" | "defence" | "military" => "defense",
        "education" => "education",
        "energy" => "energy",
        "entertainment" => "entertainment",
        "government" => "government",
        "healthcare" | "health" => "healthcare",
        "hospitality" => "hospitality-leisure",
        "manufacturing" => "manufacturing",
        "media" => "communications",
        "mining" => "mining",
        "non-profit" | "think-tanks" => "non-profit",
        "pharmaceutical" => "pharmaceuticals",
        "retail" => "retail",
        "technology" => "technology",
        "telecommunications" | "telecom" => "telecommunications",
        "transportation" => "transportation",
        _ => "",
    };
    if !ours.is_empty() {
        return Some(ours);
    }
    INDUSTRY_SECTORS.iter().copied().find(|v| *v == key)
}

/// STIX 2.1 `industry-sector-ov` (section 10.13).
pub const INDUSTRY_SECTORS: [&str; 34] = [
    "agriculture",
    "aerospace",
    "automotive",
    "chemical",
    "commercial",
    "communications",
    "construction",
    "defense",
    "education",
    "energy",
    "entertainment",
    "financial-services",
    "government",
    "emergency-services",
    "government-local",
    "government-national",
    "government-public-services",
    "government-regional",
    "healthcare",
    "hospitality-leisure",
    "infrastructure",
    "dams",
    "nuclear",
    "water",
    "insurance",
    "manufacturing",
    "mining",
    "non-profit",
    "pharmaceuticals",
    "retail",
    "technology",
    "telecommunications",
    "transportation",
    "utilities",
];

/// The `malware-type-ov` value for a gazetteer software kind; `None` for
/// plain `malware` (no type is better than `unknown` repeated everywhere).
pub(crate) fn malware_type(subkind: &str) -> Option<&'static str> {
    match subkind {
        "ransomware" => Some("ransomware"),
        "wiper" => Some("wiper"),
        "rat" => Some("remote-access-trojan"),
        "botnet" => Some("bot"),
        // An information stealer collects and sends data: spyware in STIX's
        // words.
        "stealer" => Some("spyware"),
        _ => None,
    }
}

/// The intrusion set's `(primary_motivation, resource_level)` for a
/// gazetteer actor kind.
pub(crate) fn actor_profile(kind: &str) -> (Option<&'static str>, Option<&'static str>) {
    match kind {
        "state-sponsored" => (None, Some("government")),
        "criminal" => (Some("personal-gain"), None),
        "hacktivist" => (Some("ideology"), None),
        _ => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every sector name of the embedded gazetteer, and whether STIX has a
    /// value for it.
    #[test]
    fn gazetteer_sectors_are_mapped_on_purpose() {
        let tsv = include_str!("../../data/gazetteer/sectors.tsv");
        let unmapped: Vec<&str> = tsv
            .lines()
            .skip(1)
            .filter_map(|l| l.split('\t').next())
            .filter(|name| !name.is_empty() && industry_sector(name).is_none())
            .collect();
        assert_eq!(unmapped, ["legal", "political", "research"]);
    }

    #[test]
    fn stix_values_map_to_themselves() {
        for v in INDUSTRY_SECTORS {
            assert_eq!(industry_sector(v), Some(v));
        }
    }
}
