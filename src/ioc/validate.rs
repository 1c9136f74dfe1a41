//! Validation of candidates: IPv4 and IPv6 addresses, domain names, e-mail
//! local parts; and the flags (private, reserved, documentation...) that
//! special addresses and names carry.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::suffix;
use super::IndicatorFlag;

/// File extensions that are also top-level domains. A bare, undefanged name
/// ending in one of these (`setup.zip`, `loader.py`, `README.md`) is taken as
/// a file name, not a domain; see `data/ioc/NOTES.md`. Extensions that are
/// not TLDs (`.exe`, `.pdf`, `.json`) need no list: the suffix table rejects
/// them already.
const FILE_EXTENSION_TLDS: &[&str] = &[
    "app", "cab", "md", "mov", "one", "py", "rs", "sh", "so", "zip",
];

/// Attribute and method names of code that are also top-level domains:
/// `file.read`, `user.name`, `request.post`, `UsrClass.data`. They get the
/// same treatment as file extensions.
const CODE_NAME_TLDS: &[&str] = &[
    "call", "data", "email", "map", "name", "new", "next", "open", "phone", "play", "post", "read",
    "run", "save", "search", "show", "style",
];

/// Parses a dotted-quad IPv4 address: exactly four decimal octets of one to
/// three digits, each at most 255. Leading zeros are read as decimal.
pub(crate) fn ipv4(s: &str) -> Option<Ipv4Addr> {
    let mut octets = [0u8; 4];
    let mut n = 0;
    for part in s.split('.') {
        if n == 4 || part.is_empty() || part.len() > 3 || !part.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let v: u16 = part.parse().ok()?;
        *octets.get_mut(n)? = u8::try_from(v).ok()?;
        n += 1;
    }
    (n == 4).then(|| Ipv4Addr::from(octets))
}

/// Flags for special IPv4 ranges (RFC 6890 and friends).
pub(crate) fn ipv4_flags(ip: Ipv4Addr) -> Vec<IndicatorFlag> {
    let [a, b, c, _] = ip.octets();
    let flag = if ip.is_private() {
        Some(IndicatorFlag::Private)
    } else if ip.is_loopback() {
        Some(IndicatorFlag::Loopback)
    } else if ip.is_link_local() {
        Some(IndicatorFlag::LinkLocal)
    } else if ip.is_documentation() {
        Some(IndicatorFlag::Documentation)
    } else if ip.is_multicast() {
        Some(IndicatorFlag::Multicast)
    } else if a == 0
        || a >= 240
        || (a == 100 && (64..128).contains(&b))
        || (a == 198 && (b == 18 || b == 19))
        || (a == 192 && b == 0 && c == 0)
    {
        Some(IndicatorFlag::Reserved)
    } else {
        None
    };
    flag.into_iter().collect()
}

/// Parses an IPv6 candidate, rejecting the look-alikes that prose is full of:
/// MAC addresses and colon-separated byte dumps (`AB:F2:C9:A6:B3:4F`,
/// `0f:e9:73:...`), clock times (`11:04:10`), and the bare `::` of
/// `std::vector`-style code.
pub(crate) fn ipv6(s: &str) -> Option<Ipv6Addr> {
    if s == "::" || !s.contains(':') {
        return None;
    }
    if !s.contains("::") {
        // Without compression an address has eight groups; if every group is
        // at most two hex digits it reads as a MAC/EUI-64 or a byte dump.
        if s.split(':').all(|g| g.len() <= 2) {
            return None;
        }
    }
    s.parse().ok()
}

/// Flags for special IPv6 ranges (RFC 6890, RFC 3849, RFC 9637).
pub(crate) fn ipv6_flags(ip: Ipv6Addr) -> Vec<IndicatorFlag> {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return ipv4_flags(v4);
    }
    let s = ip.segments();
    let first = s.first().copied().unwrap_or(0);
    let second = s.get(1).copied().unwrap_or(0);
    let flag = if ip.is_loopback() {
        Some(IndicatorFlag::Loopback)
    } else if ip.is_unspecified() {
        Some(IndicatorFlag::Reserved)
    } else if first & 0xffc0 == 0xfe80 {
        Some(IndicatorFlag::LinkLocal)
    } else if first & 0xfe00 == 0xfc00 {
        Some(IndicatorFlag::Private)
    } else if ip.is_multicast() {
        Some(IndicatorFlag::Multicast)
    } else if (first == 0x2001 && second == 0x0db8) || (first & 0xfff0 == 0x3ff0) {
        Some(IndicatorFlag::Documentation)
    } else if first == 0x0100 && s.get(1..4).is_some_and(|r| r.iter().all(|&g| g == 0)) {
        Some(IndicatorFlag::Reserved)
    } else {
        None
    };
    flag.into_iter().collect()
}

/// Why a syntactically plausible name is or is not a domain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DomainVerdict {
    /// A domain; the value is lower-cased.
    Valid(String),
    /// Valid, but its last label is a file extension (`setup.zip`) or a
    /// code attribute name (`file.read`): the caller decides by context.
    FileLike(String),
    /// Not a domain.
    Invalid,
}

/// Checks a dotted name: labels of ASCII letters, digits, hyphens and
/// underscores (underscores not in the TLD), 1 to 63 bytes each without a
/// leading or trailing hyphen, at most 253 bytes in all; a last label that
/// is a known top-level domain; and the name not itself a public suffix.
pub(crate) fn domain(name: &str) -> DomainVerdict {
    let name = name.strip_suffix('.').unwrap_or(name);
    if name.len() > 253 || !name.contains('.') {
        return DomainVerdict::Invalid;
    }
    for label in name.split('.') {
        let b = label.as_bytes();
        if b.is_empty()
            || b.len() > 63
            || b.first() == Some(&b'-')
            || b.last() == Some(&b'-')
            || !b
                .iter()
                .all(|&c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        {
            return DomainVerdict::Invalid;
        }
    }
    let lower = name.to_ascii_lowercase();
    let tld = lower.rsplit('.').next().unwrap_or("");
    if tld.contains('_') || !suffix::is_tld(tld) || suffix::is_public_suffix(&lower) {
        return DomainVerdict::Invalid;
    }
    if FILE_EXTENSION_TLDS.contains(&tld) || CODE_NAME_TLDS.contains(&tld) {
        DomainVerdict::FileLike(lower)
    } else {
        DomainVerdict::Valid(lower)
    }
}

/// Whether the last label is written like the first word of a sentence
/// (`It`, `The`, `In`): `data.It` is two sentences with a missing space, not a
/// domain in Italy's TLD.
pub(crate) fn tld_is_title_case(name: &str) -> bool {
    let tld = name.rsplit('.').next().unwrap_or("");
    let mut b = tld.bytes();
    matches!(b.next(), Some(c) if c.is_ascii_uppercase())
        && tld.len() >= 2
        && b.all(|c| c.is_ascii_lowercase())
}

/// Whether the name is written like a code identifier or product name
/// rather than a host name: a top-level label with capitals in a name that is
/// not all capitals (`System.IO`, `System.Net`, `Evil.Com`), or one of a few
/// technology names that happen to end in a real TLD (`ASP.NET`).
pub(crate) fn looks_like_prose_name(name: &str) -> bool {
    const TECH_NAMES: &[&str] = &["asp.net", "vb.net", "ado.net"];
    let tld = name.rsplit('.').next().unwrap_or("");
    let tld_has_upper = tld.bytes().any(|c| c.is_ascii_uppercase());
    let any_lower = name.bytes().any(|c| c.is_ascii_lowercase());
    (tld_has_upper && any_lower) || TECH_NAMES.iter().any(|t| name.eq_ignore_ascii_case(t))
}

/// Flags for special-use names: documentation (`example.com`, `.example`),
/// reserved (`.test`, `.invalid`), loopback (`.localhost`), private
/// (`.local`, `.internal`, `.home.arpa`).
pub(crate) fn domain_flags(lower: &str) -> Vec<IndicatorFlag> {
    let tld = lower.rsplit('.').next().unwrap_or("");
    let registrable_example = ["example.com", "example.net", "example.org"]
        .iter()
        .any(|d| lower == *d || lower.strip_suffix(d).is_some_and(|p| p.ends_with('.')));
    let flag = if registrable_example || tld == "example" {
        Some(IndicatorFlag::Documentation)
    } else if tld == "test" || tld == "invalid" {
        Some(IndicatorFlag::Reserved)
    } else if tld == "localhost" {
        Some(IndicatorFlag::Loopback)
    } else if tld == "local" || tld == "internal" || lower.ends_with(".home.arpa") {
        Some(IndicatorFlag::Private)
    } else {
        None
    };
    flag.into_iter().collect()
}

/// Checks and normalises an e-mail local part: ASCII letters, digits and
/// `._%+-`; leading punctuation (`-----foo`) is not part of it, and dots may
/// not lead, trail or repeat. Returns how many leading bytes to skip.
pub(crate) fn email_local(local: &str) -> Option<usize> {
    let skip = local.len() - local.trim_start_matches(['.', '-', '+', '%', '_']).len();
    let rest = local.get(skip..)?;
    if rest.is_empty() || rest.len() > 64 || rest.ends_with('.') || rest.contains("..") {
        return None;
    }
    Some(skip)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv4_octets() {
        assert_eq!(ipv4("1.2.3.4"), Some(Ipv4Addr::new(1, 2, 3, 4)));
        assert_eq!(ipv4("018.12.15.14"), Some(Ipv4Addr::new(18, 12, 15, 14)));
        assert_eq!(ipv4("256.1.1.1"), None);
        assert_eq!(ipv4("0001.1.1.1"), None);
        assert_eq!(ipv4("1.1.1"), None);
        assert_eq!(ipv4("1.1.1.1.1"), None);
    }

    #[test]
    fn ipv6_lookalikes() {
        assert!(ipv6("2001:db8::1").is_some());
        assert!(ipv6("::1").is_some());
        assert!(ipv6("AB:F2:C9:A6:B3:4F").is_none());
        assert!(ipv6("00:11:22:33:44:55:66:77").is_none());
        assert!(ipv6("11:04:10").is_none());
        assert!(ipv6("::").is_none());
    }

    #[test]
    fn domains() {
        assert_eq!(domain("Evil.COM"), DomainVerdict::Valid("evil.com".into()));
        assert_eq!(
            domain("setup.zip"),
            DomainVerdict::FileLike("setup.zip".into())
        );
        assert_eq!(domain("loader.exe"), DomainVerdict::Invalid);
        assert_eq!(domain("co.uk"), DomainVerdict::Invalid);
        assert_eq!(domain("-hi-.com"), DomainVerdict::Invalid);
        assert_eq!(
            domain("_jabber._tcp.gmail.com"),
            DomainVerdict::Valid("_jabber._tcp.gmail.com".into())
        );
        assert!(tld_is_title_case("data.It"));
        assert!(!tld_is_title_case("data.it"));
        assert!(!tld_is_title_case("DATA.IT"));
    }

    #[test]
    fn flags() {
        assert_eq!(
            ipv4_flags(Ipv4Addr::new(10, 0, 0, 1)),
            vec![IndicatorFlag::Private]
        );
        assert_eq!(
            ipv4_flags(Ipv4Addr::new(192, 0, 2, 1)),
            vec![IndicatorFlag::Documentation]
        );
        assert_eq!(ipv4_flags(Ipv4Addr::new(8, 8, 8, 8)), vec![]);
        assert_eq!(
            domain_flags("www.example.com"),
            vec![IndicatorFlag::Documentation]
        );
        assert_eq!(domain_flags("notexample.com"), vec![]);
    }
}
