//! Hash candidates: runs of exactly 32, 40, 64 or 128 hex digits.
//!
//! A run is found without looking at every byte: if the byte 31 places
//! ahead is not a hex digit, no run of 32 can start before it, so the scan
//! jumps past it. Each byte is read a bounded number of times.

use super::IndicatorKind;

// Evaluated at compile time: an index out of range is a build error.
#[allow(clippy::indexing_slicing)]
static HEX: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_hexdigit();
        c += 1;
    }
    t
};

// HEX has 256 entries and is indexed by a `u8`.
#[allow(clippy::indexing_slicing)]
fn is_hex(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(|&c| HEX[usize::from(c)])
}

/// The kind of hash a run of `len` hex digits is.
fn kind_for(len: usize) -> Option<IndicatorKind> {
    match len {
        32 => Some(IndicatorKind::Md5),
        40 => Some(IndicatorKind::Sha1),
        64 => Some(IndicatorKind::Sha256),
        128 => Some(IndicatorKind::Sha512),
        _ => None,
    }
}

/// Calls `f(start, end, kind)` for every maximal run of hex digits whose
/// length is a hash length. The caller checks what surrounds it.
pub(crate) fn scan(b: &[u8], mut f: impl FnMut(usize, usize, IndicatorKind)) {
    const MIN: usize = 32;
    let mut i = 0; // no run of MIN can start before i
    while i + MIN <= b.len() {
        let probe = i + MIN - 1;
        if !is_hex(b, probe) {
            i = probe + 1;
            continue;
        }
        // Walk back from the probe to the start of its run (not before i).
        let mut start = probe;
        while start > i && is_hex(b, start - 1) {
            start -= 1;
        }
        // Extend forward to the end of the run.
        let mut end = probe + 1;
        while is_hex(b, end) {
            end += 1;
        }
        // The run cannot begin before i: i is 0 or just past a non-hex byte.
        if let Some(kind) = kind_for(end - start) {
            f(start, end, kind);
        }
        i = end + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(s: &str) -> Vec<(usize, usize)> {
        let mut v = Vec::new();
        scan(s.as_bytes(), |a, b, _| v.push((a, b)));
        v
    }

    #[test]
    fn finds_exact_lengths() {
        let md5 = "d41d8cd98f00b204e9800998ecf8427e";
        assert_eq!(runs(md5), vec![(0, 32)]);
        assert_eq!(runs(&format!("x {md5}.")), vec![(2, 34)]);
        assert_eq!(runs(&format!("{md5}0")), vec![]);
        assert_eq!(runs(&"a".repeat(64)), vec![(0, 64)]);
        assert_eq!(runs(&"a".repeat(65)), vec![]);
        let two = format!("{md5} {md5}");
        assert_eq!(runs(&two), vec![(0, 32), (33, 65)]);
    }
}
