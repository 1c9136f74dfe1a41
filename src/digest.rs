//! The digest format: parse an item into a [`Digest`] and render it back.
//!
//! A digest item looks like this (see the crate's `data/samples/`):
//!
//! ```text
//! CyberSecurity news                      <- category line
//! Pierluigi Paganini@Security Affairs     <- author@source byline
//! //                                      <- separator
//! <body: one paragraph per line>
//! ImgSrc: securityaffairs                 <- optional
//! References :                            <- "References:" also occurs
//! - <source>: <snippet>                   <- a snippet may wrap onto following lines
//! Classification:
//! - HashTags: #CyberAttack #APT31 #CyberEspionage
//! - Attacker: APT31
//! ...
//! ```
//!
//! Parsing never fails: text with no digest structure becomes a [`Digest`]
//! whose body holds every line. Rendering gives back the parsed text up to
//! trailing spaces and tabs on each line, blank lines inside the References and
//! Classification sections, and the order of sections (ImgSrc, References,
//! Classification); the line-ending style, a byte order mark and a final line
//! break are kept.
//!
//! # Examples
//!
//! ```
//! use cti_extract::digest::Digest;
//!
//! let item = "CyberSecurity news\nJane Roe@Example News\n//\nA paragraph.\n\
//!             References :\n- example.com: A snippet\nClassification:\n- Type: Espionage";
//! let digest = Digest::parse(item);
//! assert_eq!(digest.byline.as_ref().map(|b| b.author.as_str()), Some("Jane Roe"));
//! assert_eq!(digest.references.as_ref().map(|r| r.items.len()), Some(1));
//! assert_eq!(digest.field("Type"), Some("Espionage"));
//! assert_eq!(digest.render(), item);
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::report::Span;

/// A parsed digest item.
///
/// Every part is optional except the body, so that plain article text (no
/// digest structure at all) parses into a `Digest` whose body is the text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Digest {
    /// Whether the text began with a byte order mark (U+FEFF).
    pub bom: bool,
    /// The line-ending style of the text, used again when rendering.
    pub line_ending: LineEnding,
    /// Whether the text ended with a line break.
    pub final_newline: bool,
    /// The category line, e.g. "CyberSecurity news".
    pub category: Option<String>,
    /// The author and source line, e.g. "Pierluigi Paganini@Security Affairs".
    pub byline: Option<Byline>,
    /// Whether the `//` separator line was present.
    pub separator: bool,
    /// The body, one entry per line (a paragraph per line; blank lines kept as
    /// empty strings). See [`Digest::paragraphs`].
    pub body: Vec<String>,
    /// The `ImgSrc:` value, when present.
    pub image_source: Option<String>,
    /// The References section, when present.
    pub references: Option<References>,
    /// The Classification section, when present: its fields in their order.
    pub classification: Option<Vec<Field>>,
}

/// The byline `author@source`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Byline {
    /// The author, the part before `@`.
    pub author: String,
    /// The source, the part after `@`; `None` when the line has no `@`.
    pub source: Option<String>,
}

/// The References section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct References {
    /// The header line as written ("References :" or "References:").
    pub header: String,
    /// The references in their order.
    pub items: Vec<Reference>,
}

/// One reference: `- <source>: <snippet>`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    /// The source before the first `": "`; `None` when the line has none.
    pub source: Option<String>,
    /// The snippet. A snippet that wrapped onto following lines is joined
    /// with single spaces.
    pub snippet: String,
    /// Byte offsets into `snippet` of the spaces that were line breaks in the
    /// original text, so that rendering restores the wrapping.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wrapped_at: Vec<usize>,
    /// Whether the line lacked the `- ` bullet (a malformed first line of the
    /// section); rendering then writes it without one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unmarked: bool,
}

/// One classification field: `- <name>: <value>`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    /// The field's name, e.g. "Attacker".
    pub name: String,
    /// The field's value; empty when the item leaves it empty.
    pub value: String,
}

/// The line-ending style of a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineEnding {
    /// `\n`
    #[default]
    Lf,
    /// `\r\n`
    CrLf,
    /// `\r`
    Cr,
}

impl LineEnding {
    /// The line break itself.
    pub fn as_str(self) -> &'static str {
        match self {
            LineEnding::Lf => "\n",
            LineEnding::CrLf => "\r\n",
            LineEnding::Cr => "\r",
        }
    }
}

/// The part of a digest item that a region of the text belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// The category line.
    Category,
    /// The byline.
    Byline,
    /// A body line.
    Body,
    /// The `ImgSrc:` value.
    ImageSource,
    /// The source name of a reference.
    ReferenceSource,
    /// A reference snippet, or one line of a wrapped snippet.
    ReferenceSnippet,
    /// A line of the Classification section.
    Classification,
}

/// A region of the parsed text and the part it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    /// Which part of the item.
    pub part: Part,
    /// Where it is in the parsed text (trailing spaces excluded).
    pub span: Span,
}

/// The names of the eight classification fields, in the digest's order.
pub const FIELD_NAMES: [&str; 8] = [
    "HashTags", "Company", "Target", "Attacker", "Product", "Feature", "Type", "Severity",
];

impl Digest {
    /// Parses a digest item, or plain article text, into a `Digest`.
    ///
    /// Never fails: whatever is not recognised as digest structure is kept
    /// in the body.
    pub fn parse(text: &str) -> Digest {
        parse_with_regions(text).0
    }

    /// Renders the item back into text, in its own line-ending style.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let nl = self.line_ending.as_str();
        if self.bom {
            out.push('\u{FEFF}');
        }
        let mut lines: Vec<std::borrow::Cow<'_, str>> = Vec::new();
        if let Some(category) = &self.category {
            lines.push(category.into());
        }
        if let Some(byline) = &self.byline {
            lines.push(match &byline.source {
                Some(source) => format!("{}@{}", byline.author, source).into(),
                None => byline.author.as_str().into(),
            });
        }
        if self.separator {
            lines.push("//".into());
        }
        lines.extend(self.body.iter().map(|l| l.as_str().into()));
        if let Some(image) = &self.image_source {
            lines.push(if image.is_empty() {
                "ImgSrc:".into()
            } else {
                format!("ImgSrc: {image}").into()
            });
        }
        if let Some(refs) = &self.references {
            lines.push(refs.header.as_str().into());
            for r in &refs.items {
                let bullet = if r.unmarked { "" } else { "- " };
                let head = match &r.source {
                    Some(s) if r.snippet.is_empty() => format!("{bullet}{s}:"),
                    Some(s) => format!("{bullet}{s}: "),
                    None => bullet.to_string(),
                };
                let mut rendered = head;
                push_wrapped(&mut rendered, &r.snippet, &r.wrapped_at, nl);
                lines.push(rendered.into());
            }
        }
        if let Some(fields) = &self.classification {
            lines.push("Classification:".into());
            for f in fields {
                lines.push(if f.value.is_empty() {
                    format!("- {}:", f.name).into()
                } else {
                    format!("- {}: {}", f.name, f.value).into()
                });
            }
        }
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                out.push_str(nl);
            }
            out.push_str(line);
        }
        if self.final_newline {
            out.push_str(nl);
        }
        out
    }

    /// The value of the classification field `name` (case-insensitive), if the
    /// item has a Classification section with that field.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.classification
            .as_ref()?
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
            .map(|f| f.value.as_str())
    }

    /// The non-empty body lines, one paragraph each.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.body
            .iter()
            .map(|l| l.as_str())
            .filter(|l| !l.trim().is_empty())
    }

    /// Whether any digest structure (byline, separator, references or
    /// classification) was found; `false` for plain article text.
    pub fn is_structured(&self) -> bool {
        self.byline.is_some()
            || self.separator
            || self.references.is_some()
            || self.classification.is_some()
            || self.image_source.is_some()
    }

    /// Renders the Classification section alone, in the digest's layout, with
    /// `\n` line breaks; `None` when the item has none.
    pub fn classification_block(&self) -> Option<String> {
        let fields = self.classification.as_ref()?;
        Some(render_block(
            fields.iter().map(|f| (f.name.as_str(), f.value.as_str())),
        ))
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

/// Renders a `Classification:` block from (name, value) pairs, `\n`-separated,
/// with no final line break.
pub fn render_block<'a>(fields: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::from("Classification:");
    for (name, value) in fields {
        out.push_str("\n- ");
        out.push_str(name);
        out.push(':');
        if !value.is_empty() {
            out.push(' ');
            out.push_str(value);
        }
    }
    out
}

/// Writes `snippet` into `out`, turning the spaces at `wrapped_at` back into
/// line breaks. Offsets that do not point at a space are ignored.
fn push_wrapped(out: &mut String, snippet: &str, wrapped_at: &[usize], nl: &str) {
    let mut last = 0;
    for &at in wrapped_at {
        if at < last || snippet.get(at..at + 1) != Some(" ") {
            continue;
        }
        out.push_str(snippet.get(last..at).unwrap_or_default());
        out.push_str(nl);
        last = at + 1;
    }
    out.push_str(snippet.get(last..).unwrap_or_default());
}

/// One line of the input with its span (line break excluded, trailing spaces
/// and tabs trimmed).
struct Line<'a> {
    text: &'a str,
    start: usize,
}

impl Line<'_> {
    fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }
}

/// Which section the parser is in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Body,
    References,
    Classification,
}

/// Parses `text` and also returns where each part lies in it.
///
/// The regions let later stages look only at the body and the references,
/// never at an item's own Classification block.
pub fn parse_with_regions(text: &str) -> (Digest, Vec<Region>) {
    let mut digest = Digest::default();
    let mut regions = Vec::new();
    let (bom, offset) = match text.strip_prefix('\u{FEFF}') {
        Some(_) => (true, '\u{FEFF}'.len_utf8()),
        None => (false, 0),
    };
    digest.bom = bom;
    let (lines, ending, final_newline) = split_lines(text, offset);
    digest.line_ending = ending;
    digest.final_newline = final_newline;

    // About one region and one body line a line: sized once, not grown.
    regions.reserve(lines.len() + 4);
    let body_start = parse_header(&lines, &mut digest, &mut regions);
    digest.body.reserve(lines.len().saturating_sub(body_start));
    // The image source is the last non-blank line of the body when it is an
    // "ImgSrc:" line, which is where render puts it; an "ImgSrc:" line with
    // text after it is text (taking it made render move it after that text,
    // and parse(render(d)) differ from d; found by fuzzing).
    let image_line = lines
        .iter()
        .enumerate()
        .skip(body_start)
        .take_while(|(_, l)| {
            !is_header(l.text, "references") && !is_header(l.text, "classification")
        })
        .filter(|(_, l)| !l.text.is_empty())
        .last()
        .filter(|(_, l)| image_source_value(l.text).is_some())
        .map(|(i, _)| i);
    let mut section = Section::Body;
    for (index, line) in lines.iter().enumerate().skip(body_start) {
        let t = line.text;
        if let Some(value) = image_source_value(t).filter(|_| Some(index) == image_line) {
            let value_start = line.start + (t.len() - value.len());
            if !value.is_empty() {
                regions.push(Region {
                    part: Part::ImageSource,
                    span: Span::new(value_start, value_start + value.len()),
                });
            }
            digest.image_source = Some(value.to_string());
            continue;
        }
        // The References section comes before the Classification block, and
        // is rendered so: a "References:" line inside the block is one of
        // its lines (otherwise render would move the block after it, and
        // parse(render(d)) would differ from d; found by fuzzing).
        if digest.references.is_none()
            && !matches!(section, Section::Classification)
            && is_header(t, "references")
        {
            digest.references.get_or_insert_with(|| References {
                header: t.to_string(),
                items: Vec::new(),
            });
            section = Section::References;
            continue;
        }
        if digest.classification.is_none() && is_header(t, "classification") {
            digest.classification.get_or_insert_with(Vec::new);
            section = Section::Classification;
            continue;
        }
        match section {
            Section::Body => {
                if !t.is_empty() {
                    regions.push(Region {
                        part: Part::Body,
                        span: line.span(),
                    });
                }
                digest.body.push(t.to_string());
            }
            Section::References => {
                if let Some(refs) = digest.references.as_mut() {
                    parse_reference_line(line, &mut refs.items, &mut regions);
                }
            }
            Section::Classification => {
                if t.is_empty() {
                    continue;
                }
                regions.push(Region {
                    part: Part::Classification,
                    span: line.span(),
                });
                if let Some(fields) = digest.classification.as_mut() {
                    fields.push(parse_field(t));
                }
            }
        }
    }
    (digest, regions)
}

/// Splits `text[offset..]` into lines on `\n`, `\r\n` and `\r`, trimming
/// trailing spaces and tabs, and reports the first line-ending style seen and
/// whether the text ends with a line break.
fn split_lines(text: &str, offset: usize) -> (Vec<Line<'_>>, LineEnding, bool) {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut ending = None;
    let mut start = offset;
    let mut i = offset;
    let mut final_newline = false;
    // From one line break to the next (memchr), not byte by byte.
    while let Some(at) = bytes
        .get(i..)
        .and_then(|rest| memchr::memchr2(b'\n', b'\r', rest))
    {
        i += at;
        let (width, style) = match bytes.get(i) {
            Some(b'\r') if bytes.get(i + 1) == Some(&b'\n') => (2, LineEnding::CrLf),
            Some(b'\r') => (1, LineEnding::Cr),
            _ => (1, LineEnding::Lf),
        };
        ending.get_or_insert(style);
        lines.push(make_line(text, start, i));
        i += width;
        start = i;
        final_newline = i == bytes.len();
    }
    if start < bytes.len() || lines.is_empty() {
        lines.push(make_line(text, start, bytes.len()));
        final_newline = false;
    }
    (lines, ending.unwrap_or_default(), final_newline)
}

fn make_line(text: &str, start: usize, end: usize) -> Line<'_> {
    // Line breaks are ASCII, so `start..end` lies on char boundaries.
    let raw = text.get(start..end).unwrap_or_default();
    Line {
        text: raw.trim_end_matches([' ', '\t']),
        start,
    }
}

/// Recognises the category, byline and `//` separator at the top of the item
/// and returns the index of the first body line.
fn parse_header(lines: &[Line<'_>], digest: &mut Digest, regions: &mut Vec<Region>) -> usize {
    let Some(sep) = lines.iter().take(3).position(|l| l.text == "//") else {
        return 0;
    };
    let head = lines.get(..sep).unwrap_or_default();
    // A section header is never a category or byline: "References:\n//"
    // starts the references (render drops a blank line between them, and
    // the header must not appear then; found by fuzzing).
    if head.iter().any(|l| {
        l.text.is_empty() || is_header(l.text, "references") || is_header(l.text, "classification")
    }) {
        return 0;
    }
    let byline_line = match head {
        [category, byline] => {
            digest.category = Some(category.text.to_string());
            regions.push(Region {
                part: Part::Category,
                span: category.span(),
            });
            Some(byline)
        }
        [only] if only.text.contains('@') => Some(only),
        [only] => {
            digest.category = Some(only.text.to_string());
            regions.push(Region {
                part: Part::Category,
                span: only.span(),
            });
            None
        }
        _ => None,
    };
    if let Some(line) = byline_line {
        regions.push(Region {
            part: Part::Byline,
            span: line.span(),
        });
        digest.byline = Some(match line.text.split_once('@') {
            Some((author, source)) => Byline {
                author: author.to_string(),
                source: Some(source.to_string()),
            },
            None => Byline {
                author: line.text.to_string(),
                source: None,
            },
        });
    }
    digest.separator = true;
    sep + 1
}

/// `ImgSrc: value` (case-insensitive name) gives the trimmed value.
fn image_source_value(line: &str) -> Option<&str> {
    let head = line.get(..7)?;
    if !head.eq_ignore_ascii_case("imgsrc:") {
        return None;
    }
    line.get(7..).map(str::trim_start)
}

/// Whether `line` is a section header: `name`, optional spaces, a colon and
/// nothing else (case-insensitive).
fn is_header(line: &str, name: &str) -> bool {
    let Some(head) = line.get(..name.len()) else {
        return false;
    };
    head.eq_ignore_ascii_case(name)
        && line
            .get(name.len()..)
            .map(|rest| rest.trim_start() == ":")
            .unwrap_or(false)
}

/// Adds one line of the References section: a new reference when it starts
/// with `"- "` (or is just `-`), otherwise the continuation of a wrapped
/// snippet.
fn parse_reference_line(line: &Line<'_>, items: &mut Vec<Reference>, regions: &mut Vec<Region>) {
    let t = line.text;
    if t.is_empty() {
        return;
    }
    let bullet = t
        .strip_prefix("- ")
        .or(if t == "-" { Some("") } else { None });
    match (bullet, items.last_mut()) {
        (None, Some(previous)) => {
            regions.push(Region {
                part: Part::ReferenceSnippet,
                span: line.span(),
            });
            previous.wrapped_at.push(previous.snippet.len());
            previous.snippet.push(' ');
            previous.snippet.push_str(t);
        }
        (bullet, _) => {
            let content = bullet.unwrap_or(t);
            let content_start = line.start + (t.len() - content.len());
            let mut reference = split_reference(content);
            reference.unmarked = bullet.is_none();
            if let Some(source) = &reference.source {
                regions.push(Region {
                    part: Part::ReferenceSource,
                    span: Span::new(content_start, content_start + source.len()),
                });
            }
            if !reference.snippet.is_empty() {
                let end = content_start + content.len();
                regions.push(Region {
                    part: Part::ReferenceSnippet,
                    span: Span::new(end - reference.snippet.len(), end),
                });
            }
            items.push(reference);
        }
    }
}

/// Splits `source: snippet` at the first `": "`, or a trailing `:`.
fn split_reference(content: &str) -> Reference {
    if let Some((source, snippet)) = content.split_once(": ") {
        // Keep the split only if the source has no inner space-colon oddities;
        // the snippet's leading spaces stay part of the separator.
        let snippet_trimmed = snippet.trim_start_matches(' ');
        if snippet_trimmed.len() == snippet.len() {
            return Reference {
                source: Some(source.to_string()),
                snippet: snippet.to_string(),
                ..Reference::default()
            };
        }
    }
    if let Some(source) = content.strip_suffix(':') {
        if !source.contains(": ") {
            return Reference {
                source: Some(source.to_string()),
                snippet: String::new(),
                ..Reference::default()
            };
        }
    }
    Reference {
        source: None,
        snippet: content.to_string(),
        ..Reference::default()
    }
}

/// Parses `- Name: value` (the dash is optional; a line without a colon is a
/// field with that name and an empty value).
fn parse_field(line: &str) -> Field {
    let content = line
        .strip_prefix("- ")
        .or_else(|| line.strip_prefix('-'))
        .unwrap_or(line);
    match content.split_once(':') {
        Some((name, value)) => Field {
            name: name.trim().to_string(),
            value: value.trim().to_string(),
        },
        None => Field {
            name: content.trim().to_string(),
            value: String::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_lines_styles() {
        let (lines, ending, fin) = split_lines("a\r\nb\r\n", 0);
        assert_eq!(lines.len(), 2);
        assert_eq!(ending, LineEnding::CrLf);
        assert!(fin);
        let (lines, ending, fin) = split_lines("a\rb", 0);
        assert_eq!(lines.iter().map(|l| l.text).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(ending, LineEnding::Cr);
        assert!(!fin);
    }

    #[test]
    fn header_requires_exact_name() {
        assert!(is_header("References :", "references"));
        assert!(is_header("References:", "references"));
        assert!(!is_header("References: none", "references"));
        assert!(!is_header("Refer", "references"));
    }
}
