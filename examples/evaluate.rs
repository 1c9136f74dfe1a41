//! Evaluates classification against hand-filled Classification blocks.
//!
//! ```text
//! cargo run --release --example evaluate -- data/samples            # the development set
//! cargo run --release --example evaluate -- data/holdout            # the held-out set
//! cargo run --release --example evaluate -- --list data/samples     # every disagreement
//! ```
//!
//! The expected block is the item's own Classification block, or, for an item
//! without one, `data/expected/<file name>`. The library reads only the body
//! and references, never the block. Metrics per field: exact match (Attacker,
//! Type, Severity), token F1 (Company, Target, Product, Feature), set F1
//! (HashTags); all are shown for every field. A last line splits the Attacker
//! misses: those where both names are names of one actor or one malware
//! family in the gazetteer (the label wrote "ALPHV", the library its
//! canonical "BlackCat") count as "same actor".

mod common;
use common::outln;

use std::collections::HashSet;
use std::path::Path;

use cti_extract::gazetteer::{EntityKind, Gazetteer};
use cti_extract::{Digest, Extractor};

const FIELDS: [&str; 8] = [
    "HashTags", "Company", "Target", "Attacker", "Product", "Feature", "Type", "Severity",
];

fn main() {
    let (flags, operands) = common::split_args();
    let list = flags.iter().any(|f| f == "--list");
    if operands.is_empty() {
        eprintln!("usage: evaluate [--list] DIR|FILE...");
        std::process::exit(2);
    }
    let extractor = Extractor::new();
    let files = common::collect_files(&operands);
    let mut exact = [0usize; 8];
    let mut token_f1 = [0f64; 8];
    let mut set_f1 = [0f64; 8];
    let mut n = 0usize;
    let mut same_actor = 0usize;
    common::for_each_file(&files, |input| {
        let id = input.id_text();
        let Ok(report) = extractor.extract(&input.bytes) else {
            common::fail(&format!("{id}: cannot extract"));
            return;
        };
        let expected = match report.digest.classification.as_ref() {
            Some(_) => report.digest.clone(),
            None => {
                let name = Path::new(&id)
                    .file_name()
                    .map(|f| f.to_owned())
                    .unwrap_or_default();
                let path = Path::new("data/expected").join(name);
                match std::fs::read_to_string(&path) {
                    Ok(text) => Digest::parse(&text),
                    Err(_) => {
                        eprintln!("{id}: no expected block, skipped");
                        return;
                    }
                }
            }
        };
        n += 1;
        let got = report.classification.fields();
        for (i, field) in FIELDS.iter().enumerate() {
            let want = expected.field(field).unwrap_or_default();
            let have = got[i].1.as_str();
            let same = norm(want) == norm(have);
            exact[i] += usize::from(same);
            token_f1[i] += f1(&tokens(want), &tokens(have));
            let set = |s: &str| -> HashSet<String> {
                s.split_whitespace()
                    .map(|t| t.to_ascii_lowercase())
                    .collect()
            };
            set_f1[i] += f1(&set(want), &set(have));
            if *field == "Attacker" && !same && one_actor(extractor.gazetteer(), want, have) {
                same_actor += 1;
            }
            if list && !same {
                outln!(
                    "{id}\n  {field}: expected {want:?}\n  {:width$}  got      {have:?}",
                    "",
                    width = field.len()
                );
            }
        }
    });
    if n == 0 {
        eprintln!("no items evaluated");
        std::process::exit(1);
    }
    outln!("items: {n}");
    outln!(
        "{:<10} {:>7} {:>9} {:>7}",
        "field",
        "exact",
        "token F1",
        "set F1"
    );
    for (i, field) in FIELDS.iter().enumerate() {
        outln!(
            "{:<10} {:>6.0}% {:>9.2} {:>7.2}",
            field,
            100.0 * exact[i] as f64 / n as f64,
            token_f1[i] / n as f64,
            set_f1[i] / n as f64
        );
    }
    let attacker = FIELDS.iter().position(|f| *f == "Attacker").unwrap_or(0);
    outln!(
        "Attacker exact or same actor: {:.0}% ({same_actor} misses name the same actor)",
        100.0 * (exact[attacker] + same_actor) as f64 / n as f64
    );
    common::finish();
}

/// Whether two differently written attacker names are names of one actor or
/// one malware family (a ransomware gang is often named by its ransomware) in
/// the gazetteer.
fn one_actor(gazetteer: &Gazetteer, want: &str, have: &str) -> bool {
    let actors = |name: &str| {
        gazetteer
            .lookup(name)
            .into_iter()
            .filter(|&id| {
                matches!(
                    gazetteer.entity(id).kind,
                    EntityKind::Actor | EntityKind::Software
                )
            })
            .collect::<Vec<_>>()
    };
    let wanted = actors(want);
    !wanted.is_empty() && actors(have).iter().any(|id| wanted.contains(id))
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn tokens(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// F1 of two sets; two empty sets agree fully.
fn f1(want: &HashSet<String>, have: &HashSet<String>) -> f64 {
    if want.is_empty() && have.is_empty() {
        return 1.0;
    }
    let common = want.intersection(have).count() as f64;
    if common == 0.0 {
        return 0.0;
    }
    let p = common / have.len() as f64;
    let r = common / want.len() as f64;
    2.0 * p * r / (p + r)
}
