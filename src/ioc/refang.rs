//! Refanging (`hxxps://evil[.]com` to `https://evil.com`) with a map back to
//! the original text, and defanging for output.
//!
//! The scanner looks only at the bytes that can start a marker (`[ ( { ] }
//! \ x X <`), found by one byte-class search, so clean text costs one fast
//! pass, and every byte is looked at a bounded number of times.

use std::borrow::Cow;

use super::patterns;
use crate::Span;

/// One replacement: `o_len` bytes at `o_start` in the original became
/// `r_len` bytes at `r_start` in the refanged text.
#[derive(Debug, Clone, Copy)]
struct Edit {
    r_start: usize,
    r_len: usize,
    o_start: usize,
    o_len: usize,
    /// False for edits that undo escaping rather than defanging (`\_`).
    defang: bool,
}

impl Edit {
    fn r_end(&self) -> usize {
        self.r_start + self.r_len
    }
}

/// Refanged text together with the edits that map it back to the original.
#[derive(Debug)]
pub(crate) struct Refanged<'a> {
    /// The refanged text (borrowed when nothing was defanged).
    pub(crate) text: Cow<'a, str>,
    edits: Vec<Edit>,
}

impl Refanged<'_> {
    /// Maps the byte range `start..end` of the refanged text back to the
    /// original. A range that starts or ends inside a replacement grows to
    /// cover the whole marker.
    pub(crate) fn original_span(&self, start: usize, end: usize) -> Span {
        Span::new(self.map_start(start), self.map_end(end))
    }

    fn map_start(&self, p: usize) -> usize {
        // The last edit starting at or before p.
        let i = self.edits.partition_point(|e| e.r_start <= p);
        match i.checked_sub(1).and_then(|i| self.edits.get(i)) {
            None => p,
            Some(e) if p < e.r_end() => e.o_start,
            Some(e) => e.o_start + e.o_len + (p - e.r_end()),
        }
    }

    fn map_end(&self, p: usize) -> usize {
        // The last edit starting before p.
        let i = self.edits.partition_point(|e| e.r_start < p);
        match i.checked_sub(1).and_then(|i| self.edits.get(i)) {
            None => p,
            Some(e) if p <= e.r_end() => e.o_start + e.o_len,
            Some(e) => e.o_start + e.o_len + (p - e.r_end()),
        }
    }

    /// Whether any replacement falls inside `start..end` of the refanged text.
    pub(crate) fn is_defanged(&self, start: usize, end: usize) -> bool {
        let i = self.edits.partition_point(|e| e.r_end() <= start);
        self.edits
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take_while(|e| e.r_start < end)
            .any(|e| e.defang)
    }
}

fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

fn is_opener(c: u8) -> bool {
    matches!(c, b'[' | b'(' | b'{')
}

fn is_closer(c: u8) -> bool {
    matches!(c, b']' | b')' | b'}')
}

fn is_square_or_curly(c: u8) -> bool {
    matches!(c, b'[' | b']' | b'{' | b'}')
}

/// Skips at most three spaces from `i`.
fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    let limit = i + 3;
    while i < limit && at(b, i) == b' ' {
        i += 1;
    }
    i
}

fn starts_with_ci(b: &[u8], i: usize, word: &[u8]) -> bool {
    b.get(i..i + word.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(word))
}

/// A marker found at a trigger byte: the original range and its replacement.
type Marker = (usize, usize, &'static str);

/// `hxxp`, `hxxps`, `fxp`, `fxps`, `xxxx`, `xxxxs`, `xxxxx` (any case) as a
/// whole word followed by a scheme separator (`:` or a bracket), triggered
/// at its first `x`.
fn scheme_marker(b: &[u8], i: usize, floor: usize) -> Option<Marker> {
    let is_x = |j: usize| at(b, j).eq_ignore_ascii_case(&b'x');
    let prev = i
        .checked_sub(1)
        .map_or(0, |j| at(b, j))
        .to_ascii_lowercase();
    let (start, mut end, base, secure) =
        if prev == b'h' && is_x(i + 1) && at(b, i + 2).eq_ignore_ascii_case(&b'p') {
            (i - 1, i + 3, "http", "https")
        } else if prev == b'f' && at(b, i + 1).eq_ignore_ascii_case(&b'p') {
            (i - 1, i + 2, "ftp", "ftps")
        } else if !prev.is_ascii_alphanumeric() && is_x(i + 1) && is_x(i + 2) && is_x(i + 3) {
            if is_x(i + 4) {
                (i, i + 5, "https", "https")
            } else {
                (i, i + 4, "http", "https")
            }
        } else {
            return None;
        };
    if start < floor || (start > 0 && at(b, start - 1).is_ascii_alphanumeric()) {
        return None;
    }
    let mut rep = base;
    if base != secure && at(b, end).eq_ignore_ascii_case(&b's') {
        end += 1;
        rep = secure;
    }
    // The scheme separator: ":" itself, or a bracket holding it ("[:]",
    // "[://]"); "fxp[.]com" is a host name, not the scheme "ftp".
    let separator = match at(b, end) {
        b':' => true,
        b'[' | b'(' | b'{' => at(b, skip_spaces(b, end + 1)) == b':',
        _ => false,
    };
    separator.then_some((start, end, rep))
}

/// Words that stand for a dot or an at sign inside brackets, in English,
/// Spanish and German. (French `(et)` is left out: in security prose `(ET)`
/// is Eastern Time or Emerging Threats.)
const DOT_WORDS: &[&[u8]] = &[b"dot", b"punto", b"punkt"];
const AT_WORDS: &[&[u8]] = &[b"arroba", b"at"];
/// Scheme names written in brackets: `[http]://`, `(hxxps)://`.
const SCHEME_WORDS: &[(&[u8], &str)] = &[
    (b"https", "https"),
    (b"http", "http"),
    (b"hxxps", "https"),
    (b"hxxp", "http"),
    (b"ftp", "ftp"),
];

/// `[.]`, `(dot)`, `{ . }`, `[:]`, `[://]`, `[@]`, `(at)`... at an opener,
/// with up to three spaces inside; the word forms and `@` also swallow one
/// space on either side (`foo [at] bar.com`).
fn bracket_marker(b: &[u8], i: usize, floor: usize) -> Option<Marker> {
    let mut j = skip_spaces(b, i + 1);
    let word = |words: &[&[u8]]| {
        words
            .iter()
            .find(|w| starts_with_ci(b, j, w))
            .map(|w| w.len())
    };
    let scheme = SCHEME_WORDS.iter().find(|(w, _)| starts_with_ci(b, j, w));
    let (rep, len, spaced) = match at(b, j) {
        b':' if b.get(j..j + 3) == Some(b"://") => ("://", 3, false),
        b':' => (":", 1, false),
        b'.' | b',' => (".", 1, false),
        b'-' => ("-", 1, false),
        b'/' => ("/", 1, false),
        b'@' => ("@", 1, true),
        _ => {
            if let Some((w, rep)) = scheme {
                (*rep, w.len(), false)
            } else if let Some(len) = word(DOT_WORDS) {
                (".", len, true)
            } else if let Some(len) = word(AT_WORDS) {
                ("@", len, true)
            } else {
                return None;
            }
        }
    };
    j = skip_spaces(b, j + len);
    if !is_closer(at(b, j)) {
        return None;
    }
    let (mut start, mut end) = (i, j + 1);
    if scheme.is_some() && !matches!(at(b, end), b':' | b'[') {
        return None;
    }
    if spaced {
        if start > floor && at(b, start - 1) == b' ' {
            start -= 1;
        }
        if at(b, end) == b' ' {
            end += 1;
        }
    }
    Some((start, end, rep))
}

/// Odd bracket pairs around a dot: `].[`, `[.[`, `}.}`, `{.]`...
fn odd_dot_marker(b: &[u8], i: usize) -> Option<Marker> {
    (is_square_or_curly(at(b, i)) && at(b, i + 1) == b'.' && is_square_or_curly(at(b, i + 2)))
        .then_some((i, i + 3, "."))
}

fn marker_at(b: &[u8], i: usize, floor: usize) -> Option<Marker> {
    match at(b, i) {
        b'\\' => match at(b, i + 1) {
            b'.' => Some((i, i + 2, ".")),
            b'/' => Some((i, i + 2, "/")),
            // A Markdown escape, common in reports converted from HTML.
            b'_' => Some((i, i + 2, "_")),
            _ => None,
        },
        b'<' => (at(b, i + 1) == b'.' && at(b, i + 2) == b'>').then_some((i, i + 3, ".")),
        b'x' | b'X' => scheme_marker(b, i, floor),
        c if is_opener(c) => bracket_marker(b, i, floor).or_else(|| odd_dot_marker(b, i)),
        _ => odd_dot_marker(b, i),
    }
}

/// Refangs `text`, keeping the edits needed to map spans back.
pub(crate) fn refang_mapped(text: &str) -> Refanged<'_> {
    let b = text.as_bytes();
    let mut out: Option<String> = None;
    let mut edits: Vec<Edit> = Vec::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(m) = patterns::MARKER_START.find_at(b, i) {
        i = m.start();
        let Some((start, end, rep)) = marker_at(b, i, copied) else {
            i += 1;
            continue;
        };
        let buf = out.get_or_insert_with(|| String::with_capacity(text.len()));
        buf.push_str(text.get(copied..start).unwrap_or(""));
        let edit = Edit {
            r_start: buf.len(),
            r_len: rep.len(),
            o_start: start,
            o_len: end - start,
            defang: rep != "_",
        };
        // Markers right after one another ("[.][.][.]...") make one edit, so
        // that a megabyte of them costs one edit, not 40 bytes per marker.
        match edits.last_mut() {
            Some(last)
                if last.r_end() == edit.r_start
                    && last.o_start + last.o_len == edit.o_start
                    && last.defang == edit.defang =>
            {
                last.r_len += edit.r_len;
                last.o_len += edit.o_len;
            }
            _ => edits.push(edit),
        }
        buf.push_str(rep);
        copied = end;
        i = end;
    }
    let text = match out {
        None => Cow::Borrowed(text),
        Some(mut buf) => {
            buf.push_str(text.get(copied..).unwrap_or(""));
            Cow::Owned(buf)
        }
    };
    Refanged { text, edits }
}

/// Turns defanged text back into its plain form:
///
/// - schemes `hxxp`, `hxxps`, `fxp`, `fxps`, `xxxx`, `xxxxs` (any case, as a
///   whole word before `:` or a bracket), and `[http]://`, `(hxxps)://`;
/// - dots `[.]`, `(.)`, `{.}`, `[dot]`, `(dot)`, `{dot}`, `[punto]`,
///   `[punkt]`, `[,]`, `\.`, `<.>` and odd bracket pairs such as `].[`;
/// - `[:]` and `[://]`; `[@]`, `(@)`, `[at]`, `(at)`, `[arroba]`;
///   `[-]`, `[/]` and `\/`.
///
/// Brackets may hold up to three spaces (`[ . ]`), and the word forms and
/// `@` may have a space on either side (`admin [at] evil.ru`). Bare words
/// (`AT`, `DOT`) and markers with a single bracket are left alone: in prose
/// they are ordinary text.
///
/// Returns the text borrowed when there was nothing to refang.
///
/// # Examples
///
/// ```
/// use cti_extract::ioc::refang;
///
/// assert_eq!(refang("hxxps://evil[.]example[.]com"), "https://evil.example.com");
/// assert_eq!(refang("185.220.101[.]4"), "185.220.101.4");
/// assert_eq!(refang("admin[at]evil(.)ru"), "admin@evil.ru");
/// assert!(matches!(refang("nothing here"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn refang(text: &str) -> Cow<'_, str> {
    refang_mapped(text).text
}

/// Defangs a single refanged indicator value so that it is no longer
/// clickable: `https://evil.com/a.php` becomes `hxxps://evil[.]com/a.php`
/// (dots in the host only), `admin@evil.ru` becomes `admin[@]evil[.]ru`,
/// `1.2.3.4` becomes `1[.]2[.]3[.]4`, and IPv6 colons become `[:]`.
///
/// Values that are not network indicators (hashes, CVE ids, ATT&CK ids such
/// as `T1566.001`) are returned unchanged. [`refang`] undoes `defang`.
///
/// # Examples
///
/// ```
/// use cti_extract::ioc::{defang, refang};
///
/// let d = defang("https://evil.example.com/payload.exe");
/// assert_eq!(d, "hxxps://evil[.]example[.]com/payload.exe");
/// assert_eq!(refang(&d), "https://evil.example.com/payload.exe");
/// assert_eq!(defang("T1566.001"), "T1566.001");
/// ```
pub fn defang(value: &str) -> String {
    if let Some((scheme, rest)) = value.split_once("://") {
        let scheme = match scheme.to_ascii_lowercase().as_str() {
            "http" => "hxxp".to_string(),
            "https" => "hxxps".to_string(),
            "ftp" => "fxp".to_string(),
            "ftps" => "fxps".to_string(),
            _ => scheme.to_string(),
        };
        let auth_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(auth_end);
        let authority = if authority.starts_with('[') {
            authority.replace(':', "[:]")
        } else {
            authority.replace('.', "[.]")
        };
        return format!("{scheme}://{authority}{tail}");
    }
    if value.contains('@') {
        return value.replace('.', "[.]").replace('@', "[@]");
    }
    if value.contains(':') && value.parse::<std::net::Ipv6Addr>().is_ok() {
        return value.replace(':', "[:]");
    }
    let last = value.rsplit('.').next().unwrap_or("");
    let numeric_last = !last.is_empty() && last.bytes().all(|c| c.is_ascii_digit());
    let dotted_quad = value.split('.').count() == 4
        && value
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()));
    if value.contains('.') && (!numeric_last || dotted_quad) {
        value.replace('.', "[.]")
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_map_back() {
        let text = "see hxxps://evil[.]com now";
        let r = refang_mapped(text);
        assert_eq!(r.text, "see https://evil.com now");
        let s = r.text.find("https").unwrap_or(0);
        let e = s + "https://evil.com".len();
        let span = r.original_span(s, e);
        assert_eq!(span.slice(text), Some("hxxps://evil[.]com"));
        assert!(r.is_defanged(s, e));
        let now = r.text.find("now").unwrap_or(0);
        assert_eq!(r.original_span(now, now + 3).slice(text), Some("now"));
        assert!(!r.is_defanged(now, now + 3));
        // A range that ends right at a replacement does not include it.
        let dot = r.text.find("evil").unwrap_or(0);
        assert_eq!(r.original_span(dot, dot + 4).slice(text), Some("evil"));
        assert!(!r.is_defanged(dot, dot + 4));
    }

    #[test]
    fn markers() {
        for (i, o) in [
            ("a[.]b", "a.b"),
            ("a(.)b", "a.b"),
            ("a{.}b", "a.b"),
            ("a[dot]b", "a.b"),
            ("a(DOT)b", "a.b"),
            ("a [ . ] b", "a . b"),
            ("a[ . ]b", "a.b"),
            ("a\\.b", "a.b"),
            ("a].[b", "a.b"),
            ("x[@]y", "x@y"),
            ("x [at] y", "x@y"),
            ("x(at)y", "x@y"),
            ("http[:]//a", "http://a"),
            ("http[://]a", "http://a"),
            ("hXXps[://]a", "https://a"),
            ("fxp://a", "ftp://a"),
            // Found by the property test: "fxp" before "[.]" is a host name.
            ("hxxp://a-fxp[.]com", "http://a-fxp.com"),
            ("fxp[://]files[.]example", "ftp://files.example"),
            ("hxxp is a word", "hxxp is a word"),
            ("ahxxp://a", "ahxxp://a"),
            ("(see above)", "(see above)"),
            ("[1].[2]", "[1.2]"),
        ] {
            assert_eq!(refang(i), o, "{i}");
        }
    }
}
