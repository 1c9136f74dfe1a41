//! The extraction passes. Each pass walks the refanged text once, left to
//! right, and never goes back over what an earlier match consumed; the
//! passes run one after another, so the whole is linear in the input.
//!
//! Order matters for three of them: URLs first, then e-mail addresses
//! outside URLs, then dotted names (domains, IPv4, scheme-less URLs) outside
//! both. IPv6, CVE, ATT&CK and hashes are independent.

use super::refang::{refang_mapped, Refanged};
use super::url::{self, HostKind};
use super::validate::{self, DomainVerdict};
use super::{hash, patterns, Indicator, IndicatorFlag, IndicatorKind, KindSet};
use crate::fast_hash::FastSet;

/// A match in the refanged text, before its span is mapped back.
struct Raw {
    kind: IndicatorKind,
    value: String,
    start: usize,
    end: usize,
    flags: Vec<IndicatorFlag>,
}

fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

fn before(b: &[u8], i: usize) -> u8 {
    i.checked_sub(1).map_or(0, |j| at(b, j))
}

/// A character that glues onto a token: a letter or digit of a script that
/// separates words with spaces. CJK text puts indicators right next to
/// ideographs, so those do not glue.
fn glues(c: char) -> bool {
    c == '_' || (c.is_alphanumeric() && (c as u32) < 0x2e80)
}

/// Whether a non-ASCII letter touches `start..end` (ASCII neighbours are the
/// patterns' business).
fn glued(r: &str, start: usize, end: usize) -> bool {
    let prev = r.get(..start).and_then(|s| s.chars().next_back());
    let next = r.get(end..).and_then(|s| s.chars().next());
    prev.is_some_and(|c| !c.is_ascii() && glues(c))
        || next.is_some_and(|c| !c.is_ascii() && glues(c))
}

fn host_flags(kind: &HostKind) -> Vec<IndicatorFlag> {
    match kind {
        HostKind::Domain(d) => validate::domain_flags(d),
        HostKind::Ipv4(ip) => validate::ipv4_flags(*ip),
        HostKind::Ipv6(ip) => validate::ipv6_flags(*ip),
        HostKind::Localhost => vec![IndicatorFlag::Loopback],
    }
}

/// Sorted, non-overlapping ranges that a later pass must skip.
struct Covered<'c> {
    ranges: &'c [(usize, usize)],
    next: usize,
}

impl Covered<'_> {
    /// Whether `start..end` overlaps a range; calls must come in order of
    /// `start`.
    fn overlaps(&mut self, start: usize, end: usize) -> bool {
        while self.ranges.get(self.next).is_some_and(|r| r.1 <= start) {
            self.next += 1;
        }
        self.ranges.get(self.next).is_some_and(|r| r.0 < end)
    }
}

/// The longest scheme [`patterns::SCHEME`] matches (`https`).
const LONGEST_SCHEME: usize = 5;

/// The first match of [`patterns::SCHEME`] at or after `pos`. Every match
/// ends in `://`, at most [`LONGEST_SCHEME`] bytes after its start, so none
/// starts before the first `://` less that: the regex starts there, and
/// never runs on a text without `://` (most texts).
fn next_scheme(b: &[u8], pos: usize) -> Option<regex::bytes::Match<'_>> {
    let sep = pos + memchr::memmem::find(b.get(pos..)?, b"://")?;
    patterns::SCHEME.find_at(b, sep.saturating_sub(LONGEST_SCHEME).max(pos))
}

/// URLs with a scheme (`https://...`), and their hosts.
fn url_pass(r: &str, raws: &mut Vec<Raw>) -> Vec<(usize, usize)> {
    let b = r.as_bytes();
    let mut spans = Vec::new();
    let mut pos = 0;
    while let Some(m) = next_scheme(b, pos) {
        let (start, body) = (m.start(), m.end());
        pos = body;
        if glued(r, start, start) {
            continue;
        }
        let Some((host, auth_end)) = url::authority(r, body) else {
            continue;
        };
        let end = if matches!(at(b, auth_end), b'/' | b'?' | b'#') {
            url::scan_end(r, auth_end)
        } else {
            auth_end
        };
        pos = end.max(body);
        let scheme = r.get(start..body).unwrap_or("").to_ascii_lowercase();
        let userinfo = r.get(body..host.start).unwrap_or("");
        let host_text = r
            .get(host.start..host.end)
            .unwrap_or("")
            .to_ascii_lowercase();
        let rest = r.get(host.end..end).unwrap_or("");
        let flags = host_flags(&host.kind);
        raws.push(Raw {
            kind: IndicatorKind::Url,
            value: format!("{scheme}{userinfo}{host_text}{rest}"),
            start,
            end,
            flags: flags.clone(),
        });
        let host_raw = match host.kind {
            HostKind::Domain(d) => Some((IndicatorKind::Domain, d)),
            HostKind::Ipv4(ip) => Some((IndicatorKind::Ipv4, ip.to_string())),
            HostKind::Ipv6(ip) => Some((IndicatorKind::Ipv6, ip.to_string())),
            HostKind::Localhost => None,
        };
        if let Some((kind, value)) = host_raw {
            raws.push(Raw {
                kind,
                value,
                start: host.start,
                end: host.end,
                flags,
            });
        }
        spans.push((start, end));
    }
    spans
}

/// E-mail addresses outside URLs.
fn email_pass(r: &str, urls: &[(usize, usize)], raws: &mut Vec<Raw>) -> Vec<(usize, usize)> {
    let b = r.as_bytes();
    let mut covered = Covered {
        ranges: urls,
        next: 0,
    };
    let mut spans = Vec::new();
    let mut pos = 0;
    while let Some(m) = patterns::EMAIL.find_at(b, pos) {
        pos = m.end();
        let (mut start, mut end) = (m.start(), m.end());
        if covered.overlaps(start, end) {
            continue;
        }
        let Some(at_sign) = b
            .get(start..end)
            .and_then(|s| s.iter().position(|&c| c == b'@'))
        else {
            continue;
        };
        let at_sign = start + at_sign;
        let Some(skip) = r.get(start..at_sign).and_then(validate::email_local) else {
            continue;
        };
        start += skip;
        let domain_part = r.get(at_sign + 1..end).unwrap_or("");
        let (domain_value, flags) = if let Some(lit) = domain_part.strip_prefix('[') {
            // An address literal: `[192.0.2.1]` or `[IPv6:2001:db8::1]`; the
            // address is an indicator of its own.
            let inner = lit.strip_suffix(']').unwrap_or(lit);
            let lit_start = at_sign + 2;
            let v6 = inner
                .get(..5)
                .filter(|p| p.eq_ignore_ascii_case("ipv6:"))
                .and_then(|_| inner.get(5..));
            let (kind, value, flags, ip_start) = if let Some(v6) = v6 {
                let Some(ip) = validate::ipv6(v6) else {
                    continue;
                };
                (
                    IndicatorKind::Ipv6,
                    ip.to_string(),
                    validate::ipv6_flags(ip),
                    lit_start + 5,
                )
            } else {
                let Some(ip) = validate::ipv4(inner) else {
                    continue;
                };
                (
                    IndicatorKind::Ipv4,
                    ip.to_string(),
                    validate::ipv4_flags(ip),
                    lit_start,
                )
            };
            raws.push(Raw {
                kind,
                value,
                start: ip_start,
                end: lit_start + inner.len(),
                flags: flags.clone(),
            });
            (domain_part.to_string(), flags)
        } else {
            let mut dp = domain_part;
            if validate::tld_is_title_case(dp) {
                let cut = dp.rfind('.').unwrap_or(dp.len());
                dp = dp.get(..cut).unwrap_or("");
                end = at_sign + 1 + cut;
            }
            match validate::domain(dp) {
                DomainVerdict::Valid(d) | DomainVerdict::FileLike(d) => {
                    let flags = validate::domain_flags(&d);
                    (d, flags)
                }
                DomainVerdict::Invalid => continue,
            }
        };
        if glued(r, start, end) {
            continue;
        }
        let local = r.get(start..at_sign).unwrap_or("").to_ascii_lowercase();
        raws.push(Raw {
            kind: IndicatorKind::Email,
            value: format!("{local}@{domain_value}"),
            start,
            end,
            flags,
        });
        spans.push((start, end));
    }
    spans
}

fn merge(a: Vec<(usize, usize)>, b: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut all = a;
    all.extend(b);
    all.sort_unstable();
    all
}

/// Where a scheme-less URL that starts with the host `start..host_end` ends,
/// if one does: the host must be followed by an optional port and a `/` with
/// something after it; `1.2.3.0/24` is a CIDR block, not a URL.
fn schemeless_end(r: &str, host_end: usize, is_ip: bool) -> Option<usize> {
    let b = r.as_bytes();
    let mut p = host_end;
    let mut port = false;
    if at(b, p) == b':' {
        let digits = b.get(p + 1..).map_or(0, |s| {
            s.iter().take(6).take_while(|c| c.is_ascii_digit()).count()
        });
        if !(1..=5).contains(&digits) {
            return None;
        }
        p += 1 + digits;
        port = true;
    }
    if at(b, p) != b'/' {
        return None;
    }
    let end = url::scan_end(r, p);
    if end <= p + 1 {
        return None;
    }
    let path = r.get(p + 1..end).unwrap_or("");
    if is_ip && !port && path.len() <= 3 && path.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(end)
}

/// A byte of a dotted name's label.
fn is_name_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'_'
}

/// Whether the text just before `start` is a version label (`Version:
/// 1.2.2.0`, `ver "1.3.0.0"`): a four-part version number, not an address.
fn after_version_label(r: &str, start: usize) -> bool {
    let from = start.saturating_sub(16);
    let Some(before) = r.get(from..start) else {
        return false;
    };
    let label = before
        .trim_end_matches([' ', '\t', ':', '=', '"', '\'', '\u{a0}'])
        .as_bytes();
    ["version", "ver.", "ver"].iter().any(|w| {
        let n = w.len();
        label.len() >= n
            && label
                .get(label.len() - n..)
                .is_some_and(|t| t.eq_ignore_ascii_case(w.as_bytes()))
            && !label
                .get(..label.len() - n)
                .and_then(|p| p.last())
                .is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

/// The heart of the first dotted name (domain or IPv4 candidate) at or
/// after `pos`: a dot between two name bytes, found by `memchr` over the
/// dots; the start of the name byte before it.
fn dot_in_name(b: &[u8], pos: usize) -> Option<usize> {
    let from = pos + 1;
    memchr::memchr_iter(b'.', b.get(from..)?)
        .map(|i| from + i)
        .find(|&dot| is_name_byte(before(b, dot)) && is_name_byte(at(b, dot + 1)))
        .map(|dot| dot - 1)
}

/// Whether `b` may hold an IPv6 candidate: two colons with at most four hex
/// digits between them, which every match of [`patterns::IPV6`] holds.
fn may_hold_ipv6(b: &[u8]) -> bool {
    memchr::memchr_iter(b':', b).any(|colon| {
        let rest = b.get(colon + 1..).unwrap_or_default();
        let hex = rest
            .iter()
            .take(4)
            .take_while(|c| c.is_ascii_hexdigit())
            .count();
        rest.get(hex) == Some(&b':')
    })
}

/// Domains, IPv4 addresses and scheme-less URLs outside URLs and e-mails.
fn dotted_pass(r: &str, refanged: &Refanged<'_>, covered: &[(usize, usize)], raws: &mut Vec<Raw>) {
    let b = r.as_bytes();
    let mut covered = Covered {
        ranges: covered,
        next: 0,
    };
    let mut pos = 0;
    while let Some(first) = dot_in_name(b, pos) {
        // The name: name bytes back to `pos` at most (where the previous
        // name or URL ended), then labels joined by single dots forward.
        let mut start = first;
        while start > pos && is_name_byte(before(b, start)) {
            start -= 1;
        }
        let mut end = first + 1;
        while at(b, end) == b'.' && is_name_byte(at(b, end + 1)) {
            end += 1;
            while is_name_byte(at(b, end)) {
                end += 1;
            }
        }
        pos = end;
        while start < end && at(b, start) == b'-' {
            start += 1;
        }
        while end > start && matches!(at(b, end - 1), b'-' | b'_') {
            end -= 1;
        }
        let Some(token) = r.get(start..end) else {
            continue;
        };
        if !token.contains('.') || covered.overlaps(start, end) || glued(r, start, end) {
            continue;
        }
        let defanged = refanged.is_defanged(start, end);
        if token.bytes().all(|c| c.is_ascii_digit() || c == b'.') {
            // " .1.2.3.4" is the tail of something else.
            if before(b, start) == b'.' {
                continue;
            }
            let Some(ip) = validate::ipv4(token) else {
                continue;
            };
            // `Version: 1.2.2.0`: version numbers start small.
            if !defanged && ip.octets()[0] < 30 && after_version_label(r, start) {
                continue;
            }
            let flags = validate::ipv4_flags(ip);
            if let Some(url_end) = schemeless_end(r, end, true) {
                raws.push(Raw {
                    kind: IndicatorKind::Url,
                    value: r.get(start..url_end).unwrap_or("").to_string(),
                    start,
                    end: url_end,
                    flags: flags.clone(),
                });
                pos = pos.max(url_end);
            }
            raws.push(Raw {
                kind: IndicatorKind::Ipv4,
                value: ip.to_string(),
                start,
                end,
                flags,
            });
            continue;
        }
        // A component of a file path (`/tmp/kworker.sh`, `C:\x\evil.com`),
        // but not `//host` (a scheme-relative URL).
        let prev = before(b, start);
        if !defanged && (prev == b'\\' || (prev == b'/' && before(b, start - 1) != b'/')) {
            continue;
        }
        let mut host_end = end;
        if !defanged && validate::tld_is_title_case(token) {
            // `data.It`, `evil.com.The`: a missing space between sentences.
            host_end = start + token.rfind('.').unwrap_or(0);
        }
        let Some(host) = r.get(start..host_end) else {
            continue;
        };
        if !defanged && validate::looks_like_prose_name(host) {
            continue;
        }
        let value = match validate::domain(host) {
            DomainVerdict::Valid(d) => d,
            DomainVerdict::FileLike(d) if defanged || d.starts_with("www.") => d,
            DomainVerdict::FileLike(_) | DomainVerdict::Invalid => continue,
        };
        let flags = validate::domain_flags(&value);
        raws.push(Raw {
            kind: IndicatorKind::Domain,
            value: value.clone(),
            start,
            end: host_end,
            flags: flags.clone(),
        });
        if host_end == end {
            if let Some(url_end) = schemeless_end(r, end, false) {
                let rest = r.get(end..url_end).unwrap_or("");
                raws.push(Raw {
                    kind: IndicatorKind::Url,
                    value: format!("{value}{rest}"),
                    start,
                    end: url_end,
                    flags,
                });
                pos = pos.max(url_end);
            }
        }
    }
}

/// IPv6 addresses.
fn ipv6_pass(r: &str, raws: &mut Vec<Raw>) {
    let b = r.as_bytes();
    if !may_hold_ipv6(b) {
        return;
    }
    for m in patterns::IPV6.find_iter(b) {
        let (start, mut end) = (m.start(), m.end());
        let prev = before(b, start);
        let next = at(b, end);
        if prev.is_ascii_alphanumeric()
            || matches!(prev, b'_' | b'.' | b':')
            || next.is_ascii_alphanumeric()
            || next == b'_'
            || glued(r, start, end)
        {
            continue;
        }
        let Some(mut cand) = r.get(start..end) else {
            continue;
        };
        if cand.ends_with(':') && !cand.ends_with("::") {
            end -= 1;
            cand = r.get(start..end).unwrap_or("");
        }
        let Some(ip) = validate::ipv6(cand) else {
            continue;
        };
        raws.push(Raw {
            kind: IndicatorKind::Ipv6,
            value: ip.to_string(),
            start,
            end,
            flags: validate::ipv6_flags(ip),
        });
    }
}

/// Where the first `cve` (in any case) starts: every match of
/// [`patterns::CVE`] starts with one. Found from the rare `v`.
fn first_cve(b: &[u8]) -> Option<usize> {
    memchr::memchr2_iter(b'v', b'V', b)
        .filter(|&v| v > 0)
        .find(|&v| matches!(before(b, v), b'c' | b'C') && matches!(at(b, v + 1), b'e' | b'E'))
        .map(|v| v - 1)
}

/// Where the first `T` (in any case) followed by `0` or `1` and three more
/// digits starts: every match of [`patterns::ATTACK`] starts with one.
/// Found from the digit, rarer in prose than the letter.
fn first_attack(b: &[u8]) -> Option<usize> {
    memchr::memchr2_iter(b'0', b'1', b)
        .filter(|&d| d > 0)
        .find(|&d| {
            matches!(before(b, d), b't' | b'T') && (d + 1..d + 4).all(|k| at(b, k).is_ascii_digit())
        })
        .map(|d| d - 1)
}

/// CVE ids, normalised to `CVE-YYYY-NNNN`.
fn cve_pass(r: &str, raws: &mut Vec<Raw>) {
    let b = r.as_bytes();
    // No match can start before the first `cve`; most texts have none, and
    // the regex is not run at all. Matches are never empty, so going on
    // from each match's end is what `captures_iter` does.
    let Some(mut pos) = first_cve(b) else {
        return;
    };
    while let Some(c) = patterns::CVE.captures_at(b, pos) {
        let Some(m) = c.get(0) else {
            break;
        };
        pos = m.end();
        let (Some(year), Some(num)) = (c.get(1), c.get(2)) else {
            continue;
        };
        if glued(r, m.start(), m.end()) {
            continue;
        }
        let year = r.get(year.range()).unwrap_or("");
        let num = r.get(num.range()).unwrap_or("");
        raws.push(Raw {
            kind: IndicatorKind::Cve,
            value: format!("CVE-{year}-{num}"),
            start: m.start(),
            end: m.end(),
            flags: Vec::new(),
        });
    }
}

/// ATT&CK technique ids (`T1566`, `T1566.001`), upper-cased.
fn attack_pass(r: &str, raws: &mut Vec<Raw>) {
    let b = r.as_bytes();
    // As for CVE ids: not before the first candidate, and often not at all.
    let Some(mut pos) = first_attack(b) else {
        return;
    };
    while let Some(m) = patterns::ATTACK.find_at(b, pos) {
        let (start, end) = (m.start(), m.end());
        pos = end;
        let Some(t) = r.get(start..end) else { continue };
        // `T1156.0012` is no technique, and neither is its head `T1156`;
        // nor is the first label of a name (`t1000.com`, `T1059.ps1`).
        if at(b, end) == b'.' && at(b, end + 1).is_ascii_alphanumeric() {
            continue;
        }
        // Enterprise and mobile `T1nnn`, ICS `T08nn`/`T09nn`.
        let in_range = at(b, start + 1) == b'1' || matches!(at(b, start + 2), b'8' | b'9');
        // Not a piece of a name: `a-t1000.com`, `x.T1059`, `me@T1566`.
        if !in_range || matches!(before(b, start), b'-' | b'.' | b'@') || glued(r, start, end) {
            continue;
        }
        raws.push(Raw {
            kind: IndicatorKind::AttackTechnique,
            value: t.to_ascii_uppercase(),
            start,
            end,
            flags: Vec::new(),
        });
    }
}

/// MD5, SHA-1, SHA-256 and SHA-512 hashes: runs of hex digits of exactly
/// those lengths, with no letter or digit on either side (a `0x` prefix is
/// allowed).
fn hash_pass(r: &str, kinds: KindSet, raws: &mut Vec<Raw>) {
    let b = r.as_bytes();
    hash::scan(b, |start, end, kind| {
        if !kinds.contains(kind) {
            return;
        }
        let prev = before(b, start);
        let hex_prefix = matches!(prev, b'x' | b'X')
            && before(b, start - 1) == b'0'
            && !before(b, start.saturating_sub(2)).is_ascii_alphanumeric();
        if (prev.is_ascii_alphanumeric() && !hex_prefix)
            || at(b, end).is_ascii_alphanumeric()
            || glued(r, start, end)
        {
            return;
        }
        raws.push(Raw {
            kind,
            value: r.get(start..end).unwrap_or("").to_ascii_lowercase(),
            start,
            end,
            flags: Vec::new(),
        });
    });
}

/// Runs every pass over `text` and returns the indicators of the wanted
/// kinds, in order of appearance, deduplicated by (kind, value) when `dedup`.
pub(crate) fn run(text: &str, kinds: KindSet, dedup: bool) -> Vec<Indicator> {
    let refanged = refang_mapped(text);
    let r: &str = &refanged.text;
    let mut raws = Vec::new();
    let urls = url_pass(r, &mut raws);
    let emails = email_pass(r, &urls, &mut raws);
    let covered = merge(urls, emails);
    dotted_pass(r, &refanged, &covered, &mut raws);
    if kinds.contains(IndicatorKind::Ipv6) {
        ipv6_pass(r, &mut raws);
    }
    if kinds.contains(IndicatorKind::Cve) {
        cve_pass(r, &mut raws);
    }
    if kinds.contains(IndicatorKind::AttackTechnique) {
        attack_pass(r, &mut raws);
    }
    if kinds.intersects_hashes() {
        hash_pass(r, kinds, &mut raws);
    }
    raws.retain(|raw| kinds.contains(raw.kind));
    raws.sort_by_key(|raw| raw.start);
    let mut seen = FastSet::default();
    let mut out = Vec::with_capacity(raws.len());
    for raw in raws {
        if dedup && !seen.insert((raw.kind, raw.value.clone())) {
            continue;
        }
        out.push(Indicator {
            kind: raw.kind,
            span: refanged.original_span(raw.start, raw.end),
            defanged: refanged.is_defanged(raw.start, raw.end),
            value: raw.value,
            flags: raw.flags,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The matches of a regex found from `first` on, one after another.
    fn from_first(re: &regex::bytes::Regex, b: &[u8], first: Option<usize>) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let Some(mut pos) = first else {
            return out;
        };
        while let Some(m) = re.find_at(b, pos) {
            out.push((m.start(), m.end()));
            pos = m.end();
        }
        out
    }

    fn all(re: &regex::bytes::Regex, b: &[u8]) -> Vec<(usize, usize)> {
        re.find_iter(b).map(|m| (m.start(), m.end())).collect()
    }

    #[test]
    fn prefilters_keep_every_match() {
        for text in [
            "CVE-2021-44228, cve_2020_0001 and xCVE-2019-0001; Cve 2018-12345 cv",
            "T1566 t1059.001 at1000 T0899 T2000 t1 T12 (T1003)",
            "https://a.example/x, hxxps://b.example, FTP://c.example:21/ sftp://d",
            "abchttps://x.example wss://y.example ws://z xhttp://w ://",
            "no markers at all",
            "v",
            "0",
            "",
        ] {
            let b = text.as_bytes();
            assert_eq!(
                from_first(&patterns::CVE, b, first_cve(b)),
                all(&patterns::CVE, b),
                "{text}"
            );
            assert_eq!(
                from_first(&patterns::ATTACK, b, first_attack(b)),
                all(&patterns::ATTACK, b),
                "{text}"
            );
            let mut schemes = Vec::new();
            let mut pos = 0;
            while let Some(m) = next_scheme(b, pos) {
                schemes.push((m.start(), m.end()));
                pos = m.end();
            }
            assert_eq!(schemes, all(&patterns::SCHEME, b), "{text}");
        }
    }
}
