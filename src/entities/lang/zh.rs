//! Chinese lists (written for nutgraf).

use super::cjk::Data;

/// The Chinese lists.
pub(crate) static DATA: Data = Data {
    places: &[],
    orgs: &[],
};
