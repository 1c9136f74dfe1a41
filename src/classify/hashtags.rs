//! HashTags: the incident class, the attacker's name when one is named (for
//! a person prosecuted, the operation prosecuted), and the Feature, each in
//! CamelCase.

use super::attacker::{Attacker, AttackerSource};
use super::IncidentType;

/// The class tag of a type.
fn class_tag(t: IncidentType) -> &'static str {
    match t {
        IncidentType::Espionage | IncidentType::Sabotage => "#CyberAttack",
        IncidentType::Ransomware => "#Ransomware",
        IncidentType::DataBreach => "#DataBreach",
        IncidentType::Phishing => "#Phishing",
        IncidentType::Ddos => "#DDoS",
        IncidentType::Defacement => "#Defacement",
        IncidentType::HackAndLeak => "#HackAndLeak",
        IncidentType::FinancialTheft => "#FinancialTheft",
        IncidentType::Malware => "#Malware",
        IncidentType::Vulnerability | IncidentType::Patch => "#Vulnerability",
        IncidentType::SupplyChain => "#SupplyChain",
        IncidentType::Fraud => "#Fraud",
        IncidentType::LawEnforcement => "#LawEnforcement",
    }
}

/// "Lazarus Group" gives "#LazarusGroup", "Zero-Day Exploitation" gives
/// "#ZeroDayExploitation": words capitalised, punctuation dropped, inner
/// capitals kept ("DDoS", "APT31").
pub(crate) fn camel(text: &str) -> String {
    let mut out = String::from("#");
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let mut chars = w.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

/// 2 to 5 tags. `company` is the Company field: in a law-enforcement story
/// against a person, the operation prosecuted ("#RaccoonStealer" for its
/// operator) stands where a group's name would.
pub(crate) fn tags(
    t: IncidentType,
    attacker: &Attacker,
    insider: bool,
    company: &str,
    feature: &str,
) -> Vec<String> {
    let mut tags = vec![class_tag(t).to_string()];
    if matches!(
        attacker.source,
        AttackerSource::Gazetteer
            | AttackerSource::Ransomware
            | AttackerSource::Malware
            | AttackerSource::Unlisted
            | AttackerSource::Agency
    ) {
        tags.push(name_tag(&attacker.name));
    } else if t == IncidentType::LawEnforcement
        && attacker.source == AttackerSource::Person
        && !matches!(company, "" | "Unknown" | "N/A")
    {
        tags.push(camel(company));
    } else if insider || attacker.source == AttackerSource::Described && is_insider(&attacker.name)
    {
        tags.push("#InsiderThreat".to_string());
    }
    let feature_tag = camel(feature);
    if feature_tag.len() > 1 && !tags.contains(&feature_tag) {
        tags.push(feature_tag);
    }
    tags.truncate(5);
    tags
}

/// An attacker's name as a tag: one word as it is written ("#right9ctrl",
/// "#menuPass"), several in CamelCase ("#LazarusGroup").
fn name_tag(name: &str) -> String {
    if !name.is_empty() && name.chars().all(char::is_alphanumeric) {
        format!("#{name}")
    } else {
        camel(name)
    }
}

/// "Malicious employee", "Former contractor": an attacker described as one
/// of the victim's own people.
pub(crate) fn is_insider(described: &str) -> bool {
    super::attacker::INSIDER_NOUNS
        .iter()
        .any(|n| described.ends_with(n))
}

#[cfg(test)]
mod tests {
    use super::{camel, name_tag};

    #[test]
    fn name_tag_table() {
        let cases = [
            ("right9ctrl", "#right9ctrl"),
            ("menuPass", "#menuPass"),
            ("APT31", "#APT31"),
            ("Lazarus Group", "#LazarusGroup"),
            ("LAPSUS$", "#LAPSUS"),
        ];
        for (input, expected) in cases {
            assert_eq!(name_tag(input), expected, "{input}");
        }
    }

    #[test]
    fn camel_table() {
        let cases = [
            ("Lazarus Group", "#LazarusGroup"),
            ("Zero-Day Exploitation", "#ZeroDayExploitation"),
            ("APT31", "#APT31"),
            ("DDoS Attack", "#DDoSAttack"),
            ("Cl0p", "#Cl0p"),
            ("LAPSUS$", "#LAPSUS"),
        ];
        for (input, expected) in cases {
            assert_eq!(camel(input), expected, "{input}");
        }
    }
}
