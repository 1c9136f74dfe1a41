//! The memory the compiled gazetteer holds, counted by a global allocator
//! that tracks live and peak heap bytes.
//!
//! ```text
//! cargo test --release --test gazetteer_memory -- --nocapture
//! ```
//!
//! This file holds a single test so that nothing else allocates while it
//! counts.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use cti_extract::gazetteer::GazetteerBuilder;

/// The system allocator, counting live and peak bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The issue's budget for the compiled gazetteer.
const BUDGET: usize = 64 << 20;

#[test]
fn compiled_gazetteer_fits_the_budget() {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let builder = GazetteerBuilder::embedded().expect("embedded tables load");
    let loaded = LIVE.load(Ordering::Relaxed) - before;
    let gazetteer = builder.build();
    let held = LIVE.load(Ordering::Relaxed) - before;
    let peak = PEAK.load(Ordering::Relaxed) - before;
    println!(
        "gazetteer memory: {:.2} MB held after build (entities {:.2} MB), {:.2} MB peak while building, {} entities",
        held as f64 / 1e6,
        loaded as f64 / 1e6,
        peak as f64 / 1e6,
        gazetteer.entities().len()
    );
    assert!(held <= BUDGET, "{held} bytes held");
    assert!(peak <= BUDGET, "{peak} bytes at peak");
    drop(gazetteer);
}
