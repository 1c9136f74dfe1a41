//! URL boundaries: where a URL's authority and host are, and where it ends
//! in running text (trailing punctuation, unbalanced brackets, quotes).
//!
//! Every function scans forward from a position and stops at the first byte
//! that ends it, so a URL's bytes are read once.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::validate::{self, DomainVerdict};

fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// ASCII bytes that end a URL in running text.
fn is_stop_ascii(c: u8) -> bool {
    c <= b' ' || matches!(c, b'"' | b'\'' | b'<' | b'>' | b'`' | b'\\' | b'|' | 0x7f)
}

/// Non-ASCII characters that end a URL: white space, quotation marks and
/// other general punctuation, guillemets, and CJK text and punctuation
/// (Chinese and Japanese articles put no space after a URL).
fn is_stop_char(c: char) -> bool {
    let u = c as u32;
    c.is_whitespace() || (0x2000..=0x206f).contains(&u) || u == 0xab || u == 0xbb || u >= 0x2e80
}

/// Trailing bytes that belong to the sentence, not the URL.
fn is_trailing_punct(c: u8) -> bool {
    matches!(c, b'.' | b',' | b';' | b':' | b'!' | b'?' | b'*')
}

/// Scans the path, query and fragment of a URL starting at `from` (at its
/// `/`, `?` or `#`) and returns where the URL ends: at the first stop
/// character or unbalanced closing bracket, less trailing punctuation.
pub(crate) fn scan_end(text: &str, from: usize) -> usize {
    let b = text.as_bytes();
    let mut depth = [0usize; 3];
    let mut i = from;
    while let Some(&c) = b.get(i) {
        if c < 0x80 {
            let slot = match c {
                b'(' | b')' => Some(0),
                b'[' | b']' => Some(1),
                b'{' | b'}' => Some(2),
                _ => None,
            };
            if let Some(d) = slot.and_then(|s| depth.get_mut(s)) {
                if matches!(c, b'(' | b'[' | b'{') {
                    *d += 1;
                } else if *d == 0 {
                    break;
                } else {
                    *d -= 1;
                }
            } else if is_stop_ascii(c) {
                break;
            }
            i += 1;
        } else {
            match text.get(i..).and_then(|s| s.chars().next()) {
                Some(ch) if !is_stop_char(ch) => i += ch.len_utf8(),
                _ => break,
            }
        }
    }
    while i > from && is_trailing_punct(at(b, i - 1)) {
        i -= 1;
    }
    i
}

/// What a URL's host is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HostKind {
    /// A domain name, lower-cased.
    Domain(String),
    /// An IPv4 address.
    Ipv4(Ipv4Addr),
    /// An IPv6 address (written in brackets).
    Ipv6(Ipv6Addr),
    /// `localhost`.
    Localhost,
}

/// A URL's host: its byte range (without IPv6 brackets) and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Host {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: HostKind,
}

/// Bytes allowed in an authority outside an IPv6 literal.
fn is_authority_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            b'.' | b'-' | b'_' | b'~' | b'%' | b':' | b'@' | b'!' | b'$' | b'&' | b'+' | b'='
        )
}

fn is_host_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_')
}

/// Classifies a host name as it appears after `scheme://`.
pub(crate) fn classify_host(host: &str) -> Option<HostKind> {
    if host.bytes().all(|c| c.is_ascii_digit() || c == b'.') {
        return validate::ipv4(host).map(HostKind::Ipv4);
    }
    if host.eq_ignore_ascii_case("localhost") {
        return Some(HostKind::Localhost);
    }
    match validate::domain(host) {
        DomainVerdict::Valid(d) | DomainVerdict::FileLike(d) => Some(HostKind::Domain(d)),
        DomainVerdict::Invalid => None,
    }
}

/// Parses the authority that starts at `from` (just after `://`). Returns the
/// host and where the authority ends; a URL whose authority is followed by
/// anything but `/`, `?` or `#` ends there. `None` if there is no valid host.
pub(crate) fn authority(text: &str, from: usize) -> Option<(Host, usize)> {
    let b = text.as_bytes();
    // The authority proper: up to the path, or the first byte that cannot be
    // in one. `[` is allowed only where an IPv6 literal starts.
    let mut i = from;
    let mut last_at = None;
    loop {
        let c = at(b, i);
        if c == b'@' {
            last_at = Some(i);
        }
        if c == b'[' && (i == from || last_at == Some(i.wrapping_sub(1))) {
            // An IPv6 literal is at most 47 bytes with its brackets.
            let close = b.get(i..)?.iter().take(64).position(|&x| x == b']')?;
            i += close + 1;
            continue;
        }
        if !is_authority_byte(c) {
            break;
        }
        i += 1;
    }
    let auth_end = i;
    let host_start = last_at.map_or(from, |a| a + 1);
    let (host, mut p) = if at(b, host_start) == b'[' {
        let close = host_start
            + b.get(host_start..auth_end)?
                .iter()
                .position(|&x| x == b']')?;
        let inner = text.get(host_start + 1..close)?;
        let ip = validate::ipv6(inner)?;
        let host = Host {
            start: host_start + 1,
            end: close,
            kind: HostKind::Ipv6(ip),
        };
        (host, close + 1)
    } else {
        let mut e = host_start;
        while e < auth_end && is_host_byte(at(b, e)) {
            e += 1;
        }
        let mut host_end = e;
        while host_end > host_start && at(b, host_end - 1) == b'.' {
            host_end -= 1;
        }
        let kind = classify_host(text.get(host_start..host_end)?)?;
        let host = Host {
            start: host_start,
            end: host_end,
            kind,
        };
        (host, host_end)
    };
    // An optional port of one to five digits, at most 65535.
    if at(b, p) == b':' {
        let digits = b
            .get(p + 1..auth_end)
            .map_or(0, |s| s.iter().take_while(|c| c.is_ascii_digit()).count());
        let port_ok = (1..=5).contains(&digits)
            && text
                .get(p + 1..p + 1 + digits)
                .and_then(|d| d.parse::<u32>().ok())
                .is_some_and(|n| n <= 65535);
        if port_ok {
            p += 1 + digits;
        }
    }
    Some((host, p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end_of(s: &str) -> &str {
        let from = s.find('/').unwrap_or(0);
        &s[..scan_end(s, from)]
    }

    #[test]
    fn url_ends() {
        assert_eq!(end_of("a.com/x). next"), "a.com/x");
        assert_eq!(end_of("a.com/blah_(wiki) x"), "a.com/blah_(wiki)");
        assert_eq!(end_of("a.com/x/."), "a.com/x/");
        assert_eq!(end_of("a.com/x'),"), "a.com/x");
        assert_eq!(end_of("a.com/访问"), "a.com/");
        assert_eq!(end_of("a.com/é?q=1"), "a.com/é?q=1");
    }

    #[test]
    fn authorities() {
        let s = "user:pw@Evil.COM:8080/x";
        let (h, end) = authority(s, 0).unwrap_or_else(|| panic!("host"));
        assert_eq!(h.kind, HostKind::Domain("evil.com".into()));
        assert_eq!(&s[h.start..h.end], "Evil.COM");
        assert_eq!(&s[..end], "user:pw@Evil.COM:8080");
        let s = "[2001:db8::1]:443/";
        let (h, end) = authority(s, 0).unwrap_or_else(|| panic!("host"));
        assert!(matches!(h.kind, HostKind::Ipv6(_)));
        assert_eq!(&s[..end], "[2001:db8::1]:443");
        assert!(authority("http:", 0).is_none());
        assert!(authority("", 0).is_none());
    }
}
