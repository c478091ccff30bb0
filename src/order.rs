//! Sorting through one shared copy of the standard library's sort.
//!
//! `slice::sort_by` is generic over the element and the comparator, so every
//! call site compiles its own copy of the standard library's sort (driftsort,
//! several KB of wasm each). The crate sorts in about a dozen places, which
//! cost about 15 KB gzipped of the browser's download. Here the standard
//! sort runs once, on positions, with the comparison behind `dyn`; each call
//! site only adds its comparison and a short loop that moves its elements.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`: equal elements keep their order.
pub(crate) fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order = {
        let items: &[T] = v;
        positions(items.len(), &mut |a, b| cmp(&items[a], &items[b]))
    };
    reorder(v, &mut order);
}

/// Sorts `v` stably by the key `key` gives each element.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order.
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Positions `0..n` in the order `cmp` gives them (stable). The one place
/// the standard library's sort is instantiated.
fn positions(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Rearranges `v` so that its `k`-th element is the old `order[k]`-th, one
/// cycle of the permutation after the other, by swaps (no second vector,
/// and little code for each type sorted). `order` is a permutation of
/// `0..v.len()`, used up on the way.
fn reorder<T>(v: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut k = start;
        // Place `k` takes the element at `order[k]`, which takes the one
        // at its own `order`, and so on back to `start`.
        while let Some(&next) = order.get(k) {
            order[k] = usize::MAX;
            if next == start || next >= v.len() {
                break;
            }
            v.swap(k, next);
            k = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_elements_in_order() {
        // (key, original position): a stable sort by key keeps positions rising.
        let keys = [5, 3, 5, 1, 3, 9, 0, 5, 1, 1, 7, 3];
        let keys: Vec<i32> = keys.iter().cycle().take(3 * keys.len()).copied().collect();
        let mut v: Vec<(i32, usize)> = keys.iter().copied().zip(0..).collect();
        let mut expected = v.clone();
        expected.sort_by_key(|p| p.0);
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, expected);
        assert!(v.windows(2).all(|w| w[0].0 < w[1].0 || w[0].1 < w[1].1));
    }

    #[test]
    fn sorts_elements_that_cannot_be_copied() {
        let mut v: Vec<String> = ["pear", "apple", "fig", "apple", "kiwi"]
            .map(String::from)
            .to_vec();
        sort(&mut v);
        assert_eq!(v, ["apple", "apple", "fig", "kiwi", "pear"]);
        sort_by(&mut v, |a, b| b.len().cmp(&a.len()));
        assert_eq!(v, ["apple", "apple", "kiwi", "pear", "fig"]);
    }

    #[test]
    fn reorder_follows_every_cycle_of_the_permutation() {
        // Cycles (0 2 1), (3 4), and 5 in place.
        let mut v = vec!["a", "b", "c", "d", "e", "f"];
        reorder(&mut v, &mut [2, 0, 1, 4, 3, 5]);
        assert_eq!(v, ["c", "a", "b", "e", "d", "f"]);
        let mut one = vec![1];
        reorder(&mut one, &mut [0]);
        assert_eq!(one, [1]);
    }

    #[test]
    fn empty_and_single_element_vectors_are_left_alone() {
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, [7]);
    }

    #[test]
    fn large_reversed_input_comes_out_sorted() {
        let mut v: Vec<u32> = (0..10_000).rev().collect();
        sort(&mut v);
        assert!(v.iter().copied().eq(0..10_000));
    }
}
