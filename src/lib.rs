//! cti-extract turns raw cybersecurity news into structured threat intelligence.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod decode;
mod error;
pub mod report;

pub use error::{Error, ErrorKind};
pub use report::Span;
