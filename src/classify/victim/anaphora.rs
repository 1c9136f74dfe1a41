//! Definite descriptions: "the bureau", "the bank" written after an
//! organisation whose name holds that word ("the Australian Bureau of
//! Statistics") stand for it, and the role cues around them count for it
//! ("the bank was breached").

use std::sync::LazyLock;

use super::cues::{role_scores, RoleCues};
use super::Victim;
use crate::classify::Context;
use crate::fast_hash::FastMap;
use crate::report::Span;

/// Head words that news repeats with "the" for an organisation named
/// before: words of its name, not a kind any company is ("the company",
/// "the firm" could be any of the article's companies).
const HEADS: &[&str] = &[
    "agency",
    "authority",
    "bank",
    "bureau",
    "college",
    "commission",
    "council",
    "hospital",
    "ministry",
    "parliament",
    "university",
];

/// Adds the victim cues of each definite description to the one victim
/// named before it whose name holds the description's head word; a
/// description that two names could take counts for neither.
pub(super) fn credit_definite(
    ctx: &Context<'_>,
    cues: &RoleCues,
    by_name: &mut FastMap<&str, Victim>,
) {
    static THE: LazyLock<u64> = LazyLock::new(|| crate::text::key_of("the"));
    static HEAD_KEYS: LazyLock<Vec<u64>> =
        LazyLock::new(|| HEADS.iter().map(|h| crate::text::key_of(h)).collect());
    // Per head word, the names that hold it, by where each is first named:
    // one look-up per description, however many names the text has.
    let mut named: Vec<Vec<(usize, &str)>> = vec![Vec::new(); HEADS.len()];
    for (&name, v) in by_name.iter() {
        for word in name.split(' ') {
            if let Some(h) = HEADS.iter().position(|h| h.eq_ignore_ascii_case(word)) {
                if let Some(list) = named.get_mut(h) {
                    list.push((v.first.end, name));
                }
            }
        }
    }
    if named.iter().all(Vec::is_empty) {
        return;
    }
    for list in &mut named {
        list.sort_unstable();
        list.dedup();
    }
    let toks = ctx.doc.tokens();
    for pair in toks.windows(2) {
        let [the, head] = pair else {
            continue;
        };
        if the.key != *THE || head.shape.has_upper {
            continue;
        }
        let Some(list) = HEAD_KEYS
            .iter()
            .position(|&k| k == head.key)
            .and_then(|h| named.get(h))
        else {
            continue;
        };
        // Exactly one name holding the word before the description.
        let before = list.partition_point(|&(end, _)| end <= the.span.start);
        let (1, Some(&(_, name))) = (before, list.first()) else {
            continue;
        };
        let Some(sentence) = ctx.sentence_span(the.span.start) else {
            continue;
        };
        let span = Span::new(the.span.start, head.span.end);
        let (victim, _) = role_scores(ctx, cues, sentence, span);
        if victim == 0.0 {
            continue;
        }
        if let Some(v) = by_name.get_mut(name) {
            v.victim += victim * ctx.weight_at(span.start);
        }
    }
}
