// Deterministic bench inputs, written to target/bench-inputs/ so that
// benches/peers/ftfy_bench.py measures ftfy on the same bytes. The news text
// is the English prose of the AnnoCTR corpus (86 threat reports, CC BY-SA 4.0)
// read at bench time from ../shared/corpora/annoctr when it is there (it is
// not copied into the repository), else a synthetic text built from the
// sentences in FALLBACK. (Shared by benches/repair.rs and benches/decode.rs.)
#![allow(dead_code)]

use std::path::PathBuf;

/// Where the inputs are written.
pub fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-inputs")
}

const FALLBACK: &[&str] = &[
    "The Czech government identified the People’s Republic of China as responsible for the cyber campaign.",
    "Czech authorities said the malicious activity “affected an institution designated as Czech critical infrastructure.”",
    "The group, also known as Judgement Panda, Bronze Vinewood or RedBravo, is linked to China’s Ministry of State Security.",
    "Researchers observed the loader — a DLL side-loaded by a signed binary — contacting 203.0.113.7 over HTTPS.",
    "CVE-2024-3400 was exploited in the wild… according to CISA, which added it to the KEV catalog.",
];

fn annoctr() -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpora/annoctr/annoctr-train-dev.jsonl");
    let raw = std::fs::read_to_string(path).ok()?;
    let mut out = String::new();
    for line in raw.lines() {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        out.push_str(v.get("text")?.as_str()?);
        out.push('\n');
    }
    Some(out)
}

/// About 1 MB of clean English news prose (ASCII plus curly quotes, dashes).
pub fn clean_news() -> String {
    annoctr().unwrap_or_else(|| {
        let mut s = String::new();
        let mut i = 0usize;
        while s.len() < 1_000_000 {
            s.push_str(FALLBACK[i % FALLBACK.len()]);
            s.push(if i % 7 == 6 { '\n' } else { ' ' });
            i += 1;
        }
        s
    })
}

/// Windows-1252 mojibake of `s`, with the bytes windows-1252 leaves
/// undefined dropped (as in "certaintyâ€").
pub fn mojibake(s: &str) -> String {
    s.bytes()
        .filter_map(|b| {
            let buf = [b];
            let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&buf);
            let c = decoded.chars().next()?;
            (!('\u{80}'..='\u{9f}').contains(&c)).then_some(c)
        })
        .collect()
}

/// The clean news with about 1% of its sentences turned into mojibake
/// (every 100th piece between full stops or line ends, put in curly quotes
/// so that each one has something to repair).
pub fn news_1pct() -> String {
    let clean = clean_news();
    let mut out = String::with_capacity(clean.len() + clean.len() / 50);
    for (i, sentence) in clean.split_inclusive(['.', '\n']).enumerate() {
        if i % 100 == 50 {
            let body = sentence.trim_end_matches(['.', '\n']);
            let end = sentence.get(body.len()..).unwrap_or_default();
            out.push_str(&mojibake(&format!("“{body}”")));
            out.push_str(end);
        } else {
            out.push_str(sentence);
        }
    }
    out
}

/// The clean news encoded as windows-1252 (characters it lacks become '?').
pub fn news_cp1252() -> Vec<u8> {
    let clean = clean_news();
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&clean);
    bytes.into_owned()
}

/// Writes the inputs to [`dir`] and returns them.
pub fn write_all() -> (String, String, Vec<u8>) {
    let (clean, one, cp) = (clean_news(), news_1pct(), news_cp1252());
    let d = dir();
    if std::fs::create_dir_all(&d).is_ok() {
        let _ = std::fs::write(d.join("news_clean.txt"), &clean);
        let _ = std::fs::write(d.join("news_1pct_mojibake.txt"), &one);
        let _ = std::fs::write(d.join("news_cp1252.bin"), &cp);
    }
    (clean, one, cp)
}
