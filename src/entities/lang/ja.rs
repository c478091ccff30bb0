//! Japanese lists (written for nutgraf).

use super::cjk::Data;

/// The Japanese lists.
pub(crate) static DATA: Data = Data {
    places: &[],
    orgs: &[],
};
