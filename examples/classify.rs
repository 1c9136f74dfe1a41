//! The main job: read articles, print their classification.
//!
//! ```text
//! cargo run --release --example classify -- data/samples            # Classification blocks
//! cargo run --release --example classify -- --json data/samples     # one JSON report per line
//! echo '{"id":1,"text":"..."}' | cargo run --example classify -- --jsonl
//! ```
//!
//! Options: `--json` (whole report as JSON lines), `--jsonl` (read
//! `{"id","text"}` lines on stdin, write JSON lines), `--text` (include the
//! decoded text in JSON output), `--help`.

mod common;

use std::io::Write;

use cti_extract::{Extractor, Report};

const USAGE: &str =
    "usage: classify [--json] [--text] FILE|DIR...\n       classify --jsonl [--text] < lines.jsonl";

fn main() {
    let (flags, operands) = common::split_args();
    let mut json = false;
    let mut jsonl = false;
    let mut with_text = false;
    for flag in &flags {
        match flag.as_str() {
            "--json" => json = true,
            "--jsonl" => jsonl = true,
            "--text" => with_text = true,
            "--help" => {
                println!("{USAGE}");
                return;
            }
            other => {
                eprintln!("unknown option {other}\n{USAGE}");
                std::process::exit(2);
            }
        }
    }
    if !jsonl && operands.is_empty() {
        eprintln!("{USAGE}");
        std::process::exit(2);
    }
    let extractor = Extractor::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failures = 0usize;
    let mut handle = |input: common::Input| {
        let result = extractor.extract(&input.bytes);
        let written = match result {
            Ok(report) if json || jsonl => {
                writeln!(out, "{}", report_json(&input.id, &report, with_text))
            }
            Ok(report) => writeln!(out, "{}", report_text(&input.id_text(), &report)),
            Err(e) => {
                failures += 1;
                eprintln!("{}: {e}", input.id_text());
                if json || jsonl {
                    let line = serde_json::json!({"id": input.id, "error": e.to_string()});
                    writeln!(out, "{line}")
                } else {
                    Ok(())
                }
            }
        };
        if let Err(e) = written {
            eprintln!("cannot write output: {e}");
            std::process::exit(1);
        }
    };
    if jsonl {
        common::for_each_jsonl(&mut handle);
    } else {
        let files = common::collect_files(&operands);
        common::for_each_file(&files, &mut handle);
    }
    let _ = out.flush();
    if failures > 0 {
        eprintln!("{failures} input(s) could not be processed");
    }
}

/// The default output: the item's Classification block under a header line.
fn report_text(id: &str, report: &Report) -> String {
    let mut s = format!("== {id}\n");
    if report.decoding.malformed > 0 {
        s.push_str(&format!(
            "(decoded as {} with {} malformed byte sequence(s) replaced)\n",
            report.decoding.encoding, report.decoding.malformed
        ));
    }
    match report.digest.classification_block() {
        Some(block) => {
            s.push_str("# the item's own block\n");
            s.push_str(&block);
            s.push('\n');
        }
        None => s.push_str("# the item has no Classification block\n"),
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
    }
    value.to_string()
}
