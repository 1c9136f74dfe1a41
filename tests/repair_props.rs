//! Property tests: repair never panics, is idempotent, and its explanations
//! point into the input.

use proptest::prelude::*;

use cti_extract::repair::{fix_and_explain, fix_text, RepairOptions};

/// Characters mojibake, entities and escapes are made of, plus a few
/// letters of other scripts and ASCII.
const ALPHABET: &str = "ÃÂâ€™œ\u{9d}\u{81}\u{85}\u{93}\u{94}Ð¿ÑÎ±Ø§Ù…ΓÇÖ√©‚Ä§╪┼╝─ç€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ \u{a0}¡¢£¤¥¦§¨©ª«¬\u{ad}®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÉàéèêëïîôöüçñßĂăĄąĆćČčĘęŁłŃńŚśŹźŻżРСВГабвгдеёжзийклмнопрстуфхцчшщъыьэюяΑΒΓΔαβγδεζηθάέήί中文日本語한국어\u{fffd}\u{1b}[0;1m&amp;#x2019;ﬁﬂ \n\tabcXYZ0123";

fn mojibake_alphabet() -> impl Strategy<Value = String> {
    let chars: Vec<char> = ALPHABET.chars().collect();
    proptest::collection::vec(proptest::sample::select(chars), 0..64)
        .prop_map(|v| v.into_iter().collect())
}

/// Real text pushed through a code page, possibly twice.
fn broken_text() -> impl Strategy<Value = String> {
    let words = prop_oneof![
        Just("it’s “quoted” — café"),
        Just("Привет, мир"),
        Just("Κυβερνοεπίθεση"),
        Just("中国黑客"),
        Just("Zażółć gęślą"),
        Just("naïve résumé 🚨"),
    ];
    (words, 0usize..4, 0usize..3).prop_map(|(w, page, layers)| {
        let labels = [
            "windows-1252",
            "windows-1251",
            "windows-1250",
            "windows-1253",
        ];
        let enc = encoding_rs::Encoding::for_label(labels[page % 4].as_bytes())
            .unwrap_or(encoding_rs::WINDOWS_1252);
        let mut s = w.to_owned();
        for _ in 0..layers {
            let (d, _) = enc.decode_without_bom_handling(s.as_bytes());
            s = d.into_owned();
        }
        s
    })
}

fn check_all(s: &str) -> Result<(), TestCaseError> {
    let once = fix_text(s);
    let twice = fix_text(&once);
    prop_assert_eq!(&twice, &once, "not idempotent for {:?}", s);
    let ftfy_like = RepairOptions::ftfy_defaults();
    let a = ftfy_like.fix(s);
    prop_assert_eq!(
        ftfy_like.fix(&a),
        a.clone(),
        "ftfy options not idempotent for {:?}",
        s
    );
    let r = fix_and_explain(s);
    prop_assert_eq!(&r.text, &once);
    for step in &r.steps {
        prop_assert!(
            step.span.slice(s).is_some(),
            "bad span {:?} in {:?}",
            step,
            s
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string(s in any::<String>()) {
        check_all(&s)?;
    }

    #[test]
    fn mojibake_alphabet_strings(s in mojibake_alphabet()) {
        check_all(&s)?;
    }

    #[test]
    fn broken_real_text(s in broken_text()) {
        check_all(&s)?;
    }

    #[test]
    fn lines_are_independent(a in mojibake_alphabet(), b in mojibake_alphabet()) {
        let a: String = a.replace('\n', " ");
        let joined = format!("{a}\n{b}");
        // A line is repaired with its line end, as in ftfy.
        let expected = format!("{}{}", fix_text(&format!("{a}\n")), fix_text(&b));
        prop_assert_eq!(fix_text(&joined), expected);
    }
}
