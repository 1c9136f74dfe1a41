//! The main job: read articles, print their classification.
//!
//! ```text
//! cargo run --release --example classify -- data/samples            # Classification blocks
//! cargo run --release --example classify -- --json data/samples     # one JSON report per line
//! echo '{"id":1,"text":"..."}' | cargo run --example classify -- --jsonl
//! ```
//!
//! Options: `--json` (whole report as JSON lines), `--jsonl` (read
//! `{"id","text"}` lines on stdin, write JSON lines), `--compare` (also show
//! the item's own Classification block and which fields differ), `--text`
//! (include the decoded text in JSON output), `--stix` (a STIX 2.1 bundle per
//! article as a JSON line `{"id", "bundle"}`; `--created TIME` sets its
//! timestamps, default now), `--help`.

mod common;
use common::outln;

use std::io::Write;

use cti_extract::stix::StixOptions;
use cti_extract::{Extractor, Indicators, Report};

const USAGE: &str = "usage: classify [--json | --stix [--created TIME]] [--compare] [--text] FILE|DIR...\n       classify --jsonl [--text] < lines.jsonl";

fn main() {
    let mut args = std::env::args().skip(1);
    let mut operands = Vec::new();
    let mut created: Option<String> = None;
    let mut json = false;
    let mut jsonl = false;
    let mut with_text = false;
    let mut compare = false;
    let mut stix = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--stix" => stix = true,
            "--json" => json = true,
            "--compare" => compare = true,
            "--jsonl" => jsonl = true,
            "--text" => with_text = true,
            "--created" => match args.next() {
                Some(time) => created = Some(time),
                None => {
                    eprintln!("--created needs a time\n{USAGE}");
                    std::process::exit(2);
                }
            },
            "--help" => {
                outln!("{USAGE}");
                return;
            }
            flag if flag.starts_with("--") => match flag.strip_prefix("--created=") {
                Some(time) => created = Some(time.to_string()),
                None => {
                    eprintln!("unknown option {flag}\n{USAGE}");
                    std::process::exit(2);
                }
            },
            _ => operands.push(arg),
        }
    }
    if !jsonl && operands.is_empty() {
        eprintln!("{USAGE}");
        std::process::exit(2);
    }
    let stix_options = match created.as_deref().map(StixOptions::new) {
        Some(Ok(o)) => o,
        Some(Err(e)) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
        None => StixOptions::now(),
    };
    let extractor = Extractor::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut handle = |input: common::Input| {
        let result = extractor.extract(&input.bytes);
        let written = match result {
            Ok(report) if stix => {
                let bundle = report.to_stix(extractor.gazetteer(), &stix_options);
                let line = serde_json::json!({"id": input.id, "bundle": bundle});
                writeln!(out, "{line}")
            }
            Ok(report) if json || jsonl => {
                writeln!(out, "{}", report_json(&input.id, &report, with_text))
            }
            Ok(report) => writeln!(out, "{}", report_text(&input.id_text(), &report, compare)),
            Err(e) => {
                common::fail(&format!("{}: {e}", input.id_text()));
                if json || jsonl {
                    let line = serde_json::json!({"id": input.id, "error": e.to_string()});
                    writeln!(out, "{line}")
                } else {
                    Ok(())
                }
            }
        };
        common::exit_on_write_error(written);
    };
    common::for_each_input(jsonl, &operands, &mut handle);
    common::exit_on_write_error(out.flush());
    common::finish();
}

/// The default output: the computed Classification block under a header
/// line; with `--compare`, the item's own block and the differing fields.
fn report_text(id: &str, report: &Report, compare: bool) -> String {
    let mut s = format!("== {id}\n");
    if report.decoding.malformed > 0 {
        s.push_str(&format!(
            "(decoded as {} with {} malformed byte sequence(s) replaced)\n",
            report.decoding.encoding, report.decoding.malformed
        ));
    }
    s.push_str(&report.classification.to_block());
    s.push('\n');
    if compare {
        match report.digest.classification_block() {
            Some(block) => {
                s.push_str("# the item's own block\n");
                s.push_str(&block);
                s.push('\n');
                let differing: Vec<&str> = report
                    .classification
                    .fields()
                    .iter()
                    .filter(|(name, value)| {
                        report.digest.field(name).map(str::trim) != Some(value.trim())
                    })
                    .map(|(name, _)| *name)
                    .collect();
                if differing.is_empty() {
                    s.push_str("# all fields agree\n");
                } else {
                    s.push_str(&format!("# differing: {}\n", differing.join(", ")));
                }
            }
            None => s.push_str("# the item has no Classification block to compare\n"),
        }
    }
    s
}

/// The whole report as one JSON line, with the input's id.
fn report_json(id: &serde_json::Value, report: &Report, with_text: bool) -> String {
    let mut value = serde_json::to_value(report)
        .unwrap_or_else(|e| serde_json::json!({"error": format!("cannot serialise report: {e}")}));
    if let Some(map) = value.as_object_mut() {
        if !with_text {
            map.remove("text");
        }
        map.insert("id".to_string(), id.clone());
        // DESIGN.md's contract: indicators grouped by type, evidence by field;
        // the detailed lists stay under their own names.
        if let Some(list) = map.remove("indicators") {
            let grouped = serde_json::to_value(Indicators::from(report.indicators.as_slice()))
                .unwrap_or_default();
            map.insert("indicators".to_string(), grouped);
            map.insert("indicator_details".to_string(), list);
        }
        if let Some(list) = map.remove("evidence") {
            let mut by_field = serde_json::Map::new();
            for item in list.as_array().into_iter().flatten() {
                let field = item["field"].as_str().unwrap_or("other").to_string();
                let entry = by_field
                    .entry(field)
                    .or_insert_with(|| serde_json::Value::Array(Vec::new()));
                if let Some(items) = entry.as_array_mut() {
                    items.push(item.clone());
                }
            }
            map.insert("evidence".to_string(), serde_json::Value::Object(by_field));
        }
    }
    value.to_string()
}
