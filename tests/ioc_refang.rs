//! Refanging and defanging: a table of every supported marker, and property
//! tests that `refang(defang(v)) == v` and that extraction finds defanged
//! indicators with spans that point at the defanged text.

use cti_extract::ioc::{defang, extract, refang, IndicatorKind};
use proptest::prelude::*;

#[test]
fn refang_table() {
    let table: &[(&str, &str, &str)] = &[
        ("hxxp", "hxxp://a.com", "http://a.com"),
        ("hxxps", "hxxps://a.com", "https://a.com"),
        ("hXXps", "hXXps://a.com", "https://a.com"),
        ("fxp", "fxp://a.com", "ftp://a.com"),
        ("xxxx", "xxxx://a.com", "http://a.com"),
        ("xxxxs", "xxxxs://a.com", "https://a.com"),
        ("bracketed scheme", "[https]://a.com", "https://a.com"),
        ("parenthesised scheme", "(hxxp)://a.com", "http://a.com"),
        ("square dot", "a[.]com", "a.com"),
        ("round dot", "a(.)com", "a.com"),
        ("curly dot", "a{.}com", "a.com"),
        ("dot word", "a[dot]com", "a.com"),
        ("round dot word", "a(dot)com", "a.com"),
        ("curly dot word", "a{DOT}com", "a.com"),
        ("punto", "a[punto]com", "a.com"),
        ("punkt", "a(punkt)com", "a.com"),
        ("spaces inside", "a[ . ]com", "a.com"),
        ("spaces inside word", "a( dot )com", "a.com"),
        ("spaces around word", "a [dot] com", "a.com"),
        ("backslash dot", "a\\.com", "a.com"),
        (
            "backslash slash",
            "https:\\/\\/a.com\\/x",
            "https://a.com/x",
        ),
        ("angle dot", "1<.>2", "1.2"),
        ("odd pair ].[", "a].[com", "a.com"),
        ("odd pair [.[", "a[.[com", "a.com"),
        ("odd pair }.{", "a}.{com", "a.com"),
        ("bracketed comma", "1[,]2(,)3", "1.2.3"),
        ("bracketed hyphen", "a[-]b.com", "a-b.com"),
        ("colon", "http[:]//a.com", "http://a.com"),
        ("colon slash slash", "http[://]a.com", "http://a.com"),
        ("at sign", "a[@]b.com", "a@b.com"),
        ("round at sign", "a(@)b.com", "a@b.com"),
        ("at word", "a[at]b.com", "a@b.com"),
        ("round at word", "a(AT)b.com", "a@b.com"),
        ("spaced at word", "a [at] b.com", "a@b.com"),
        ("arroba", "a(arroba)b.com", "a@b.com"),
        (
            "et is not refanged",
            "Emerging Threats (ET) rules.example.net",
            "Emerging Threats (ET) rules.example.net",
        ),
        (
            "nothing",
            "plain text (with brackets) [1] {x}",
            "plain text (with brackets) [1] {x}",
        ),
        ("hxxp inside a word", "ahxxp://a.com", "ahxxp://a.com"),
        (
            "hxxp without separator",
            "the hxxp scheme",
            "the hxxp scheme",
        ),
        ("single bracket", "a.[com a[.com", "a.[com a[.com"),
        ("bare words", "a AT b DOT com", "a AT b DOT com"),
        (
            "bracketed scheme needs a colon",
            "[http] is a scheme",
            "[http] is a scheme",
        ),
    ];
    for (name, input, want) in table {
        assert_eq!(refang(input), *want, "{name}");
    }
}

#[test]
fn defang_table() {
    let table: &[(&str, &str)] = &[
        (
            "https://evil.example.com/a.php",
            "hxxps://evil[.]example[.]com/a.php",
        ),
        ("http://1.2.3.4:8080/x", "hxxp://1[.]2[.]3[.]4:8080/x"),
        ("ftp://files.evil.org", "fxp://files[.]evil[.]org"),
        ("http://[2001:db8::1]/", "hxxp://[2001[:]db8[:][:]1]/"),
        ("admin@evil.ru", "admin[@]evil[.]ru"),
        ("evil.com", "evil[.]com"),
        ("185.220.101.4", "185[.]220[.]101[.]4"),
        ("2001:db8::1", "2001[:]db8[:][:]1"),
        ("T1566.001", "T1566.001"),
        ("CVE-2021-44228", "CVE-2021-44228"),
        (
            "d41d8cd98f00b204e9800998ecf8427e",
            "d41d8cd98f00b204e9800998ecf8427e",
        ),
    ];
    for (input, want) in table {
        assert_eq!(defang(input), *want, "{input}");
        assert_eq!(refang(&defang(input)), *input, "{input}");
    }
}

#[test]
fn indicator_defanged_value_by_kind() {
    let found = extract("T1566.001 evil.com");
    assert_eq!(found[0].kind, IndicatorKind::AttackTechnique);
    assert_eq!(found[0].defanged_value(), "T1566.001");
    assert_eq!(found[1].defanged_value(), "evil[.]com");
}

fn label() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9-]{2,10}[a-z0-9]"
}

fn domain() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(label(), 1..4),
        prop::sample::select(vec!["com", "net", "ru", "io", "co.uk", "xyz"]),
    )
        .prop_map(|(labels, tld)| format!("{}.{tld}", labels.join(".")))
}

fn ipv4() -> impl Strategy<Value = String> {
    (1u8..=223, any::<u8>(), any::<u8>(), 1u8..=254)
        .prop_map(|(a, b, c, d)| format!("{a}.{b}.{c}.{d}"))
}

proptest! {
    #[test]
    fn refang_undoes_defang_for_domains(d in domain()) {
        let df = defang(&d);
        prop_assert_eq!(refang(&df), d.as_str());
    }

    #[test]
    fn refang_undoes_defang_for_urls(d in domain(), path in "(/[a-z0-9_.-]{1,8}){0,3}", secure in any::<bool>()) {
        let url = format!("{}://{d}{path}", if secure { "https" } else { "http" });
        let du = defang(&url);
        prop_assert_eq!(refang(&du), url.as_str());
    }

    #[test]
    fn defanged_indicators_are_found_with_their_spans(d in domain(), ip in ipv4(), user in "[a-z]{1,8}") {
        let email = format!("{user}@{d}");
        let text = format!("C2 {} and {} from {}.", defang(&d), defang(&ip), defang(&email));
        let found = extract(&text);
        let got: Vec<(IndicatorKind, &str, Option<&str>)> = found
            .iter()
            .map(|i| (i.kind, i.value.as_str(), i.span.slice(&text)))
            .collect();
        let dd = defang(&d);
        let di = defang(&ip);
        let de = defang(&email);
        prop_assert_eq!(got, vec![
            (IndicatorKind::Domain, d.as_str(), Some(dd.as_str())),
            (IndicatorKind::Ipv4, ip.as_str(), Some(di.as_str())),
            (IndicatorKind::Email, email.as_str(), Some(de.as_str())),
        ]);
        prop_assert!(found.iter().all(|i| i.defanged));
    }

    #[test]
    fn extraction_never_panics_and_spans_are_char_aligned(s in "\\PC{0,200}") {
        for i in extract(&s) {
            prop_assert!(i.span.slice(&s).is_some());
            prop_assert!(!i.value.is_empty());
        }
        let _ = refang(&s);
    }

    #[test]
    fn marker_soup_is_handled(s in "[\\[\\](){}.:/@ atdoxhpsfXT0-9a-f\\\\<>,-]{0,300}") {
        for i in extract(&s) {
            prop_assert!(i.span.slice(&s).is_some());
        }
    }
}
