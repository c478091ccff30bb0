//! German: cue words and the token model.

use super::super::lexicon::{Cues, CURRENCY, MONTH, ORG_SUFFIX, PERCENT, SCALE, TITLE, WEEKDAY};

use super::Model;

#[cfg(feature = "ner-de")]
#[rustfmt::skip]
mod model;

/// The token model (feature `ner-de`; empty without it).
#[cfg(feature = "ner-de")]
pub(crate) static MODEL: Model = Model { text: model::MODEL };
/// The token model (feature `ner-de`; empty without it).
#[cfg(not(feature = "ner-de"))]
pub(crate) static MODEL: Model = Model { text: "" };

/// German cue words by class, space-separated, lower case.
pub(crate) static WORDS: &[(Cues, &str)] = &[
    (MONTH, "januar jänner februar märz april mai juni juli august september oktober november dezember"),
    (WEEKDAY, "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag"),
    (SCALE, "tausend million millionen milliarde milliarden billion billionen mio mio. mrd mrd."),
    (CURRENCY, "euro dollar franken pfund yen yuan rubel kronen"),
    (PERCENT, "prozent"),
    (TITLE, "herr herrn frau dr. prof. bundeskanzler bundeskanzlerin kanzler kanzlerin minister ministerin präsident präsidentin bürgermeister bürgermeisterin"),
    (ORG_SUFFIX, "gmbh ag kg se e.v. ev mbh"),
];
