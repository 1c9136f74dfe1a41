//! Bytes to text.
//!
//! The foundation decodes UTF-8 only: invalid sequences are replaced by
//! U+FFFD and counted, never dropped silently. A UTF-8 byte order mark is
//! removed and reported.

use std::borrow::Cow;

use serde::Serialize;

/// What decoding did to the input bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecodeInfo {
    /// The name of the encoding the bytes were read as (WHATWG label, e.g. "UTF-8").
    pub encoding: &'static str,
    /// Whether a byte order mark was found and removed.
    pub bom: bool,
    /// How many malformed byte sequences were replaced by U+FFFD.
    pub malformed: usize,
}

/// Text decoded from bytes, borrowed when the bytes were valid UTF-8.
#[derive(Debug, Clone)]
pub struct Decoded<'a> {
    /// The decoded text.
    pub text: Cow<'a, str>,
    /// How it was decoded.
    pub info: DecodeInfo,
}

/// Decodes `bytes` as UTF-8, replacing and counting malformed sequences.
///
/// Valid UTF-8 is borrowed without a copy.
///
/// # Examples
///
/// ```
/// let d = cti_extract::decode::decode(b"caf\xC3\xA9 \xFF");
/// assert_eq!(d.text, "café \u{FFFD}");
/// assert_eq!(d.info.malformed, 1);
/// ```
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let (text, malformed) = match std::str::from_utf8(body) {
        Ok(s) => (Cow::Borrowed(s), 0),
        Err(_) => decode_lossy(body),
    };
    Decoded {
        text,
        info: DecodeInfo {
            encoding: "UTF-8",
            bom,
            malformed,
        },
    }
}

/// Decodes invalid UTF-8, counting each replaced sequence.
fn decode_lossy(mut bytes: &[u8]) -> (Cow<'_, str>, usize) {
    let mut out = String::with_capacity(bytes.len() + 16);
    let mut malformed = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let (good, rest) = bytes.split_at(e.valid_up_to());
                // `good` is valid by construction.
                out.push_str(std::str::from_utf8(good).unwrap_or_default());
                out.push('\u{FFFD}');
                malformed += 1;
                let skip = e.error_len().unwrap_or(rest.len());
                bytes = rest.get(skip..).unwrap_or_default();
            }
        }
    }
    (Cow::Owned(out), malformed)
}
