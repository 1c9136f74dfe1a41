//! Word lists and tests of single words and names: stop words,
//! connectors, technical terms, government and system nouns, and the
//! corporate suffix a name is written with.

use crate::classify::lexicon::KeyFilter;
use crate::fast_hash::FastSet;
use std::sync::LazyLock;

/// Words that may join the words of a name.
pub(super) const CONNECTORS: &[&str] = &["of", "for", "the", "de", "&"];

/// Capitalised words that do not start or end an organisation's name.
const STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "as",
    "after",
    "before",
    "while",
    "when",
    "since",
    "according",
    "however",
    "but",
    "and",
    "its",
    "their",
    "it",
    "they",
    "he",
    "she",
    "we",
    "our",
    "some",
    "many",
    "all",
    "both",
    "also",
    "if",
    "of",
    "to",
    "his",
    "her",
    "during",
    "against",
    "among",
    "amid",
    "despite",
    "besides",
    "beyond",
    "including",
    "unlike",
    "like",
    "without",
    "through",
    "until",
    "because",
    "although",
    "though",
    "once",
    "unless",
    "last",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "several",
    "other",
    "no",
    "there",
    "here",
    "what",
    "who",
    "which",
    "researchers",
    "officials",
    "hackers",
    "attackers",
    "investigators",
    "authorities",
    "thousands",
    "hundreds",
    "dozens",
    "millions",
];

/// Technical terms written in capitals ("DDoS", "VPN"): a phrase that is
/// only one of them is not an organisation (though "FortiOS SSL VPN" is a
/// name).
pub(super) const TECH_TERMS: &[&str] = &[
    "dmarc",
    "ai",
    "ci",
    "cd",
    "dkim",
    "spf",
    "sso",
    "mac",
    "macos",
    "windows",
    "linux",
    "unix",
    "android",
    "lnk",
    "zip",
    "rar",
    "iso",
    "exe",
    "dll",
    "vbs",
    "html",
    "json",
    "xml",
    "system",
    "admin",
    "root",
    "patch",
    "update",
    "updates",
    "ddos",
    "dos",
    "cve",
    "url",
    "urls",
    "sql",
    "sha",
    "sha1",
    "sha-1",
    "sha256",
    "sha-256",
    "sha512",
    "sha-512",
    "md5",
    "dsa",
    "ecdsa",
    "eddsa",
    "ecdh",
    "aes",
    "hmac",
    "png",
    "pdf",
    "sms",
    "sim",
    "mfa",
    "vpn",
    "api",
    "oauth",
    "saas",
    "dns",
    "http",
    "https",
    "ip",
    "rce",
    "ttps",
    "iocs",
    "ssh",
    "rdp",
    "smb",
    "tls",
    "ssl",
    "tcp",
    "udp",
    "ftp",
    "sftp",
    "ldap",
    "ntlm",
    "ntlmv2",
    "kerberos",
    "saml",
    "rpc",
    "dhcp",
    "upnp",
    "vnc",
    "bgp",
    "ntp",
    "smtp",
    "imap",
    "ipv4",
    "ipv6",
    "usb",
    "wi-fi",
    "wifi",
    "bluetooth",
    "cpu",
    "gpu",
    "hklm",
    "hkcu",
    "appdata",
    "localappdata",
    "programdata",
    "system32",
    "c2",
    "rat",
    "apt",
    "binary",
    "driver",
    "payload",
    "loader",
    "figure",
    "table",
    "atm",
    "atms",
    "backdoor",
    "botnet",
    "dropper",
    "implant",
    "keylogger",
    "malware",
    "ransomware",
    "rootkit",
    "spyware",
    "stealer",
    "trojan",
    "wiper",
    "worm",
    // Programming languages and runtimes ("the main JavaScript library").
    "javascript",
    "typescript",
    "python",
    "powershell",
    "golang",
    "perl",
    "kotlin",
    "node.js",
];

/// The length of the longest of [`TECH_TERMS`].
// Evaluated at compile time: an index out of range is a build error.
#[allow(clippy::indexing_slicing)]
pub(super) const TECH_TERM_MAX_LEN: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < TECH_TERMS.len() {
        if TECH_TERMS[i].len() > max {
            max = TECH_TERMS[i].len();
        }
        i += 1;
    }
    max
};

/// A person with a title ("President Andrés Manuel López Obrador"), an
/// operation ("Operation Cronos"), or a region's adjective ("South Asian").
pub(super) fn not_an_organisation(name: &str) -> bool {
    if technical_shape(name) {
        return true;
    }
    const TITLES: &[&str] = &[
        "president",
        "minister",
        "prime",
        "chief",
        "ceo",
        "cto",
        "ciso",
        "director",
        "secretary",
        "senator",
        "governor",
        "mayor",
        "mr",
        "mrs",
        "ms",
        "dr",
        "judge",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "operation",
    ];
    const REGION_WORDS: &[&str] = &[
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "middle",
        "asian",
        "european",
        "african",
        "american",
        "latin",
        "arab",
        "gulf",
        "nordic",
        "baltic",
        "pacific",
        "atlantic",
        "southeast",
        "asia",
        "europe",
        "africa",
        "america",
    ];
    // An event ("the Rio de Janeiro Olympic Games", "the Munich Security
    // Conference") is no organisation.
    const EVENT_TAILS: &[&str] = &[
        "games",
        "olympics",
        "championship",
        "championships",
        "summit",
        "conference",
        "festival",
        "expo",
    ];
    // A language ("targeted speakers of Hindi, Arabic and Russian").
    const LANGUAGES: &[&str] = &[
        "amharic",
        "arabic",
        "bengali",
        "cantonese",
        "dari",
        "english",
        "farsi",
        "hausa",
        "hebrew",
        "hindi",
        "mandarin",
        "marathi",
        "pashto",
        "punjabi",
        "swahili",
        "tagalog",
        "tamil",
        "telugu",
        "urdu",
        "yoruba",
    ];
    let mut buf = [0u8; 16];
    let last = words_of(name).last().and_then(|w| ascii_lower(w, &mut buf));
    if last.is_some_and(|w| EVENT_TAILS.contains(&w)) && words_of(name).nth(1).is_some() {
        return true;
    }
    if last.is_some_and(|w| LANGUAGES.contains(&w)) && words_of(name).nth(1).is_none() {
        return true;
    }
    // The words in lower case; a word outside ASCII is none of the lists.
    let mut all_region = true;
    for (i, word) in words_of(name).enumerate() {
        let mut buf = [0u8; 16];
        let Some(lower) = ascii_lower(word, &mut buf) else {
            all_region = false;
            continue;
        };
        // A title anywhere ("Ukrainian President Volodymyr Zelensky"), but
        // "operation" only first ("Cyber Operations Centre" is an office); a
        // title is written with its capital (the "ms" of "VoIP.ms" is none).
        let capital = word.starts_with(|c: char| c.is_uppercase());
        if capital && TITLES.contains(&lower) && (i == 0 || lower != "operation") {
            return true;
        }
        all_region &= REGION_WORDS.contains(&lower);
    }
    all_region
}

/// Names shaped like a technical reference, not an organisation: an ATT&CK
/// technique ("T1016", "T1059.001") or an acronym in the plural ("CDNs",
/// "IPs").
fn technical_shape(name: &str) -> bool {
    let b = name.as_bytes();
    let technique = match b {
        [b'T', rest @ ..] => {
            let (id, sub) = rest.split_at(rest.len().min(4));
            id.len() == 4
                && id.iter().all(u8::is_ascii_digit)
                && (sub.is_empty()
                    || sub.len() == 4
                        && sub.first() == Some(&b'.')
                        && sub.iter().skip(1).all(u8::is_ascii_digit))
        }
        _ => false,
    };
    let plural_acronym = b.len() >= 3
        && b.last() == Some(&b's')
        && b.iter().take(b.len() - 1).all(u8::is_ascii_uppercase);
    technique || plural_acronym
}

/// The words of `name`: runs of letters and digits (bytes for ASCII text,
/// characters otherwise).
pub(super) fn words_of(name: &str) -> impl Iterator<Item = &str> {
    let ascii = name.is_ascii();
    name.split(move |c: char| {
        if ascii {
            !c.is_ascii_alphanumeric()
        } else {
            !c.is_alphanumeric()
        }
    })
    .filter(|w| !w.is_empty())
}

/// `word` in ASCII lower case, written to `buf` (no allocation); `None` when
/// it is longer than `buf` or not ASCII.
pub(super) fn ascii_lower<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    if !word.is_ascii() {
        return None;
    }
    let out = buf.get_mut(..word.len())?;
    for (o, b) in out.iter_mut().zip(word.bytes()) {
        *o = b.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

/// Words that make an organisation a government body.
pub(super) const GOVERNMENT_WORDS: &[&str] = &[
    "ministry",
    "department",
    "government",
    "parliament",
    "agency",
    "administration",
    "embassy",
    "council",
    "senate",
    "army",
    "navy",
    "military",
    "police",
    "office",
    "commission",
    "authority",
    "secretariat",
    "municipal",
    "federal",
    "state",
    "court",
    "treasury",
    "revenue",
    "customs",
];

/// Nouns that make a phrase a system or service rather than an
/// organisation.
pub(super) const SYSTEM_WORDS: &[&str] = &[
    "network",
    "networks",
    "system",
    "systems",
    "platform",
    "portal",
    "server",
    "servers",
    "service",
    "services",
    "wallet",
    "application",
    "installer",
    "infrastructure",
    "accounts",
    "email",
    "software",
    "app",
    "gateway",
    "appliance",
    "appliances",
    "devices",
    "controller",
    "controllers",
];

/// "CyberLink Corp." is "CyberLink".
pub(super) fn strip_corporate_suffix(name: &str) -> &str {
    for suffix in CORPORATE_SUFFIXES {
        if let Some(stripped) = name
            .strip_suffix(suffix)
            .and_then(|rest| rest.strip_suffix(' '))
        {
            return stripped.trim_end_matches(',');
        }
    }
    name
}

/// The words that end a company's legal name ("Corp", "Ltd", "GmbH").
pub(super) const CORPORATE_SUFFIXES: &[&str] = &[
    "Corp",
    "Corporation",
    "Inc",
    "Ltd",
    "LLC",
    "Co",
    "plc",
    "PLC",
    "GmbH",
    "AG",
    "SA",
    "Limited",
];

/// Whether a word is in [`STOP`] or [`NUMBER_WORDS`], case aside: one hash look-up of the word
/// lower-cased on the stack.
pub(super) fn is_stop_word(w: &str) -> bool {
    static SET: LazyLock<FastSet<&'static [u8]>> = LazyLock::new(|| {
        STOP.iter()
            .chain(NUMBER_WORDS)
            .map(|s| s.as_bytes())
            .collect()
    });
    let mut buf = [0u8; 16];
    ascii_lower(w, &mut buf).is_some_and(|lower| SET.contains(lower.as_bytes()))
}

/// Whether a token with this key may be a word of [`is_stop_word`]: false
/// for most keys (a filter of the stop words' keys), so that most
/// capitalised words are told apart without being lower-cased.
pub(super) fn may_be_stop_key(key: u64) -> bool {
    static FILTER: LazyLock<KeyFilter> = LazyLock::new(|| {
        let mut filter = KeyFilter::new();
        for w in STOP.iter().chain(NUMBER_WORDS) {
            filter.insert(crate::text::key_of(w));
        }
        filter
    });
    FILTER.may_contain(key)
}

/// "One", "Two", "Ten": stop words at the start of a phrase, part of a
/// name at its end.
pub(super) fn is_number_word(w: &str) -> bool {
    NUMBER_WORDS.iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// The number words up to ten: stop words too ([`is_stop_word`]).
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// The word right after each of the first four occurrences of `name` in
/// `text` (after one space; empty when none).
pub(super) fn words_after<'t>(text: &'t str, name: &'t str) -> impl Iterator<Item = &'t str> + 't {
    memchr::memmem::find_iter(text.as_bytes(), name)
        .take(4)
        .map(move |i| word_after(text, i + name.len()))
}

/// The run of ASCII letters right after one space at byte `at` of `text`
/// ("network" of "the KA-SAT network"); empty when no space follows.
pub(super) fn word_after(text: &str, at: usize) -> &str {
    text.get(at..)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_alphabetic()).next())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names of algorithms, which an article says a flaw "affects" ("affects
    /// only ECDSA keys"), are no organisation; "RSA" is left out, a company
    /// too.
    #[test]
    fn algorithm_names_are_technical_terms() {
        for name in ["ECDSA", "EdDSA", "DSA", "AES", "SHA-256", "HMAC"] {
            let lower = name.to_ascii_lowercase();
            assert!(TECH_TERMS.contains(&lower.as_str()), "{name}");
            assert!(lower.len() <= TECH_TERM_MAX_LEN, "{name}");
        }
        assert!(!TECH_TERMS.contains(&"rsa"));
    }

    #[test]
    fn technical_shapes_table() {
        let cases: &[(&str, bool)] = &[
            ("T1016", true),
            ("T1059.001", true),
            ("CDNs", true),
            ("IPs", true),
            ("T101", false),
            ("T1059.01", false),
            ("Tesla", false),
            ("ESET", false),
            ("AWS", false),
            ("Ts", false),
        ];
        for &(name, want) in cases {
            assert_eq!(technical_shape(name), want, "{name}");
        }
    }
}
