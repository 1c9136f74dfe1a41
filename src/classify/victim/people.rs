//! The people of a victim a story names as hit: staff, customers, users
//! of its products, the role a fraud worked on, those whose data was taken.

use crate::classify::lexicon;
use crate::classify::{capitalise, first_in_body, Context};
use crate::gazetteer::EntityKind;
use crate::report::Span;
use std::sync::LazyLock;

use super::phrase::word;
use super::speaks_of_attack;
use super::words::{is_stop_word, strip_corporate_suffix, word_after, words_after};

/// The people of an organisation an attack sentence names: "its own
/// staff", "27 of its cloud customers", "Twilio employees" give
/// "Employees", "Cloud Customers", "Employees".
static PEOPLE: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    lexicon::ascii_regex(
        r"(?-u:\b)its\s+(?:own\s+)?(?:([a-z][a-z-]+)\s+)?(staff|employees|customers|users|clients|subscribers)(?-u:\b)",
    )
});

/// The people a social-engineering attack worked on: "called a small number
/// of employees", "tricked staff", "phoned several workers" give
/// "Employees".
static WORKED_ON: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    lexicon::ascii_regex(
        r"(?i)(?-u:\b)(?:called|phoned|rang|texted|messaged|e-?mailed|targeted|tricked|duped|deceived|lured|impersonated|contacted|approached)\s+(?:[a-z-]+\s+){0,4}?(employees|staff|workers)(?-u:\b)",
    )
});

pub(super) fn people_worked_on(ctx: &Context<'_>) -> Option<String> {
    let re = WORKED_ON.as_ref()?;
    // The pattern ignores case, and so does the test.
    first_in_body(ctx, re, |line| {
        let lower = line.to_ascii_lowercase();
        ["employees", "staff", "workers"]
            .iter()
            .any(|w| lower.contains(w))
    })
    .map(|_| "Employees".to_string())
}

pub(super) fn people_of(ctx: &Context<'_>, name: &str) -> Option<String> {
    /// Words that say which or how many, not what kind.
    const NOT_A_KIND: &[&str] = &[
        "former", "current", "affected", "many", "some", "several", "other", "all", "most", "own",
        "new", "existing",
    ];
    let re = PEOPLE.as_ref()?;
    let people = |noun: &str| match noun {
        "staff" => "Employees".to_string(),
        n => capitalise(n),
    };
    for sentence in ctx.sentences() {
        let Some(text) = sentence.slice(ctx.text) else {
            continue;
        };
        let Some(at) = text.find(name) else {
            continue;
        };
        if !speaks_of_attack(ctx, *sentence) {
            continue;
        }
        // "Twilio employees": the people right after the name.
        for next in words_after(text, name) {
            if matches!(next, "staff" | "employees" | "customers" | "users") {
                return Some(people(next));
            }
        }
        let after = text.get(at..).unwrap_or_default();
        if let Some(caps) = re.captures(after) {
            let noun = caps.get(2).map(|m| m.as_str()).unwrap_or_default();
            let kind = caps
                .get(1)
                .map(|m| m.as_str())
                .filter(|k| !NOT_A_KIND.contains(k));
            return Some(match kind {
                Some(kind) => format!("{} {}", capitalise(kind), people(noun)),
                None => people(noun),
            });
        }
    }
    None
}

/// "tricking employees with text messages", "duped staff": the staff a
/// deception worked on, as "Employees". One look at each deception verb's
/// next four words.
pub(super) fn deceived_staff(ctx: &Context<'_>) -> Option<String> {
    const VERBS: &[&str] = &[
        "tricking",
        "tricked",
        "duping",
        "duped",
        "deceiving",
        "deceived",
        "luring",
        "lured",
    ];
    let toks = ctx.doc.tokens();
    for region in ctx.body.iter() {
        let from = toks.partition_point(|t| t.span.start < region.start);
        let to = toks.partition_point(|t| t.span.start < region.end);
        for i in from..to {
            // The verbs start with t, d or l and are lower case.
            let first = toks
                .get(i)
                .and_then(|t| ctx.text.as_bytes().get(t.span.start))
                .copied();
            if !matches!(first, Some(b't' | b'd' | b'l')) || !VERBS.contains(&word(ctx, toks, i)) {
                continue;
            }
            let staff = (i + 1..(i + 5).min(to))
                .map(|j| word(ctx, toks, j))
                .any(|w| matches!(w, "employees" | "staff" | "workers"));
            if staff {
                return Some("Employees".to_string());
            }
        }
    }
    None
}

/// "personal details of employees", "the private data of its current and
/// former staff": the people whose own data was taken.
static DATA_OF_PEOPLE: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    lexicon::ascii_regex(
        r"(?-u:\b)(?:personal|private|sensitive)\s+(?:details|data|information|records)\s+(?:of|on|about)\s+(?:its\s+|their\s+|the\s+company's\s+)?(?:(?:current|former)\s+(?:and\s+former\s+)?)?(employees|staff|customers|patients|students|subscribers)(?-u:\b)",
    )
});

/// The people whose personal data a breach took, when the body says so
/// ("spreadsheets with personal details of employees" gives "Employees").
pub(super) fn data_of_people(ctx: &Context<'_>) -> Option<String> {
    let re = DATA_OF_PEOPLE.as_ref()?;
    let span = first_in_body(ctx, re, |line| {
        line.contains("personal") || line.contains("private") || line.contains("sensitive")
    })?;
    let text = span.slice(ctx.text)?;
    let noun = re.captures(text)?.get(1)?.as_str();
    Some(match noun {
        "staff" => "Employees".to_string(),
        n => capitalise(n),
    })
}

/// "more than 200,000 Contoso subscribers", "100 million customers of
/// Contoso": the people, counted, whose data an organisation held
/// ("Subscribers", "Customers").
pub(super) fn counted_people(ctx: &Context<'_>, name: &str) -> Option<String> {
    const PEOPLE_NOUNS: &[&str] = &[
        "subscribers",
        "customers",
        "users",
        "members",
        "patients",
        "clients",
        "passengers",
        "guests",
        "students",
        "policyholders",
    ];
    /// Bounded work on hostile input.
    const MAX_HITS: usize = 16;
    for (nth, at) in memchr::memmem::find_iter(ctx.text.as_bytes(), name)
        .take(MAX_HITS)
        .enumerate()
    {
        let before = ctx.before(at, 24).trim_end();
        let counted = before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) || w == "million");
        let next = word_after(ctx.text, at + name.len());
        if counted && PEOPLE_NOUNS.contains(&next) {
            return Some(capitalise(next));
        }
        // "Cathay Pacific has disclosed that hackers reached the data of 9.4
        // million passengers of the airline": the name's own people, counted
        // later in the sentence that first names it.
        if let Some(noun) = (nth == 0)
            .then(|| {
                ctx.window_span(at + name.len(), 300)
                    .and_then(|w| ctx.text.get(at + name.len()..w.end))
                    .and_then(|rest| people_counted_as_its(rest, PEOPLE_NOUNS))
            })
            .flatten()
        {
            return Some(capitalise(noun));
        }
        // "100 million customers of Contoso".
        let mut words = ctx.before(at, 48).trim_end().rsplit(char::is_whitespace);
        if words.next() == Some("of") {
            if let (Some(noun), Some(count)) = (words.next(), words.next()) {
                let counted = count.starts_with(|c: char| c.is_ascii_digit()) || count == "million";
                if counted && PEOPLE_NOUNS.contains(&noun) {
                    return Some(capitalise(noun));
                }
            }
        }
    }
    None
}

/// The first of `nouns` that `text` counts as the subject's own: "9.4
/// million passengers of the airline", "350,000 clients of its wealth
/// management business".
fn people_counted_as_its<'n>(text: &str, nouns: &[&'n str]) -> Option<&'n str> {
    let words: Vec<&str> = text.split_whitespace().take(64).collect();
    words.windows(4).find_map(|w| {
        let [count, noun, of, owner] = w else {
            return None;
        };
        let counted = count.starts_with(|c: char| c.is_ascii_digit())
            || ["million", "billion", "thousand"].contains(count);
        let own = *of == "of" && (*owner == "the" || *owner == "its");
        let noun = nouns.iter().find(|n| **n == *noun)?;
        (counted && own).then_some(*noun)
    })
}

/// The people nouns [`product_customers`] reads after a product's name.
const PEOPLE_NOUNS_AFTER: [&str; 2] = ["customers", "users"];

/// The words written right before `noun`, with a space before and one
/// space after them ("VSA" of " VSA customers"), whatever follows the noun.
fn words_before<'t>(text: &'t str, noun: &str) -> Vec<&'t str> {
    /// Bounded work on hostile input.
    const MAX_HITS: usize = 256;
    memchr::memmem::find_iter(text.as_bytes(), noun)
        .take(MAX_HITS)
        .filter_map(|at| text.get(..at)?.strip_suffix(' '))
        .filter_map(|before| before.rsplit_once(' ').map(|(_, word)| word))
        .filter(|word| !word.is_empty())
        .collect()
}

/// "Kaseya VSA" written, and "VSA customers" too: the people who run the
/// organisation's product `name` is written before ("VSA Customers").
pub(super) fn product_customers(ctx: &Context<'_>, name: &str) -> Option<String> {
    /// Bounded work: the first few times the name is written.
    const MAX_HITS: usize = 16;
    // The words written right before " customers" and " users", found once.
    let people_after = PEOPLE_NOUNS_AFTER.map(|people| words_before(ctx.text, people));
    for next in memchr::memmem::find_iter(ctx.text.as_bytes(), name)
        .take(MAX_HITS)
        .filter_map(|at| ctx.text.get(at + name.len()..))
        .filter_map(|rest| rest.strip_prefix(' '))
        .filter_map(|rest| rest.split([' ', ',', '.', ';', ':', ')']).next())
    {
        let product_like = next.len() >= 2
            && next.starts_with(|c: char| c.is_ascii_uppercase())
            && next.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !is_stop_word(next)
            && strip_corporate_suffix(&format!("x {next}")) == format!("x {next}");
        if !product_like {
            continue;
        }
        // " VSA customers" written (also in "Kaseya VSA customers").
        for (people, before) in PEOPLE_NOUNS_AFTER.iter().zip(&people_after) {
            if before.contains(&next) {
                return Some(format!("{next} {}", capitalise(people)));
            }
        }
    }
    None
}

/// The apposition right after the first time `name` is written ("CyberLink
/// Corp., a Taiwanese maker of multimedia software, ..."), up to the next
/// clause mark.
fn apposition_of<'t>(ctx: &Context<'t>, name: &str) -> Option<&'t str> {
    /// An apposition is short: a noun phrase, not a clause list.
    const MAX_APPOSITION: usize = 200;
    let at = ctx.text.find(name)?;
    let rest = ctx.text.get(at + name.len()..)?;
    // "CyberLink Corp.": the suffix the victim's name lost.
    let rest = [
        " Corp.", " Corp", " Inc.", " Inc", " Ltd.", " Ltd", " LLC", " plc",
    ]
    .iter()
    .find_map(|suffix| rest.strip_prefix(suffix))
    .unwrap_or(rest);
    let inner = rest.strip_prefix(", ")?;
    if !["a ", "an ", "the "].iter().any(|a| inner.starts_with(a)) {
        return None;
    }
    let end = inner
        .char_indices()
        .take_while(|(i, _)| *i < MAX_APPOSITION)
        .find(|(_, c)| matches!(c, ',' | ';' | ':' | '(' | '.' | '\n'))
        .map(|(i, _)| i)?;
    inner.get(..end)
}

/// Words of an apposition that make its subject a program ("a tax reporting
/// and accounting program used by ...").
const PROGRAM_NOUNS: &[&str] = &["program", "software", "application", "app", "tool"];

/// "M.E.Doc, a tax reporting and accounting program used by a large share
/// of Ukrainian businesses": a program its users run; "Users", and the
/// country of those who use it ("Users in Ukraine").
pub(super) fn program_users(ctx: &Context<'_>, name: &str) -> Option<String> {
    let apposition = apposition_of(ctx, name)?;
    let (head, users) = apposition.split_once(" used by ")?;
    let noun = head.rsplit(' ').next()?;
    if !PROGRAM_NOUNS.contains(&noun) {
        return None;
    }
    let start = ctx.text.find(users)?;
    let span = Span::new(start, start + users.len());
    let country = ctx
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Country)
        .filter(|m| span.start <= m.span.start && m.span.end <= span.end)
        .filter_map(|m| m.entity)
        .filter_map(|id| ctx.gazetteer.get(id))
        .map(|e| e.name.clone())
        .next();
    Some(match country {
        Some(country) => format!("Users in {country}"),
        None => "Users".to_string(),
    })
}

/// In a supply-chain story, those who run the hit supplier's software:
/// "Software Users" when the text calls it a maker of software ("a
/// Taiwanese maker of multimedia software"), else its "Users" (or
/// "Customers" when the text speaks of customers and not of users).
pub(super) fn software_users(ctx: &Context<'_>, name: &str) -> String {
    let people = if ctx.text.contains(" users") || !ctx.text.contains(" customers") {
        "Users"
    } else {
        "Customers"
    };
    let maker = apposition_of(ctx, name).is_some_and(|a| {
        let words: Vec<&str> = a.split(' ').collect();
        words.contains(&"software")
            && words
                .iter()
                .any(|w| matches!(*w, "maker" | "developer" | "vendor" | "publisher"))
    });
    if maker {
        format!("Software {people}")
    } else {
        people.to_string()
    }
}

/// "the DNA Relatives feature": a named feature of the victim's service.
static FEATURE: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    lexicon::ascii_regex(r"(?-u:\b)the ((?:[A-Z][\w-]*\s+){1,3})(?:feature|tool)(?-u:\b)")
});

/// Data taken through a named feature of a service ("the DNA Relatives
/// feature, which lets customers see ..."): the feature's users ("DNA
/// Relatives Users").
pub(super) fn feature_users(ctx: &Context<'_>) -> Option<String> {
    let re = FEATURE.as_ref()?;
    let found = first_in_body(ctx, re, |line| {
        line.contains(" feature") || line.contains(" tool")
    })?;
    let text = found.slice(ctx.text)?;
    let name = re.captures(text)?.get(1)?.as_str().trim_end();
    if name.split_whitespace().any(is_stop_word) {
        return None;
    }
    Some(format!("{name} Users"))
}

/// The one a fraud worked on, by role: "a meeting with an agency leader",
/// "persuade the finance director".
static DECEIVED_ROLE: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    lexicon::ascii_regex(
        r"(?-u:\b)(?:meeting with|call with|persuade|persuaded|convince|convinced|trick|tricked|dupe|duped|deceive|deceived|impersonated to|posed to)\s+(?:an?|the)\s+(?:([a-z]+)\s+)?(leader|executive|manager|director|officer|clerk|accountant)(?-u:\b)",
    )
});

/// The role most written of those a fraud worked on ("a senior manager"
/// once, "the agency leader" twice: "Agency Leader"; the first on a tie).
pub(super) fn deceived_role(ctx: &Context<'_>) -> Option<String> {
    /// Bounded work on hostile input.
    const MAX_HITS: usize = 16;
    /// Each role is counted over the body: a few of them at most.
    const MAX_ROLES: usize = 8;
    let re = DECEIVED_ROLE.as_ref()?;
    let mut roles: Vec<(usize, &str)> = Vec::new();
    for line in ctx.body {
        if roles.len() >= MAX_ROLES {
            break;
        }
        let Some(text) = line.slice(ctx.text) else {
            continue;
        };
        for caps in re.captures_iter(text).take(MAX_HITS) {
            let (Some(role), kind) = (caps.get(2), caps.get(1)) else {
                continue;
            };
            let from = match kind {
                Some(k) if !is_stop_word(k.as_str()) => k.start(),
                _ => role.start(),
            };
            if let Some(phrase) = text.get(from..role.end()) {
                if !roles.iter().any(|(_, r)| *r == phrase) {
                    roles.push((roles.len(), phrase));
                }
            }
        }
    }
    let written = |phrase: &str| {
        ctx.body
            .iter()
            .filter_map(|l| l.slice(ctx.text))
            .map(|l| {
                memchr::memmem::find_iter(l.as_bytes(), phrase)
                    .take(MAX_HITS)
                    .count()
            })
            .sum::<usize>()
    };
    let (_, phrase) = roles
        .into_iter()
        .max_by(|a, b| written(a.1).cmp(&written(b.1)).then(b.0.cmp(&a.0)))?;
    let words: Vec<String> = phrase.split_whitespace().map(capitalise).collect();
    Some(words.join(" "))
}

/// "recruiting a software engineer for its internal IT team": the team an
/// impostor was hired into.
static HIRED_INTO: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    lexicon::ascii_regex(
        r"(?-u:\b)(?:hired|hiring|hire|recruited|recruiting|recruit)(?-u:\b)[^.;]{0,80}?(?-u:\b)for its\s+((?:[A-Za-z][\w-]*\s+){1,4})team(?-u:\b)",
    )
});

pub(super) fn hired_into_team(ctx: &Context<'_>) -> Option<String> {
    let re = HIRED_INTO.as_ref()?;
    let team = first_group_titled(ctx, re, |line| line.contains(" team"), |_| true)?;
    Some(format!("{team} Team"))
}

/// The first group of `re`'s first match in the body (searched in the lines
/// `possible` lets through), the words `keep` keeps capitalised and joined
/// ("internal IT" gives "Internal IT"); `None` when no word is left.
fn first_group_titled(
    ctx: &Context<'_>,
    re: &regex::Regex,
    possible: impl Fn(&str) -> bool,
    keep: impl Fn(&str) -> bool,
) -> Option<String> {
    let found = first_in_body(ctx, re, possible)?;
    let caps = re.captures(found.slice(ctx.text)?)?;
    let words: Vec<String> = caps
        .get(1)?
        .as_str()
        .split_whitespace()
        .filter(|w| keep(w))
        .map(capitalise)
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// "Most of the records came from credit card applications": the people
/// whose data was taken are the applicants ("Credit Card Applicants").
static APPLICATIONS: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    lexicon::ascii_regex(
        r"(?-u:\b)(?:records|data|information|files)\s+(?:came|come|were taken|was taken)\s+from\s+((?:[a-z-]+\s+){1,2})applications(?-u:\b)",
    )
});

pub(super) fn applicants(ctx: &Context<'_>) -> Option<String> {
    let re = APPLICATIONS.as_ref()?;
    let what = first_group_titled(
        ctx,
        re,
        |line| line.contains("applications"),
        |w| !is_stop_word(w),
    )?;
    Some(format!("{what} Applicants"))
}
