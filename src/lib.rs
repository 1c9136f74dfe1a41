//! cti-extract turns raw cybersecurity news into structured threat intelligence.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod decode;
mod error;
pub mod repair;
pub mod report;

pub use error::{Error, ErrorKind};
pub use repair::{fix_and_explain, fix_text, RepairKind, RepairOptions, RepairStep, Repaired};
pub use report::Span;
