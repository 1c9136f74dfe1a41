//! Table-driven tests of `ioc::extract`: (name, input, expected indicators in
//! order of appearance as (kind, refanged value)). Every kind, every defang
//! form, and the false-positive traps that the Python extractors fall into.

use cti_extract::ioc::{extract, IndicatorFlag, IndicatorKind};

type Expected = &'static [(&'static str, &'static str)];

fn found(text: &str) -> Vec<(String, String)> {
    extract(text)
        .into_iter()
        .map(|i| (i.kind.as_str().to_string(), i.value))
        .collect()
}

fn check(table: &[(&str, &str, Expected)]) {
    let mut failures = Vec::new();
    for (name, input, expected) in table {
        let got = found(input);
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        if got != want {
            failures.push(format!(
                "{name}: input {input:?}\n   want {want:?}\n    got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_kind() {
    check(&[
        ("cve", "Patch CVE-2021-44228 now.", &[("cve", "CVE-2021-44228")]),
        ("cve lower case", "cve-2023-4966", &[("cve", "CVE-2023-4966")]),
        ("cve five digits", "CVE-2024-21412,", &[("cve", "CVE-2024-21412")]),
        ("cve en dash", "CVE\u{2013}2024\u{2013}3400", &[("cve", "CVE-2024-3400")]),
        ("cve space", "CVE 2014-1001", &[("cve", "CVE-2014-1001")]),
        ("ipv4", "C2: 185.220.101.4.", &[("ipv4", "185.220.101.4")]),
        ("ipv4 with port", "1.2.3.4:8080", &[("ipv4", "1.2.3.4")]),
        ("ipv6", "from 2001:4860:4860::8888 today", &[("ipv6", "2001:4860:4860::8888")]),
        ("ipv6 canonical", "2001:0db8:0000:0000:0000:ff00:0042:8329", &[("ipv6", "2001:db8::ff00:42:8329")]),
        ("ipv6 bracketed with port", "[2a01:4f8::1]:443", &[("ipv6", "2a01:4f8::1")]),
        ("ipv6 ipv4 tail", "::ffff:185.220.101.4", &[("ipv6", "::ffff:185.220.101.4"), ("ipv4", "185.220.101.4")]),
        ("domain", "resolves to update-check.evil-cdn.net daily", &[("domain", "update-check.evil-cdn.net")]),
        ("domain upper case", "BAR.COM", &[("domain", "bar.com")]),
        ("domain two-level suffix", "portal.gov.uk and bank.co.jp", &[("domain", "portal.gov.uk"), ("domain", "bank.co.jp")]),
        ("domain punycode", "xn--80ak6aa92e.xn--p1ai", &[("domain", "xn--80ak6aa92e.xn--p1ai")]),
        ("domain underscore label", "_jabber._tcp.gmail.com", &[("domain", "_jabber._tcp.gmail.com")]),
        ("url", "see https://evil.com/a/b.php?x=1#f.", &[("url", "https://evil.com/a/b.php?x=1#f"), ("domain", "evil.com")]),
        ("url ftp", "ftp://files.evil.org/pub", &[("url", "ftp://files.evil.org/pub"), ("domain", "files.evil.org")]),
        ("url ip host and port", "http://45.9.148.3:8080/x", &[("url", "http://45.9.148.3:8080/x"), ("ipv4", "45.9.148.3")]),
        ("url ipv6 host", "http://[2a01:4f8::1]:80/p", &[("url", "http://[2a01:4f8::1]:80/p"), ("ipv6", "2a01:4f8::1")]),
        ("url host lower-cased", "HTTPS://Evil.COM/Path", &[("url", "https://evil.com/Path"), ("domain", "evil.com")]),
        ("url no path", "https://evil.com", &[("url", "https://evil.com"), ("domain", "evil.com")]),
        ("url scheme-less", "download evil.com/payload.bin now", &[("domain", "evil.com"), ("url", "evil.com/payload.bin")]),
        ("url userinfo", "http://user:pw@evil.com:8080/", &[("url", "http://user:pw@evil.com:8080/"), ("domain", "evil.com")]),
        ("email", "write to ops@evil-mail.ru.", &[("email", "ops@evil-mail.ru")]),
        ("email upper case", "Admin@Evil.RU", &[("email", "admin@evil.ru")]),
        ("email ip literal", "test@[192.168.0.1]", &[("email", "test@[192.168.0.1]"), ("ipv4", "192.168.0.1")]),
        ("md5", "md5: D41D8CD98F00B204E9800998ECF8427E", &[("md5", "d41d8cd98f00b204e9800998ecf8427e")]),
        ("sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709", &[("sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709")]),
        ("sha256", "sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855;", &[("sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]),
        ("sha512", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e", &[("sha512", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e")]),
        ("hash with 0x prefix", "0x1a1db93766e31994507511c9c70a1dd94465cf6d", &[("sha1", "1a1db93766e31994507511c9c70a1dd94465cf6d")]),
        ("hash inside url path", "https://www.virustotal.com/gui/file/e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855/detection",
            &[("url", "https://www.virustotal.com/gui/file/e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855/detection"), ("domain", "www.virustotal.com"), ("sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]),
        ("hash named file", "d41d8cd98f00b204e9800998ecf8427e.exe", &[("md5", "d41d8cd98f00b204e9800998ecf8427e")]),
        ("attack technique", "Phishing (T1566)", &[("attack_technique", "T1566")]),
        ("attack sub-technique", "T1566.001.", &[("attack_technique", "T1566.001")]),
        ("attack ics", "T0883 in ICS", &[("attack_technique", "T0883")]),
        ("attack lower case", "t1059.003", &[("attack_technique", "T1059.003")]),
    ]);
}

#[test]
fn defang_forms() {
    check(&[
        (
            "hxxp",
            "hxxp://evil.com/x",
            &[("url", "http://evil.com/x"), ("domain", "evil.com")],
        ),
        (
            "hxxps",
            "hxxps://evil.com/x",
            &[("url", "https://evil.com/x"), ("domain", "evil.com")],
        ),
        (
            "hXXps mixed case",
            "hXxPs://evil.com/x",
            &[("url", "https://evil.com/x"), ("domain", "evil.com")],
        ),
        (
            "fxp",
            "fxp://files.evil.org/pub",
            &[
                ("url", "ftp://files.evil.org/pub"),
                ("domain", "files.evil.org"),
            ],
        ),
        (
            "square dot",
            "evil[.]example[.]com",
            &[("domain", "evil.example.com")],
        ),
        ("round dot", "evil(.)ru", &[("domain", "evil.ru")]),
        ("curly dot", "evil{.}ru", &[("domain", "evil.ru")]),
        ("square dot word", "evil[dot]ru", &[("domain", "evil.ru")]),
        ("round dot word", "evil(dot)ru", &[("domain", "evil.ru")]),
        ("upper dot word", "evil[DOT]ru", &[("domain", "evil.ru")]),
        ("spaced dot word", "evil [dot] ru", &[("domain", "evil.ru")]),
        (
            "colon",
            "hxxp[:]//evil.com/x",
            &[("url", "http://evil.com/x"), ("domain", "evil.com")],
        ),
        (
            "colon slash slash",
            "hxxps[://]evil[.]com/x",
            &[("url", "https://evil.com/x"), ("domain", "evil.com")],
        ),
        (
            "plain scheme defanged separator",
            "http[://]evil.com/x",
            &[("url", "http://evil.com/x"), ("domain", "evil.com")],
        ),
        ("at sign", "admin[@]evil.ru", &[("email", "admin@evil.ru")]),
        (
            "at word",
            "admin[at]evil(.)ru",
            &[("email", "admin@evil.ru")],
        ),
        (
            "round at word",
            "admin(at)evil.ru",
            &[("email", "admin@evil.ru")],
        ),
        (
            "spaced at word",
            "admin [at] evil [dot] ru",
            &[("email", "admin@evil.ru")],
        ),
        ("backslash dot", "evil\\.com", &[("domain", "evil.com")]),
        (
            "brackets with spaces",
            "evil[ . ]com and 10[ . ]0[ . ]0[ . ]1",
            &[("domain", "evil.com"), ("ipv4", "10.0.0.1")],
        ),
        (
            "odd brackets",
            "www].[evil].[com",
            &[("domain", "www.evil.com")],
        ),
        (
            "ipv4 defanged",
            "185.220.101[.]4",
            &[("ipv4", "185.220.101.4")],
        ),
        (
            "ipv4 all dots defanged",
            "185[.]220[.]101[.]4",
            &[("ipv4", "185.220.101.4")],
        ),
        (
            "ipv6 defanged",
            "2001[:]db8[:][:]1",
            &[("ipv6", "2001:db8::1")],
        ),
        (
            "full article form",
            "hxxps://evil[.]example[.]com/gate[.]php",
            &[
                ("url", "https://evil.example.com/gate.php"),
                ("domain", "evil.example.com"),
            ],
        ),
    ]);
}

#[test]
fn false_positive_traps() {
    check(&[
        ("file names are not domains", "setup.zip loader.py invoice.pdf config.json README.md run.sh libc.so Finder.app notes.one", &[]),
        ("defanged file-like name is a domain", "setup[.]zip", &[("domain", "setup.zip")]),
        ("file-like name in a url is a domain", "http://setup.zip/x", &[("url", "http://setup.zip/x"), ("domain", "setup.zip")]),
        ("www file-like name is a domain", "www.invoice.zip", &[("domain", "www.invoice.zip")]),
        ("not a tld", "evil.exe payload.dll page.php data.txt", &[]),
        ("code attribute names", "cont = file.read() and user.name, UsrClass.data, request.post", &[]),
        ("defanged code-like tld is a domain", "beltalus.ns1[.]name", &[("domain", "beltalus.ns1.name")]),
        ("bare public suffix", "co.uk", &[]),
        ("octet above 255", "255.256.344.1 999.1.1.1", &[]),
        ("five labels", "1.1.1.1.1 2018.12.15.14.05.43", &[]),
        ("three labels", "version 2.4.49", &[]),
        ("leading dot", ".1.1.1.1", &[]),
        ("trailing sentence dot", "1.1.1.1.", &[("ipv4", "1.1.1.1")]),
        ("mac address is not ipv6", "AB:F2:C9:A6:B3:4F and aa-f2-c9-a6-b3-4f", &[]),
        ("clock time is not ipv6", "at 11:04:10 -0500", &[]),
        ("cert serial is not ipv6", "serial 0f:e9:73:75:20:22:a6:06:ad:f2:a3:6e:34:5d:c0:ed.", &[]),
        ("c++ scope is not ipv6", "std::vector and Foo::bar and a :: b", &[]),
        ("url sentence dot", "Visit https://evil.com/x.", &[("url", "https://evil.com/x"), ("domain", "evil.com")]),
        ("url closing paren", "(see https://evil.com/x)", &[("url", "https://evil.com/x"), ("domain", "evil.com")]),
        ("url balanced paren", "http://foo.com/blah_(wikipedia)", &[("url", "http://foo.com/blah_(wikipedia)"), ("domain", "foo.com")]),
        ("url in quotes", "DownloadString('https://evil[.]com/rdp.ps1')", &[("url", "https://evil.com/rdp.ps1"), ("domain", "evil.com")]),
        ("url in html", "<a href=\"http://evil.com/x\">x</a>", &[("url", "http://evil.com/x"), ("domain", "evil.com")]),
        ("url trailing comma and colon", "https://evil.com/a, https://bad.org/b:", &[("url", "https://evil.com/a"), ("domain", "evil.com"), ("url", "https://bad.org/b"), ("domain", "bad.org")]),
        ("url unbalanced bracket", "[https://evil.com/x]", &[("url", "https://evil.com/x"), ("domain", "evil.com")]),
        ("markdown link", "[https://evil.com/x](https://evil.com/x)", &[("url", "https://evil.com/x"), ("domain", "evil.com")]),
        ("url cjk neighbours", "访问https://evil.com/x获取", &[("url", "https://evil.com/x"), ("domain", "evil.com")]),
        ("hash too long", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &[]),
        ("hash glued to letters", "this is a testaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &[]),
        ("hash glued to hex", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855ff", &[]),
        ("hex words are not hashes", "deadbeef cafebabe", &[]),
        ("prose at is not email", "the server at 8.8.4.4 answered", &[("ipv4", "8.8.4.4")]),
        ("email needs a real tld", "foobar@gmail.comahhhhhhhh user@localhost", &[]),
        ("email leading dashes", "-----foo@bar.com", &[("email", "foo@bar.com")]),
        ("email in url is userinfo", "http://user@evil.com/", &[("url", "http://user@evil.com/"), ("domain", "evil.com")]),
        ("email domain not a domain indicator", "ops@evil.ru", &[("email", "ops@evil.ru")]),
        ("sentence join", "the data.It was sent to evil.com.The end", &[("domain", "evil.com")]),
        ("code names", "System.IO and System.Net.Http and ASP.NET", &[]),
        ("abbreviations", "e.g. i.e. U.S. a.m. Node.js v1.2.3 3.14", &[]),
        ("file path components", "/tmp/kworker.sh and C:\\Users\\x\\evil.com and ~/foo/abc.py", &[]),
        ("unicode neighbours glue", "warr\u{131}ors.com", &[]),
        ("cve needs digits", "CVE-2021-4", &[]),
        ("attack bad sub-technique", "T1156.0012", &[]),
        ("attack glued", "FOOT1329 T1329FUN", &[]),
        ("attack inside a name", "a-t1000.com x.T1059", &[("domain", "a-t1000.com")]),
        // Found by the refang property test: a technique-shaped first label.
        ("attack as a domain's first label", "t1000[.]com", &[("domain", "t1000.com")]),
        ("attack as a file name", "ran T1059.ps1 then", &[]),
        ("attack out of range", "T0000 T2001 T0101", &[]),
        ("cidr is not a url", "1.2.3.0/24", &[("ipv4", "1.2.3.0")]),
        ("version label", "Version: 1.2.2.0 and Version: \"1.3.0.0\" (ver 2.0.0.1)", &[]),
        ("half-bracket marker stays", "http://pv.sohu.]com/cityjson", &[("url", "http://pv.sohu"), ("domain", "pv.sohu")]),
        ("markdown escape", "consulate\\_ksa\\_emb@gmail.com", &[("email", "consulate_ksa_emb@gmail.com")]),
        ("dedup keeps first", "evil.com EVIL.com evil[.]com", &[("domain", "evil.com")]),
        ("empty", "", &[]),
    ]);
}

#[test]
fn spans_point_into_the_text_given() {
    let text =
        "IOC: hxxps://evil[.]example[.]com/gate.php and admin[at]evil(.)ru, 185.220.101[.]4.";
    let found = extract(text);
    let spans: Vec<(IndicatorKind, Option<&str>, bool)> = found
        .iter()
        .map(|i| (i.kind, i.span.slice(text), i.defanged))
        .collect();
    assert_eq!(
        spans,
        [
            (
                IndicatorKind::Url,
                Some("hxxps://evil[.]example[.]com/gate.php"),
                true
            ),
            (IndicatorKind::Domain, Some("evil[.]example[.]com"), true),
            (IndicatorKind::Email, Some("admin[at]evil(.)ru"), true),
            (IndicatorKind::Ipv4, Some("185.220.101[.]4"), true),
        ]
    );
    let plain = extract("plain evil.com here");
    assert_eq!(plain[0].span.slice("plain evil.com here"), Some("evil.com"));
    assert!(!plain[0].defanged);
}

#[test]
fn spans_with_multibyte_text() {
    let text = "Ünïcödé → hxxp://bad[.]com/é 访问evil[.]com获取";
    for i in extract(text) {
        let s = i
            .span
            .slice(text)
            .unwrap_or_else(|| panic!("span {:?} off char boundary", i.span));
        assert!(!s.is_empty());
    }
}

#[test]
fn special_addresses_are_flagged_not_dropped() {
    let cases: &[(&str, &[IndicatorFlag])] = &[
        ("10.1.2.3", &[IndicatorFlag::Private]),
        ("192.168.1.1", &[IndicatorFlag::Private]),
        ("172.16.0.9", &[IndicatorFlag::Private]),
        ("127.0.0.1", &[IndicatorFlag::Loopback]),
        ("169.254.1.1", &[IndicatorFlag::LinkLocal]),
        ("224.0.0.251", &[IndicatorFlag::Multicast]),
        ("192.0.2.10", &[IndicatorFlag::Documentation]),
        ("198.51.100.7", &[IndicatorFlag::Documentation]),
        ("203.0.113.5", &[IndicatorFlag::Documentation]),
        ("0.0.0.0", &[IndicatorFlag::Reserved]),
        ("100.64.0.1", &[IndicatorFlag::Reserved]),
        ("255.255.255.255", &[IndicatorFlag::Reserved]),
        ("8.8.8.8", &[]),
        ("::1", &[IndicatorFlag::Loopback]),
        ("fe80::1", &[IndicatorFlag::LinkLocal]),
        ("fd00::1", &[IndicatorFlag::Private]),
        ("2001:db8::1", &[IndicatorFlag::Documentation]),
        ("ff02::1", &[IndicatorFlag::Multicast]),
        ("www.example.com", &[IndicatorFlag::Documentation]),
        ("host.example", &[IndicatorFlag::Documentation]),
        ("c2.test", &[IndicatorFlag::Reserved]),
        ("printer.local", &[IndicatorFlag::Private]),
        ("evil.com", &[]),
        ("bob@example.com", &[IndicatorFlag::Documentation]),
        ("http://10.0.0.5/x", &[IndicatorFlag::Private]),
    ];
    for (text, flags) in cases {
        let found = extract(text);
        assert!(!found.is_empty(), "{text}: dropped");
        assert_eq!(&found[0].flags, flags, "{text}");
    }
    let local = extract("http://localhost:8080/admin");
    assert_eq!(local.len(), 1);
    assert_eq!(local[0].flags, [IndicatorFlag::Loopback]);
}
