#![no_main]
//! Repair: never panics, every step's span slices the input, and repair is
//! idempotent on its own output.
use cti_extract::repair::{fix_and_explain, fix_text, RepairOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let fixed = fix_text(text);
    let explained = fix_and_explain(text);
    assert_eq!(
        fixed, explained.text,
        "fix_text and fix_and_explain disagree"
    );
    for step in &explained.steps {
        assert!(
            step.span.slice(text).is_some(),
            "step span {:?} not on char boundaries of the input",
            step.span
        );
    }
    let _ = RepairOptions::ftfy_defaults().fix_and_explain(text);
});
