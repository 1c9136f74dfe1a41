//! The result of extraction and its parts.

use serde::{Deserialize, Serialize};

use crate::decode::DecodeInfo;
use crate::digest::{Digest, Part, Region};

/// A byte range `start..end` into a text.
///
/// Spans in a [`Report`](crate::Report) point into the repaired text that the
/// report carries, and always lie on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The number of bytes covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text the span covers in `text`, or `None` if it is out of range or
    /// not on `char` boundaries.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}

/// What [`Extractor::extract`](crate::Extractor::extract) found in one article.
///
/// Every [`Span`] in a report is a byte range into [`Report::text`].
/// Parts that a later stage of the pipeline fills are added to this type as
/// those stages exist; nothing here is a placeholder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Report {
    /// The article's text after decoding, which every span points into.
    pub text: String,
    /// How the bytes were decoded, and how many could not be.
    pub decoding: DecodeInfo,
    /// The parsed digest item (plain articles give a digest with only a body).
    pub digest: Digest,
    /// Where each part of the digest lies in `text`.
    pub regions: Vec<Region>,
}

impl Report {
    /// The regions of the text that analysis reads: body lines and reference
    /// snippets, never the item's own Classification block.
    pub fn content_regions(&self) -> impl Iterator<Item = Span> + '_ {
        self.regions
            .iter()
            .filter(|r| matches!(r.part, Part::Body | Part::ReferenceSnippet))
            .map(|r| r.span)
    }
}
