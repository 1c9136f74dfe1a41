//! The pipeline: bytes in, [`Report`] out.

use crate::fast_hash::{FastMap, FastSet};
use std::sync::{Arc, LazyLock};

use crate::classify;
use crate::decode::Decoder;
use crate::digest::{self, Part, Region};
use crate::error::{Error, ErrorKind};
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::hostile;
use crate::ioc::{Indicator, IocExtractor};
use crate::repair::RepairOptions;
use crate::report::{ActorReport, MentionSpan, Report, Span, Truncation};
use crate::text::Document;

/// The default limit on the size of one input: 256 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 256 << 20;

/// The default limit on the gazetteer mentions one report lists.
pub const DEFAULT_MAX_MENTIONS: usize = 100_000;

/// The default limit on the indicators one report lists.
pub const DEFAULT_MAX_INDICATORS: usize = 100_000;

/// The default limit on the repairs one report lists.
pub const DEFAULT_MAX_REPAIRS: usize = 100_000;

/// Runs the whole pipeline over one article.
///
/// Build it once and reuse it: it owns the compiled data, is `Send + Sync`,
/// and [`Extractor::extract`] takes `&self`.
///
/// # Examples
///
/// ```
/// use cti_extract::Extractor;
///
/// let extractor = Extractor::new();
/// let report = extractor.extract(b"Plain article text.")?;
/// assert_eq!(report.digest.body, ["Plain article text."]);
/// # Ok::<(), cti_extract::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    max_input_bytes: usize,
    max_mentions: usize,
    max_indicators: usize,
    max_repairs: usize,
    decoder: Decoder,
    repair: RepairOptions,
    gazetteer: Arc<Gazetteer>,
    indicators: IocExtractor,
}

/// Configures an [`Extractor`].
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    max_input_bytes: usize,
    max_mentions: usize,
    max_indicators: usize,
    max_repairs: usize,
    charset: Option<String>,
    repair: RepairOptions,
    gazetteer: Option<Arc<Gazetteer>>,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder {
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_mentions: DEFAULT_MAX_MENTIONS,
            max_indicators: DEFAULT_MAX_INDICATORS,
            max_repairs: DEFAULT_MAX_REPAIRS,
            charset: None,
            repair: RepairOptions::new(),
            gazetteer: None,
        }
    }
}

impl ExtractorBuilder {
    /// A builder with the default settings.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Inputs larger than `bytes` are refused with [`ErrorKind::TooLarge`]
    /// (default [`DEFAULT_MAX_INPUT_BYTES`]).
    pub fn max_input_bytes(&mut self, bytes: usize) -> &mut ExtractorBuilder {
        self.max_input_bytes = bytes;
        self
    }

    /// Lists at most `n` gazetteer mentions in a report (default
    /// [`DEFAULT_MAX_MENTIONS`]), and as many in each actor's mention list
    /// and in [`Report::obfuscations`]; more are cut and each cut is recorded
    /// in [`Report::truncated`]. Classification still sees every mention.
    pub fn max_mentions(&mut self, n: usize) -> &mut ExtractorBuilder {
        self.max_mentions = n;
        self
    }

    /// Lists at most `n` indicators in a report (default
    /// [`DEFAULT_MAX_INDICATORS`]); more are cut and the cut is recorded in
    /// [`Report::truncated`].
    pub fn max_indicators(&mut self, n: usize) -> &mut ExtractorBuilder {
        self.max_indicators = n;
        self
    }

    /// Lists at most `n` repairs in a report (default
    /// [`DEFAULT_MAX_REPAIRS`]); more are cut and the cut is recorded in
    /// [`Report::truncated`]. The text is repaired in full either way.
    pub fn max_repairs(&mut self, n: usize) -> &mut ExtractorBuilder {
        self.max_repairs = n;
        self
    }

    /// Reads input in the encoding `label` (a WHATWG label such as
    /// `"windows-1252"` or `"latin1"`) unless a byte order mark says
    /// otherwise. By default the encoding is detected. An unknown label is
    /// ignored.
    pub fn charset(&mut self, label: &str) -> &mut ExtractorBuilder {
        self.charset = Some(label.to_string());
        self
    }

    /// The mojibake and text repairs to make (default: the lossless ones,
    /// [`RepairOptions::new`]).
    pub fn repair(&mut self, options: RepairOptions) -> &mut ExtractorBuilder {
        self.repair = options;
        self
    }

    /// Uses `gazetteer` instead of the default one built from the embedded
    /// data (for example one with your own actors, see
    /// [`GazetteerBuilder`](crate::gazetteer::GazetteerBuilder)).
    pub fn gazetteer(&mut self, gazetteer: Arc<Gazetteer>) -> &mut ExtractorBuilder {
        self.gazetteer = Some(gazetteer);
        self
    }

    /// Builds the extractor.
    pub fn build(&self) -> Extractor {
        let mut decoder = Decoder::new();
        if let Some(label) = &self.charset {
            decoder = decoder.declared(label);
        }
        Extractor {
            max_input_bytes: self.max_input_bytes,
            max_mentions: self.max_mentions,
            max_indicators: self.max_indicators,
            max_repairs: self.max_repairs,
            decoder,
            repair: self.repair,
            indicators: IocExtractor::new().dedup(false),
            gazetteer: self
                .gazetteer
                .clone()
                .unwrap_or_else(Gazetteer::default_arc),
        }
    }
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

static SHARED: LazyLock<Extractor> = LazyLock::new(Extractor::new);

impl Extractor {
    /// An extractor with the default settings and the embedded data.
    pub fn new() -> Extractor {
        ExtractorBuilder::new().build()
    }

    /// A builder to configure an extractor.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// The gazetteer this extractor matches with.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// A shared extractor with the default settings, built on first use.
    pub fn shared() -> &'static Extractor {
        &SHARED
    }

    /// Extracts a [`Report`] from the raw bytes of one article.
    ///
    /// The bytes may be a digest item or plain article text. Bytes that are
    /// not valid in the detected encoding are replaced and counted in
    /// [`Report::decoding`], never dropped silently.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::TooLarge`] when the input exceeds the configured maximum
    /// size, and [`ErrorKind::Binary`] when it is recognisably binary data (an
    /// image, an archive, an executable, or bytes full of control characters).
    pub fn extract(&self, bytes: &[u8]) -> Result<Report, Error> {
        if bytes.len() > self.max_input_bytes {
            return Err(Error::new(ErrorKind::TooLarge {
                size: bytes.len(),
                limit: self.max_input_bytes,
            }));
        }
        if let Some(what) = binary_signature(bytes) {
            return Err(Error::new(ErrorKind::Binary { what }));
        }
        let decoded = self.decoder.decode(bytes);
        if looks_binary(&decoded.text) {
            return Err(Error::new(ErrorKind::Binary {
                what: "data full of control characters",
            }));
        }
        let repaired = self.repair.fix_and_explain(&decoded.text);
        let mut repairs = repaired.steps;
        let text = repaired.text.into_owned();
        drop(decoded.text);
        let (digest, regions) = digest::parse_with_regions(&text);
        let content: Vec<Span> = regions
            .iter()
            .filter(|r| matches!(r.part, Part::Body | Part::ReferenceSnippet))
            .map(|r| r.span)
            .collect();
        let doc = Document::with_regions(&text, content.iter().copied());
        let mut found = self.gazetteer.find(&doc);
        hostile::find_hidden(&self.gazetteer, &text, &content, &mut found.mentions);
        let (obfuscations, obfuscated) =
            hostile::obfuscations(&text, &mut found.mentions, self.max_mentions);
        let (actors, actor_mentions) = actor_reports(&self.gazetteer, &found, self.max_mentions);
        let indicators = self.indicators_in(&text, &regions);
        let spans_of = |part: Part| -> Vec<Span> {
            regions
                .iter()
                .filter(|r| r.part == part)
                .map(|r| r.span)
                .collect()
        };
        let body = spans_of(Part::Body);
        let references = spans_of(Part::ReferenceSnippet);
        // The rules read the body and the references only: what an item says
        // of itself (its Classification block, its byline) is blanked, so
        // that no search of the whole text can read it.
        let content_text = blank_outside(&text, &content);
        // The rules find a sentence's mentions by binary search.
        debug_assert!(found.mentions.is_sorted_by_key(|m| m.span.start));
        let outcome = classify::classify(&classify::Context {
            text: &content_text,
            doc: &doc,
            gazetteer: &self.gazetteer,
            mentions: &found.mentions,
            indicators: &indicators,
            body: &body,
            references: &references,
            kev_product: std::cell::OnceCell::new(),
            marks: std::cell::OnceCell::new(),
            text_scans: std::cell::Cell::new(classify::text_scans_for(text.len())),
            attack_sentences: std::cell::OnceCell::new(),
        });
        drop(doc);
        let mut truncated = Vec::new();
        let mut mentions = found.mentions;
        let mut indicators = indicators;
        for (what, len, limit) in [
            ("mentions", mentions.len(), self.max_mentions),
            ("indicators", indicators.len(), self.max_indicators),
            ("obfuscations", obfuscated, self.max_mentions),
            ("actor mentions", actor_mentions, self.max_mentions),
            ("repairs", repairs.len(), self.max_repairs),
        ] {
            if len > limit {
                truncated.push(Truncation {
                    what: what.to_string(),
                    found: len,
                    kept: limit,
                });
            }
        }
        mentions.truncate(self.max_mentions);
        indicators.truncate(self.max_indicators);
        repairs.truncate(self.max_repairs);
        Ok(Report {
            truncated,
            classification: outcome.classification,
            evidence: outcome.evidence,
            attribution: outcome.attribution,
            attacker_source: outcome.attacker_source,
            victims: outcome.victims,
            decoding: decoded.info,
            repairs,
            digest,
            regions,
            actors,
            mentions,
            discovered_aliases: found.discovered,
            introduced_actors: found.introduced,
            indicators,
            obfuscations,
            text,
        })
    }

    /// The indicators in the body and references (never the item's own
    /// Classification block), deduplicated by kind and value in order of
    /// appearance.
    fn indicators_in(&self, text: &str, regions: &[Region]) -> Vec<Indicator> {
        let readable: Vec<Span> = regions
            .iter()
            .filter(|r| {
                matches!(
                    r.part,
                    Part::Body | Part::ReferenceSnippet | Part::ReferenceSource
                )
            })
            .map(|r| r.span)
            .collect();
        let inside = |span: Span| {
            let i = readable.partition_point(|r| r.end < span.end);
            readable
                .get(i)
                .is_some_and(|r| r.start <= span.start && span.end <= r.end)
        };
        let mut seen = FastSet::default();
        self.indicators
            .extract(text)
            .into_iter()
            .filter(|i| inside(i.span))
            .filter(|i| seen.insert((i.kind, i.value.clone())))
            .collect()
    }
}

/// Groups actor mentions by actor, most mentioned first, with at most
/// `limit` mention spans for each; also gives the largest number of mentions
/// of one actor.
fn actor_reports(gazetteer: &Gazetteer, found: &Found, limit: usize) -> (Vec<ActorReport>, usize) {
    let mut order = Vec::new();
    let mut by_actor: FastMap<_, (usize, Vec<MentionSpan>)> = FastMap::default();
    for m in &found.mentions {
        let (EntityKind::Actor, Some(id)) = (m.kind, m.entity) else {
            continue;
        };
        let (count, spans) = by_actor.entry(id).or_insert_with(|| {
            order.push(id);
            (0, Vec::new())
        });
        *count += 1;
        if spans.len() >= limit {
            continue;
        }
        spans.push(MentionSpan {
            start: m.span.start,
            end: m.span.end,
            text: m.text.to_string(),
        });
    }
    let most = by_actor.values().map(|(n, _)| *n).max().unwrap_or(0);
    let mut reports: Vec<(usize, ActorReport)> = order
        .into_iter()
        .filter_map(|id| {
            let entity = gazetteer.get(id)?;
            let mut aliases = entity.aliases.clone();
            for d in found.discovered.iter().filter(|d| d.entity == id) {
                if !aliases.contains(&d.alias) {
                    aliases.push(d.alias.clone());
                }
            }
            let (count, mentions) = by_actor.remove(&id).unwrap_or_default();
            Some((
                count,
                ActorReport {
                    id: entity.id.clone(),
                    name: entity.name.clone(),
                    aliases,
                    country: entity.country.clone(),
                    sponsor: entity.agency.clone(),
                    kind: entity.subkind.clone(),
                    attack_id: entity.sources.attack_id.clone(),
                    mentions,
                },
            ))
        })
        .collect();
    // Stable: ties keep the order of first mention.
    reports.sort_by_key(|(count, _)| std::cmp::Reverse(*count));
    (reports.into_iter().map(|(_, r)| r).collect(), most)
}

/// Recognises common binary formats by their first bytes.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"\x1F\x8B", "gzip-compressed data"),
        (b"BZh", "bzip2-compressed data"),
        (b"\xFD7zXZ\x00", "xz-compressed data"),
        (b"\x28\xB5\x2F\xFD", "zstd-compressed data"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
        (b"%PDF-", "a PDF document"),
        (b"\x7FELF", "an ELF executable"),
        (b"\x00asm", "a WebAssembly module"),
        (b"RIFF", "a RIFF container (audio, video or image)"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, what)| what)
}

/// Whether decoded text is mostly control characters: more than one in
/// twenty of its first 64 KiB of characters are C0 controls other than the
/// usual white space.
fn looks_binary(text: &str) -> bool {
    const CHARS: usize = 64 * 1024;
    // Counted over the bytes (loops the compiler vectorizes): a character
    // starts at every byte that is not a UTF-8 continuation byte, and the
    // controls are single ASCII bytes.
    let end = if text.len() <= CHARS {
        text.len()
    } else {
        text.char_indices()
            .nth(CHARS)
            .map_or(text.len(), |(i, _)| i)
    };
    let bytes = text.as_bytes().get(..end).unwrap_or_default();
    let chars = count_bytes(bytes, |b| b & 0xC0 != 0x80);
    // Most text has few control bytes of any kind (line breaks): then it
    // cannot have too many of the kind that counts.
    let low = count_bytes(bytes, |b| b < 0x20 || b == 0x7F);
    if low * 20 <= chars {
        return false;
    }
    let controls = count_bytes(bytes, |b| {
        (b < 0x20 || b == 0x7F) && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x0B | 0x1B)
    });
    chars > 0 && controls * 20 > chars
}

/// How many bytes satisfy `test`: counted in byte-wide lanes over runs of
/// 255 bytes, a loop the compiler vectorizes.
#[inline]
fn count_bytes(bytes: &[u8], test: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(255)
        .map(|run| usize::from(run.iter().fold(0u8, |n, &b| n + u8::from(test(b)))))
        .sum()
}

/// `text` with every character outside `keep` (in text order, on character
/// boundaries) turned into spaces, one per byte, line breaks kept: the same
/// length and offsets, so the spans into `text` hold for it too.
fn blank_outside(text: &str, keep: &[Span]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0usize;
    for span in keep {
        let start = span.start.max(at);
        if span.end <= start {
            continue;
        }
        let (Some(gap), Some(kept)) = (text.get(at..start), text.get(start..span.end)) else {
            continue;
        };
        push_blanked(&mut out, gap);
        out.push_str(kept);
        at = span.end;
    }
    push_blanked(&mut out, text.get(at..).unwrap_or_default());
    out
}

/// Appends `gap` to `out` as spaces, one per byte, and its line breaks.
fn push_blanked(out: &mut String, gap: &str) {
    for b in gap.bytes() {
        out.push(if b == b'\n' { '\n' } else { ' ' });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Extractor>();
    }

    #[test]
    fn binary_detection() {
        assert!(looks_binary("\0\0\0abc"));
        assert!(!looks_binary("abc\tdef\n"));
        assert!(!looks_binary(""));
        // Characters, not bytes, are counted: "é" is one.
        assert!(looks_binary(&format!("{}\0", "é".repeat(15))));
        assert!(!looks_binary(&format!("{}\0", "é".repeat(19))));
        // Only the first 64 Ki characters are read.
        let late = format!("{}{}", "é".repeat(64 * 1024), "\0".repeat(64 * 1024));
        assert!(!looks_binary(&late));
    }
}
