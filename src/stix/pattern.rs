//! STIX patterns for indicators.

use crate::ioc::IndicatorKind;

/// The STIX pattern that matches an indicator of `kind` with `value`, or
/// `None` for kinds that are not observables (CVE ids become
/// `vulnerability` objects, ATT&CK technique ids `attack-pattern` objects).
///
/// The value is written as a STIX string literal: in single quotes, with
/// `\` and `'` escaped by a backslash.
///
/// # Examples
///
/// ```
/// use cti_extract::stix::pattern;
/// use cti_extract::IndicatorKind;
///
/// assert_eq!(
///     pattern(IndicatorKind::Ipv4, "185.220.101.4").as_deref(),
///     Some("[ipv4-addr:value = '185.220.101.4']")
/// );
/// assert_eq!(
///     pattern(IndicatorKind::Url, r"http://x.example/a'b\c").as_deref(),
///     Some(r"[url:value = 'http://x.example/a\'b\\c']")
/// );
/// assert_eq!(
///     pattern(IndicatorKind::Sha256, &"ab".repeat(32)).as_deref(),
///     Some(format!("[file:hashes.'SHA-256' = '{}']", "ab".repeat(32)).as_str())
/// );
/// assert_eq!(pattern(IndicatorKind::Cve, "CVE-2024-3400"), None);
/// ```
pub fn pattern(kind: IndicatorKind, value: &str) -> Option<String> {
    let path = match kind {
        IndicatorKind::Ipv4 => "ipv4-addr:value",
        IndicatorKind::Ipv6 => "ipv6-addr:value",
        IndicatorKind::Domain => "domain-name:value",
        IndicatorKind::Url => "url:value",
        IndicatorKind::Email => "email-addr:value",
        IndicatorKind::Md5 => "file:hashes.MD5",
        IndicatorKind::Sha1 => "file:hashes.'SHA-1'",
        IndicatorKind::Sha256 => "file:hashes.'SHA-256'",
        IndicatorKind::Sha512 => "file:hashes.'SHA-512'",
        IndicatorKind::Cve | IndicatorKind::AttackTechnique => return None,
    };
    Some(format!("[{path} = {}]", string_literal(value)))
}

/// `value` as a STIX pattern string literal.
pub(crate) fn string_literal(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('\'');
    for c in value.chars() {
        if matches!(c, '\\' | '\'') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// What the indicator's name calls a value of `kind`.
pub(crate) fn kind_label(kind: IndicatorKind) -> &'static str {
    match kind {
        IndicatorKind::Cve => "Vulnerability",
        IndicatorKind::Ipv4 => "IPv4 address",
        IndicatorKind::Ipv6 => "IPv6 address",
        IndicatorKind::Domain => "Domain name",
        IndicatorKind::Url => "URL",
        IndicatorKind::Email => "E-mail address",
        IndicatorKind::Md5 => "File with MD5",
        IndicatorKind::Sha1 => "File with SHA-1",
        IndicatorKind::Sha256 => "File with SHA-256",
        IndicatorKind::Sha512 => "File with SHA-512",
        IndicatorKind::AttackTechnique => "ATT&CK technique",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_observable_kind_has_a_pattern() {
        for kind in IndicatorKind::ALL {
            let p = pattern(kind, "v");
            match kind {
                IndicatorKind::Cve | IndicatorKind::AttackTechnique => assert_eq!(p, None),
                _ => {
                    let p = p.unwrap_or_default();
                    assert!(p.starts_with('[') && p.ends_with(" = 'v']"), "{p}");
                }
            }
        }
    }

    #[test]
    fn escapes() {
        assert_eq!(string_literal(""), "''");
        assert_eq!(string_literal("a'b"), r"'a\'b'");
        assert_eq!(string_literal(r"a\b"), r"'a\\b'");
        assert_eq!(string_literal(r"\'"), r"'\\\''");
        assert_eq!(string_literal("ünï"), "'ünï'");
    }
}
