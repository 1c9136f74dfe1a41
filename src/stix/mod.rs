//! Export to STIX 2.1: one bundle per article.
//!
//! [`Report::to_stix`](crate::Report::to_stix) turns a report into a
//! [`Bundle`]:
//!
//! | STIX object | from |
//! |---|---|
//! | `report` | the article: its first sentence as name, first paragraph as description, byline and references as external references; `object_refs` lists every other object |
//! | `intrusion-set` | each actor, with aliases, ATT&CK group (`mitre-attack`, with its URL) and MISP galaxy cluster (`misp-galaxy`) |
//! | `malware`, `tool` | the software the article names (`is_family: true`) |
//! | `identity` | victims: sectors the article names, as `identity_class: class` with STIX `sectors`; named organisations once classification supplies them; and the producer (`system`) |
//! | `location` | countries, with their ISO 3166-1 code |
//! | `vulnerability` | each CVE id (`cve` external reference) |
//! | `attack-pattern` | each ATT&CK technique id |
//! | `indicator` | each IP address, domain, URL, e-mail address and hash, with a STIX pattern (`pattern_type: stix`) |
//! | `relationship` | actor `originates-from` its country, `uses` software and techniques, `targets` victims, countries and vulnerabilities; indicator `indicates` actor or software |
//!
//! Which relationships are drawn, and on what grounds, is documented on
//! [`StixInput::from_report`]; each relationship's description says it.
//!
//! # Deterministic
//!
//! Identifiers are name-based UUIDs (version 5) over each object's
//! identifying content (see [`deterministic_id`]), and every timestamp is
//! the one the caller passes in [`StixOptions`]: the same article, the same
//! gazetteer and the same time give the same bundle, byte for byte.
//!
//! STIX 2.1 recommends UUIDv4 for domain objects, so the OASIS validator
//! warns about every id (its check 103, `uuid-check`); version 5 is what
//! makes the ids repeatable and equal across tools that follow the same
//! convention.
//!
//! # Serialising
//!
//! [`Bundle`] implements `serde::Serialize`; the crate itself writes no
//! JSON (it has no JSON dependency), so callers use `serde_json` or any
//! other serde format.
//!
//! # Examples
//!
//! ```
//! use cti_extract::stix::StixOptions;
//! use cti_extract::Extractor;
//!
//! let extractor = Extractor::new();
//! let report = extractor.extract(
//!     b"APT28 exploited CVE-2023-23397; its servers included 185.220.101[.]4.",
//! )?;
//! let options = StixOptions::new("2026-11-29T00:00:00.000Z")?;
//! let bundle = report.to_stix(extractor.gazetteer(), &options);
//!
//! let names: Vec<&str> = bundle.objects.iter().filter_map(|o| o.name()).collect();
//! assert!(names.contains(&"APT28"));
//! assert!(names.contains(&"CVE-2023-23397"));
//! assert!(names.contains(&"IPv4 address 185.220.101.4"));
//! // The same input gives the same bundle.
//! assert_eq!(bundle, report.to_stix(extractor.gazetteer(), &options));
//!
//! let json = serde_json::to_string_pretty(&bundle)?;
//! assert!(json.contains("\"pattern\": \"[ipv4-addr:value = '185.220.101.4']\""));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod build;
mod id;
mod input;
mod objects;
mod pattern;
mod sha1;
mod vocab;

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::gazetteer::Gazetteer;

pub use id::{deterministic_id, format_uuid, uuid_v5, STIX_NAMESPACE};
pub use input::{
    ActorInput, CountryInput, IndicatorInput, Link, Relation, SoftwareInput, StixInput, VictimInput,
};
pub use objects::{
    AttackPattern, Bundle, Common, ExternalReference, Identity, Indicator, IntrusionSet, Location,
    Malware, Relationship, Report, StixObject, Tool, Vulnerability,
};
pub use pattern::pattern;
pub use vocab::{industry_sector, INDUSTRY_SECTORS};

/// The producer named by default: the `identity` (class `system`) that
/// every object's `created_by_ref` points to.
pub const DEFAULT_PRODUCER: &str = "cti-extract";

/// How to write a bundle: the time to stamp it with, and who made it.
///
/// # Examples
///
/// ```
/// use cti_extract::stix::StixOptions;
///
/// let options = StixOptions::new("2026-11-29T00:00:00Z")?;
/// assert_eq!(options.created(), "2026-11-29T00:00:00.000Z");
/// assert!(StixOptions::new("2026-11-29 00:00").is_err());
/// assert!(StixOptions::new("2026-02-30T00:00:00.000Z").is_err());
/// assert!(StixOptions::new("2026-11-29T01:00:00.000+01:00").is_err());
/// # Ok::<(), cti_extract::stix::StixTimeError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StixOptions {
    created: String,
    producer: String,
}

impl StixOptions {
    /// Options stamping every object with `created`: an RFC 3339 UTC time,
    /// `YYYY-MM-DDTHH:MM:SS[.sss]Z`, with at most millisecond precision. It
    /// becomes each object's `created` and `modified`, the report's
    /// `published` and each indicator's `valid_from`, written with exactly
    /// three fractional digits as STIX requires.
    ///
    /// # Errors
    ///
    /// [`StixTimeError`] when `created` is not such a time: another layout,
    /// a date or time out of range, an offset other than `Z`, or more than
    /// three fractional digits.
    pub fn new(created: &str) -> Result<StixOptions, StixTimeError> {
        let created = normalize_timestamp(created).map_err(|reason| StixTimeError {
            input: created.chars().take(64).collect(),
            reason,
        })?;
        Ok(StixOptions {
            created,
            producer: DEFAULT_PRODUCER.to_string(),
        })
    }

    /// Options stamping objects with the current time of the system clock
    /// (bundles made at different times then differ in their timestamps).
    pub fn now() -> StixOptions {
        let since = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        StixOptions {
            created: format_unix_millis(since.as_millis()),
            producer: DEFAULT_PRODUCER.to_string(),
        }
    }

    /// Names the producer: the `identity` of class `system` that every
    /// object's `created_by_ref` points to (default [`DEFAULT_PRODUCER`]).
    /// A blank name keeps the current one.
    pub fn producer(mut self, name: &str) -> StixOptions {
        let name = name.trim();
        if !name.is_empty() {
            self.producer = name.to_string();
        }
        self
    }

    /// The timestamp, normalised: `2026-11-29T00:00:00.000Z`.
    pub fn created(&self) -> &str {
        &self.created
    }

    /// The producer's name.
    pub fn producer_name(&self) -> &str {
        &self.producer
    }
}

/// A timestamp that STIX cannot use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StixTimeError {
    input: String,
    reason: &'static str,
}

impl StixTimeError {
    /// What is wrong with the timestamp.
    pub fn reason(&self) -> &str {
        self.reason
    }
}

impl fmt::Display for StixTimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid STIX timestamp {:?}: {}; expected UTC like 2026-11-29T00:00:00.000Z",
            self.input, self.reason
        )
    }
}

impl std::error::Error for StixTimeError {}

impl crate::Report {
    /// The report as a STIX 2.1 bundle; `gazetteer` is the one that made
    /// the report (for identifiers and ATT&CK's actor-software links).
    ///
    /// Equivalent to [`StixInput::from_report`] followed by
    /// [`StixInput::to_bundle`]; go through [`StixInput`] to add what the
    /// report does not hold (victims, an attacker, labels).
    ///
    /// # Examples
    ///
    /// ```
    /// use cti_extract::stix::{StixObject, StixOptions};
    /// use cti_extract::Extractor;
    ///
    /// let extractor = Extractor::new();
    /// let report = extractor.extract(
    ///     "CyberSecurity news\n\
    ///      Jane Roe@Example News\n\
    ///      //\n\
    ///      The China-linked APT31 group hit the Czech foreign ministry.\n\
    ///      References:\n\
    ///      - mzv.gov.cz: Statement of the government.\n"
    ///         .as_bytes(),
    /// )?;
    /// let options = StixOptions::new("2026-11-29T00:00:00.000Z")?;
    /// let bundle = report.to_stix(extractor.gazetteer(), &options);
    ///
    /// let stix_report = bundle.report().expect("a report object");
    /// assert_eq!(stix_report.name, "The China-linked APT31 group hit the Czech foreign ministry.");
    /// assert_eq!(stix_report.published, "2026-11-29T00:00:00.000Z");
    /// // Every other object is referred to by the report.
    /// assert_eq!(stix_report.object_refs.len(), bundle.objects.len() - 1);
    ///
    /// let apt31 = bundle
    ///     .objects
    ///     .iter()
    ///     .find_map(|o| match o {
    ///         StixObject::IntrusionSet(i) if i.name == "APT31" => Some(i),
    ///         _ => None,
    ///     })
    ///     .expect("APT31");
    /// assert!(apt31.external_references.iter().any(|r| {
    ///     r.external_id.as_deref() == Some("G0128")
    ///         && r.url.as_deref() == Some("https://attack.mitre.org/groups/G0128/")
    /// }));
    /// // China is where APT31 comes from; the Czech Republic is a target.
    /// let relations: Vec<(&str, &str)> = bundle
    ///     .objects
    ///     .iter()
    ///     .filter_map(|o| match o {
    ///         StixObject::Relationship(r) => {
    ///             Some((r.relationship_type, bundle.get(&r.target_ref)?.name()?))
    ///         }
    ///         _ => None,
    ///     })
    ///     .collect();
    /// assert!(relations.contains(&("originates-from", "China")));
    /// assert!(relations.contains(&("targets", "Czech Republic")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_stix(&self, gazetteer: &Gazetteer, options: &StixOptions) -> Bundle {
        StixInput::from_report(self, gazetteer).to_bundle(options)
    }
}

/// Checks `YYYY-MM-DDTHH:MM:SS[.f{1,3}]Z` and writes it with three
/// fractional digits.
fn normalize_timestamp(s: &str) -> Result<String, &'static str> {
    let b = s.as_bytes();
    let number = |from: usize, to: usize| -> Option<u32> {
        let digits = b.get(from..to)?;
        digits.iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let at = |i: usize, c: &[u8]| b.get(i).is_some_and(|x| c.contains(x));
    let layout = "not laid out as YYYY-MM-DDTHH:MM:SS";
    if !(at(4, b"-") && at(7, b"-") && at(10, b"Tt") && at(13, b":") && at(16, b":")) {
        return Err(layout);
    }
    let (Some(year), Some(month), Some(day), Some(hour), Some(minute), Some(second)) = (
        number(0, 4),
        number(5, 7),
        number(8, 10),
        number(11, 13),
        number(14, 16),
        number(17, 19),
    ) else {
        return Err(layout);
    };
    let mut rest = b.get(19..).unwrap_or_default();
    let mut millis = String::new();
    if let Some(fraction) = rest.strip_prefix(b".") {
        let n = fraction.iter().take_while(|d| d.is_ascii_digit()).count();
        if n == 0 {
            return Err("a decimal point without digits");
        }
        if n > 3 {
            return Err("more precise than a millisecond");
        }
        let (digits, after) = fraction.split_at_checked(n).unwrap_or((fraction, &[]));
        millis = digits.iter().map(|&d| char::from(d)).collect();
        rest = after;
    }
    while millis.len() < 3 {
        millis.push('0');
    }
    match rest {
        b"Z" | b"z" => {}
        [] => return Err("no time zone; STIX timestamps are UTC and end in Z"),
        [b'+' | b'-', ..] => return Err("an offset; STIX timestamps are UTC and end in Z"),
        _ => return Err("unexpected characters after the seconds"),
    }
    if year == 0 {
        return Err("year 0000");
    }
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return Err("no such date");
    }
    if hour > 23 || minute > 59 || second > 59 {
        return Err("no such time of day");
    }
    Ok(format!(
        "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}.{millis}Z"
    ))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

/// Milliseconds since 1970 as a STIX timestamp (days to a civil date after
/// Howard Hinnant's `civil_from_days`).
fn format_unix_millis(millis: u128) -> String {
    let ms = millis % 1000;
    let secs = millis / 1000;
    let (h, m, s) = ((secs / 3600) % 24, (secs / 60) % 60, secs % 60);
    let z = (secs / 86_400) as i128 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i128::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}.{ms:03}Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        let ok = [
            ("2026-11-29T00:00:00.000Z", "2026-11-29T00:00:00.000Z"),
            ("2026-11-29T00:00:00Z", "2026-11-29T00:00:00.000Z"),
            ("2026-11-29t23:59:59.5z", "2026-11-29T23:59:59.500Z"),
            ("2024-02-29T12:00:00.12Z", "2024-02-29T12:00:00.120Z"),
            ("2000-02-29T00:00:00.000Z", "2000-02-29T00:00:00.000Z"),
        ];
        for (input, expected) in ok {
            assert_eq!(normalize_timestamp(input).as_deref(), Ok(expected));
        }
        let bad = [
            "",
            "2026-11-29",
            "2026-11-29 00:00:00Z",
            "2026-11-29T00:00:00",
            "2026-11-29T00:00:00.Z",
            "2026-11-29T00:00:00.0000Z",
            "2026-11-29T00:00:00+00:00",
            "2026-13-01T00:00:00Z",
            "2025-02-29T00:00:00Z",
            "1900-02-29T00:00:00Z",
            "2026-11-31T00:00:00Z",
            "2026-11-29T24:00:00Z",
            "2026-11-29T00:60:00Z",
            "2026-11-29T00:00:60Z",
            "0000-01-01T00:00:00Z",
            "2026-11-29T00:00:00ZZ",
            "２026-11-29T00:00:00Z",
            "2026-11-29T00:00:00.00é",
        ];
        for input in bad {
            assert!(normalize_timestamp(input).is_err(), "{input:?}");
        }
    }

    #[test]
    fn error_message_names_the_input_and_the_reason() {
        let e = StixOptions::new("2026-11-29T00:00:00+01:00").unwrap_err();
        let text = e.to_string();
        assert!(text.contains("2026-11-29T00:00:00+01:00"), "{text}");
        assert!(text.contains("offset"), "{text}");
    }

    #[test]
    fn unix_millis() {
        assert_eq!(format_unix_millis(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(
            format_unix_millis(951_782_400_123),
            "2000-02-29T00:00:00.123Z"
        );
        assert_eq!(
            format_unix_millis(1_795_910_400_000),
            "2026-11-29T00:00:00.000Z"
        );
        let now = StixOptions::now();
        assert!(normalize_timestamp(now.created()).is_ok());
    }
}
