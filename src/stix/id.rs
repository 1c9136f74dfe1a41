//! Deterministic STIX identifiers: `type--UUIDv5`.
//!
//! The UUID is name-based (RFC 4122, section 4.3, SHA-1): the namespace is
//! the one STIX 2.1 defines for cyber-observable ids,
//! `00abedb4-aa42-466c-9c01-fed23315a9b7`, and the name is the object's
//! identifying content written as canonical JSON (RFC 8785: keys sorted,
//! no white space, strings escaped minimally, UTF-8). Names are trimmed and
//! lower-cased first, so "APT31" and "apt31 " are one intrusion set.
//!
//! The identifying content of each type follows the convention of OpenCTI's
//! client library (`{"name": ...}` for intrusion sets, malware, tools and
//! vulnerabilities; `{"identity_class", "name"}` for identities; `{"name",
//! "x_opencti_location_type": "Country"}` for countries; `{"x_mitre_id"}`
//! for ATT&CK techniques; `{"pattern"}` for indicators; `{"name",
//! "published"}` for reports; `{"relationship_type", "source_ref",
//! "target_ref"}` for relationships), so that bundles from this crate and
//! from other tools following it name the same thing with the same id.

use super::sha1::sha1;

/// The STIX 2.1 namespace for deterministic identifiers,
/// `00abedb4-aa42-466c-9c01-fed23315a9b7`.
pub const STIX_NAMESPACE: [u8; 16] = [
    0x00, 0xab, 0xed, 0xb4, 0xaa, 0x42, 0x46, 0x6c, 0x9c, 0x01, 0xfe, 0xd2, 0x33, 0x15, 0xa9, 0xb7,
];

/// The version 5 (name-based, SHA-1) UUID of `name` in `namespace`, as RFC
/// 4122 defines it: the first 16 bytes of SHA-1(namespace ‖ name) with the
/// version nibble set to 5 and the variant bits to `10`.
pub fn uuid_v5(namespace: &[u8; 16], name: &[u8]) -> [u8; 16] {
    let digest = sha1(&[namespace, name]);
    let mut uuid = [0u8; 16];
    uuid.copy_from_slice(&digest[..16]);
    uuid[6] = (uuid[6] & 0x0f) | 0x50;
    uuid[8] = (uuid[8] & 0x3f) | 0x80;
    uuid
}

/// A UUID in its usual text form, lower-case: `8-4-4-4-12` hex digits.
pub fn format_uuid(uuid: &[u8; 16]) -> String {
    let mut s = String::with_capacity(36);
    for (i, byte) in uuid.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        s.push(hex_digit(byte >> 4));
        s.push(hex_digit(byte & 0x0f));
    }
    s
}

fn hex_digit(n: u8) -> char {
    char::from_digit(u32::from(n), 16).unwrap_or('0')
}

/// The deterministic identifier `object_type--uuid` of an object whose
/// identifying content is the string-valued JSON object `content`.
pub fn deterministic_id(object_type: &str, content: &[(&str, &str)]) -> String {
    let name = canonical_json(content);
    format!(
        "{object_type}--{}",
        format_uuid(&uuid_v5(&STIX_NAMESPACE, name.as_bytes()))
    )
}

/// A name as it enters identifying content: trimmed and lower-cased.
pub(crate) fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// A JSON object with string values in RFC 8785 canonical form: members
/// sorted by key (the keys used here are ASCII, where UTF-16 order and byte
/// order agree), no white space.
pub(crate) fn canonical_json(members: &[(&str, &str)]) -> String {
    let mut sorted: Vec<&(&str, &str)> = members.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = String::from("{");
    for (i, (key, value)) in sorted.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_json_string(&mut out, key);
        out.push(':');
        push_json_string(&mut out, value);
    }
    out.push('}');
    out
}

/// Appends `s` as a JSON string, escaped as RFC 8785 requires: `"` and `\`,
/// the short escapes for backspace, tab, line feed, form feed and carriage
/// return, `\u00xx` (lower-case hex) for other controls, everything else
/// as it is.
fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{08}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{0C}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The DNS namespace of RFC 4122, appendix C.
    const DNS: [u8; 16] = [
        0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30,
        0xc8,
    ];

    #[test]
    fn uuid_v5_matches_python() {
        // uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") in Python's docs.
        assert_eq!(
            format_uuid(&uuid_v5(&DNS, b"python.org")),
            "886313e1-3b8a-5372-9b90-0c9aee199e5d"
        );
    }

    #[test]
    fn identifiers_match_python_uuid5_over_canonical_json() {
        // Computed with Python: uuid.uuid5(ns, json.dumps(d, sort_keys=True,
        // separators=(",", ":"), ensure_ascii=False)).
        type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);
        let cases: [Case<'_>; 5] = [
            (
                "intrusion-set",
                &[("name", "apt31")],
                "intrusion-set--4328692d-e1ff-5862-8488-298d47a85941",
            ),
            (
                "ipv4-addr",
                &[("value", "198.51.100.3")],
                "ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4",
            ),
            (
                "location",
                &[
                    ("x_opencti_location_type", "Country"),
                    ("name", "czech republic"),
                ],
                "location--b3842d1f-cedc-5ff7-9cfa-a5f120a512f2",
            ),
            (
                "identity",
                &[("name", "government sector"), ("identity_class", "class")],
                "identity--3806b2c7-ecdd-532d-843f-c78d63330e97",
            ),
            (
                "x",
                &[("name", "zürich \"q\"\n\u{1}")],
                "x--318beccb-d0e0-57e3-8814-01443040520e",
            ),
        ];
        for (ty, content, expected) in cases {
            assert_eq!(deterministic_id(ty, content), expected);
        }
    }

    #[test]
    fn canonical_json_sorts_and_escapes() {
        assert_eq!(
            canonical_json(&[("b", "x"), ("a", "\u{7f}\u{2028}\\\u{8}\u{1f}")]),
            "{\"a\":\"\u{7f}\u{2028}\\\\\\b\\u001f\",\"b\":\"x\"}"
        );
    }

    #[test]
    fn version_and_variant_bits() {
        for name in ["", "a", "APT31", "ünïcödé"] {
            let u = uuid_v5(&STIX_NAMESPACE, name.as_bytes());
            assert_eq!(u[6] >> 4, 5);
            assert_eq!(u[8] >> 6, 0b10);
        }
    }
}
