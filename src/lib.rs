//! cti-extract turns raw cybersecurity news into structured threat intelligence.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod decode;
mod error;
pub mod ioc;
pub mod report;

pub use error::{Error, ErrorKind};
pub use ioc::{Indicator, IndicatorFlag, IndicatorKind, Indicators};
pub use report::Span;
