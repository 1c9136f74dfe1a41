//! Input handling shared by the example binaries (DESIGN.md's JSON-lines
//! convention): files and directories as arguments, or `--jsonl` on stdin.

#![allow(dead_code)]

use std::io::{self, BufRead};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many inputs could not be read or processed in this run.
static FAILURES: AtomicUsize = AtomicUsize::new(0);

/// Prints `message` on stderr and counts an input that could not be read or
/// processed; [`finish`] then ends the run with status 1.
pub fn fail(message: &str) {
    eprintln!("{message}");
    FAILURES.fetch_add(1, Ordering::Relaxed);
}

/// Ends the run: when some input could not be read or processed (every other
/// input was), says how many on stderr and exits with status 1.
pub fn finish() {
    let failures = FAILURES.load(Ordering::Relaxed);
    if failures > 0 {
        eprintln!("{failures} input(s) could not be processed");
        std::process::exit(1);
    }
}

/// Writes one line on stdout. When the reader has gone away (a closed pipe,
/// as in `evaluate --list data/fresh | head`), the run ends quietly with
/// status 0 instead of panicking; any other write error ends it with status 1.
pub fn emit(line: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = io::stdout().lock();
    exit_on_write_error(out.write_fmt(line).and_then(|()| out.write_all(b"\n")));
}

/// Ends the run when writing the output failed: quietly with status 0 when
/// the reader has gone away (a closed pipe), else with the error on stderr
/// and status 1.
pub fn exit_on_write_error(result: io::Result<()>) {
    if let Err(e) = result {
        if e.kind() == io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("cannot write output: {e}");
        std::process::exit(1);
    }
}

/// `println!` for the example binaries, through [`emit`]: a closed pipe ends
/// the run quietly instead of panicking.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::common::emit(format_args!($($arg)*))
    };
}
pub(crate) use outln;

/// One input: an id (a file's path, or the `id` of a JSON line) and its bytes.
pub struct Input {
    /// The id to echo in the output.
    pub id: serde_json::Value,
    /// The raw bytes.
    pub bytes: Vec<u8>,
}

impl Input {
    /// The id as display text.
    pub fn id_text(&self) -> String {
        match &self.id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
}

/// Expands the arguments into the list of files to read: files as given,
/// directories walked recursively in sorted order. Hidden files and
/// documentation (README*, *.md) found while walking are skipped with a
/// message on stderr.
pub fn collect_files(args: &[String]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for arg in args {
        let path = PathBuf::from(arg);
        if path.is_dir() {
            walk(&path, &mut files);
        } else {
            files.push(path);
        }
    }
    files
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            fail(&format!("{}: cannot read directory: {e}", dir.display()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, files);
        } else if name.starts_with("README") || name.ends_with(".md") {
            eprintln!(
                "{}: skipped (documentation, not an article)",
                path.display()
            );
        } else {
            files.push(path);
        }
    }
}

/// Reads each file, calling `f` with the input; unreadable files get a
/// message on stderr, are skipped, and count as failed ([`fail`]).
pub fn for_each_file(files: &[PathBuf], mut f: impl FnMut(Input)) {
    for path in files {
        match std::fs::read(path) {
            Ok(bytes) => f(Input {
                id: serde_json::Value::String(path.display().to_string()),
                bytes,
            }),
            Err(e) => fail(&format!("{}: cannot read: {e}", path.display())),
        }
    }
}

/// Reads JSON lines `{"id": ..., "text": ...}` from stdin, calling `f` for
/// each; malformed lines get a message on stderr naming the line number and
/// count as failed ([`fail`]).
pub fn for_each_jsonl(mut f: impl FnMut(Input)) {
    let stdin = io::stdin();
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = match line {
            Ok(line) => line,
            Err(e) => {
                fail(&format!("stdin line {}: cannot read: {e}", n + 1));
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                fail(&format!("stdin line {}: not JSON: {e}", n + 1));
                continue;
            }
        };
        let Some(text) = value.get("text").and_then(|t| t.as_str()) else {
            fail(&format!("stdin line {}: no \"text\" string", n + 1));
            continue;
        };
        let id = value
            .get("id")
            .cloned()
            .unwrap_or(serde_json::Value::from(n + 1));
        f(Input {
            id,
            bytes: text.as_bytes().to_vec(),
        });
    }
}

/// Splits the arguments into flags (starting with `--`) and operands.
pub fn split_args() -> (Vec<String>, Vec<String>) {
    std::env::args().skip(1).partition(|a| a.starts_with("--"))
}

/// Runs `f` on every input: JSON lines from stdin with `--jsonl`, else the
/// files and directories named by `operands`.
pub fn for_each_input(jsonl: bool, operands: &[String], f: impl FnMut(Input)) {
    if jsonl {
        for_each_jsonl(f);
    } else {
        let files = collect_files(operands);
        for_each_file(&files, f);
    }
}
