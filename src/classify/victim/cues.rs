//! Role cues: the victim and reporter cues of `data/classify/roles.tsv`
//! found once per article, and their weight next to a phrase.

use crate::classify::{Context, Lexicons, Role};
use crate::report::Span;

/// The role cues of the body and references, found in one pass each and
/// kept in text order, so that each phrase looks up its neighbours by binary
/// search instead of searching its window again.
pub(super) struct RoleCues {
    before: Vec<(Span, Role, f32)>,
    after: Vec<(Span, Role, f32)>,
}

impl RoleCues {
    pub(super) fn find(ctx: &Context<'_>, lex: &Lexicons) -> RoleCues {
        // One pass over the text for both positions.
        let (mut before, mut after) = (Vec::new(), Vec::new());
        for region in ctx.body.iter().chain(ctx.references) {
            for (span, cues) in lex.roles.find(ctx.doc, *region) {
                for &(is_before, role, w) in cues {
                    if is_before {
                        before.push((span, role, w));
                    } else {
                        after.push((span, role, w));
                    }
                }
            }
        }
        before.sort_by_key(|c| c.0.start);
        after.sort_by_key(|c| c.0.start);
        RoleCues { before, after }
    }
}

/// Whether a victim cue stands right before `span` ("compromised
/// Storm-0156", "attacks against X"): what follows it suffered.
pub(crate) fn after_victim_cue(ctx: &Context<'_>, lex: &Lexicons, span: Span) -> bool {
    let from = span.start - ctx.before(span.start, 40).len();
    lex.roles_before
        .find(ctx.doc, Span::new(from, span.start))
        .into_iter()
        .any(|(cue, &(role, _))| {
            role == Role::Victim
                && ctx.text.get(cue.end..span.start).is_some_and(|gap| {
                    gap.split_whitespace().count() <= 2 && !gap.contains([',', ';', ':', '.'])
                })
        })
}

/// The cues in `cues` (sorted by start) that lie inside `window`.
fn cues_within(cues: &[(Span, Role, f32)], window: Span) -> &[(Span, Role, f32)] {
    let from = cues.partition_point(|c| c.0.start < window.start);
    let to = cues.partition_point(|c| c.0.start < window.end);
    let inside = cues.get(from..to).unwrap_or_default();
    let end = inside
        .iter()
        .rposition(|c| c.0.end <= window.end)
        .map_or(0, |i| i + 1);
    inside.get(..end).unwrap_or_default()
}

/// The weight of role cues right before or after the phrase (at most three
/// words between).
pub(super) fn role_scores(
    ctx: &Context<'_>,
    cues: &RoleCues,
    sentence: Span,
    phrase: Span,
) -> (f32, f32) {
    let near = |from: usize, to: usize| {
        ctx.text
            .get(from..to)
            .map(|gap| gap.split_whitespace().count() <= 3 && !gap.contains([',', ';', ':']))
            .unwrap_or(false)
    };
    let (mut victim, mut reporter) = (0.0, 0.0);
    let mut add = |role: Role, w: f32| match role {
        Role::Victim => victim += w,
        Role::Reporter => reporter += w,
    };
    // Cues are at most three words away: look in a bounded window.
    let from = phrase.start.saturating_sub(60).max(sentence.start);
    let to = (phrase.end + 60).min(sentence.end);
    // "against Snowflake customer instances": what the cue names is the
    // customers' own, not the organisation's.
    let customers_own = ctx
        .text
        .get(phrase.end..to)
        .and_then(|rest| rest.strip_prefix(" customer "))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()));
    for &(cue, role, w) in cues_within(&cues.before, Span::new(from, phrase.start)) {
        if customers_own && role == Role::Victim {
            continue;
        }
        if cue.end <= phrase.start && near(cue.end, phrase.start) {
            add(role, w);
        }
    }
    for &(cue, role, w) in cues_within(&cues.after, Span::new(phrase.end, to)) {
        if near(phrase.end, cue.start) {
            add(role, w);
        }
    }
    (victim, reporter)
}

/// The role cues right after the apposition that follows a sentence's
/// subject ("Michael Terpin, an early cryptocurrency investor, lost ...",
/// "Contoso, the payments firm, said ..."): the cues of the subject.
pub(super) fn appositive_cues(
    ctx: &Context<'_>,
    cues: &RoleCues,
    sentence: Span,
    phrase: Span,
) -> (f32, f32) {
    /// An apposition is short: a noun phrase, not a clause list.
    const MAX_APPOSITION: usize = 160;
    let Some(rest) = ctx.text.get(phrase.end..sentence.end) else {
        return (0.0, 0.0);
    };
    let Some(inner) = rest.strip_prefix(", ") else {
        return (0.0, 0.0);
    };
    // It starts with a lower-case word ("an", "the", "a former ...").
    if !inner.starts_with(|c: char| c.is_ascii_lowercase()) {
        return (0.0, 0.0);
    }
    let Some(close) = inner
        .char_indices()
        .take_while(|(i, _)| *i < MAX_APPOSITION)
        .find(|(_, c)| matches!(c, ',' | ';' | ':' | '(' | '.'))
        .filter(|(_, c)| *c == ',')
        .map(|(i, _)| i)
    else {
        return (0.0, 0.0);
    };
    let after = phrase.end + 2 + close + 1;
    let to = (after + 60).min(sentence.end);
    let (mut victim, mut reporter) = (0.0, 0.0);
    for &(cue, role, w) in cues_within(&cues.after, Span::new(after, to)) {
        let near = ctx.text.get(after..cue.start).is_some_and(|gap| {
            gap.split_whitespace().count() <= 3 && !gap.contains([',', ';', ':'])
        });
        if near {
            match role {
                Role::Victim => victim += w,
                Role::Reporter => reporter += w,
            }
        }
    }
    (victim, reporter)
}

/// "against government bodies including the Ministry of Foreign Affairs":
/// a name that a list after a victim cue includes (the cue at most five
/// words before "including", in the same clause).
pub(super) fn included_after_cue(ctx: &Context<'_>, cues: &RoleCues, phrase: Span) -> bool {
    let before = ctx.before(phrase.start, 80);
    let Some(head) = ["including the ", "including ", "such as the ", "such as "]
        .iter()
        .find_map(|lead| before.strip_suffix(lead))
    else {
        return false;
    };
    let head_end = phrase.start - (before.len() - head.len());
    let from = head_end.saturating_sub(head.len());
    cues_within(&cues.before, Span::new(from, head_end))
        .iter()
        .any(|&(cue, role, _)| {
            role == Role::Victim
                && ctx.text.get(cue.end..head_end).is_some_and(|gap| {
                    gap.split_whitespace().count() <= 5 && !gap.contains([',', ';', ':', '.'])
                })
        })
}

/// "The victim is the Littleton Electric Light and Water Departments":
/// the sentence opens by naming the victim, whom it then names.
pub(super) fn named_as_the_victim(ctx: &Context<'_>, sentence: Span, phrase: Span) -> bool {
    const OPENINGS: &[&str] = &[
        "The victim is ",
        "The victim was ",
        "The victims are ",
        "The victims were ",
        "The victim of the attack is ",
        "The victim of the attack was ",
    ];
    let Some(before) = ctx.text.get(sentence.start..phrase.start) else {
        return false;
    };
    let before = before.strip_suffix("the ").unwrap_or(before);
    OPENINGS.contains(&before)
}
