//! The public suffix table: which top-level domains exist, and which names
//! are public suffixes (`co.uk`) rather than registrable domains.
//!
//! The table is the ICANN section of the Public Suffix List, converted to
//! ASCII by `data/ioc/gen_suffix.py` and embedded at compile time, so no file
//! is read at run time. See `data/ioc/SOURCES.md` for its provenance.

use crate::fast_hash::{FastSet, FastState};
use std::sync::LazyLock;

/// The generated table: one rule per line, `//` comments.
static RAW: &str = include_str!("../../data/ioc/public_suffix_icann.txt");

/// Special-use top-level names (RFC 2606, RFC 6761, RFC 6762, ICANN's
/// `.internal`) that are not in the list but that writers use on purpose:
/// accepted so that they can be flagged instead of dropped silently.
const SPECIAL_USE_TLDS: &[&str] = &[
    "example",
    "test",
    "invalid",
    "localhost",
    "local",
    "internal",
];

struct Table {
    /// The plain rules (`co.uk`).
    rules: FastSet<&'static str>,
    /// The parents of the wildcard rules (`ck` of `*.ck`).
    wildcards: FastSet<&'static str>,
    /// The names of the exception rules (`www.ck` of `!www.ck`).
    exceptions: FastSet<&'static str>,
    /// The last label of every rule, plus the special-use names.
    tlds: FastSet<&'static str>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut rules = FastSet::with_capacity_and_hasher(8192, FastState::default());
    let (mut wildcards, mut exceptions) = (FastSet::default(), FastSet::default());
    let mut tlds = FastSet::with_capacity_and_hasher(2048, FastState::default());
    for line in RAW.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        if let Some(parent) = line.strip_prefix("*.") {
            wildcards.insert(parent);
        } else if let Some(name) = line.strip_prefix('!') {
            exceptions.insert(name);
        } else {
            rules.insert(line);
        }
        let last = line.rsplit('.').next().unwrap_or(line);
        let last = last.trim_start_matches('!');
        if last != "*" && !last.is_empty() {
            tlds.insert(last);
        }
    }
    tlds.extend(SPECIAL_USE_TLDS.iter().copied());
    Table {
        rules,
        wildcards,
        exceptions,
        tlds,
    }
});

/// Whether `label` (lower-case ASCII) is a top-level domain.
pub(crate) fn is_tld(label: &str) -> bool {
    TABLE.tlds.contains(label)
}

/// Whether `name` (lower-case ASCII, at least two labels) is itself a public
/// suffix, such as `co.uk` or `kawasaki.jp`, and so not a domain anyone
/// registers.
pub(crate) fn is_public_suffix(name: &str) -> bool {
    let t = &*TABLE;
    if t.rules.contains(name) {
        return true;
    }
    let Some((_, parent)) = name.split_once('.') else {
        return false;
    };
    t.wildcards.contains(parent) && !t.exceptions.contains(name)
}

/// The number of rules in the embedded table.
#[cfg(test)]
pub(crate) fn rule_count() -> usize {
    TABLE.rules.len() + TABLE.wildcards.len() + TABLE.exceptions.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads() {
        assert!(rule_count() > 5000);
        for tld in ["com", "ru", "zip", "onion", "xn--p1ai", "example", "test"] {
            assert!(is_tld(tld), "{tld}");
        }
        for no in ["exe", "pdf", "json", "js", "dll", "php", "txt"] {
            assert!(!is_tld(no), "{no}");
        }
    }

    #[test]
    fn public_suffixes() {
        assert!(is_public_suffix("co.uk"));
        assert!(is_public_suffix("com"));
        assert!(!is_public_suffix("evil.co.uk"));
        assert!(!is_public_suffix("example.com"));
        // Wildcard and exception rules: *.ck and !www.ck.
        assert!(is_public_suffix("foo.ck"));
        assert!(!is_public_suffix("www.ck"));
    }
}
