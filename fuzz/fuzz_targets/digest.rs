#![no_main]
//! Digest: parse never panics, regions slice the text, and render/parse
//! reaches a fixed point: parse(render(parse(t))) == parse(t).
use cti_extract::digest::{self, Digest};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (d, regions) = digest::parse_with_regions(text);
    for r in &regions {
        assert!(r.span.slice(text).is_some(), "region {r:?} out of bounds");
    }
    let rendered = d.render();
    let again = Digest::parse(&rendered);
    assert_eq!(again.render(), rendered, "render is not a fixed point");
    let _ = d.classification_block();
});
