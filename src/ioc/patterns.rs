//! The regular expressions, compiled once. All work on bytes with Unicode
//! classes off, so that the lazy DFA handles every input (ASCII word
//! boundaries only), and each has a literal the engine can search for first
//! (`://`, `@`, `.`, `:`, `cve`, `t0`/`t1`).

use std::sync::LazyLock;

use regex::bytes::Regex;

fn compile(pattern: &str) -> Regex {
    // The patterns are constants covered by the tests: failing to compile
    // one is a programming error, not an input error.
    #[allow(clippy::expect_used)]
    Regex::new(pattern).expect("built-in IOC pattern compiles")
}

/// A byte that can start a defang marker (see `refang.rs`). The regex
/// engine scans for a byte class several times faster than a table loop.
pub(crate) static MARKER_START: LazyLock<Regex> = LazyLock::new(|| compile(r"(?-u)[\[({\]}\\xX<]"));

/// A URL scheme and its separator; the URL's end is found by hand.
pub(crate) static SCHEME: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i-u)\b(?:https?|ftps?|sftp|wss?)://"));

/// An e-mail address: local part, `@`, a dotted domain or an address literal.
pub(crate) static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?-u)[A-Za-z0-9._%+\-]+@(?:[A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)+|\[[0-9]{1,3}(?:\.[0-9]{1,3}){3}\]|\[(?i:ipv6):[0-9A-Fa-f:.]+\])",
    )
});

/// An IPv6 candidate: hex groups with at least two colons, maybe an IPv4 tail.
pub(crate) static IPV6: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?-u)[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,8}(?:\.[0-9]{1,3}){0,3}")
});

/// A CVE id; the separators may be ASCII or Unicode hyphens and dashes.
pub(crate) static CVE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i-u)\bcve(?:-|_| |\xE2\x80[\x90-\x94])?([0-9]{4})(?:-|_|\xE2\x80[\x90-\x94])([0-9]{4,7})\b",
    )
});

/// An ATT&CK technique id candidate, optionally with a sub-technique. The
/// range (`T1nnn`, or `T08nn`/`T09nn` for ICS) is checked in `scan.rs`: an
/// alternation here would cost the engine its literal prefilter.
pub(crate) static ATTACK: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i-u)\bT[01][0-9]{3}(?:\.[0-9]{3})?\b"));
