//! Corporate structure: the parent organisation the text names for a
//! victim, and the unit of it that was hit.

use crate::classify::{lexicon, Context};
use std::sync::LazyLock;

use super::place::is_place;
use super::words::{is_stop_word, strip_corporate_suffix, words_after};

/// A capitalised name of up to four words.
const NAME: &str = r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}";

/// "Y's X" (Y the parent of X) and "X, a subsidiary of Y", "X, owned by Y",
/// "X, part of Y": compiled once; the child is checked against the victim.
/// Each pattern twice: with Unicode classes (names may be written in any
/// script) and with ASCII ones ([`lexicon::ascii_regex`]), which find the
/// same matches in an ASCII line with a much smaller automaton.
static PARENT_PATTERNS: LazyLock<Vec<ParentPattern>> = LazyLock::new(|| {
    let specs = [
        (
            format!(r"({NAME})(?:'s|\x{{2019}}s) (?:subsidiary |unit |division )?({NAME})"),
            2,
            1,
        ),
        (
            format!(
                r"({NAME}),(?: [^,.]{{1,60}}(?:,| and))? (?:a|the) (?:[a-z-]+ ){{0,4}}(?:subsidiary|unit|division|part|business) of ({NAME})"
            ),
            1,
            2,
        ),
        (
            format!(r"({NAME}), (?:owned|operated|acquired) by ({NAME})"),
            1,
            2,
        ),
        (format!(r"({NAME}),? (?:which is )?part of ({NAME})"), 1, 2),
    ];
    specs
        .into_iter()
        // The lines are searched only when they hold the name and a hint
        // word.
        .filter_map(|(p, child, parent)| {
            Some(ParentPattern {
                unicode: regex::Regex::new(&p).ok()?,
                ascii: lexicon::ascii_regex(&p)?,
                child,
                parent,
            })
        })
        .collect()
});

/// A pattern of [`PARENT_PATTERNS`] and the groups of the child and the
/// parent.
struct ParentPattern {
    unicode: regex::Regex,
    ascii: regex::Regex,
    child: usize,
    parent: usize,
}

/// The parent organisation the text names for `name`.
pub(super) fn parent_of(ctx: &Context<'_>, name: &str) -> Option<String> {
    // The words each pattern needs, checked before the pattern runs.
    const HINTS: [&[&str]; 4] = [
        &["'s ", "\u{2019}s "],
        &[
            "subsidiary of",
            "unit of",
            "division of",
            "part of",
            "business of",
        ],
        &["owned by", "operated by", "acquired by"],
        &["part of"],
    ];
    // Cheap checks first: the lines that hold the name, then a word of
    // the pattern.
    let lines: Vec<&str> = ctx
        .body
        .iter()
        .chain(ctx.references)
        .filter_map(|span| span.slice(ctx.text))
        .filter(|line| line.contains(name))
        .collect();
    for (i, pattern) in PARENT_PATTERNS.iter().enumerate() {
        let (child, parent) = (&pattern.child, &pattern.parent);
        let hints = HINTS.get(i).copied().unwrap_or_default();
        for &line in &lines {
            if !hints.iter().any(|h| line.contains(h)) {
                continue;
            }
            let re = if line.is_ascii() {
                &pattern.ascii
            } else {
                &pattern.unicode
            };
            // The fast engine finds the matches; the groups are read only
            // for those that hold the name (the child must end with it).
            for found in re.find_iter(line) {
                if !found.as_str().contains(name) {
                    continue;
                }
                let Some(caps) = re.captures_at(line, found.start()) else {
                    continue;
                };
                let (Some(c), Some(p)) = (caps.get(*child), caps.get(*parent)) else {
                    continue;
                };
                // "Singapore Telecommunications (Singtel)": the short form
                // the article goes on to use.
                let short = line
                    .get(p.end()..)
                    .and_then(|rest| rest.strip_prefix(" ("))
                    .and_then(|rest| rest.split_once(')'))
                    .map(|(inner, _)| inner)
                    .filter(|inner| {
                        !inner.is_empty()
                            && inner.len() < 20
                            && inner.chars().next().is_some_and(char::is_uppercase)
                    });
                let (c, p) = (c.as_str().trim(), short.unwrap_or(p.as_str()).trim());
                // "Norway's Visma": a country's possessive places the
                // company; it owns nothing.
                if c.ends_with(name) && p != name && !is_stop_word(p) && !is_place(ctx, p) {
                    return Some(p.to_string());
                }
            }
        }
    }
    None
}

/// "Live Nation Entertainment, the parent company of Ticketmaster", "Globex,
/// which owns Initech": the parent named before `name`, up to four
/// capitalised words.
pub(super) fn parent_named_before(ctx: &Context<'_>, name: &str) -> Option<String> {
    /// Bounded work on hostile input.
    const MAX_HITS: usize = 16;
    // Two scans of the text: "parent" (then the words around it) and
    // ", which owns ".
    let parents = memchr::memmem::find_iter(ctx.text.as_bytes(), " parent ")
        .take(MAX_HITS)
        .filter_map(|at| {
            let before = ctx.text.get(..at)?;
            let after = ctx.text.get(at + " parent ".len()..)?;
            let head = before
                .strip_suffix(", the")
                .or_else(|| before.strip_suffix(","))?;
            let tail = after
                .strip_prefix("company of ")
                .or_else(|| after.strip_prefix("of "))?;
            Some((head.len(), tail))
        });
    const OWNS: &str = ", which owns ";
    let owners = memchr::memmem::find_iter(ctx.text.as_bytes(), OWNS)
        .take(MAX_HITS)
        .filter_map(|at| Some((at, ctx.text.get(at + OWNS.len()..)?)));
    for (comma, after) in parents.chain(owners) {
        let whole = after
            .strip_prefix(name)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()));
        if !whole {
            continue;
        }
        let before = ctx.before(comma, 80);
        let words: Vec<&str> = before
            .rsplit(char::is_whitespace)
            .take_while(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars().all(|c| c.is_alphanumeric() || "&-.'".contains(c))
                    && !is_stop_word(w)
            })
            .take(4)
            .collect();
        if words.is_empty() {
            continue;
        }
        let parent: Vec<&str> = words.into_iter().rev().collect();
        let parent = parent.join(" ");
        if parent != name {
            return Some(strip_corporate_suffix(&parent).to_string());
        }
    }
    None
}

/// "The subsidiary concerned was Toyota Boshoku Europe": the longer name,
/// the victim's own name and one more capitalised word, that a sentence
/// about a subsidiary, unit or branch writes.
pub(super) fn subsidiary_named(ctx: &Context<'_>, name: &str) -> Option<String> {
    const UNITS: &[&str] = &["subsidiary", "subsidiaries", "unit", "branch", "division"];
    // Most articles never write one of the words: one search of the text
    // each ("subsidiar" covers both forms) before reading sentences.
    let unit_written = ["subsidiar", "unit", "branch", "division", " arm "]
        .iter()
        .any(|w| memchr::memmem::find(ctx.text.as_bytes(), w.as_bytes()).is_some());
    if !unit_written || !ctx.text.contains(name) {
        return None;
    }
    let unit_word = |w: &str| {
        w.len() >= 2
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_alphanumeric())
            && !is_stop_word(w)
            && strip_corporate_suffix(&format!("x {w}")) == format!("x {w}")
    };
    // The name and up to three capitalised words after it ("Transnet Port
    // Terminals").
    let unit_after = |text: &str| {
        words_after(text, name).find_map(|next| {
            let first = format!("{name} {next}");
            let at = text.find(&first)?;
            if !unit_word(next) {
                return None;
            }
            let rest = text.get(at + first.len()..).unwrap_or_default();
            let more: Vec<&str> = rest
                .strip_prefix(' ')
                .unwrap_or_default()
                .split(' ')
                .take(2)
                .take_while(|w| unit_word(w))
                .collect();
            Some(if rest.starts_with(' ') && !more.is_empty() {
                format!("{first} {}", more.join(" "))
            } else {
                first
            })
        })
    };
    // Whether a sentence that names the company speaks of one of its units
    // ("The Dutch arm of the French cinema group Pathé").
    let mut unit_spoken_of = false;
    for sentence in ctx.sentences() {
        let Some(text) = sentence.slice(ctx.text) else {
            continue;
        };
        if !text.contains(name) {
            continue;
        }
        let speaks_of_unit = text
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| UNITS.contains(&w) || w == "arm");
        if !speaks_of_unit {
            continue;
        }
        unit_spoken_of = true;
        if let Some(unit) = unit_after(text) {
            return Some(unit);
        }
    }
    // The unit named in another sentence ("the finance director of Pathé
    // Nederland"), the first the body writes.
    if !unit_spoken_of {
        return None;
    }
    ctx.body
        .iter()
        .filter_map(|s| s.slice(ctx.text))
        .filter(|text| text.contains(name))
        .find_map(unit_after)
}
