//! STIX 2.1 export: structural checks on the bundles of every sample (the
//! OASIS validator runs over the same bundles in `.ci/run`), determinism,
//! and a round trip from report to bundle.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use cti_extract::stix::{
    pattern, ActorInput, Bundle, IndicatorInput, Relation, StixInput, StixObject, StixOptions,
    VictimInput, INDUSTRY_SECTORS,
};
use cti_extract::{Extractor, IndicatorKind, Report};
use regex::Regex;
use serde_json::Value;

const CREATED: &str = "2026-11-29T00:00:00.000Z";

/// The article `.ci/run` also feeds to the validator: a tool, techniques and
/// every indicator kind the samples lack.
const CRAFTED: &str = "FIN7 used Cobalt Strike and Mimikatz (T1003.001, T1566.001) against \
    banks in Germany. Payloads came from hxxp://evil[.]example[.]org/a%27b/x.php and \
    2001:db8::1, mail from boss@evil-corp[.]com; MD5 d41d8cd98f00b204e9800998ecf8427e, \
    SHA-1 da39a3ee5e6b4b0d3255bfef95601890afd80709, SHA-512 \
    cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e \
    and CVE-2024-3400.";

fn options() -> StixOptions {
    StixOptions::new(CREATED).expect("a valid timestamp")
}

/// Every sample article, by file name.
fn samples() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("data/samples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            p.is_file()
                && !name.starts_with('.')
                && !name.starts_with("README")
                && !name.ends_with(".md")
        })
        .collect();
    paths.sort();
    assert!(paths.len() >= 10, "samples missing in {}", dir.display());
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            (
                name.unwrap_or_default(),
                std::fs::read(&p).expect("readable"),
            )
        })
        .chain(Some(("crafted".to_string(), CRAFTED.as_bytes().to_vec())))
        .collect()
}

fn reports() -> Vec<(String, Report)> {
    let extractor = Extractor::shared();
    samples()
        .into_iter()
        .map(|(name, bytes)| {
            let report = extractor.extract(&bytes).expect("extractable");
            (name, report)
        })
        .collect()
}

fn bundle_of(report: &Report) -> Bundle {
    report.to_stix(Extractor::shared().gazetteer(), &options())
}

fn json(bundle: &Bundle) -> Value {
    serde_json::to_value(bundle).expect("serialisable")
}

/// `type--uuid` with a lower-case RFC 4122 UUID of version 5.
fn check_id(id: &str, expected_type: &str, context: &str) {
    let (ty, uuid) = id
        .split_once("--")
        .unwrap_or_else(|| panic!("{context}: {id} has no --"));
    assert_eq!(ty, expected_type, "{context}: {id}");
    let bytes = uuid.as_bytes();
    assert_eq!(bytes.len(), 36, "{context}: {id}");
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(i, 8 | 13 | 18 | 23) {
            assert_eq!(b, b'-', "{context}: {id}");
        } else {
            assert!(
                b.is_ascii_digit() || (b'a'..=b'f').contains(&b),
                "{context}: {id}"
            );
        }
    }
    assert_eq!(bytes[14], b'5', "{context}: {id} is not version 5");
    assert!(
        matches!(bytes[19], b'8' | b'9' | b'a' | b'b'),
        "{context}: {id} has not the RFC 4122 variant"
    );
}

/// Every `*_ref` and `*_refs` value anywhere in `value`.
fn refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                if key.ends_with("_ref") {
                    out.extend(v.as_str().map(str::to_string));
                } else if key.ends_with("_refs") {
                    let items = v.as_array().map(Vec::as_slice).unwrap_or_default();
                    out.extend(items.iter().filter_map(|x| x.as_str()).map(str::to_string));
                } else {
                    refs(v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

/// The relationships STIX 2.1 suggests for the types written here
/// (specification, section 4 and appendix B).
fn suggested(source: &str, kind: &str, target: &str) -> bool {
    matches!(
        (source, kind, target),
        (
            "intrusion-set",
            "uses",
            "malware" | "tool" | "attack-pattern"
        ) | (
            "intrusion-set",
            "targets",
            "identity" | "location" | "vulnerability"
        ) | ("intrusion-set", "originates-from", "location")
            | ("identity", "located-at", "location")
            | (
                "indicator",
                "indicates",
                "intrusion-set" | "malware" | "tool" | "attack-pattern"
            )
    )
}

fn pattern_regex() -> Regex {
    let literal = r"'(?:[^'\\]|\\['\\])*'";
    Regex::new(&format!(
        r"^\[(?:(?:ipv4-addr|ipv6-addr|domain-name|url|email-addr):value|file:hashes\.(?:MD5|'SHA-1'|'SHA-256'|'SHA-512')) = {literal}\]$"
    ))
    .expect("regex")
}

/// The structural rules of STIX 2.1 that the bundles must keep.
fn check_bundle(name: &str, value: &Value) {
    let pattern_re = pattern_regex();
    assert_eq!(value["type"], "bundle", "{name}");
    check_id(value["id"].as_str().unwrap_or(""), "bundle", name);
    let objects = value["objects"].as_array().expect("objects");
    let mut ids = HashSet::new();
    let mut types = HashMap::new();
    for o in objects {
        let ty = o["type"].as_str().unwrap_or("");
        let id = o["id"].as_str().unwrap_or("");
        check_id(id, ty, name);
        assert!(ids.insert(id.to_string()), "{name}: duplicate id {id}");
        types.insert(id.to_string(), ty.to_string());
        assert_eq!(o["spec_version"], "2.1", "{name}: {id}");
        for key in ["created", "modified"] {
            assert_eq!(o[key], CREATED, "{name}: {id} {key}");
        }
        for r in o["external_references"].as_array().into_iter().flatten() {
            assert!(r["source_name"].is_string(), "{name}: {id}");
            assert!(
                r["description"].is_string()
                    || r["url"].is_string()
                    || r["external_id"].is_string(),
                "{name}: {id}: an external reference needs more than a source name"
            );
        }
        match ty {
            "report" => {
                assert_eq!(o["published"], CREATED, "{name}");
                assert!(!o["name"].as_str().unwrap_or("").is_empty(), "{name}");
                assert!(o["report_types"].as_array().is_some_and(|t| !t.is_empty()));
            }
            "indicator" => {
                let p = o["pattern"].as_str().unwrap_or("");
                assert!(pattern_re.is_match(p), "{name}: bad pattern {p}");
                assert_eq!(o["pattern_type"], "stix", "{name}");
                assert_eq!(o["valid_from"], CREATED, "{name}");
                assert!(o["name"].is_string() && o["description"].is_string());
            }
            "identity" => {
                let class = o["identity_class"].as_str().unwrap_or("");
                assert!(
                    [
                        "individual",
                        "group",
                        "system",
                        "organization",
                        "class",
                        "unknown"
                    ]
                    .contains(&class),
                    "{name}: identity_class {class}"
                );
                for s in o["sectors"].as_array().into_iter().flatten() {
                    let s = s.as_str().unwrap_or("");
                    assert!(INDUSTRY_SECTORS.contains(&s), "{name}: sector {s}");
                }
            }
            "location" => {
                let c = o["country"].as_str().unwrap_or("");
                assert!(
                    c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()),
                    "{name}: country {c}"
                );
            }
            "malware" => assert_eq!(o["is_family"], true, "{name}"),
            "vulnerability" => {
                let cve = o["name"].as_str().unwrap_or("");
                assert!(
                    o["external_references"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .any(|r| r["source_name"] == "cve" && r["external_id"] == cve),
                    "{name}: {cve} without its cve reference"
                );
            }
            _ => {}
        }
    }
    // Every reference resolves, and relationships are ones STIX suggests.
    let mut all_refs = Vec::new();
    refs(value, &mut all_refs);
    for r in &all_refs {
        assert!(ids.contains(r), "{name}: dangling reference {r}");
    }
    for o in objects.iter().filter(|o| o["type"] == "relationship") {
        let source = &types[o["source_ref"].as_str().unwrap_or("")];
        let target = &types[o["target_ref"].as_str().unwrap_or("")];
        let kind = o["relationship_type"].as_str().unwrap_or("");
        assert!(
            suggested(source, kind, target),
            "{name}: {source} {kind} {target}"
        );
    }
    // The report refers to every other object, once.
    let reports: Vec<&Value> = objects.iter().filter(|o| o["type"] == "report").collect();
    assert_eq!(reports.len(), 1, "{name}");
    let report = reports[0];
    let object_refs: Vec<&str> = report["object_refs"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let others: HashSet<&str> = objects
        .iter()
        .filter(|o| o["type"] != "report")
        .filter_map(|o| o["id"].as_str())
        .collect();
    assert_eq!(object_refs.len(), others.len(), "{name}");
    assert_eq!(object_refs.into_iter().collect::<HashSet<_>>(), others);
}

#[test]
fn every_sample_gives_a_well_formed_bundle() {
    for (name, report) in reports() {
        check_bundle(&name, &json(&bundle_of(&report)));
    }
}

#[test]
fn bundles_are_deterministic() {
    let fresh = Extractor::new();
    for (name, bytes) in samples() {
        let a = Extractor::shared().extract(&bytes).expect("extractable");
        let b = fresh.extract(&bytes).expect("extractable");
        let first = serde_json::to_string(&bundle_of(&a)).expect("json");
        let second =
            serde_json::to_string(&b.to_stix(fresh.gazetteer(), &options())).expect("json");
        assert_eq!(first, second, "{name}");
    }
}

#[test]
fn ids_depend_on_content_not_on_time() {
    let report = Extractor::shared()
        .extract(CRAFTED.as_bytes())
        .expect("extractable");
    let now = bundle_of(&report);
    let later = report.to_stix(
        Extractor::shared().gazetteer(),
        &StixOptions::new("2027-01-01T12:30:00.250Z").expect("valid"),
    );
    let ids = |b: &Bundle, ty: &str| -> Vec<String> {
        b.of_type(ty).map(|o| o.id().to_string()).collect()
    };
    for ty in [
        "intrusion-set",
        "malware",
        "tool",
        "indicator",
        "relationship",
        "location",
    ] {
        assert!(!ids(&now, ty).is_empty(), "{ty}");
        assert_eq!(ids(&now, ty), ids(&later, ty), "{ty}");
    }
    // A report is identified by its name and publication time.
    assert_ne!(ids(&now, "report"), ids(&later, "report"));
    assert_eq!(
        later.report().map(|r| r.published.as_str()),
        Some("2027-01-01T12:30:00.250Z")
    );
}

/// Actor names and aliases, CVEs, techniques and indicators of each report
/// are all in its bundle.
#[test]
fn round_trip_report_to_bundle() {
    for (name, report) in reports() {
        let bundle = bundle_of(&report);
        let stix_report = bundle.report().expect("a report");
        for actor in &report.actors {
            let set = bundle
                .objects
                .iter()
                .find_map(|o| match o {
                    StixObject::IntrusionSet(i) if i.name == actor.name => Some(i),
                    _ => None,
                })
                .unwrap_or_else(|| panic!("{name}: no intrusion set {}", actor.name));
            for alias in actor.aliases.iter().filter(|a| **a != actor.name) {
                assert!(
                    set.aliases
                        .iter()
                        .any(|x| x.to_lowercase() == alias.to_lowercase()),
                    "{name}: {} lost alias {alias}",
                    actor.name
                );
            }
            if let Some(g) = &actor.attack_id {
                assert!(
                    set.external_references.iter().any(|r| {
                        r.external_id.as_ref() == Some(g)
                            && r.url.as_deref()
                                == Some(format!("https://attack.mitre.org/groups/{g}/").as_str())
                    }),
                    "{name}: {} lost {g}",
                    actor.name
                );
            }
        }
        for indicator in &report.indicators {
            let found = match indicator.kind {
                IndicatorKind::Cve => bundle
                    .of_type("vulnerability")
                    .any(|o| o.name() == Some(indicator.value.as_str())),
                IndicatorKind::AttackTechnique => bundle
                    .of_type("attack-pattern")
                    .any(|o| o.name() == Some(indicator.value.as_str())),
                kind => {
                    let p = pattern(kind, &indicator.value);
                    let as_indicator = bundle.objects.iter().any(|o| match o {
                        StixObject::Indicator(i) => Some(&i.pattern) == p.as_ref(),
                        _ => false,
                    });
                    // The name of a cited source ("- cisa.gov: ...") is a
                    // reference of the report, not an indicator.
                    // ("- cloud.google.com/blog: ..." names its host too).
                    let as_source = report.regions.iter().any(|r| {
                        r.part == cti_extract::digest::Part::ReferenceSource
                            && r.span.start <= indicator.span.start
                            && indicator.span.end <= r.span.end
                    }) && stix_report.external_references.iter().any(|r| {
                        r.source_name
                            .to_lowercase()
                            .starts_with(indicator.value.as_str())
                    });
                    as_indicator || as_source
                }
            };
            assert!(
                found,
                "{name}: {} {} is not in the bundle",
                indicator.kind, indicator.value
            );
        }
    }
}

#[test]
fn cited_sources_are_references_not_indicators() {
    let (_, report) = reports()
        .into_iter()
        .find(|(n, _)| n.starts_with("004_"))
        .expect("sample 004");
    let bundle = bundle_of(&report);
    let patterns: Vec<&str> = bundle
        .objects
        .iter()
        .filter_map(|o| match o {
            StixObject::Indicator(i) => Some(i.pattern.as_str()),
            _ => None,
        })
        .collect();
    assert!(
        !patterns.iter().any(|p| p.contains("cisa.gov")),
        "{patterns:?}"
    );
    assert!(patterns.contains(&"[ipv4-addr:value = '198.51.100.23']"));
    assert!(patterns.contains(
        &"[file:hashes.'SHA-256' = 'b5c845bb9fe5bf6dea5dc2a3e5c023783b33998c9b03475c0d96cbaecf2b5654']"
    ));
    let refs = &bundle.report().expect("report").external_references;
    assert!(refs.iter().any(|r| r.source_name == "cisa.gov"));
}

/// (relationship type, source name, target name) of a bundle.
fn relations(bundle: &Bundle) -> Vec<(&'static str, String, String)> {
    bundle
        .objects
        .iter()
        .filter_map(|o| match o {
            StixObject::Relationship(r) => Some((
                r.relationship_type,
                bundle.get(&r.source_ref)?.name()?.to_string(),
                bundle.get(&r.target_ref)?.name()?.to_string(),
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn one_actor_is_linked_to_what_the_article_names() {
    let (_, report) = reports()
        .into_iter()
        .find(|(n, _)| n.starts_with("000_"))
        .expect("sample 000");
    let rels = relations(&bundle_of(&report));
    let has =
        |kind: &str, s: &str, t: &str| rels.iter().any(|r| r.0 == kind && r.1 == s && r.2 == t);
    assert!(has("originates-from", "APT31", "China"), "{rels:?}");
    assert!(has("targets", "APT31", "Czech Republic"), "{rels:?}");
    assert!(has("targets", "APT31", "Government sector"), "{rels:?}");
    assert!(!has("targets", "APT31", "China"), "{rels:?}");
}

#[test]
fn several_actors_link_only_the_classified_attacker() {
    let (_, report) = reports()
        .into_iter()
        .find(|(n, _)| n.starts_with("006_"))
        .expect("sample 006");
    assert!(report.actors.len() > 1);
    let attacker = report.classification.attacker.clone();
    let rels = relations(&bundle_of(&report));
    assert!(!rels.is_empty());
    assert!(
        rels.iter()
            .all(|r| r.0 == "originates-from" || r.1 == attacker),
        "{rels:?}"
    );
}

#[test]
fn crafted_article_covers_every_object_type() {
    let report = Extractor::shared()
        .extract(CRAFTED.as_bytes())
        .expect("extractable");
    let bundle = bundle_of(&report);
    for ty in [
        "report",
        "identity",
        "intrusion-set",
        "malware",
        "tool",
        "attack-pattern",
        "vulnerability",
        "location",
        "indicator",
        "relationship",
    ] {
        assert!(bundle.of_type(ty).next().is_some(), "no {ty}");
    }
    let rels = relations(&bundle);
    let has =
        |kind: &str, s: &str, t: &str| rels.iter().any(|r| r.0 == kind && r.1 == s && r.2 == t);
    assert!(has("uses", "FIN7", "Mimikatz"), "{rels:?}");
    assert!(has("uses", "FIN7", "T1566.001"), "{rels:?}");
    assert!(
        has("indicates", "E-mail address boss@evil-corp.com", "FIN7"),
        "{rels:?}"
    );
}

#[test]
fn patterns_escape_quotes_and_backslashes() {
    let re = pattern_regex();
    let tricky = [
        (IndicatorKind::Url, r"http://evil.example/it's\x'\\"),
        (IndicatorKind::Domain, "a'b.example"),
        (IndicatorKind::Email, r"o'brien\@example.com"),
    ];
    for (kind, value) in tricky {
        let p = pattern(kind, value).expect("a pattern");
        assert!(re.is_match(&p), "{p}");
        // Unescaping the literal gives the value back.
        let literal = &p[p.find(" = '").map_or(0, |i| i + 4)..p.len() - 2];
        let mut unescaped = String::new();
        let mut chars = literal.chars();
        while let Some(c) = chars.next() {
            unescaped.push(if c == '\\' {
                chars.next().unwrap_or(c)
            } else {
                c
            });
        }
        assert_eq!(unescaped, value);
    }
    let mut input = StixInput::new("tricky");
    input.add_indicator(IndicatorInput::new(IndicatorKind::Url, tricky[0].1));
    let value = json(&input.to_bundle(&options()));
    check_bundle("tricky", &value);
}

#[test]
fn an_article_with_nothing_in_it_still_gives_a_valid_bundle() {
    let report = Extractor::shared()
        .extract(b"Nothing to see here.")
        .expect("extractable");
    let bundle = bundle_of(&report);
    check_bundle("empty", &json(&bundle));
    let stix_report = bundle.report().expect("report");
    assert_eq!(stix_report.name, "Nothing to see here.");
    // The producer identity: a report must refer to at least one object.
    assert_eq!(stix_report.object_refs.len(), 1);
    let empty = StixInput::new("   ").to_bundle(&options());
    check_bundle("untitled", &json(&empty));
    assert_eq!(
        empty.report().map(|r| r.name.as_str()),
        Some("Untitled article")
    );
}

/// What the classification stage will do: name victims and the attacker
/// of an article with several actors.
#[test]
fn classification_can_add_victims_and_choose_the_attacker() {
    let (_, report) = reports()
        .into_iter()
        .find(|(n, _)| n.starts_with("006_"))
        .expect("sample 006");
    let mut input = StixInput::from_report(&report, Extractor::shared().gazetteer());
    let victim = input.add_victim(VictimInput::organization(
        "Kyivstar",
        &["telecommunications"],
    ));
    let attacker = input.add_actor(ActorInput::new("Sandworm"));
    input.link_attacker(
        attacker,
        "The classification names Sandworm as the attacker.",
    );
    assert!(input.has_link(Relation::TargetsVictim {
        actor: attacker,
        victim
    }));
    let bundle = input.to_bundle(&options());
    check_bundle("006 classified", &json(&bundle));
    let rels = relations(&bundle);
    assert!(
        rels.contains(&("targets", "Sandworm".into(), "Kyivstar".into())),
        "{rels:?}"
    );
    assert!(
        rels.contains(&("targets", "Sandworm".into(), "Ukraine".into())),
        "{rels:?}"
    );
    let kyivstar = bundle
        .objects
        .iter()
        .find_map(|o| match o {
            StixObject::Identity(i) if i.name == "Kyivstar" => Some(i),
            _ => None,
        })
        .expect("Kyivstar");
    assert_eq!(kyivstar.identity_class, "organization");
    assert!(
        kyivstar.sectors.iter().any(|s| s == "telecommunications"),
        "{:?}",
        kyivstar.sectors
    );
}

#[test]
fn options_refuse_bad_times() {
    for bad in [
        "yesterday",
        "2026-11-29",
        "2026-11-29T00:00:00+02:00",
        "2026-11-29T00:00:00.1234Z",
    ] {
        let e = StixOptions::new(bad).expect_err(bad);
        let boxed: Box<dyn std::error::Error> = Box::new(e);
        assert!(boxed.to_string().contains(bad), "{boxed}");
    }
    let o = StixOptions::new("2026-11-29T00:00:00Z").expect("valid");
    assert_eq!(o.created(), CREATED);
    let renamed = o.producer("Example CTI team");
    let bundle = StixInput::new("x").to_bundle(&renamed);
    let producer = bundle.of_type("identity").next().and_then(|o| o.name());
    assert_eq!(producer, Some("Example CTI team"));
}
