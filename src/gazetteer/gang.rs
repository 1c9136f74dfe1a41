//! Whether a ransomware family stands for its gang in a text.
//!
//! News names a ransomware gang by its family ("LockBit claimed the attack",
//! "affiliates of LockBit"); a malware report names the family as the
//! program it is ("a LockBit sample", "delivers LockBit ransomware"). One
//! sense per discourse: a family is read as its gang wherever the text names
//! it (by any of its names) when the text speaks of its people at least once:
//!
//! - a word for them or their deeds right after the name, past an optional
//!   "ransomware" or possessive: "Foo operators", "the Foo ransomware gang",
//!   "Foo's affiliates", "Foo claimed", "the Foo RaaS";
//! - a word for them before it: "operators of Foo", "the people behind Foo";
//! - a list of gangs it belongs to: "ransomware groups such as Bar and Foo";
//! - a copula or apposition that calls it a gang: "Foo was not the only
//!   group", "Foo: one of the newest ransomware gangs", "Foo, a ransomware
//!   operation";
//!
//! and a family the text gives as another name of such a family ("Foo, also
//! known as Baz") is read so too.

use crate::fast_hash::FastSet;
use std::sync::LazyLock;

use regex::Regex;

use super::matcher::Mention;
use super::{EntityId, EntityKind, Gazetteer};
use crate::text::{ascii_key, Document, Token};

/// Words for a gang's people or its undertaking, right after the name.
const PEOPLE_AFTER: &[u64] = &[
    ascii_key("operator"),
    ascii_key("operators"),
    ascii_key("affiliate"),
    ascii_key("affiliates"),
    ascii_key("gang"),
    ascii_key("group"),
    ascii_key("crew"),
    ascii_key("team"),
    ascii_key("actor"),
    ascii_key("actors"),
    ascii_key("developer"),
    ascii_key("developers"),
    ascii_key("members"),
    ascii_key("operation"),
    ascii_key("cartel"),
    ascii_key("raas"),
];

/// What only people do, right after the name ("Foo claimed").
const CLAIM_VERBS: &[u64] = &[
    ascii_key("claimed"),
    ascii_key("claims"),
    ascii_key("announced"),
    ascii_key("announces"),
    ascii_key("demanded"),
    ascii_key("demands"),
    ascii_key("threatened"),
    ascii_key("threatens"),
    ascii_key("said"),
    ascii_key("says"),
    ascii_key("stated"),
];

/// People "of" a family: "operators of Foo", "an affiliate of the Foo".
const PEOPLE_OF: &[u64] = &[
    ascii_key("operator"),
    ascii_key("operators"),
    ascii_key("affiliate"),
    ascii_key("affiliates"),
    ascii_key("member"),
    ascii_key("members"),
    ascii_key("developer"),
    ascii_key("developers"),
];

/// People "behind" a family: "the gang behind Foo".
const PEOPLE_BEHIND: &[u64] = &[
    ascii_key("operator"),
    ascii_key("operators"),
    ascii_key("gang"),
    ascii_key("group"),
    ascii_key("crew"),
    ascii_key("people"),
    ascii_key("hackers"),
    ascii_key("criminals"),
    ascii_key("cybercriminals"),
    ascii_key("actor"),
    ascii_key("actors"),
];

/// Plural words for gangs that introduce a list of them ("groups such as").
const GANGS: &[u64] = &[
    ascii_key("gangs"),
    ascii_key("groups"),
    ascii_key("crews"),
    ascii_key("operators"),
    ascii_key("actors"),
    ascii_key("operations"),
    ascii_key("cartels"),
];

/// Nouns that call the family a gang in a copula or apposition.
const GANG_NOUNS: &[u64] = &[
    ascii_key("gang"),
    ascii_key("gangs"),
    ascii_key("group"),
    ascii_key("groups"),
    ascii_key("crew"),
    ascii_key("crews"),
    ascii_key("cartel"),
    ascii_key("cartels"),
    ascii_key("operation"),
    ascii_key("operations"),
    ascii_key("syndicate"),
];

/// Copulas: "Foo is ...", "Foo was ...".
const COPULAS: &[u64] = &[
    ascii_key("is"),
    ascii_key("was"),
    ascii_key("are"),
    ascii_key("were"),
    ascii_key("remains"),
    ascii_key("became"),
];

/// Words that open the noun phrase of a copula or apposition.
const DETERMINERS: &[u64] = &[
    ascii_key("a"),
    ascii_key("an"),
    ascii_key("the"),
    ascii_key("one"),
    ascii_key("another"),
];

/// Adverbs allowed between a copula and its noun phrase ("was not the").
const ADVERBS: &[u64] = &[
    ascii_key("not"),
    ascii_key("also"),
    ascii_key("still"),
    ascii_key("now"),
];

/// Words that end the noun phrase before its head: what follows tells of
/// something else ("the ransomware used by the group").
const PHRASE_STOPS: &[u64] = &[
    ascii_key("by"),
    ascii_key("from"),
    ascii_key("with"),
    ascii_key("which"),
    ascii_key("that"),
    ascii_key("who"),
    ascii_key("and"),
    ascii_key("or"),
];

/// How many words the noun phrase of a copula or apposition may have before
/// its head.
const PHRASE_WORDS: usize = 6;

/// How many names and conjunctions a list may hold before the family.
const LIST_WORDS: usize = 8;

/// An alias trigger between two names: "Foo, also known as Baz".
static ALIAS_TRIGGER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\s,(]*(?:also\s+)?(?:known\s+as|called|dubbed|aka|a\.k\.a\.)[\s:]*$").ok()
});

/// Sets [`Mention::gang`] on the ransomware-family mentions of a family the
/// text speaks of as a gang (see the module documentation).
pub(crate) fn mark(gazetteer: &Gazetteer, doc: &Document<'_>, mentions: &mut [Mention]) {
    let families: Vec<usize> = (0..mentions.len())
        .filter(|&i| mentions.get(i).is_some_and(|m| is_ransomware(gazetteer, m)))
        .collect();
    if families.is_empty() {
        return;
    }
    let mut gangs: FastSet<EntityId> = FastSet::default();
    for &i in &families {
        let Some(m) = mentions.get(i) else { continue };
        if spoken_of_as_gang(doc, m) {
            gangs.extend(ids(m));
        }
    }
    if gangs.is_empty() {
        return;
    }
    link_aliases(doc.text(), mentions, &families, &mut gangs);
    for &i in &families {
        if let Some(m) = mentions.get_mut(i) {
            let gang = ids(m).any(|id| gangs.contains(&id));
            m.gang = gang;
        }
    }
}

/// Whether a mention is of a ransomware family.
fn is_ransomware(gazetteer: &Gazetteer, m: &Mention) -> bool {
    m.kind == EntityKind::Software
        && ids(m).any(|id| {
            gazetteer
                .get(id)
                .is_some_and(|e| e.subkind.as_deref() == Some("ransomware"))
        })
}

/// The entity of a mention and its candidates.
fn ids(m: &Mention) -> impl Iterator<Item = EntityId> + '_ {
    m.entity.into_iter().chain(m.candidates.iter().copied())
}

/// Adds to `gangs` the families that the text gives as another name of a
/// gang's family, or the other way round ("Foo, also known as Baz").
fn link_aliases(
    text: &str,
    mentions: &[Mention],
    families: &[usize],
    gangs: &mut FastSet<EntityId>,
) {
    let Some(trigger) = ALIAS_TRIGGER.as_ref() else {
        return;
    };
    for pair in families.windows(2) {
        let (Some(a), Some(b)) = (
            pair.first().and_then(|&i| mentions.get(i)),
            pair.get(1).and_then(|&i| mentions.get(i)),
        ) else {
            continue;
        };
        let between = text.get(a.span.end..b.span.start).unwrap_or_default();
        if !trigger.is_match(between) {
            continue;
        }
        let a_gang = ids(a).any(|id| gangs.contains(&id));
        let b_gang = ids(b).any(|id| gangs.contains(&id));
        if a_gang != b_gang {
            let other: Vec<EntityId> = if a_gang {
                ids(b).collect()
            } else {
                ids(a).collect()
            };
            gangs.extend(other);
        }
    }
}

/// Whether the text around one mention speaks of the family as a gang.
fn spoken_of_as_gang(doc: &Document<'_>, m: &Mention) -> bool {
    let Some((first, last)) = token_range(doc, m) else {
        return false;
    };
    let words = Words::new(doc, first);
    let after = words.after_name(last);
    after.is_some_and(|k| words.is(k, PEOPLE_AFTER) || words.is(k, CLAIM_VERBS))
        || words.people_before(first)
        || words.listed_among_gangs(first)
        || after.is_some_and(|k| words.called_a_gang(k))
}

/// The first and last token of a mention.
fn token_range(doc: &Document<'_>, m: &Mention) -> Option<(usize, usize)> {
    let toks = doc.tokens();
    let first = toks.partition_point(|t| t.span.start < m.span.start);
    let last = toks
        .partition_point(|t| t.span.end <= m.span.end)
        .checked_sub(1)?;
    let starts = toks.get(first)?.span.start == m.span.start;
    let ends = toks.get(last)?.span.end == m.span.end;
    (starts && ends && first <= last).then_some((first, last))
}

/// The words of one sentence, read around a name.
struct Words<'d, 't> {
    doc: &'d Document<'t>,
    sentence: Option<usize>,
}

impl<'d, 't> Words<'d, 't> {
    fn new(doc: &'d Document<'t>, at: usize) -> Words<'d, 't> {
        Words {
            doc,
            sentence: doc.sentence_of(at),
        }
    }

    /// Token `k` if it is in the sentence.
    fn token(&self, k: usize) -> Option<&'d Token> {
        let t = self.doc.tokens().get(k)?;
        (self.doc.sentence_of(k) == self.sentence).then_some(t)
    }

    /// Whether token `k` is in the sentence and one of `words`.
    fn is(&self, k: usize, words: &[u64]) -> bool {
        self.token(k).is_some_and(|t| words.contains(&t.key))
    }

    /// The text between tokens `a` and `b`.
    fn between(&self, a: usize, b: usize) -> &'t str {
        let toks = self.doc.tokens();
        match (toks.get(a), toks.get(b)) {
            (Some(x), Some(y)) => self
                .doc
                .text()
                .get(x.span.end..y.span.start)
                .unwrap_or_default(),
            _ => "",
        }
    }

    /// The first word after a name that ends at token `last`, past the word
    /// "ransomware" and a possessive "'s".
    fn after_name(&self, last: usize) -> Option<usize> {
        let mut k = last + 1;
        if self.is(k, &[ascii_key("ransomware")]) {
            k += 1;
        }
        if self.is(k, &[ascii_key("s")]) && matches!(self.between(k - 1, k), "'" | "\u{2019}") {
            k += 1;
        }
        self.token(k).map(|_| k)
    }

    /// "operators of (the) Foo", "the gang behind (the) Foo".
    fn people_before(&self, first: usize) -> bool {
        let Some(mut k) = first.checked_sub(1) else {
            return false;
        };
        if self.is(k, &[ascii_key("the")]) {
            let Some(j) = k.checked_sub(1) else {
                return false;
            };
            k = j;
        }
        let Some(people) = k.checked_sub(1) else {
            return false;
        };
        self.is(k, &[ascii_key("of")]) && self.is(people, PEOPLE_OF)
            || self.is(k, &[ascii_key("behind")]) && self.is(people, PEOPLE_BEHIND)
    }

    /// "groups such as Bar and Foo", "gangs like Foo", "operators including
    /// Bar, Baz or Foo": back over names and conjunctions to the phrase.
    fn listed_among_gangs(&self, first: usize) -> bool {
        let mut k = first;
        for _ in 0..LIST_WORDS {
            let Some(j) = k.checked_sub(1) else {
                return false;
            };
            k = j;
            let Some(t) = self.token(k) else {
                return false;
            };
            if self.is(k, &[ascii_key("including"), ascii_key("like")]) {
                return k.checked_sub(1).is_some_and(|p| self.is(p, GANGS));
            }
            if self.is(k, &[ascii_key("as")]) {
                return k.checked_sub(1).is_some_and(|s| {
                    self.is(s, &[ascii_key("such")])
                        && s.checked_sub(1).is_some_and(|p| self.is(p, GANGS))
                });
            }
            let name = t.shape.initial_upper || t.shape.has_digit;
            if !name && !self.is(k, &[ascii_key("and"), ascii_key("or")]) {
                return false;
            }
        }
        false
    }

    /// "Foo is a ransomware gang", "Foo was not the only group", "Foo: one
    /// of the newest gangs", "Foo, a ransomware operation": `k` is the first
    /// word after the name (see [`Words::after_name`]).
    fn called_a_gang(&self, k: usize) -> bool {
        let mut k = k;
        let punctuated = k.checked_sub(1).is_some_and(|p| {
            self.between(p, k)
                .contains([':', ',', '\u{2013}', '\u{2014}'])
        });
        if self.is(k, COPULAS) {
            k += 1;
        } else if !punctuated {
            return false;
        }
        if self.is(k, ADVERBS) {
            k += 1;
        }
        if !self.is(k, DETERMINERS) {
            return false;
        }
        for j in k + 1..=k + PHRASE_WORDS {
            if self.is(j, GANG_NOUNS) {
                return true;
            }
            if self.token(j).is_none() || self.is(j, PHRASE_STOPS) {
                return false;
            }
        }
        false
    }
}
