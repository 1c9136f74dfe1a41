//! cti-extract turns raw cybersecurity news into structured threat intelligence.
//!
//! An article arrives as bytes, in a digest item's layout or as plain text.
//! [`Extractor::extract`] decodes it, parses the digest structure and returns a
//! [`Report`] whose spans all point into the decoded text.
//!
//! ```
//! use cti_extract::Extractor;
//!
//! let article = "CyberSecurity news\n\
//!                Jane Roe@Example News\n\
//!                //\n\
//!                The China-linked APT31 group targeted a ministry network.\n\
//!                References :\n\
//!                - example.com: Ministry network attacked\n";
//! let report = Extractor::new().extract(article.as_bytes())?;
//! assert_eq!(report.digest.paragraphs().count(), 1);
//! assert_eq!(report.digest.references.as_ref().map(|r| r.items.len()), Some(1));
//! // Every span points into the report's text.
//! for span in report.content_regions() {
//!     assert!(span.slice(&report.text).is_some());
//! }
//! # Ok::<(), cti_extract::Error>(())
//! ```
//!
//! The pipeline, one direction: bytes → [`decode`] → [`digest`] parse →
//! (later stages: repair, gazetteer, indicators, classification) → [`Report`].
#![forbid(unsafe_code)]
// Input must not be able to make the library panic: no unwrap, expect, panic
// or unchecked indexing in library code. The few indexings into fixed-size
// tables by a `u8`, or at compile time, carry a commented `allow` on the
// smallest item. Unit tests may unwrap.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]
#![warn(missing_docs)]

pub mod classify;
pub mod decode;
pub mod digest;
mod error;
mod extractor;
mod fast_hash;
pub mod gazetteer;
pub mod hostile;
pub mod ioc;
pub mod repair;
pub mod report;
pub mod stix;
pub mod text;

pub use digest::Digest;
pub use error::{Error, ErrorKind};
pub use extractor::{
    Extractor, ExtractorBuilder, DEFAULT_MAX_INDICATORS, DEFAULT_MAX_INPUT_BYTES,
    DEFAULT_MAX_MENTIONS, DEFAULT_MAX_REPAIRS,
};
pub use ioc::{Indicator, IndicatorFlag, IndicatorKind, Indicators};
pub use repair::{fix_and_explain, fix_text, RepairKind, RepairOptions, RepairStep, Repaired};
pub use report::{Report, Span};

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
