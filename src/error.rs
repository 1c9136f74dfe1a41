//! The crate's error type.

use std::fmt;

/// An error from the extraction pipeline.
///
/// Errors are rare by design: text that cannot be decoded or repaired is
/// reported in the [`Report`](crate::Report), not turned into an error. An
/// `Error` means the input as a whole could not be processed, for example
/// because it exceeds a configured limit or is not text at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// The kind of an [`Error`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is larger than the configured maximum (bytes given, limit).
    TooLarge {
        /// The size of the input in bytes.
        size: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// The input looks like binary data (an image, an archive, an executable),
    /// not like text; `what` names the format when it was recognised.
    Binary {
        /// A short description of what the bytes look like.
        what: &'static str,
    },
    /// A user-supplied table (for example an alias TSV) is malformed.
    Table {
        /// The 1-based line number of the offending row.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

impl Error {
    /// Creates an error of the given kind.
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    /// Returns what went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::TooLarge { size, limit } => write!(
                f,
                "input of {size} bytes exceeds the limit of {limit} bytes"
            ),
            ErrorKind::Binary { what } => {
                write!(f, "input is binary data ({what}), not text")
            }
            ErrorKind::Table { line, message } => {
                write!(f, "malformed table row at line {line}: {message}")
            }
        }
    }
}

impl std::error::Error for Error {}
