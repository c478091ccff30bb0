//! German: cue words and the token model.

use super::super::lexicon::{Cues, CURRENCY, GIVEN_STEM, MONTH, ORG_SUFFIX, PERCENT, PLACE_STEM};
use super::super::lexicon::{SCALE, TITLE, WEEKDAY};

use super::Model;

#[cfg(feature = "ner-de")]
#[rustfmt::skip]
mod model;
pub(crate) mod tagger;

/// What the German tagger adds to the score of a name's first word (in
/// weight units, -40 to 40): chosen with `eval_ner --tune` on a model
/// learned without the tuning half (`NO_TUNING=1 export_de.py`).
pub(crate) const TAGGER_BIAS: i32 = 0;

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
    // Names written for nutgraf, each the name itself or its genitive
    // ("=": "Deutschlands"; "Berliner" derives another word).
    (PLACE_STEM, PLACES),
    (GIVEN_STEM, GIVEN),
];

/// Place names for the model's features (feature `ner-de`, or `lang-load`, where a
/// loaded model reads them; none without).
#[cfg(any(feature = "ner-de", feature = "lang-load"))]
static PLACES: &str = "deutschland= österreich= schweiz= frankreich= italien= spanien= portugal= england= großbritannien= britannien= irland= schottland= niederlande= holland= belgien= luxemburg= dänemark= schweden= norwegen= finnland= island= polen= tschechien= slowakei= ungarn= rumänien= bulgarien= griechenland= türkei= russland= ukraine= weißrussland= litauen= lettland= estland= serbien= kroatien= slowenien= bosnien= albanien= amerika= usa= kanada= mexiko= brasilien= argentinien= chile= kuba= china= japan= korea= indien= pakistan= afghanistan= iran= irak= israel= syrien= libanon= ägypten= libyen= marokko= algerien= tunesien= afrika= südafrika= nigeria= kenia= australien= europa= asien= bayern= sachsen= hessen= thüringen= brandenburg= niedersachsen= nordrhein-westfalen= baden-württemberg= rheinland-pfalz= saarland= schleswig-holstein= mecklenburg-vorpommern= sachsen-anhalt= berlin= hamburg= münchen= köln= frankfurt= stuttgart= düsseldorf= dortmund= leipzig= bremen= dresden= hannover= nürnberg= duisburg= bochum= wuppertal= bielefeld= bonn= münster= karlsruhe= mannheim= augsburg= wiesbaden= kiel= aachen= rostock= magdeburg= erfurt= mainz= potsdam= freiburg= heidelberg= regensburg= würzburg= ulm= göttingen= saarbrücken= lübeck= kassel= braunschweig= chemnitz= halle= jena= weimar= wien= graz= linz= salzburg= innsbruck= zürich= bern= basel= genf= luzern= lausanne= paris= london= rom= madrid= moskau= prag= warschau= budapest= brüssel= amsterdam= kopenhagen= stockholm= oslo= athen= istanbul= peking= tokio= washington= rhein= donau= elbe= main= mosel= oder= alpen= harz= schwarzwald= bodensee= ostsee= nordsee=";
/// Place names for the model's features (none without `ner-de` or `lang-load`).
#[cfg(not(any(feature = "ner-de", feature = "lang-load")))]
static PLACES: &str = "";

/// Given names for the model's features (feature `ner-de`, or `lang-load`,
/// where a loaded model reads them).
#[cfg(any(feature = "ner-de", feature = "lang-load"))]
static GIVEN: &str = "hans= peter= klaus= jürgen= jörg= uwe= dieter= wolfgang= günter= günther= horst= helmut= manfred= gerhard= heinz= karl= werner= rainer= reiner= ulrich= frank= stefan= stephan= andreas= matthias= markus= tobias= florian= sebastian= lukas= jan= jens= sven= torsten= dirk= holger= bernd= ralf= volker= norbert= michael= thomas= christian= martin= oliver= alexander= daniel= philipp= felix= maximilian= moritz= niklas= jonas= leon= paul= friedrich= wilhelm= heinrich= hermann= otto= ernst= walter= kurt= fritz= georg= johann= johannes= josef= franz= ludwig= hubert= herbert= gustav= konrad= ursula= ute= petra= sabine= monika= renate= brigitte= gisela= ingrid= heike= silke= anja= katrin= kathrin= claudia= birgit= andrea= susanne= kerstin= nicole= sandra= stefanie= stephanie= julia= lena= lea= hannah= sophie= sophia= anna= maria= marie= katharina= christina= christine= barbara= elisabeth= margarete= gertrud= helga= hildegard= erika= angelika= martina= gabriele= karin= sigrid= inge=";
/// Given names for the model's features (none without `ner-de` or `lang-load`).
#[cfg(not(any(feature = "ner-de", feature = "lang-load")))]
static GIVEN: &str = "";
