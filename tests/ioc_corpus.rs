//! A deterministic generator of threat-report-like text with planted
//! indicators, and a test that extraction finds exactly what was planted.
//!
//! The same generator drives `benches/ioc.rs` (included there with
//! `#[path]`), so the benchmark text is checked here for precision and
//! recall: every planted indicator is found, and nothing else, although the
//! prose is full of traps (file names, versions, clock times, MAC addresses,
//! code names, abbreviations, prose "at").

#![allow(dead_code)]

use std::collections::BTreeSet;

/// A small, fast, deterministic PRNG (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn hex(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b"0123456789abcdef"[self.below(16)]))
            .collect()
    }

    fn label(&mut self, min: usize, max: usize) -> String {
        let n = min + self.below(max - min + 1);
        (0..n)
            .map(|_| char::from(b"abcdefghijklmnopqrstuvwxyz0123456789"[self.below(36)]))
            .collect::<String>()
    }
}

const WORDS: &[&str] = &[
    "the",
    "actor",
    "threat",
    "group",
    "campaign",
    "malware",
    "loader",
    "payload",
    "dropper",
    "backdoor",
    "ransomware",
    "operators",
    "deployed",
    "observed",
    "researchers",
    "said",
    "victims",
    "in",
    "of",
    "and",
    "to",
    "a",
    "was",
    "were",
    "with",
    "from",
    "that",
    "which",
    "this",
    "their",
    "after",
    "before",
    "during",
    "network",
    "server",
    "servers",
    "infrastructure",
    "phishing",
    "email",
    "attachment",
    "exploit",
    "vulnerability",
    "patched",
    "critical",
    "remote",
    "code",
    "execution",
    "privilege",
    "escalation",
    "credentials",
    "stolen",
    "exfiltrated",
    "data",
    "files",
    "encrypted",
    "organizations",
    "government",
    "healthcare",
    "finance",
    "energy",
    "sector",
    "Microsoft",
    "Windows",
    "Linux",
    "Fortinet",
    "Ivanti",
    "Cisco",
    "VMware",
    "Exchange",
    "Chrome",
    "Lazarus",
    "APT29",
    "Sandworm",
    "Volt",
    "Typhoon",
    "LockBit",
    "BlackCat",
    "Cobalt",
    "Strike",
    "beacon",
    "command-and-control",
    "C2",
    "domain",
    "address",
    "according",
    "report",
    "analysis",
    "indicators",
    "compromise",
    "security",
    "firm",
    "agency",
    "CISA",
    "FBI",
    "advisory",
    "update",
    "version",
    "users",
    "systems",
    "access",
    "initial",
    "persistence",
    "lateral",
    "movement",
    "scheduled",
    "task",
    "registry",
    "key",
    "PowerShell",
    "script",
    "binary",
    "signed",
    "certificate",
    "supply",
    "chain",
    "attack",
    "attacks",
    "targeted",
    "Europe",
    "Asia",
    "Ukraine",
    "Taiwan",
    "café",
    "naïve",
    "—",
    "“quoted”",
    "at",
    "on",
    "for",
    "by",
    "is",
    "are",
    "be",
];

/// Tokens that look like indicators and are not (or not as written).
const TRAPS: &[&str] = &[
    "setup.zip",
    "loader.py",
    "invoice.pdf",
    "config.json",
    "README.md",
    "install.sh",
    "Finder.app",
    "libcrypto.so",
    "update.exe",
    "version 2.4.49",
    "build 10.0.19045.3803",
    "at 10:30:00",
    "11:04:10",
    "AB:CD:EF:12:34:56",
    "e.g.",
    "i.e.",
    "U.S.",
    "Node.js",
    "System.IO",
    "ASP.NET",
    "3.14",
    "v1.2.3",
    "(see above)",
    "[1]",
    "T1000x",
    "sha256:",
    "0x1F",
    "std::string",
    "C:\\Windows\\System32\\evil.dll",
    "/tmp/kworker.sh",
    "~/Library/agent.py",
    "data.It",
    "$4.5",
    "99.9%",
    "dead beef",
];

const TLDS: &[&str] = &[
    "com", "net", "org", "ru", "cn", "io", "xyz", "top", "info", "biz", "co.uk", "online", "site",
];

/// One planted indicator: what the text shows and what must be extracted.
pub struct Planted {
    pub text: String,
    pub expected: Vec<(&'static str, String)>,
}

fn domain(rng: &mut Rng) -> String {
    let sub = if rng.chance(30) {
        format!("{}.", rng.label(2, 8))
    } else {
        String::new()
    };
    format!(
        "{sub}{}{}.{}",
        rng.label(1, 1).replace(char::is_numeric, "x"),
        rng.label(3, 12),
        rng.pick(TLDS)
    )
}

fn ipv4(rng: &mut Rng) -> String {
    // Public unicast: first octet 1..=223 except 10, 100, 127, 169, 172, 192, 198, 203.
    let first = loop {
        let f = 1 + rng.below(223);
        if ![10, 100, 127, 169, 172, 192, 198, 203].contains(&f) {
            break f;
        }
    };
    format!(
        "{first}.{}.{}.{}",
        rng.below(256),
        rng.below(256),
        1 + rng.below(254)
    )
}

fn defang_dots(s: &str, rng: &mut Rng) -> String {
    let marker = rng.pick(&["[.]", "[.]", "[.]", "(.)", "[dot]", "{.}"]);
    if rng.chance(50) {
        s.replace('.', marker)
    } else {
        // Only the last dot, as many reports do.
        match s.rfind('.') {
            Some(i) => format!("{}{marker}{}", &s[..i], &s[i + 1..]),
            None => s.to_string(),
        }
    }
}

/// Plants one indicator, defanged when `defang`.
pub fn plant(rng: &mut Rng, defang: bool) -> Planted {
    let e = |k: &'static str, v: String| (k, v);
    // Only network indicators can be defanged: pick one of those when asked.
    let choice = if defang { rng.below(7) } else { rng.below(12) };
    match choice {
        0 | 1 => {
            let d = domain(rng);
            let text = if defang {
                defang_dots(&d, rng)
            } else {
                d.clone()
            };
            Planted {
                text,
                expected: vec![e("domain", d)],
            }
        }
        2 | 3 => {
            let ip = ipv4(rng);
            let text = if defang {
                defang_dots(&ip, rng)
            } else {
                ip.clone()
            };
            Planted {
                text,
                expected: vec![e("ipv4", ip)],
            }
        }
        4 | 5 => {
            let host = if rng.chance(70) {
                domain(rng)
            } else {
                ipv4(rng)
            };
            let kind = if host.bytes().all(|c| c.is_ascii_digit() || c == b'.') {
                "ipv4"
            } else {
                "domain"
            };
            let scheme = rng.pick(&["http", "https", "https"]);
            let path = format!(
                "/{}/{}.{}",
                rng.label(3, 8),
                rng.label(3, 10),
                rng.pick(&["php", "exe", "zip", "html", "js", "bin"])
            );
            let query = if rng.chance(30) {
                format!("?id={}", rng.below(100000))
            } else {
                String::new()
            };
            let url = format!("{scheme}://{host}{path}{query}");
            let text = if defang {
                let s = scheme.replace("tt", "xx");
                let sep = rng.pick(&["://", "[://]", "[:]//"]);
                format!("{s}{sep}{}{path}{query}", defang_dots(&host, rng))
            } else {
                url.clone()
            };
            Planted {
                text,
                expected: vec![e("url", url), e(kind, host)],
            }
        }
        6 => {
            let user = format!(
                "{}{}",
                rng.pick(&["admin", "support", "billing", "hr", "j.smith", "noreply"]),
                rng.below(100)
            );
            let d = domain(rng);
            let email = format!("{user}@{d}");
            let text = if defang {
                format!(
                    "{user}{}{}",
                    rng.pick(&["[at]", "[@]", "(at)"]),
                    defang_dots(&d, rng)
                )
            } else {
                email.clone()
            };
            Planted {
                text,
                expected: vec![e("email", email)],
            }
        }
        7 => {
            let h = rng.hex(32);
            Planted {
                text: h.clone(),
                expected: vec![e("md5", h)],
            }
        }
        8 => {
            let h = rng.hex(64);
            let text = if rng.chance(20) {
                h.to_uppercase()
            } else {
                h.clone()
            };
            Planted {
                text,
                expected: vec![e("sha256", h)],
            }
        }
        9 => {
            let (kind, n) = if rng.chance(80) {
                ("sha1", 40)
            } else {
                ("sha512", 128)
            };
            let h = rng.hex(n);
            Planted {
                text: h.clone(),
                expected: vec![e(kind, h)],
            }
        }
        10 => {
            let cve = format!("CVE-{}-{}", 2015 + rng.below(10), 1000 + rng.below(60000));
            let text = if rng.chance(20) {
                cve.to_lowercase()
            } else {
                cve.clone()
            };
            Planted {
                text,
                expected: vec![e("cve", cve)],
            }
        }
        _ => {
            if rng.chance(30) {
                let groups: Vec<String> = (0..8)
                    .map(|i| {
                        if i == 0 {
                            "2a01".to_string()
                        } else {
                            format!("{:x}", 1 + rng.below(0xfffe))
                        }
                    })
                    .collect();
                let ip = groups.join(":");
                Planted {
                    text: ip.clone(),
                    expected: vec![e("ipv6", ip)],
                }
            } else {
                let t = if rng.chance(50) {
                    format!("T1{:03}", rng.below(700))
                } else {
                    format!("T1{:03}.{:03}", rng.below(700), 1 + rng.below(20))
                };
                Planted {
                    text: t.clone(),
                    expected: vec![e("attack_technique", t)],
                }
            }
        }
    }
}

/// Generates about `bytes` of text with about `per_mb` indicators per MB, half
/// of them defanged (none when `per_mb` is 0: prose and traps only), and
/// returns it with the set of expected (kind, value).
pub fn corpus(
    seed: u64,
    bytes: usize,
    per_mb: usize,
) -> (String, BTreeSet<(&'static str, String)>) {
    let mut rng = Rng::new(seed);
    let mut text = String::with_capacity(bytes + 1024);
    let mut expected = BTreeSet::new();
    // On average one indicator every `gap` words (about 7 bytes a word).
    let gap = (1_000_000 / 7 / per_mb.max(1)).max(1);
    let mut planted = 0usize;
    while text.len() < bytes {
        // A paragraph of 3 to 8 sentences.
        for _ in 0..3 + rng.below(6) {
            let words = 8 + rng.below(14);
            for w in 0..words {
                if w > 0 {
                    text.push(' ');
                }
                if per_mb > 0 && rng.below(gap) == 0 {
                    let p = plant(&mut rng, planted % 2 == 1);
                    planted += 1;
                    let (open, close) = match rng.below(10) {
                        0 => ("(", ")"),
                        1 => ("\"", "\""),
                        2 => ("", ","),
                        _ => ("", ""),
                    };
                    text.push_str(open);
                    text.push_str(&p.text);
                    text.push_str(close);
                    expected.extend(p.expected);
                } else if rng.below(40) == 0 {
                    text.push_str(rng.pick(TRAPS));
                } else {
                    let word = rng.pick(WORDS);
                    if w == 0 {
                        let mut c = word.chars();
                        if let Some(f) = c.next() {
                            text.extend(f.to_uppercase());
                            text.push_str(c.as_str());
                        }
                    } else {
                        text.push_str(word);
                    }
                }
            }
            text.push_str(". ");
        }
        text.push_str("\n\n");
    }
    (text, expected)
}

#[test]
fn extraction_finds_exactly_what_was_planted() {
    let (text, expected) = corpus(42, 1 << 20, 300);
    let found: BTreeSet<(&'static str, String)> = cti_extract::ioc::extract(&text)
        .into_iter()
        .map(|i| (i.kind.as_str(), i.value))
        .collect();
    let missing: Vec<_> = expected.difference(&found).take(20).collect();
    let extra: Vec<_> = found.difference(&expected).take(20).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}\nextra {extra:?}"
    );
    let n = expected.len();
    assert!((250..=400).contains(&n), "{n} indicators planted in 1 MiB");
}

#[test]
fn every_span_covers_its_value() {
    let (text, _) = corpus(7, 200_000, 500);
    for i in cti_extract::ioc::extract(&text) {
        let s = i
            .span
            .slice(&text)
            .unwrap_or_else(|| panic!("bad span {:?}", i.span));
        let refanged = cti_extract::ioc::refang(s).to_lowercase();
        assert!(
            refanged.contains(&i.value.to_lowercase()),
            "{s:?} vs {}",
            i.value
        );
        assert_eq!(i.defanged, refanged != s.to_lowercase(), "{s:?}");
    }
}

#[test]
#[ignore]
fn show_sample() {
    let (text, expected) = corpus(42, 1 << 20, 300);
    println!("{}", &text[..3000]);
    println!("planted {}", expected.len());
    let found = cti_extract::ioc::extract(&text);
    let defanged = found.iter().filter(|i| i.defanged).count();
    println!("found {} defanged {}", found.len(), defanged);
}
