//! Finnish: cue words and the token model. Months and weekdays are listed
//! with the case forms of dates ("maaliskuussa", "tiistaina").

use super::super::lexicon::{Cues, CURRENCY, MONTH, ORG_SUFFIX, PERCENT, SCALE, TITLE, WEEKDAY};

use super::Model;

#[cfg(feature = "ner-fi")]
#[rustfmt::skip]
mod model;

/// The token model (feature `ner-fi`; empty without it).
#[cfg(feature = "ner-fi")]
pub(crate) static MODEL: Model = Model { text: model::MODEL };
/// The token model (feature `ner-fi`; empty without it).
#[cfg(not(feature = "ner-fi"))]
pub(crate) static MODEL: Model = Model { text: "" };

/// Finnish cue words by class, space-separated, lower case.
pub(crate) static WORDS: &[(Cues, &str)] = &[
    (MONTH, "tammikuu tammikuussa tammikuuta helmikuu helmikuussa helmikuuta maaliskuu maaliskuussa maaliskuuta huhtikuu huhtikuussa huhtikuuta toukokuu toukokuussa toukokuuta kesäkuu kesäkuussa kesäkuuta heinäkuu heinäkuussa heinäkuuta elokuu elokuussa elokuuta syyskuu syyskuussa syyskuuta lokakuu lokakuussa lokakuuta marraskuu marraskuussa marraskuuta joulukuu joulukuussa joulukuuta"),
    (WEEKDAY, "maanantai maanantaina tiistai tiistaina keskiviikko keskiviikkona torstai torstaina perjantai perjantaina lauantai lauantaina sunnuntai sunnuntaina"),
    (SCALE, "tuhatta miljoona miljoonaa miljardi miljardia milj. mrd."),
    (CURRENCY, "euroa euro euroa dollaria dollari"),
    (PERCENT, "prosenttia prosentti"),
    (TITLE, "presidentti pääministeri ministeri johtaja"),
    (ORG_SUFFIX, "oy oyj ab ry"),
];
