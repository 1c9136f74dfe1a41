//! SHA-1 (FIPS 180-4), written out so that name-based UUIDs need no
//! dependency.
//!
//! SHA-1 no longer resists collisions and must not be used for security.
//! Here it only does what RFC 4122 asks of it: turn a namespace and a name
//! into a version 5 UUID, where a collision would at worst merge two STIX
//! objects that someone crafted to collide.

/// The initial hash value (FIPS 180-4, 5.3.1).
const H0: [u32; 5] = [
    0x6745_2301,
    0xEFCD_AB89,
    0x98BA_DCFE,
    0x1032_5476,
    0xC3D2_E1F0,
];

/// An incremental SHA-1 computation.
#[derive(Clone)]
pub(crate) struct Sha1 {
    state: [u32; 5],
    block: [u8; 64],
    filled: usize,
    length: u64,
}

impl Sha1 {
    /// A computation over no bytes yet.
    pub(crate) fn new() -> Sha1 {
        Sha1 {
            state: H0,
            block: [0; 64],
            filled: 0,
            length: 0,
        }
    }

    /// Feeds `data`.
    // `filled < 64` between calls and `take <= 64 - filled`, so the block
    // slices are in range.
    #[allow(clippy::indexing_slicing)]
    pub(crate) fn update(&mut self, mut data: &[u8]) {
        self.length = self.length.wrapping_add(data.len() as u64);
        if self.filled > 0 {
            let take = (64 - self.filled).min(data.len());
            let (head, rest) = data.split_at(take);
            self.block[self.filled..self.filled + take].copy_from_slice(head);
            self.filled += take;
            data = rest;
            if self.filled < 64 {
                return;
            }
            let block = self.block;
            compress(&mut self.state, &block);
            self.filled = 0;
        }
        let mut blocks = data.chunks_exact(64);
        for block in &mut blocks {
            compress(&mut self.state, block);
        }
        let rest = blocks.remainder();
        self.block[..rest.len()].copy_from_slice(rest);
        self.filled = rest.len();
    }

    /// Pads the message and returns the 20-byte digest.
    // `zeros < 64` by the `% 64`.
    #[allow(clippy::indexing_slicing)]
    pub(crate) fn finish(mut self) -> [u8; 20] {
        let bits = self.length.wrapping_mul(8);
        self.update(&[0x80]);
        let zeros = (64 + 56 - self.filled) % 64;
        self.update(&[0u8; 64][..zeros]);
        self.update(&bits.to_be_bytes());
        let mut out = [0u8; 20];
        for (chunk, word) in out.chunks_exact_mut(4).zip(self.state) {
            chunk.copy_from_slice(&word.to_be_bytes());
        }
        out
    }
}

/// The SHA-1 digest of the concatenation of `parts`.
pub(crate) fn sha1(parts: &[&[u8]]) -> [u8; 20] {
    let mut h = Sha1::new();
    for part in parts {
        h.update(part);
    }
    h.finish()
}

/// Processes one 64-byte block (FIPS 180-4, 6.1.2).
// Fixed sizes: `chunks_exact(4)` gives four bytes, and `t` runs over
// 16..80 of an 80-word schedule.
#[allow(clippy::indexing_slicing)]
fn compress(state: &mut [u32; 5], block: &[u8]) {
    let mut w = [0u32; 80];
    for (word, bytes) in w.iter_mut().zip(block.chunks_exact(4)) {
        *word = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
    }
    for t in 16..80 {
        w[t] = (w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotate_left(1);
    }
    let [mut a, mut b, mut c, mut d, mut e] = *state;
    for (t, &wt) in w.iter().enumerate() {
        let (f, k) = match t {
            0..=19 => ((b & c) | (!b & d), 0x5A82_7999),
            20..=39 => (b ^ c ^ d, 0x6ED9_EBA1),
            40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC),
            _ => (b ^ c ^ d, 0xCA62_C1D6),
        };
        let temp = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(wt);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = temp;
    }
    for (s, v) in state.iter_mut().zip([a, b, c, d, e]) {
        *s = s.wrapping_add(v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn fips_180_vectors() {
        let cases: [(&[u8], &str); 4] = [
            (b"", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
            (b"abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
            (
                b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
            ),
            (
                b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                "a49b2446a02c645bf419f995b67091253a04a259",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(hex(&sha1(&[input])), expected, "{input:?}");
        }
    }

    #[test]
    fn a_million_a() {
        let chunk = [b'a'; 1000];
        let mut h = Sha1::new();
        for _ in 0..1000 {
            h.update(&chunk);
        }
        assert_eq!(hex(&h.finish()), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
    }

    #[test]
    fn split_feeding_matches_one_piece() {
        let data: Vec<u8> = (0..=255u8).cycle().take(1000).collect();
        let whole = sha1(&[&data]);
        for cut in [0, 1, 55, 56, 63, 64, 65, 127, 128, 999, 1000] {
            let (a, b) = data.split_at(cut);
            assert_eq!(sha1(&[a, b]), whole, "cut at {cut}");
        }
        // Lengths around the padding boundary.
        for len in 50..=70 {
            let mut h = Sha1::new();
            for byte in &data[..len] {
                h.update(std::slice::from_ref(byte));
            }
            assert_eq!(h.finish(), sha1(&[&data[..len]]), "length {len}");
        }
    }
}
