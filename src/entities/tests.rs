//! Unit tests, as tables grouped by behaviour.
