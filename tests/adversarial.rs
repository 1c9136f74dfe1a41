//! 100 MB of adversarial text through `extract`: it finishes, returns a
//! Report, and flags every list it had to cut.

#[path = "support/adversarial.rs"]
mod support;

use cti_extract::Extractor;

#[test]
fn a_hundred_megabytes_of_adversarial_text() {
    let article = support::adversarial(100 << 20);
    assert!(article.len() >= 100 << 20);
    let started = std::time::Instant::now();
    let report = match Extractor::new().extract(article.as_bytes()) {
        Ok(r) => r,
        Err(e) => panic!("no report: {e}"),
    };
    eprintln!("100 MiB adversarial article: {:?}", started.elapsed());
    // Nothing of the text is lost.
    assert_eq!(report.text.len(), {
        // "cafÃ© " is repaired to "café ": one byte shorter each.
        let repaired = cti_extract::fix_text(&article).len();
        repaired
    });
    drop(article);
    // Every list at its limit, and every cut flagged with what was found.
    let cut = |what: &str| report.truncated.iter().find(|t| t.what == what);
    for (what, len) in [
        ("mentions", report.mentions.len()),
        ("repairs", report.repairs.len()),
        ("obfuscations", report.obfuscations.len()),
    ] {
        let Some(t) = cut(what) else {
            panic!("{what} not flagged: {:?}", report.truncated);
        };
        assert_eq!(t.kept, len, "{what}");
        assert!(t.found > t.kept, "{what}");
    }
    // Spans still point into the text.
    for m in report.mentions.iter().step_by(997) {
        assert_eq!(m.span.slice(&report.text), Some(m.text.as_str()));
    }
    for o in report.obfuscations.iter().step_by(997) {
        assert_eq!(o.span.slice(&report.text), Some(o.text.as_str()));
    }
}

#[test]
fn thousands_of_candidates_for_the_searching_rules() {
    let article = many_candidates(4 << 20);
    let report = whole_report(&article, "4 MiB of candidates");
    assert!(!report.classification.company.is_empty());
}

/// The report of `article`, which must keep all of its text; prints how
/// long it took (`what` names the input), for a look, not an assertion.
fn whole_report(article: &str, what: &str) -> cti_extract::Report {
    let started = std::time::Instant::now();
    let report = match Extractor::new().extract(article.as_bytes()) {
        Ok(r) => r,
        Err(e) => panic!("no report for {what}: {e}"),
    };
    eprintln!("{what}: {:?}", started.elapsed());
    assert_eq!(report.text.len(), article.len());
    report
}

/// One sentence of 2 MiB that names actors after earlier years, in a story
/// whose lead names a later one: the rule that sets a mention before the
/// story's year reads a bounded clause before each mention (reading the
/// whole sentence before each one took 24 s for this text).
#[test]
fn one_long_sentence_of_actors_after_years() {
    let mut article = String::from("On 1 May 2023 hackers hit Contoso.\n");
    while article.len() < 2 << 20 {
        article.push_str("In 2020 APT28 and the LockBit 3.0 gang, ");
    }
    article.push_str("done.\n");
    let report = whole_report(&article, "a 2 MiB sentence of actors");
    assert!(!report.classification.attacker.is_empty());
}

/// One sentence of 1 MiB of described attackers: the test of whether a
/// description stands in a sentence of attribution reads a bounded window
/// around each (reading the whole sentence for each took 22 s in release).
#[test]
fn one_long_sentence_of_described_attackers() {
    let mut article = String::from("Hackers hit Contoso on 1 May 2023.\n");
    while article.len() < 1 << 20 {
        article.push_str("a highly sophisticated Chinese state-sponsored actor, ");
    }
    article.push_str("done.\n");
    let report = whole_report(&article, "a 1 MiB sentence of described attackers");
    assert_eq!(
        report.classification.attacker,
        "Chinese state-sponsored actor"
    );
}

/// One sentence of 1 MiB of victims each beside a country's adjective
/// ("Pro-Russian groups such as Killnet have targeted ..."): the country of
/// each victim phrase is read from a bounded number of the sentence's
/// mentions (reading all of them for each phrase took 57 s for 2.5 MB in
/// release).
#[test]
fn one_long_sentence_of_victims_and_countries() {
    let mut article = String::from("Hackers hit Contoso on 1 May 2023.\n");
    while article.len() < 1 << 20 {
        article.push_str("Pro-Russian groups such as Killnet have targeted ");
    }
    article.push_str("done.\n");
    let report = whole_report(&article, "a 1 MiB sentence of victims and countries");
    assert!(!report.classification.company.is_empty());
}

/// One sentence of 1 MiB naming actors over and over ("The attack was
/// claimed by Syrian Electronic Army and Lizard Squad and APT28, ..."): the
/// test for a sentence that lists other incidents reads the sentence's first
/// 200 bytes, not all of it before each name (44 s for 2.5 MB in release
/// before).
#[test]
fn one_long_sentence_of_actors() {
    let mut article = String::from("Hackers hit Contoso. The attack was claimed by ");
    while article.len() < 1 << 20 {
        article.push_str("Syrian Electronic Army and Lizard Squad and APT28, ");
    }
    article.push_str("done.\n");
    let report = whole_report(&article, "a 1 MiB sentence of actors");
    assert!(!report.classification.attacker.is_empty());
}

/// 1 MiB of actors beside the agencies their data files them under, and
/// under units of them ("IRIDIUM, part of the GRU, and Sandworm and the FSB
/// and Turla"): each actor's agency is compared with each agency named once,
/// not with every mention of one (3.6 s for 2.4 MB in release before).
#[test]
fn many_actors_and_their_agencies() {
    let mut article = String::from("Hackers hit Contoso on 1 May 2023.\n");
    while article.len() < 1 << 20 {
        article.push_str("IRIDIUM, part of the GRU, and Sandworm and the FSB and Turla. ");
    }
    let report = whole_report(&article, "1 MiB of actors and their agencies");
    assert!(!report.classification.attacker.is_empty());
}

/// Tens of thousands of distinct names introduced as groups ("ReconFoo1X is
/// a threat group.", "another ransomware gang, Dark1FooX,"): each is looked
/// up among those already found in a set (a scan of the list for each took
/// 7 s for 2.5 MB in release).
#[test]
fn thousands_of_introduced_names() {
    let mut article = String::from("Hackers hit Contoso on 1 May 2023.\n");
    let mut n = 0;
    while article.len() < 1 << 20 {
        article.push_str(&format!(
            "ReconFoo{n}X is a threat group. Another ransomware gang, Dark{n}FooX, hit it. "
        ));
        n += 1;
    }
    article.push('\n');
    let report = whole_report(&article, "thousands of introduced names");
    assert!(report.introduced_actors.len() > 1000);
}

/// Tens of thousands of distinct people, each said once to have been
/// arrested ("Karl Qaaaa, a man from Rome, was arrested by police."):
/// whether each is named again is one search of the text, within the
/// document's search budget (a search for each took 3 s for 2.5 MB in
/// release).
#[test]
fn thousands_of_people_arrested_once() {
    let mut article = String::from("Police arrested two men. Like NSO Group, they sold spyware.\n");
    let mut n = 0u32;
    while article.len() < 1 << 20 {
        let surname: String = (0..5)
            .map(|k| char::from(b'a' + ((n / 26u32.pow(k)) % 26) as u8))
            .collect();
        article.push_str(&format!(
            "Karl Q{surname}, a man from Rome, was arrested by police. "
        ));
        n += 1;
    }
    article.push('\n');
    let report = whole_report(&article, "thousands of people arrested once");
    assert!(!report.classification.attacker.is_empty());
}

/// Hundreds of thousands of country initials before an initialism that
/// starts with them ("US US US ... USAID"): whether a token is a country's
/// mention is one binary search (a scan of every mention for each took
/// 108 s in release).
#[test]
fn country_initials_before_an_initialism() {
    let mut article = "US ".repeat(300_000);
    article.push_str("Agency for International Development. USAID was hacked.\n");
    let report = whole_report(&article, "300,000 country initials");
    assert!(!report.classification.company.is_empty());
}

/// An article of about `bytes` bytes made of thousands of distinct
/// candidates for the classification rules that search the text once per
/// candidate: researchers' employers, title-case lines, names written three
/// times, the culprits of other incidents, systems hit. Each rule must stay
/// linear in the text's length however many candidates there are.
fn many_candidates(bytes: usize) -> String {
    fn name(mut i: usize) -> String {
        let mut s = String::new();
        loop {
            s.insert(0, char::from(b'a' + (i % 26) as u8));
            i /= 26;
            if i == 0 {
                break;
            }
        }
        s
    }
    fn capitalised(i: usize) -> String {
        let n = name(i);
        let mut c = n.chars();
        c.next()
            .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
            .unwrap_or(n)
    }
    let mut s = String::from("CyberSecurity news\nA@B\n//\n");
    let mut i = 0usize;
    while s.len() < bytes {
        let (n, c) = (name(i), capitalised(i));
        let unit = match i % 5 {
            0 => format!("Researchers from Acme{c} Corp said hackers attacked it. "),
            1 => format!("\nDeep Dive Into The Zeta{c} Logger Framework Analysis\n"),
            2 => format!("The Omega{c} tool runs. It calls Omega{c} twice, then Omega{c} exits. "),
            3 => format!(
                "Funds went to an address linked to the 2022 Zeta{c} Bridge theft that the FBI attributed to Lazarus Group. "
            ),
            _ => format!("Hackers breached its {n} {n}x support tools in the attack. "),
        };
        s.push_str(&unit);
        i += 1;
    }
    s
}
