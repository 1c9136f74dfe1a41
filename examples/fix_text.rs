//! A stdin-to-stdout filter: decodes bytes and repairs mojibake.
//!
//! ```text
//! cargo run --release --example fix_text < article.txt
//! cargo run --release --example fix_text -- --explain < article.txt
//! cargo run --release --example fix_text -- --jsonl < lines.jsonl
//! ```
//!
//! With `--jsonl`, each input line is `{"id": ..., "text": ...}` and each
//! output line is `{"id": ..., "fixed": ...}` (plus `"steps"` with
//! `--explain`). Options: `--uncurl-quotes`, `--fix-width`,
//! `--fix-line-breaks`, `--remove-control-chars`, `--ftfy` (all of ftfy's
//! default fixes), `--encoding LABEL` (the declared charset of the input).

mod common;
use common::outln;

use std::io::{self, BufRead, Read, Write};

use cti_extract::decode::Decoder;
use cti_extract::repair::RepairOptions;

fn main() {
    if let Err(e) = run() {
        // A closed pipe (`fix_text ... | head`) is the reader's choice.
        if e.downcast_ref::<io::Error>()
            .is_some_and(|io_error| io_error.kind() == io::ErrorKind::BrokenPipe)
        {
            return;
        }
        eprintln!("fix_text: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut jsonl = false;
    let mut explain = false;
    let mut opts = RepairOptions::new();
    let mut decoder = Decoder::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--jsonl" => jsonl = true,
            "--explain" => explain = true,
            "--uncurl-quotes" => opts = opts.uncurl_quotes(true),
            "--fix-width" => opts = opts.fix_character_width(true),
            "--fix-line-breaks" => opts = opts.fix_line_breaks(true),
            "--remove-control-chars" => opts = opts.remove_control_chars(true),
            "--ftfy" => opts = RepairOptions::ftfy_defaults(),
            "--encoding" => {
                let label = args.next().ok_or("--encoding needs a label")?;
                decoder = decoder.declared(&label);
            }
            "-h" | "--help" => {
                outln!("usage: fix_text [--jsonl] [--explain] [--uncurl-quotes] [--fix-width] [--fix-line-breaks] [--remove-control-chars] [--ftfy] [--encoding LABEL] < input");
                return Ok(());
            }
            other => return Err(format!("unknown argument {other:?}").into()),
        }
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if jsonl {
        for line in io::stdin().lock().lines() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(&line)?;
            let id = v.get("id").cloned().unwrap_or(serde_json::Value::Null);
            let text = v.get("text").and_then(|t| t.as_str()).unwrap_or_default();
            let repaired = opts.fix_and_explain(text);
            let mut obj = serde_json::json!({ "id": id, "fixed": repaired.text });
            if explain {
                obj["steps"] = serde_json::to_value(&repaired.steps)?;
            }
            serde_json::to_writer(&mut out, &obj)?;
            out.write_all(b"\n")?;
        }
    } else {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes)?;
        let decoded = decoder.decode(&bytes);
        if explain {
            eprintln!(
                "decoded as {} ({:?}; bom: {}, malformed: {} sequences, {} bytes)",
                decoded.info.encoding,
                decoded.info.source,
                decoded.info.bom,
                decoded.info.malformed,
                decoded.info.malformed_bytes
            );
        }
        let repaired = opts.fix_and_explain(&decoded.text);
        if explain {
            for s in &repaired.steps {
                eprintln!(
                    "{:?} {}..{} {:?} -> {:?}{}",
                    s.kind,
                    s.span.start,
                    s.span.end,
                    s.original,
                    s.replacement,
                    s.encoding.map(|e| format!(" ({e})")).unwrap_or_default()
                );
            }
        }
        out.write_all(repaired.text.as_bytes())?;
    }
    out.flush()?;
    Ok(())
}
