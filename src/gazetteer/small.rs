//! Small values that a mention carries without a heap allocation in the
//! usual case: its text ([`Name`]) and its candidate entities
//! ([`EntityIds`]). A text of a hundred thousand mentions would otherwise
//! cost three allocations each.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

use serde::{Serialize, Serializer};

use super::EntityId;

/// How many bytes a [`Name`] holds without allocating.
const INLINE: usize = 30;

/// A short string, kept inline up to 30 bytes (nearly every name), on the
/// heap beyond. Reads as a `&str` ([`Deref`]), compares with `str` and
/// `String`, and serializes as a string.
#[derive(Clone)]
pub struct Name(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

impl Name {
    /// The name as a string slice.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // The bytes were copied from a `str` on a char boundary, so
            // this never fails; an empty string would be the safe answer.
            Repr::Inline { len, bytes } => bytes
                .get(..usize::from(*len))
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default(),
            Repr::Heap(s) => s,
        }
    }
}

impl From<&str> for Name {
    #[inline]
    fn from(s: &str) -> Name {
        if s.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            if let Some(to) = bytes.get_mut(..s.len()) {
                to.copy_from_slice(s.as_bytes());
            }
            Name(Repr::Inline {
                len: s.len() as u8,
                bytes,
            })
        } else {
            Name(Repr::Heap(s.into()))
        }
    }
}

impl From<String> for Name {
    fn from(s: String) -> Name {
        if s.len() <= INLINE {
            Name::from(s.as_str())
        } else {
            Name(Repr::Heap(s.into_boxed_str()))
        }
    }
}

impl From<Name> for String {
    fn from(n: Name) -> String {
        match n.0 {
            Repr::Heap(s) => s.into_string(),
            Repr::Inline { .. } => n.as_str().to_string(),
        }
    }
}

impl Default for Name {
    fn default() -> Name {
        Name::from("")
    }
}

impl Deref for Name {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Name {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Name {}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Name {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Name> for str {
    fn eq(&self, other: &Name) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Name> for &str {
    fn eq(&self, other: &Name) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Name> for String {
    fn eq(&self, other: &Name) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialOrd for Name {
    fn partial_cmp(&self, other: &Name) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Name {
    fn cmp(&self, other: &Name) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for Name {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl Serialize for Name {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// How many ids [`EntityIds`] holds without allocating.
const INLINE_IDS: usize = 3;

/// A short list of entity ids, inline up to three (nearly every alias names
/// one to three entities), on the heap beyond. Reads as a slice
/// ([`Deref`]) and serializes as a sequence.
#[derive(Clone, Default)]
pub struct EntityIds(IdsRepr);

#[derive(Clone)]
enum IdsRepr {
    Inline {
        len: u8,
        ids: [EntityId; INLINE_IDS],
    },
    Heap(Vec<EntityId>),
}

impl Default for IdsRepr {
    fn default() -> IdsRepr {
        IdsRepr::Inline {
            len: 0,
            ids: [EntityId(0); INLINE_IDS],
        }
    }
}

impl EntityIds {
    /// No ids.
    pub fn new() -> EntityIds {
        EntityIds::default()
    }

    /// The ids as a slice.
    #[inline]
    pub fn as_slice(&self) -> &[EntityId] {
        match &self.0 {
            IdsRepr::Inline { len, ids } => ids.get(..usize::from(*len)).unwrap_or_default(),
            IdsRepr::Heap(v) => v,
        }
    }

    /// Appends an id.
    pub fn push(&mut self, id: EntityId) {
        match &mut self.0 {
            IdsRepr::Inline { len, ids } => {
                if let Some(slot) = ids.get_mut(usize::from(*len)) {
                    *slot = id;
                    *len += 1;
                } else {
                    let mut v = ids.to_vec();
                    v.push(id);
                    self.0 = IdsRepr::Heap(v);
                }
            }
            IdsRepr::Heap(v) => v.push(id),
        }
    }

    /// Keeps the ids for which `keep` is true, in order.
    pub fn retain(&mut self, mut keep: impl FnMut(EntityId) -> bool) {
        let kept: EntityIds = self.iter().copied().filter(|&id| keep(id)).collect();
        *self = kept;
    }

    /// Sorts the ids and removes duplicates.
    pub fn sort_dedup(&mut self) {
        match &mut self.0 {
            IdsRepr::Inline { len, ids } => {
                if let Some(s) = ids.get_mut(..usize::from(*len)) {
                    s.sort_unstable();
                    let mut kept = 0usize;
                    for k in 0..s.len() {
                        if kept == 0 || s.get(k) != s.get(kept - 1) {
                            s.swap(kept, k);
                            kept += 1;
                        }
                    }
                    *len = kept as u8;
                }
            }
            IdsRepr::Heap(v) => {
                v.sort_unstable();
                v.dedup();
            }
        }
    }
}

impl Deref for EntityIds {
    type Target = [EntityId];
    #[inline]
    fn deref(&self) -> &[EntityId] {
        self.as_slice()
    }
}

impl FromIterator<EntityId> for EntityIds {
    fn from_iter<I: IntoIterator<Item = EntityId>>(iter: I) -> EntityIds {
        let mut out = EntityIds::new();
        for id in iter {
            out.push(id);
        }
        out
    }
}

impl From<Vec<EntityId>> for EntityIds {
    fn from(v: Vec<EntityId>) -> EntityIds {
        v.into_iter().collect()
    }
}

impl<'a> IntoIterator for &'a EntityIds {
    type Item = &'a EntityId;
    type IntoIter = std::slice::Iter<'a, EntityId>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl fmt::Debug for EntityIds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl PartialEq for EntityIds {
    fn eq(&self, other: &EntityIds) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl Eq for EntityIds {}

impl PartialEq<Vec<EntityId>> for EntityIds {
    fn eq(&self, other: &Vec<EntityId>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl PartialEq<[EntityId]> for EntityIds {
    fn eq(&self, other: &[EntityId]) -> bool {
        self.as_slice() == other
    }
}

impl Serialize for EntityIds {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_inline_and_on_the_heap() {
        for s in [
            "",
            "APT31",
            "Judgement Panda",
            &"x".repeat(30),
            &"ü".repeat(40),
        ] {
            let n = Name::from(s);
            assert_eq!(n.as_str(), s);
            assert_eq!(n, s);
            assert_eq!(String::from(n.clone()), s);
            assert_eq!(Name::from(s.to_string()), n);
        }
    }

    #[test]
    fn ids_inline_and_on_the_heap() {
        let ids: EntityIds = [3, 1, 3, 2, 1].map(EntityId).into_iter().collect();
        assert_eq!(ids.len(), 5);
        let mut sorted = ids.clone();
        sorted.sort_dedup();
        assert_eq!(sorted, vec![EntityId(1), EntityId(2), EntityId(3)]);
        let mut few: EntityIds = [2, 2, 1].map(EntityId).into_iter().collect();
        few.sort_dedup();
        assert_eq!(few.as_slice(), [EntityId(1), EntityId(2)]);
        few.retain(|id| id.0 == 2);
        assert_eq!(few.as_slice(), [EntityId(2)]);
    }
}
