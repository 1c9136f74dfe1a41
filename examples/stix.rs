//! Articles to STIX 2.1 bundles, one per article.
//!
//! ```text
//! cargo run --release --example stix -- data/samples                 # pretty bundles on stdout
//! cargo run --release --example stix -- --out /tmp/stix data/samples  # one FILE.json per article
//! cargo run --release --example stix -- --json data/samples           # {"id","bundle"} per line
//! echo '{"id":1,"text":"..."}' | cargo run --example stix -- --jsonl  # the same from JSON lines
//! ```
//!
//! Options: `--created TIME` (RFC 3339 UTC with at most milliseconds,
//! e.g. `2026-11-29T00:00:00.000Z`; default: now), `--out DIR` (write
//! `DIR/<name>.json` per article instead of stdout), `--json` (one JSON line
//! per article), `--jsonl` (read `{"id","text"}` lines on stdin, write
//! `{"id","bundle"}` lines), `--help`.

mod common;
use common::outln;

use std::io::Write;
use std::path::{Path, PathBuf};

use cti_extract::stix::StixOptions;
use cti_extract::Extractor;

const USAGE: &str = "usage: stix [--created TIME] [--out DIR] [--json] FILE|DIR...\n       stix [--created TIME] [--out DIR] --jsonl < lines.jsonl";

fn main() {
    let mut args = std::env::args().skip(1);
    let mut created: Option<String> = None;
    let mut out_dir: Option<PathBuf> = None;
    let mut json = false;
    let mut jsonl = false;
    let mut operands = Vec::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--created" => created = Some(value_of(&mut args, "--created")),
            "--out" => out_dir = Some(PathBuf::from(value_of(&mut args, "--out"))),
            "--json" => json = true,
            "--jsonl" => jsonl = true,
            "--help" => {
                outln!("{USAGE}");
                return;
            }
            flag if flag.starts_with("--") => {
                if let Some(v) = flag.strip_prefix("--created=") {
                    created = Some(v.to_string());
                } else if let Some(v) = flag.strip_prefix("--out=") {
                    out_dir = Some(PathBuf::from(v));
                } else {
                    fail(&format!("unknown option {flag}"));
                }
            }
            _ => operands.push(arg),
        }
    }
    if !jsonl && operands.is_empty() {
        fail("no input");
    }
    let options = match created.as_deref().map(StixOptions::new) {
        Some(Ok(options)) => options,
        Some(Err(e)) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
        None => StixOptions::now(),
    };
    if let Some(dir) = &out_dir {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("{}: cannot create directory: {e}", dir.display());
            std::process::exit(1);
        }
    }

    let extractor = Extractor::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut written_names: Vec<String> = Vec::new();
    let mut handle = |input: common::Input| {
        let id_text = input.id_text();
        let bundle = match extractor.extract(&input.bytes) {
            Ok(report) => report.to_stix(extractor.gazetteer(), &options),
            Err(e) => {
                common::fail(&format!("{id_text}: {e}"));
                if out_dir.is_none() && (json || jsonl) {
                    let line = serde_json::json!({"id": input.id, "error": e.to_string()});
                    common::exit_on_write_error(writeln!(out, "{line}"));
                }
                return;
            }
        };
        let result = if let Some(dir) = &out_dir {
            let path = dir.join(file_name(&id_text, &mut written_names));
            serde_json::to_string_pretty(&bundle)
                .map_err(|e| e.to_string())
                .and_then(|text| std::fs::write(&path, text + "\n").map_err(|e| e.to_string()))
                .map_err(|e| format!("{}: cannot write: {e}", path.display()))
        } else if json || jsonl {
            let line = serde_json::json!({"id": input.id, "bundle": bundle});
            common::exit_on_write_error(writeln!(out, "{line}"));
            Ok(())
        } else {
            serde_json::to_string_pretty(&bundle)
                .map_err(|e| e.to_string())
                .map(|text| common::exit_on_write_error(writeln!(out, "{text}")))
        };
        if let Err(e) = result {
            eprintln!("cannot write output: {e}");
            std::process::exit(1);
        }
    };
    common::for_each_input(jsonl, &operands, &mut handle);
    common::exit_on_write_error(out.flush());
    common::finish();
}

fn value_of(args: &mut impl Iterator<Item = String>, flag: &str) -> String {
    args.next()
        .unwrap_or_else(|| fail(&format!("{flag} needs a value")))
}

fn fail(message: &str) -> ! {
    eprintln!("{message}\n{USAGE}");
    std::process::exit(2);
}

/// `<stem>.json` for an input id (a path or a JSON line's id), made unique
/// among the names written so far.
fn file_name(id: &str, taken: &mut Vec<String>) -> String {
    let stem = Path::new(id)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut stem: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if stem.is_empty() || stem.starts_with('.') {
        stem.insert_str(0, "article");
    }
    let mut name = format!("{stem}.json");
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{stem}-{n}.json");
        n += 1;
    }
    taken.push(name.clone());
    name
}
