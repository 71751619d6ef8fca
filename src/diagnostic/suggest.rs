//! "Did you mean": the known name closest to a misspelt one, within a
//! budget per run.

/// Names longer than this get no "did you mean": ids are short, and
/// comparing two long strings costs the product of their lengths.
const MAX_SUGGESTED_NAME: usize = 100;

/// Characters compared, summed as the product of two names' lengths, that
/// "did you mean" may spend in one run (a load of the flows, a check):
/// a few milliseconds. A file of a thousand misspelt long links gets suggestions
/// for the first ones and then none, not seconds of comparing.
pub const SUGGESTION_BUDGET: usize = 1_000_000;

thread_local! {
    static SUGGESTIONS_LEFT: std::cell::Cell<usize> = const { std::cell::Cell::new(SUGGESTION_BUDGET) };
}

/// Gives "did you mean" its whole budget again: at the start of a run.
pub fn reset_suggestion_budget() {
    SUGGESTIONS_LEFT.with(|left| left.set(SUGGESTION_BUDGET));
}

/// The closest of `candidates` to a misspelt `name`, if one is close enough
/// to be a likely typo. Each comparison is paid from the run's budget
/// ([`SUGGESTION_BUDGET`]); once it is spent, no more are made.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    if name.len() > MAX_SUGGESTED_NAME {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        if c.len() > MAX_SUGGESTED_NAME {
            continue;
        }
        let most = (c.len().max(name.len()) / 3).max(1);
        // The distance is at least the difference in length: free to rule out.
        if c.len().abs_diff(name.len()) > most {
            continue;
        }
        let cost = (name.len() + 2) * (c.len() + 2);
        let paid = SUGGESTIONS_LEFT.with(|left| {
            let paid = left.get() >= cost;
            left.set(left.get().saturating_sub(cost));
            paid
        });
        if !paid {
            break;
        }
        // Transpositions count one edit, as in Damerau-Levenshtein, but
        // without its per-comparison hash map: several times faster.
        let distance = strsim::osa_distance(name, c);
        if distance > 0 && distance <= most && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, c));
        }
    }
    best.map(|(_, c)| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_suggestion_budget_runs_out() {
        reset_suggestion_budget();
        let long = "x".repeat(99);
        let candidates: Vec<String> = (0..500).map(|i| format!("{:0>99}", i)).collect();
        let started = std::time::Instant::now();
        for _ in 0..1000 {
            closest(&long, candidates.iter().map(String::as_str));
        }
        // Unbudgeted, this was 5 billion characters compared. The guard is
        // generous (a debug build on a busy machine); `benches/hostile.rs`
        // measures it.
        assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
        assert_eq!(closest("wify", ["wifi"]), None, "spent");
        reset_suggestion_budget();
        assert_eq!(closest("wify", ["wifi"]).as_deref(), Some("wifi"));
    }

    #[test]
    fn suggests_near_misses_only() {
        assert_eq!(closest("wify", ["wifi", "fixed"]).as_deref(), Some("wifi"));
        assert_eq!(closest("nxt", ["label", "next"]).as_deref(), Some("next"));
        assert_eq!(closest("banana", ["wifi", "fixed"]), None);
    }
}
