#![no_main]
//! The whole pipeline: never panics, every span of the report slices the
//! report's text, and the report's JSON parses back.
use cti_extract::Extractor;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(report) = Extractor::shared().extract(data) else {
        return;
    };
    let text = &report.text;
    for m in &report.mentions {
        assert_eq!(m.span.slice(text), Some(m.text.as_str()), "mention {m:?}");
    }
    for i in &report.indicators {
        assert!(i.span.slice(text).is_some(), "indicator {i:?}");
    }
    for r in &report.regions {
        assert!(r.span.slice(text).is_some(), "region {r:?}");
    }
    for e in &report.evidence {
        if let Some(span) = e.span {
            assert!(span.slice(text).is_some(), "evidence {e:?}");
        }
    }
    for d in &report.discovered_aliases {
        assert!(d.span.slice(text).is_some(), "discovered alias {d:?}");
    }
    for n in &report.introduced_actors {
        assert!(n.span.slice(text).is_some(), "introduced name {n:?}");
    }
    for a in &report.actors {
        for m in &a.mentions {
            assert_eq!(
                text.get(m.start..m.end),
                Some(m.text.as_str()),
                "actor mention {m:?}"
            );
        }
    }
    let json = serde_json::to_string(&report).expect("report serialises");
    let value: serde_json::Value = serde_json::from_str(&json).expect("report JSON parses back");
    assert!(value.is_object());
});
