//! A fast keyed hasher for the small maps built per article.
//!
//! std's default SipHash-1-3 costs about 2% of the pipeline on the names and
//! words looked up per article. This hasher folds eight bytes at a time
//! with one 128-bit multiply (the scheme of foldhash and wyhash), keyed by a
//! seed drawn once per process from std's `RandomState`: keys crafted to
//! collide cannot be computed in advance, so a hostile text cannot turn a
//! map's look-ups quadratic.

use std::collections::hash_map::RandomState;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};
use std::sync::LazyLock;

/// A `HashMap` with [`FastState`].
pub(crate) type FastMap<K, V> = HashMap<K, V, FastState>;

/// A `HashSet` with [`FastState`].
pub(crate) type FastSet<K> = HashSet<K, FastState>;

/// The process's seed.
static SEED: LazyLock<u64> = LazyLock::new(|| RandomState::new().hash_one(0x5eed_u64) | 1);

const MUL: u64 = 0x9E37_79B9_7F4A_7C15;

/// Builds [`FastHasher`]s keyed by the process's seed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FastState {
    seed: u64,
}

impl Default for FastState {
    fn default() -> Self {
        FastState { seed: *SEED }
    }
}

impl BuildHasher for FastState {
    type Hasher = FastHasher;

    fn build_hasher(&self) -> FastHasher {
        FastHasher { state: self.seed }
    }
}

/// The hasher of [`FastState`].
#[derive(Debug, Clone)]
pub(crate) struct FastHasher {
    state: u64,
}

/// The folded 128-bit product of `a` and `b`.
#[inline]
fn fold(a: u64, b: u64) -> u64 {
    let p = u128::from(a).wrapping_mul(u128::from(b));
    (p as u64) ^ ((p >> 64) as u64)
}

impl FastHasher {
    #[inline]
    fn mix(&mut self, word: u64) {
        self.state = fold(self.state ^ word, MUL);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn finish(&self) -> u64 {
        // The state started from the seed: one more fold spreads its bits.
        fold(self.state, MUL)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            if let Some(head) = word.get_mut(..rest.len()) {
                head.copy_from_slice(rest);
            }
            // The length tells "ab" from "ab\0".
            self.mix(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.mix(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.mix(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.mix(i as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(bytes: &[u8]) -> u64 {
        FastState::default().hash_one(bytes)
    }

    #[test]
    fn equal_keys_hash_alike_and_near_keys_apart() {
        assert_eq!(
            hash(b"Ministry of Foreign Affairs"),
            hash(b"Ministry of Foreign Affairs")
        );
        let keys: [&[u8]; 8] = [
            b"",
            b"a",
            b"ab",
            b"ab\0",
            b"ba",
            b"abcdefgh",
            b"abcdefghi",
            b"abcdefgh\0",
        ];
        for (i, a) in keys.iter().enumerate() {
            for b in keys.iter().skip(i + 1) {
                assert_ne!(hash(a), hash(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn maps_work() {
        let mut m: FastMap<&str, usize> = FastMap::default();
        for (i, w) in ["APT31", "Zirconium", "Violet Typhoon"].iter().enumerate() {
            m.insert(w, i);
        }
        assert_eq!(m.get("Zirconium"), Some(&1));
        assert_eq!(m.get("zirconium"), None);
        let s: FastSet<u32> = (0..1000).collect();
        assert!((0..1000).all(|i| s.contains(&i)));
    }
}
