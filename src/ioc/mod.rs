//! Indicators of compromise: CVE ids, IP addresses, domains, URLs, e-mail
//! addresses, file hashes and ATT&CK technique ids, found in running text,
//! defanged or not.
//!
//! Writers defang indicators so that nobody clicks them
//! (`hxxps://evil[.]example[.]com`, `185.220.101[.]4`, `admin[at]evil(.)ru`).
//! [`extract`] refangs the text first, remembering where every marker was,
//! then finds the indicators in one left-to-right pass per family. Each
//! [`Indicator`] carries its refanged, normalised value, its byte [`Span`]
//! in the text as given (markers included), whether it was defanged, and
//! flags for private, reserved and documentation addresses, which are
//! reported rather than dropped.
//!
//! Precision comes first: domains must end in a top-level domain of the
//! Public Suffix List; file names such as `setup.zip` or `loader.py` count
//! as domains only when defanged or inside a URL; IPv4 octets are at most
//! 255; MAC addresses and clock times are not IPv6; URLs lose the sentence's
//! final dot and unbalanced brackets; hashes stand alone (no hex digit, nor
//! any other letter or digit, on either side); and no e-mail address is
//! built from prose. The rules are written up in `data/ioc/NOTES.md`.
//!
//! The work is linear in the length of the input whatever it holds: the
//! regular expressions are finite automata, and no pass goes back over text
//! it has consumed.
//!
//! # Examples
//!
//! ```
//! use cti_extract::ioc::{extract, IndicatorKind};
//!
//! let text = "The loader (setup.zip) beacons to hxxps://evil[.]example[.]com/gate.php \
//!             and 185.220.101[.]4; see CVE-2024-3400 and T1566.001.";
//! let found = extract(text);
//! let values: Vec<(&str, &str)> = found.iter().map(|i| (i.kind.as_str(), i.value.as_str())).collect();
//! assert_eq!(values, [
//!     ("url", "https://evil.example.com/gate.php"),
//!     ("domain", "evil.example.com"),
//!     ("ipv4", "185.220.101.4"),
//!     ("cve", "CVE-2024-3400"),
//!     ("attack_technique", "T1566.001"),
//! ]);
//! let url = &found[0];
//! assert_eq!(url.span.slice(text), Some("hxxps://evil[.]example[.]com/gate.php"));
//! assert!(url.defanged);
//! ```

mod hash;
mod patterns;
mod refang;
mod scan;
mod suffix;
mod url;
mod validate;

use crate::fast_hash::FastSet;
use std::fmt;

use serde::Serialize;

use crate::Span;

pub use refang::{defang, refang};

/// The kind of an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    /// A CVE id, `CVE-2021-44228`.
    Cve,
    /// An IPv4 address.
    Ipv4,
    /// An IPv6 address.
    Ipv6,
    /// A domain name.
    Domain,
    /// A URL, with or without a scheme.
    Url,
    /// An e-mail address.
    Email,
    /// An MD5 hash (32 hex digits).
    Md5,
    /// A SHA-1 hash (40 hex digits).
    Sha1,
    /// A SHA-256 hash (64 hex digits).
    Sha256,
    /// A SHA-512 hash (128 hex digits).
    Sha512,
    /// A MITRE ATT&CK technique or sub-technique id, `T1566` or `T1566.001`.
    AttackTechnique,
}

impl IndicatorKind {
    /// Every kind, in the order of the JSON keys.
    pub const ALL: [IndicatorKind; 11] = [
        IndicatorKind::Cve,
        IndicatorKind::Ipv4,
        IndicatorKind::Ipv6,
        IndicatorKind::Domain,
        IndicatorKind::Url,
        IndicatorKind::Email,
        IndicatorKind::Md5,
        IndicatorKind::Sha1,
        IndicatorKind::Sha256,
        IndicatorKind::Sha512,
        IndicatorKind::AttackTechnique,
    ];

    /// The snake_case name, as used in JSON: `"cve"`, `"ipv4"`, ...,
    /// `"attack_technique"`.
    pub fn as_str(self) -> &'static str {
        match self {
            IndicatorKind::Cve => "cve",
            IndicatorKind::Ipv4 => "ipv4",
            IndicatorKind::Ipv6 => "ipv6",
            IndicatorKind::Domain => "domain",
            IndicatorKind::Url => "url",
            IndicatorKind::Email => "email",
            IndicatorKind::Md5 => "md5",
            IndicatorKind::Sha1 => "sha1",
            IndicatorKind::Sha256 => "sha256",
            IndicatorKind::Sha512 => "sha512",
            IndicatorKind::AttackTechnique => "attack_technique",
        }
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

impl fmt::Display for IndicatorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Something special about an address or name, worth knowing before acting
/// on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IndicatorFlag {
    /// Private address space (10/8, 172.16/12, 192.168/16, fc00::/7) or a
    /// private-use name (`.local`, `.internal`, `.home.arpa`).
    Private,
    /// Loopback (127/8, ::1, `localhost`).
    Loopback,
    /// Link-local (169.254/16, fe80::/10).
    LinkLocal,
    /// Multicast (224/4, ff00::/8).
    Multicast,
    /// Reserved for documentation (192.0.2/24, 198.51.100/24, 203.0.113/24,
    /// 2001:db8::/32, `example.com`, `.example`).
    Documentation,
    /// Otherwise reserved or not globally routable (0/8, 240/4, 100.64/10,
    /// 198.18/15, ::, `.test`, `.invalid`).
    Reserved,
}

/// An indicator found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Indicator {
    /// What it is.
    pub kind: IndicatorKind,
    /// The refanged, normalised value: CVE ids upper-case, hashes, domains,
    /// e-mail addresses and URL schemes and hosts lower-case, IP addresses
    /// in their canonical form.
    pub value: String,
    /// Where it is in the text given, defang markers included.
    pub span: Span,
    /// Whether the text had it defanged.
    pub defanged: bool,
    /// Special-use flags (private, reserved, documentation...).
    pub flags: Vec<IndicatorFlag>,
}

impl Indicator {
    /// The value defanged for safe display (see [`defang`]); values of kinds
    /// that are not network indicators are returned as they are.
    pub fn defanged_value(&self) -> String {
        match self.kind {
            IndicatorKind::Ipv4
            | IndicatorKind::Ipv6
            | IndicatorKind::Domain
            | IndicatorKind::Url
            | IndicatorKind::Email => defang(&self.value),
            _ => self.value.clone(),
        }
    }
}

/// A set of kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct KindSet(u16);

impl KindSet {
    const ALL: KindSet = KindSet((1 << IndicatorKind::ALL.len()) - 1);

    fn contains(self, kind: IndicatorKind) -> bool {
        self.0 & kind.bit() != 0
    }

    fn intersects_hashes(self) -> bool {
        [
            IndicatorKind::Md5,
            IndicatorKind::Sha1,
            IndicatorKind::Sha256,
            IndicatorKind::Sha512,
        ]
        .iter()
        .any(|&k| self.contains(k))
    }
}

/// An indicator extractor with options. The patterns and the public suffix
/// table are compiled once per process and shared; an `IocExtractor` is
/// cheap to build, `Send` and `Sync`.
///
/// # Examples
///
/// ```
/// use cti_extract::ioc::{IocExtractor, IndicatorKind};
///
/// let only_hashes = IocExtractor::new().kinds(&[IndicatorKind::Md5, IndicatorKind::Sha256]);
/// let found = only_hashes.extract("d41d8cd98f00b204e9800998ecf8427e from evil.com");
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].kind, IndicatorKind::Md5);
/// ```
#[derive(Debug, Clone)]
pub struct IocExtractor {
    kinds: KindSet,
    dedup: bool,
}

impl Default for IocExtractor {
    fn default() -> Self {
        IocExtractor::new()
    }
}

impl IocExtractor {
    /// An extractor of every kind, deduplicating.
    pub fn new() -> IocExtractor {
        IocExtractor {
            kinds: KindSet::ALL,
            dedup: true,
        }
    }

    /// Extracts only the given kinds.
    pub fn kinds(mut self, kinds: &[IndicatorKind]) -> IocExtractor {
        self.kinds = KindSet(kinds.iter().fold(0, |acc, k| acc | k.bit()));
        self
    }

    /// Whether to keep only the first occurrence of each (kind, value); on by
    /// default. Off, every occurrence is reported with its own span.
    pub fn dedup(mut self, yes: bool) -> IocExtractor {
        self.dedup = yes;
        self
    }

    /// Finds the indicators in `text`, in order of appearance.
    pub fn extract(&self, text: &str) -> Vec<Indicator> {
        scan::run(text, self.kinds, self.dedup)
    }
}

/// Finds every indicator in `text`, in order of appearance, deduplicated by
/// (kind, value) with the first occurrence's span.
///
/// # Examples
///
/// ```
/// use cti_extract::ioc::{extract, IndicatorFlag, IndicatorKind};
///
/// let found = extract("C2 at 10.0.0.5 and admin[at]evil(.)ru; server at 8.8.4.4.");
/// let kinds: Vec<_> = found.iter().map(|i| (i.kind, i.value.as_str())).collect();
/// assert_eq!(kinds, [
///     (IndicatorKind::Ipv4, "10.0.0.5"),
///     (IndicatorKind::Email, "admin@evil.ru"),
///     (IndicatorKind::Ipv4, "8.8.4.4"),
/// ]);
/// assert_eq!(found[0].flags, [IndicatorFlag::Private]);
/// ```
pub fn extract(text: &str) -> Vec<Indicator> {
    scan::run(text, KindSet::ALL, true)
}

/// Indicator values grouped by kind, in order of first appearance, as the
/// `iocs` object of the JSON-lines output: `{"cve": [...], "ipv4": [...],
/// ..., "attack_technique": [...]}`.
///
/// # Examples
///
/// ```
/// use cti_extract::ioc::{extract, Indicators};
///
/// let iocs = Indicators::from(extract("hxxp://bad[.]com/x and CVE-2021-44228").as_slice());
/// assert_eq!(iocs.url, ["http://bad.com/x"]);
/// assert_eq!(iocs.domain, ["bad.com"]);
/// assert_eq!(iocs.cve, ["CVE-2021-44228"]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Indicators {
    /// CVE ids.
    pub cve: Vec<String>,
    /// IPv4 addresses.
    pub ipv4: Vec<String>,
    /// IPv6 addresses.
    pub ipv6: Vec<String>,
    /// Domain names.
    pub domain: Vec<String>,
    /// URLs.
    pub url: Vec<String>,
    /// E-mail addresses.
    pub email: Vec<String>,
    /// MD5 hashes.
    pub md5: Vec<String>,
    /// SHA-1 hashes.
    pub sha1: Vec<String>,
    /// SHA-256 hashes.
    pub sha256: Vec<String>,
    /// SHA-512 hashes.
    pub sha512: Vec<String>,
    /// ATT&CK technique ids.
    pub attack_technique: Vec<String>,
}

impl Indicators {
    /// The values of one kind.
    pub fn get(&self, kind: IndicatorKind) -> &[String] {
        match kind {
            IndicatorKind::Cve => &self.cve,
            IndicatorKind::Ipv4 => &self.ipv4,
            IndicatorKind::Ipv6 => &self.ipv6,
            IndicatorKind::Domain => &self.domain,
            IndicatorKind::Url => &self.url,
            IndicatorKind::Email => &self.email,
            IndicatorKind::Md5 => &self.md5,
            IndicatorKind::Sha1 => &self.sha1,
            IndicatorKind::Sha256 => &self.sha256,
            IndicatorKind::Sha512 => &self.sha512,
            IndicatorKind::AttackTechnique => &self.attack_technique,
        }
    }

    fn get_mut(&mut self, kind: IndicatorKind) -> &mut Vec<String> {
        match kind {
            IndicatorKind::Cve => &mut self.cve,
            IndicatorKind::Ipv4 => &mut self.ipv4,
            IndicatorKind::Ipv6 => &mut self.ipv6,
            IndicatorKind::Domain => &mut self.domain,
            IndicatorKind::Url => &mut self.url,
            IndicatorKind::Email => &mut self.email,
            IndicatorKind::Md5 => &mut self.md5,
            IndicatorKind::Sha1 => &mut self.sha1,
            IndicatorKind::Sha256 => &mut self.sha256,
            IndicatorKind::Sha512 => &mut self.sha512,
            IndicatorKind::AttackTechnique => &mut self.attack_technique,
        }
    }

    /// The total number of values.
    pub fn len(&self) -> usize {
        IndicatorKind::ALL.iter().map(|&k| self.get(k).len()).sum()
    }

    /// Whether there are no values at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl From<&[Indicator]> for Indicators {
    /// Groups values by kind, keeping the first occurrence of each.
    fn from(found: &[Indicator]) -> Indicators {
        let mut out = Indicators::default();
        let mut seen = FastSet::default();
        for i in found {
            if seen.insert((i.kind, i.value.as_str())) {
                out.get_mut(i.kind).push(i.value.clone());
            }
        }
        out
    }
}
