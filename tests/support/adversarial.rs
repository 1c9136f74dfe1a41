//! The adversarial article that `tests/adversarial.rs` and
//! `examples/adversarial.rs` feed to `extract`.

/// The adversarial article of about `bytes` bytes.
pub fn adversarial(bytes: usize) -> String {
    let quarter = bytes / 4;
    let mut s = String::with_capacity(bytes + 1024);
    // Mojibake: runs of "Ã" and of repairable "cafÃ© ".
    while s.len() < quarter / 2 {
        s.push_str(&"Ã".repeat(500));
        s.push('\n');
    }
    while s.len() < quarter {
        s.push_str(&"cafÃ© ".repeat(100));
        s.push('\n');
    }
    // One-megabyte lines of "[.]".
    let dots = "[.]".repeat((1 << 20) / 3);
    while s.len() < 2 * quarter {
        s.push_str(&dots);
        s.push('\n');
    }
    // One alias over and over, plainly and hidden.
    while s.len() < 3 * quarter {
        s.push_str(&"APT31 ".repeat(1000));
        s.push_str(&"\u{410}\u{420}\u{422}31 A\u{200B}PT31 ".repeat(100));
        s.push('\n');
    }
    // Capitalised words without end.
    let words = [
        "Alpha ", "Bravo ", "Charlie ", "Delta ", "Echo ", "Foxtrot ", "Golf ",
    ];
    let mut i = 0usize;
    while s.len() < bytes {
        s.push_str(words.get(i % words.len()).copied().unwrap_or("Hotel "));
        i += 1;
        if i % 10_000 == 0 {
            s.push('\n');
        }
    }
    s
}
