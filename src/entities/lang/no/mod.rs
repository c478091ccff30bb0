//! Norwegian (Bokmål): cue words and the token model.

use super::super::lexicon::{Cues, CURRENCY, MONTH, ORG_SUFFIX, PERCENT, SCALE, TITLE, WEEKDAY};

use super::Model;

#[cfg(feature = "ner-no")]
#[rustfmt::skip]
mod model;

/// The token model (feature `ner-no`; empty without it).
#[cfg(feature = "ner-no")]
pub(crate) static MODEL: Model = Model { text: model::MODEL };
/// The token model (feature `ner-no`; empty without it).
#[cfg(not(feature = "ner-no"))]
pub(crate) static MODEL: Model = Model { text: "" };

/// Norwegian cue words by class, space-separated, lower case.
pub(crate) static WORDS: &[(Cues, &str)] = &[
    (
        MONTH,
        "januar februar mars april mai juni juli august september oktober november desember",
    ),
    (
        WEEKDAY,
        "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    ),
    (
        SCALE,
        "tusen million millioner milliard milliarder mill. mrd. mill mrd",
    ),
    (CURRENCY, "kroner krone kr kr. euro dollar"),
    (PERCENT, "prosent"),
    (TITLE, "statsminister president ordfører minister direktør"),
    (ORG_SUFFIX, "as asa ans sa"),
];
