#![no_main]
//! Decoding: any bytes give text, and the declared-charset and size-limit
//! paths hold up too.
use cti_extract::decode::{self, Decoder};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let d = decode::decode(data);
    assert!(d.info.malformed <= data.len());
    // The first byte picks a declared charset, the rest is decoded with it.
    if let Some((&first, rest)) = data.split_first() {
        const LABELS: [&str; 8] = [
            "windows-1252",
            "windows-1251",
            "koi8-r",
            "utf-16le",
            "utf-16be",
            "shift_jis",
            "gb18030",
            "klingon",
        ];
        let label = LABELS[usize::from(first) % LABELS.len()];
        let decoder = Decoder::new()
            .declared(label)
            .markup(first & 0x10 != 0)
            .detect(first & 0x20 != 0)
            .max_size(usize::from(first) * 4);
        let _ = decoder.try_decode(rest);
        let _ = decoder.decode(rest);
    }
});
