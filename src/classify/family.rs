//! Attacker of a malware story that names no one: the family it is about.
//!
//! News about a malware family ("Emotet hit the city's systems", "the
//! XorDDoS botnet grew by a quarter") names the family as it would a gang.
//! Where no actor, person or described attacker was found and the story is
//! a Malware story, the family the text names most stands for whoever runs
//! it, if it clearly dominates: named at least twice and at least twice as
//! often as any other. Tools (Cobalt Strike, Mimikatz), wipers and
//! ransomware are left out: tools are borrowed by many, a wiper's story is
//! sabotage, and ransomware families are the attacker module's own, except
//! one named once beside a family named at least three times ("it has
//! opened the way for Ryuk ransomware attacks" in a story about Emotet).

use super::attacker::{Attacker, AttackerSource};
use super::{Context, Evidence, IncidentType};
use crate::fast_hash::FastMap;
use crate::gazetteer::{EntityId, EntityKind};
use crate::Span;

/// The software kinds that stand for their operators.
const KINDS: &[&str] = &["malware", "botnet", "rat", "stealer"];

/// The fewest mentions that make a family the story's subject.
const MIN_MENTIONS: usize = 2;

/// How often, at least, a family must be named to set aside a ransomware
/// family named once.
const ASIDE_OUTNAMED: usize = 3;

/// `attacker`, or, where it is `Unknown` in a Malware story, the family the
/// text is about (see the module's documentation).
pub(crate) fn stand_in(
    ctx: &Context<'_>,
    attacker: Attacker,
    t: IncidentType,
    evidence: &mut Vec<Evidence>,
) -> Attacker {
    if !matches!(t, IncidentType::Malware | IncidentType::LawEnforcement) {
        return attacker;
    }
    // "It can also download other malware, and it has opened the way for
    // Ryuk ransomware attacks": a ransomware family named once, in a story
    // that names another family many times, is an aside.
    let aside = attacker.source == AttackerSource::Ransomware
        && ctx
            .mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Software && m.text.starts_with(&attacker.name))
            .count()
            == 1;
    // A takedown's story: the family it acted against stands in only for
    // such an aside ("the botnet also delivered the Stop ransomware").
    let unknown = attacker.source == AttackerSource::Unknown && t == IncidentType::Malware;
    if !(unknown || aside) {
        return attacker;
    }
    // Mentions per family, with the first one's position for ties.
    let mut counts: FastMap<EntityId, (usize, Span)> = FastMap::default();
    for m in ctx.mentions {
        if m.kind != EntityKind::Software {
            continue;
        }
        let Some(id) = m.entity else {
            continue;
        };
        let standing = ctx
            .gazetteer
            .get(id)
            .and_then(|e| e.subkind.as_deref())
            .is_some_and(|kind| KINDS.contains(&kind));
        if standing && !compared_with(ctx.text, m.span.start) {
            counts.entry(id).or_insert((0, m.span)).0 += 1;
        }
    }
    let mut ranked: Vec<(EntityId, (usize, Span))> = counts.into_iter().collect();
    ranked.sort_by_key(|&(_, (n, first))| (std::cmp::Reverse(n), first.start));
    let Some(&(id, (n, first))) = ranked.first() else {
        return attacker;
    };
    let runner_up = ranked.get(1).map_or(0, |&(_, (n, _))| n);
    if n < MIN_MENTIONS || runner_up * 2 > n || aside && n < ASIDE_OUTNAMED {
        return attacker;
    }
    let Some(family) = ctx.gazetteer.get(id) else {
        return attacker;
    };
    evidence.push(Evidence {
        field: "Attacker",
        rule: format!("malware family the story is about, named {n} times"),
        text: family.name.clone(),
        span: Some(first),
        weight: n as f32,
    });
    Attacker {
        name: family.name.clone(),
        source: AttackerSource::Malware,
        ..attacker
    }
}

/// Whether the name at `at` stands in a comparison ("mentioned in the same
/// breath as Stuxnet", "a worm like Conficker", "more than Zeus") rather
/// than naming the story's subject; "known as" and "detected as" name it.
fn compared_with(text: &str, at: usize) -> bool {
    let mut words = text
        .get(super::floor_char_boundary(text, at.saturating_sub(40))..at)
        .unwrap_or_default()
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let last = words.next().unwrap_or_default();
    if last.eq_ignore_ascii_case("as") {
        let before = words.next().unwrap_or_default().to_ascii_lowercase();
        return !matches!(
            before.as_str(),
            "known" | "identified" | "tracked" | "detected" | "classified" | "named" | "dubbed"
        );
    }
    ["like", "unlike", "than"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::compared_with;

    #[test]
    fn comparisons_and_namings() {
        // (name, text ending right before the family's name, compared)
        let cases = [
            (
                "in the same breath as",
                "mentioned in the same breath as ",
                true,
            ),
            ("like", "a worm like ", true),
            ("than", "more dangerous than ", true),
            ("known as", "a trojan known as ", false),
            ("detected as", "detected as ", false),
            ("the subject", "Researchers said ", false),
            ("the text's start", "", false),
            // 40 bytes back falls inside a two-byte character.
            ("multibyte lead", "ééééééééééééééééééééééééé  like ", true),
        ];
        for (name, before, expected) in cases {
            let text = format!("{before}Zeus");
            assert_eq!(compared_with(&text, before.len()), expected, "case {name}");
        }
    }
}
