#![no_main]
//! Indicators: never panic, every span slices the text, refang/defang of
//! each value never panics.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for i in cti_extract::ioc::extract(text) {
        assert!(
            i.span.slice(text).is_some(),
            "indicator span {:?} out of bounds",
            i.span
        );
        let _ = i.defanged_value();
    }
});
