//! The things of a victim a story names as hit: its accounts, systems and
//! networks (of a kind), and the devices a product runs on.

use crate::classify::lexicon;
use crate::classify::{capitalise, Context};
use crate::fast_hash::FastMap;
use std::sync::LazyLock;

use super::speaks_of_attack;
use super::words::words_after;

/// What of the victim was hit, when the text says it in an attack sentence:
/// "X's corporate e-mail accounts", "one of its Ethereum cold wallets" give
/// "Corporate E-mail Accounts", "Ethereum Cold Wallets".
static ASSET: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    lexicon::ascii_regex(
        r"(?:'s|\x{2019}s|(?-u:\b)its)\s+((?:[A-Za-z][\w-]*\s+){0,3}?(?:accounts|network|networks|systems|servers|wallets?|office|offices|infrastructure|platform|properties|database|databases|environment|mailboxes|tenant|website|websites))(?-u:\b)",
    )
});

pub(super) fn asset_of(ctx: &Context<'_>, name: &str) -> Option<String> {
    possessed_asset(ctx, name).or_else(|| named_asset(ctx, name))
}

/// Nouns of a system named right after its name ("the KA-SAT network").
const NAMED_ASSETS: &[&str] = &["network", "platform", "bridge", "portal", "database"];

/// "the KA-SAT network went dark": the system the name is written with, in
/// a sentence about the attack.
fn named_asset(ctx: &Context<'_>, name: &str) -> Option<String> {
    for sentence in ctx.sentences() {
        let Some(text) = sentence.slice(ctx.text) else {
            continue;
        };
        if !text.contains(name) {
            continue;
        }
        // The words first: the attack test reads the whole sentence.
        let asset = words_after(text, name).find(|next| NAMED_ASSETS.contains(next));
        if let Some(next) = asset.filter(|_| speaks_of_attack(ctx, *sentence)) {
            return Some(capitalise(next));
        }
    }
    None
}

/// "X's corporate e-mail accounts", "its entire network".
fn possessed_asset(ctx: &Context<'_>, name: &str) -> Option<String> {
    let re = ASSET.as_ref()?;
    for sentence in ctx.sentences() {
        let Some(text) = sentence.slice(ctx.text) else {
            continue;
        };
        if !text.contains(name) || !speaks_of_attack(ctx, *sentence) {
            continue;
        }
        let Some(after_name) = text.find(name).and_then(|i| text.get(i..)) else {
            continue;
        };
        // "one of Japan's largest defence and infrastructure contractors":
        // a noun that qualifies another, whose business it names, is no
        // asset; the next one may be ("its corporate network").
        let found = re
            .captures_iter(after_name)
            .filter_map(|c| c.get(1))
            .take(4)
            .find(|asset| {
                let next = after_name
                    .get(asset.end()..)
                    .and_then(|rest| rest.split_whitespace().next())
                    .unwrap_or_default();
                !BUSINESS_NOUNS.contains(&next.trim_end_matches([',', '.', ';']))
            });
        if let Some(asset) = found {
            // "one of its cold wallets" is one wallet.
            let one_of = after_name
                .get(..asset.start())
                .is_some_and(|before| before.trim_end().ends_with("one of its"));
            let mut words: Vec<String> = asset
                .as_str()
                .split_whitespace()
                .filter(|w| !ASSET_FILLERS.contains(&w.to_ascii_lowercase().as_str()))
                .map(asset_word)
                .collect();
            if one_of {
                if let Some(last) = words.last_mut() {
                    *last = singular(last);
                }
            }
            if !words.is_empty() {
                return Some(words.join(" "));
            }
        }
    }
    None
}

/// Nouns of a business that an asset's word may qualify ("infrastructure
/// contractors", "network providers").
const BUSINESS_NOUNS: &[&str] = &[
    "contractor",
    "contractors",
    "company",
    "companies",
    "provider",
    "providers",
    "firm",
    "firms",
    "operator",
    "operators",
    "maker",
    "makers",
    "giant",
    "supplier",
    "suppliers",
    "vendor",
    "vendors",
];

/// Words that say how much of an asset, not what it is ("its entire
/// network", "its own systems").
const ASSET_FILLERS: &[&str] = &[
    "the", "a", "an", "own", "other", "entire", "whole", "main", "several", "some", "many",
];

/// An asset's word as a title writes it: capitalised, with the usual
/// spelling of "e-mail" ("Email").
fn asset_word(w: &str) -> String {
    if w.eq_ignore_ascii_case("e-mail") {
        return "Email".to_string();
    }
    capitalise(w)
}

/// "Wallets" is "Wallet", "Properties" "Property" (the asset nouns only).
fn singular(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if w.ends_with("ss") {
        return w.to_string();
    }
    w.strip_suffix('s').unwrap_or(w).to_string()
}

/// Kinds of network written before the word ("satellite network", "its IT
/// environment") or of an operator ("Ukraine's largest mobile operator").
const NETWORK_KINDS: &[&str] = &[
    "corporate",
    "internal",
    "satellite",
    "mobile",
    "IT",
    "cellular",
    "telecommunications",
    "broadband",
];

/// The kind of network the text speaks of, from "<kind> network" (or
/// "environment") and "<kind> operator", the one written most (the first on
/// a tie); with `operator_only`, from "<kind> operator" alone.
fn network_kind(ctx: &Context<'_>, operator_only: bool) -> Option<&'static str> {
    /// The nouns, each with its finder, built once.
    static NOUNS: LazyLock<[(&str, memchr::memmem::Finder<'static>); 4]> = LazyLock::new(|| {
        ["operator", "network", "networks", "environment"]
            .map(|noun| (noun, memchr::memmem::Finder::new(noun)))
    });
    /// Bounded work on hostile input: the first occurrences of a noun in
    /// a line.
    const MAX_HITS: usize = 64;
    let nouns = NOUNS
        .get(..if operator_only { 1 } else { 4 })
        .unwrap_or_default();
    // (count, first offset) per kind, in NETWORK_KINDS order.
    let mut seen = [(0usize, usize::MAX); NETWORK_KINDS.len()];
    for line in ctx.body.iter().chain(ctx.references) {
        let Some(text) = line.slice(ctx.text) else {
            continue;
        };
        for (noun, finder) in nouns {
            for at in finder.find_iter(text.as_bytes()).take(MAX_HITS) {
                let after = text.get(at + noun.len()..).and_then(|a| a.chars().next());
                if after.is_some_and(char::is_alphanumeric) {
                    continue;
                }
                // "<kind> <noun>", the kind a whole word.
                let Some(before) = text.get(..at).and_then(|b| b.strip_suffix(' ')) else {
                    continue;
                };
                for (kind, slot) in NETWORK_KINDS.iter().zip(seen.iter_mut()) {
                    let Some(head) = before.strip_suffix(kind) else {
                        continue;
                    };
                    if head.chars().next_back().is_some_and(char::is_alphanumeric) {
                        continue;
                    }
                    let start = line.start + head.len();
                    slot.0 += 1;
                    slot.1 = slot.1.min(start);
                }
            }
        }
    }
    let mut best: Option<(usize, usize, &'static str)> = None;
    for (kind, &(count, first)) in NETWORK_KINDS.iter().zip(seen.iter()) {
        if count > 0 && best.is_none_or(|(c, f, _)| count > c || count == c && first < f) {
            best = Some((count, first, kind));
        }
    }
    best.map(|(_, _, kind)| kind)
}

/// "Network" of a kind the text gives ("Satellite Network"); an operator's
/// "Infrastructure" is its network of that kind ("Mobile Network").
pub(super) fn kind_of_network(ctx: &Context<'_>, what: String) -> String {
    let kind = match what.as_str() {
        "Network" => network_kind(ctx, false),
        "Infrastructure" => network_kind(ctx, true),
        _ => None,
    };
    match kind {
        Some(kind) => format!("{} Network", capitalise(kind)),
        None => what,
    }
}

/// Classes of network device a product runs on, written right after its
/// name ("PAN-OS firewall"); not "devices" or "appliances", which say
/// nothing of the kind.
const DEVICE_NOUNS: &[&str] = &[
    "firewall",
    "firewalls",
    "router",
    "routers",
    "switch",
    "switches",
];

/// The class of device `product` runs on, the one written most after its
/// name ("Firewall").
pub(super) fn device_of(ctx: &Context<'_>, product: &str) -> Option<String> {
    let mut counts: FastMap<String, (usize, usize)> = FastMap::default();
    for (i, next) in words_after(ctx.text, product).enumerate() {
        let lower = next.to_ascii_lowercase();
        if DEVICE_NOUNS.contains(&lower.as_str()) {
            let e = counts.entry(singular(&lower)).or_insert((0, i));
            e.0 += 1;
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
        .map(|(noun, _)| capitalise(&noun))
}
