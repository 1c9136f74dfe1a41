//! Table tests for `repair`: (name, input, expected). Many rows come from
//! what the ftfy differential (tests/differential/) taught; the names say
//! which case each pins.

use std::borrow::Cow;

use cti_extract::repair::{fix_and_explain, fix_text, RepairKind, RepairOptions};

fn check(table: &[(&str, &str, &str)]) {
    let mut failures = Vec::new();
    for &(name, input, expected) in table {
        let got = fix_text(input);
        if got != expected {
            failures.push(format!(
                "{name}: {input:?}\n   got {got:?}\n  want {expected:?}"
            ));
        }
        // Idempotent.
        let again = fix_text(&got);
        if again != got {
            failures.push(format!("{name}: not idempotent: {got:?} -> {again:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// UTF-8 misread through each code page ftfy handles, one and two layers
/// (generated with Python's codecs; undefined bytes kept as C1 controls).
const CODE_PAGES: &[(&str, &str, &str)] = &[
    (
        "latin1_spanish",
        "Â¿DÃ³nde estÃ¡ la librerÃ\u{ad}a?",
        "¿Dónde está la librería?",
    ),
    (
        "cp1252_french",
        "Les pirates ont ciblÃ© lâ€™Ã©quipe Â« sÃ©curitÃ© Â»",
        "Les pirates ont ciblé l’équipe « sécurité »",
    ),
    (
        "cp1252_german",
        "GrÃ¶ÃŸere Angriffe auf BehÃ¶rden",
        "Größere Angriffe auf Behörden",
    ),
    (
        "cp1252_emoji",
        "Patch now ðŸš¨ before itâ€™s too late",
        "Patch now 🚨 before it’s too late",
    ),
    (
        "cp1252_cjk",
        "ä¸\u{ad}å›½é»‘å®¢ç»„ç»‡ APT31",
        "中国黑客组织 APT31",
    ),
    (
        "cp1251_russian",
        "РҐР°РєРµСЂС‹ Р°С‚Р°РєРѕРІР°Р»Рё РјРёРЅРёСЃС‚РµСЂСЃС‚РІРѕ",
        "Хакеры атаковали министерство",
    ),
    (
        "cp1251_ukrainian",
        "РљС–Р±РµСЂР°С‚Р°РєР° РЅР° РµРЅРµСЂРіРµС‚РёС‡РЅС– РєРѕРјРїР°РЅС–С—",
        "Кібератака на енергетичні компанії",
    ),
    (
        "cp1250_czech",
        "Ministerstvo zahraniÄŤnĂ\u{ad}ch vÄ›cĂ\u{ad} ÄŚeskĂ© republiky",
        "Ministerstvo zahraničních věcí České republiky",
    ),
    (
        "cp1250_polish",
        "ZaĹĽĂłĹ‚Ä‡ gÄ™Ĺ›lÄ… jaĹşĹ„",
        "Zażółć gęślą jaźń",
    ),
    (
        "cp1253_greek",
        "Ξ\u{9a}Ο…Ξ²ΞµΟ\u{81}Ξ½ΞΏΞµΟ€Ξ―ΞΈΞµΟƒΞ· ΟƒΟ„ΞΏ Ο…Ο€ΞΏΟ…Ο\u{81}Ξ³ΞµΞ―ΞΏ",
        "Κυβερνοεπίθεση στο υπουργείο",
    ),
    (
        "cp1254_turkish",
        "Siber saldÄ±rÄ± aÄŸÄ±nÄ± Ã§Ã¶kertti",
        "Siber saldırı ağını çökertti",
    ),
    (
        "cp1257_lithuanian",
        "KibernetinÄ— ataka prieÅ¡ ministerijÄ…",
        "Kibernetinė ataka prieš ministeriją",
    ),
    (
        "iso8859_2_hungarian",
        "Ă\u{81}rvĂ\u{ad}ztĹąrĹ\u{91} tĂźkĂśrfĂşrĂłgĂŠp",
        "Árvíztűrő tükörfúrógép",
    ),
    (
        "macroman_french",
        "Le caf√© du coin a √©t√© pirat√©",
        "Le café du coin a été piraté",
    ),
    (
        "cp437_quote",
        "The groupΓÇÖs ΓÇ£SofacyΓÇ¥ tools",
        "The group’s “Sofacy” tools",
    ),
    (
        "cp1252_arabic",
        "Ù‡Ø¬ÙˆÙ… Ø¥Ù„ÙƒØªØ±ÙˆÙ†ÙŠ Ø¹Ù„Ù‰ Ø§Ù„ÙˆØ²Ø§Ø±Ø©",
        "هجوم إلكتروني على الوزارة",
    ),
    (
        "cp1252_hebrew",
        "×ž×ª×§×¤×ª ×¡×™×™×‘×¨ ×¢×œ ×”×ž×©×¨×“",
        "מתקפת סייבר על המשרד",
    ),
    (
        "cp1251_greek",
        "О¤Ої ПЂО±ОєО\u{ad}П„Ої ПЂПЃПЊОєОµО№П„О±О№ ОЅО± О±П†О±О№ПЃОµОёОµОЇ",
        "Το πακέτο πρόκειται να αφαιρεθεί",
    ),
    (
        "cp1253_arabic",
        "ΨªΩ… ΨΉΨ±Ψ¶ Ψ§Ω„Ω…Ω„Ω\u{81}",
        "تم عرض الملف",
    ),
    (
        "cp1251_korean",
        "л°”мќґнЉё л‹Ёмњ„ м\u{a0}„мІґ нЃ¬кё°",
        "바이트 단위 전체 크기",
    ),
    (
        "two_layers_1252",
        "ItÃ¢â‚¬â„¢s Ã¢â‚¬Å“doneÃ¢â‚¬Â\u{9d} Ã¢â‚¬â€\u{9d} cafÃƒÂ©",
        "It’s “done” — café",
    ),
    ("two_layers_latin1_1252", "naÃƒÂ¯ve cafÃƒÂ©", "naïve café"),
    (
        "two_layers_1251_1252",
        "Ð\u{a0}ÑŸÐ¡Ð‚Ð\u{a0}Ñ‘Ð\u{a0}Ð†Ð\u{a0}ÂµÐ¡â€š Ð\u{a0}Ñ˜Ð\u{a0}Ñ‘Ð¡Ð‚",
        "Привет мир",
    ),
];

#[test]
fn mojibake_through_each_code_page() {
    check(CODE_PAGES);
}

/// The cases ftfy's own documentation and tests show.
const FTFY_CASES: &[(&str, &str, &str)] = &[
    ("latin1_short", "sÃ³", "só"),
    ("a_grave_word", "voilÃ le travail", "voilà le travail"),
    ("dingbat", "âœ” No problems", "✔ No problems"),
    ("shrug", "&macr;\\_(ã\u{83}\u{84})_/&macr;", "¯\\_(ツ)_/¯"),
    (
        "entities_and_ligatures",
        "Broken text&hellip; it&#x2019;s ﬂubberiﬁc!",
        "Broken text… it’s flubberific!",
    ),
    ("uppercase_entity", "P&EACUTE;REZ", "PÉREZ"),
    ("numeric_c1_entity", "&#150; dash", "– dash"),
    ("c1_controls", "\u{93}quoted\u{94}", "“quoted”"),
    ("c1_ellipsis", "wait\u{85}", "wait…"),
    (
        "lossy_quote_pair",
        "â€œ like this â€\u{fffd}",
        "“ like this ”",
    ),
    ("lossy_two_byte", "caf\u{c3}\u{fffd}", "caf\u{fffd}"),
    (
        "terminal_escape",
        "\u{1b}[36;44mI'm blue\u{1b}[0m",
        "I'm blue",
    ),
    (
        "three_layers",
        "Ã\u{83}Â¢Ã¢â\u{80}\u{9a}Â¬Ã¢â\u{80}\u{9e}Â¢",
        "’",
    ),
    (
        "cesu8_emoji_mojibake",
        "Ã\u{AD}Â\u{a0}Â½Ã\u{AD}Â¸Â\u{80}",
        "😀",
    ),
    ("mixed_with_correct", "cafÃ© and café’s", "café and café’s"),
    ("markup_keeps_entities", "<b>&amp;</b>", "<b>&amp;</b>"),
    ("nbsp_after_a_hat", "a kmÂ away", "a km\u{a0}away"),
];

#[test]
fn ftfy_cases() {
    check(FTFY_CASES);
}

/// News text, where ftfy goes wrong.
const NEWS_CASES: &[(&str, &str, &str)] = &[
    // 0x9D (the last byte of ”) is undefined in windows-1252 and was dropped.
    // ftfy reads "â€ " as a dagger and eats the space.
    ("lost_9d_before_space", "certaintyâ€ that", "certainty” that"),
    // ftfy leaves it.
    ("lost_9d_at_line_end", "certaintyâ€\nthat", "certainty”\nthat"),
    ("lost_9d_at_end", "with â€œa high degree of certaintyâ€", "with “a high degree of certainty”"),
    ("lost_9d_before_punct", "the â€œloaderâ€.", "the “loader”."),
    // Between two letters the lost byte is 0x90: U+2010 HYPHEN.
    ("lost_90_between_letters", "stateâ€sponsored", "state‐sponsored"),
    // ftfy's badness rules do not see a lone trademark.
    ("lone_trademark", "Acmeâ„¢ products", "Acme™ products"),
    ("lone_trademark_at_end", "Windowsâ„¢", "Windows™"),
    (
        "seed_article_line",
        "- therecord.media: Czech authorities said they assessed with â€œa high degree of certaintyâ€\nthat a Chinese cyber-espionage group",
        "- therecord.media: Czech authorities said they assessed with “a high degree of certainty”\nthat a Chinese cyber-espionage group",
    ),
    ("apostrophe", "ChinaÃ¢â‚¬â„¢s APT31", "China’s APT31"),
    ("em_dash", "ransomwareâ€”again", "ransomware—again"),
    ("ellipsis", "and moreâ€¦", "and more…"),
    ("euro", "â‚¬4.2 million", "€4.2 million"),
    ("bullet", "â€¢ CVE-2024-3400", "• CVE-2024-3400"),
    ("nbsp_before_quote_mark", "Â«Â\u{a0}Fancy BearÂ\u{a0}Â»", "«\u{a0}Fancy Bear\u{a0}»"),
    (
        "mixed_cjk_and_mojibake",
        "中国 APT41 hackers â€œDouble Dragonâ€ hit cafÃ©s",
        "中国 APT41 hackers “Double Dragon” hit cafés",
    ),
    (
        "mixed_russian_and_mojibake",
        "Группа Sandworm (Ð¿Ñ€Ð¸Ð²ÐµÑ‚) атаковала",
        "Группа Sandworm (привет) атаковала",
    ),
];

#[test]
fn news_cases() {
    check(NEWS_CASES);
}

/// What the ftfy differential taught (tests/differential/RESULTS.md): cases
/// ftfy leaves or gets wrong, taken from its disagreement classes.
const DIFFERENTIAL_LESSONS: &[(&str, &str, &str)] = &[
    // One mojibake sequence in a line: ftfy's badness rules do not fire.
    (
        "single_sequence_cp1252_polish",
        "ale wymagajÄ…cy, by",
        "ale wymagający, by",
    ),
    (
        "single_sequence_cp1250_german",
        "ungĂĽltige Gruppenliste %s",
        "ungültige Gruppenliste %s",
    ),
    (
        "single_sequence_cp1254_turkish",
        "bir sembolik baÄŸ ise doÄŸrudur.",
        "bir sembolik bağ ise doğrudur.",
    ),
    (
        "single_sequence_cp437_german",
        "der Urheber f├╝r %s konnte",
        "der Urheber für %s konnte",
    ),
    (
        "single_sequence_macroman_german",
        "Version des Bin√§rpakets setzen",
        "Version des Binärpakets setzen",
    ),
    (
        "single_sequence_cp1251_french",
        "en-tГЄte de ligne",
        "en-tête de ligne",
    ),
    (
        "single_sequence_cp1253_spanish",
        "Este pΓ΅rrafo de",
        "Este párrafo de",
    ),
    // A no-break space misread through windows-1251 and MacRoman.
    (
        "nbsp_cp1251",
        "Creation Date: В\u{a0}2021-04-18",
        "Creation Date: \u{a0}2021-04-18",
    ),
    ("nbsp_macroman", "Over¬†a thousand", "Over\u{a0}a thousand"),
    // Several code pages decode; ftfy takes the first (windows-1250: "nenƭ"),
    // we take the most plausible (windows-1257: "není").
    (
        "most_plausible_code_page",
        "%s: nenĆ\u{ad} funkcĆ\u{ad}",
        "%s: není funkcí",
    ),
    // One script through another script's code page.
    ("arabic_through_cp1253", "ΨªΩ… ΨΉΨ±Ψ¶ GIcon", "تم عرض GIcon"),
    (
        "greek_through_cp1251",
        "О¤Ої ПЂО±ОєО\u{ad}П„Ої",
        "Το πακέτο",
    ),
    // Mojibake next to correct text of a script no code page has.
    (
        "mixed_hindi_and_macroman",
        "चलाने के ‡§∏‡•ç‡§ï‡•Ä‡§Æ‡§æ",
        "चलाने के स्कीमा",
    ),
    // A dropped 0x9D is restored as ”, not read as a dagger that eats the space.
    (
        "lost_quote_not_dagger",
        "a prime\u{e2}\u{20ac} example",
        "a prime” example",
    ),
];

#[test]
fn differential_lessons() {
    check(DIFFERENTIAL_LESSONS);
}

/// Correct text in any script comes back unchanged and borrowed.
const CLEAN: &[&str] = &[
    "",
    "plain ASCII, nothing to do.",
    "The attacker’s “loader” — dropped… again • 50 % – 100 %",
    "AT&T, R&D, Q&A; a && b; x &= y; &nbsp without semicolon",
    "café, naïve, façade, Ångström, Øresund, Æsir, São Paulo, ÉTÉ»",
    "ÉTAIT « À » ça — À LA UNE",
    "Größe, Straße, Ärger, Übung, Öl",
    "Zażółć gęślą jaźń; Příliš žluťoučký kůň",
    "Árvíztűrő tükörfúrógép",
    "Siber saldırı ağını çökertti; İstanbul",
    "Русский текст: «ёлки-палки», Він пішов. Вінниця. Київ",
    "Σύνδεση στο δίκτυο — Ελληνικά",
    "中文文本，日本語のテキスト、한국어 텍스트",
    "العربية: هجوم إلكتروني",
    "עברית: מתקפת סייבר",
    "हिन्दी पाठ, ภาษาไทย, ქართული",
    "Tiếng Việt có dấu: Phần thanh ghi có nội dung",
    "emoji: 🚨🔥👩‍💻🇨🇿 ✔ ☺ ♥",
    "math: ∀x ∈ ℝ, x² ≥ 0; ∑ᵢ aᵢ ≤ ∞; π ≈ 3.14159; ±5 °C; 10 µs",
    "code: fn main() { let x = &v[0]; println!(\"{x:?}\"); } // ok",
    "box: ┌──┐ │ok│ └──┘ ░▒▓█",
    "Â, Ã: letters; SÃO PAULO; MÃE",
    "œuvre, cœur, Œdipe",
    "Polish: się, być; Czech: ř; Romanian: ș ț ă â î",
    "Portuguese: à, às, àquele, Ã; Catalan: l·l",
    "¿Qué? ¡Sí! «Oui» ‹non› „Ja“ ‚ja‘",
    "Price: £10, ¥500, €20, ¢5; © 2024 Acme® Foo™",
    "superscripts: x³ y² z¹; fractions ½ ¼ ¾; × ÷",
    "\t tabs and\r\nCRLF line ends\r\n",
];

#[test]
fn clean_text_is_borrowed_and_unchanged() {
    for &text in CLEAN {
        let fixed = fix_text(text);
        assert!(
            matches!(fixed, Cow::Borrowed(_)),
            "changed: {text:?} -> {fixed:?}"
        );
    }
}

#[test]
fn lossy_options_are_off_by_default_and_work_when_on() {
    let text = "“Ｈｉ” ‘there’\r\n\u{2028}x\u{0}";
    assert_eq!(fix_text(text), text);
    let opts = RepairOptions::new()
        .uncurl_quotes(true)
        .fix_character_width(true)
        .fix_line_breaks(true)
        .remove_control_chars(true);
    assert_eq!(opts.fix(text), "\"Hi\" 'there'\n\nx");
    assert_eq!(
        RepairOptions::ftfy_defaults().fix("ＬＯＵＤ　ＮＯＩＳＥＳ"),
        "LOUD NOISES"
    );
}

#[test]
fn switches_turn_fixes_off() {
    let opts = RepairOptions::new()
        .fix_encoding(false)
        .unescape_html(false)
        .fix_latin_ligatures(false)
        .remove_terminal_escapes(false)
        .fix_c1_controls(false);
    for text in ["cafÃ©", "&amp;", "ﬁ", "\u{1b}[0m", "\u{93}"] {
        assert_eq!(opts.fix(text), text);
    }
}

#[test]
fn explain_gives_spans_into_the_input() {
    let input = "x &amp; cafÃ© â€œyâ€ Acmeâ„¢ ﬁn\n\u{93}ok\u{94} \u{1b}[1mbold";
    let r = fix_and_explain(input);
    assert_eq!(r.text, "x & café “y” Acme™ fin\n“ok” bold");
    let kinds: Vec<RepairKind> = r.steps.iter().map(|s| s.kind).collect();
    assert!(kinds.contains(&RepairKind::HtmlEntity));
    assert!(kinds.contains(&RepairKind::Mojibake));
    assert!(kinds.contains(&RepairKind::LostByte));
    assert!(kinds.contains(&RepairKind::Ligature));
    assert!(kinds.contains(&RepairKind::C1Control));
    assert!(kinds.contains(&RepairKind::TerminalEscape));
    for s in &r.steps {
        let slice = s
            .span
            .slice(input)
            .unwrap_or_else(|| panic!("bad span {s:?}"));
        // Single-stage steps replace exactly what their span covers.
        assert_eq!(slice, s.original, "{s:?}");
    }
    let moji = r
        .steps
        .iter()
        .find(|s| s.original == "Ã©")
        .map(|s| s.encoding);
    assert_eq!(moji, Some(Some("ISO-8859-1")));
    let json = serde_json::to_string(&r.steps[0]).unwrap_or_default();
    assert!(json.contains("\"kind\":\"html_entity\""), "{json}");
}

#[test]
fn explain_of_clean_text_is_empty() {
    let r = fix_and_explain("nothing “wrong” here");
    assert!(matches!(r.text, Cow::Borrowed(_)));
    assert!(r.steps.is_empty());
}
