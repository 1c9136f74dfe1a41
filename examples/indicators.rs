//! Prints the indicators of compromise found in files, as JSON lines.
//!
//! ```text
//! cargo run --release --example indicators -- FILE_OR_DIR...
//! cargo run --release --example indicators -- --jsonl < articles.jsonl
//! ```
//!
//! With paths, directories are walked recursively in sorted order, each file
//! is decoded with `cti_extract::decode::decode`, and one line
//! `{"id": PATH, "iocs": {...}}` is printed per file. With `--jsonl`, each
//! input line `{"id": ..., "text": ...}` gives one output line
//! `{"id": ..., "iocs": {...}}` with the same id. `iocs` has the keys cve,
//! ipv4, ipv6, domain, url, email, md5, sha1, sha256, sha512 and
//! attack_technique, each a list of refanged values in order of appearance.
//!
//! A file that cannot be read, or an input line that is not JSON, is
//! reported on stderr and skipped; a line without a `text` string is
//! reported and answered with empty `iocs`. The exit status is then 1.

use std::io::{self, BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cti_extract::ioc::{extract, Indicators};
use serde::Serialize;

#[derive(Serialize)]
struct Line<'a> {
    id: &'a serde_json::Value,
    iocs: Indicators,
}

fn iocs(text: &str) -> Indicators {
    Indicators::from(extract(text).as_slice())
}

fn write_line(out: &mut impl Write, id: &serde_json::Value, text: &str) -> io::Result<()> {
    let line = Line {
        id,
        iocs: iocs(text),
    };
    // `io::Error::from` keeps the kind of a write error (a closed pipe).
    serde_json::to_writer(&mut *out, &line).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

/// Collects the files under `path` (itself if it is a file), sorted.
/// Symbolic links to directories below the top are not followed, so a link
/// loop cannot make the walk endless.
fn collect(path: &Path, files: &mut Vec<PathBuf>, failed: &mut bool) {
    if !path.is_dir() {
        files.push(path.to_path_buf());
        return;
    }
    let entries = match std::fs::read_dir(path) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("indicators: {}: {e}", path.display());
            *failed = true;
            return;
        }
    };
    let mut children: Vec<(PathBuf, bool)> = entries
        .filter_map(|e| e.ok())
        .map(|e| {
            let linked_dir = e.file_type().is_ok_and(|t| t.is_symlink()) && e.path().is_dir();
            (e.path(), linked_dir)
        })
        .collect();
    children.sort();
    for (child, linked_dir) in children {
        if !linked_dir {
            collect(&child, files, failed);
        }
    }
}

fn run_paths(paths: &[String], out: &mut impl Write) -> io::Result<bool> {
    let mut failed = false;
    let mut files = Vec::new();
    for p in paths {
        collect(Path::new(p), &mut files, &mut failed);
    }
    for file in files {
        match std::fs::read(&file) {
            Ok(bytes) => {
                let decoded = cti_extract::decode::decode(&bytes);
                let id = serde_json::Value::String(file.display().to_string());
                write_line(out, &id, &decoded.text)?;
            }
            Err(e) => {
                eprintln!("indicators: {}: {e}", file.display());
                failed = true;
            }
        }
    }
    Ok(failed)
}

fn run_jsonl(out: &mut impl Write) -> io::Result<bool> {
    let mut failed = false;
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut buf = Vec::new();
    let mut n = 0;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        n += 1;
        let line = cti_extract::decode::decode(&buf);
        if line.text.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = match serde_json::from_str(&line.text) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("indicators: stdin line {n}: invalid JSON: {e}");
                failed = true;
                continue;
            }
        };
        let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
        // A line without a text still gets its output line, so that outputs
        // stay aligned with inputs.
        let text = value
            .get("text")
            .and_then(|t| t.as_str())
            .unwrap_or_else(|| {
                eprintln!("indicators: stdin line {n}: no \"text\" string");
                failed = true;
                ""
            });
        write_line(out, &id, text)?;
    }
    Ok(failed)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("usage: indicators FILE_OR_DIR... | indicators --jsonl < lines.jsonl");
        return ExitCode::from(2);
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if args.iter().any(|a| a == "--jsonl") {
        run_jsonl(&mut out)
    } else {
        run_paths(&args, &mut out)
    };
    match result.and_then(|failed| out.flush().map(|()| failed)) {
        Ok(false) => ExitCode::SUCCESS,
        Ok(true) => ExitCode::from(1),
        // A closed pipe (`indicators ... | head`) is the reader's choice.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("indicators: {e}");
            ExitCode::from(1)
        }
    }
}
