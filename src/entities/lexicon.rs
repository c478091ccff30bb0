//! Cue words: titles, connectors, company suffixes, months, currencies…
//!
//! These are closed-class cue lists (written by hand, like a stopword
//! list), not gazetteers of names; the gazetteers are generated (see
//! `gazetteer_data.rs`). Every word is lower case, without a final dot.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use crate::text::Key;

/// A set of cue classes, one bit each.
pub(crate) type Cues = u32;

/// Personal titles and offices before a name ("President", "Mr", "Dr").
pub(crate) const TITLE: Cues = 1 << 0;
/// Words that modify a title ("Prime", "Deputy", "Foreign").
pub(crate) const TITLE_MOD: Cues = 1 << 1;
/// Last words of organization names ("Inc", "Bank", "University").
pub(crate) const ORG_SUFFIX: Cues = 1 << 2;
/// First words of organization names ("Ministry", "Bank", "Universidad").
pub(crate) const ORG_PREFIX: Cues = 1 << 3;
/// Last words of place names ("River", "Island", "Province").
pub(crate) const LOC_SUFFIX: Cues = 1 << 4;
/// First words of place names ("Lake", "Mount", "North").
pub(crate) const LOC_PREFIX: Cues = 1 << 5;
/// Last words of events, awards, laws and products ("Cup", "Act").
pub(crate) const EVENT: Cues = 1 << 6;
/// Lower-case particles inside names ("de", "van", "bin").
pub(crate) const PARTICLE: Cues = 1 << 7;
/// Words of a ministry's remit after "Minister of" ("Foreign", "Affairs").
pub(crate) const DEPARTMENT: Cues = 1 << 8;
/// Month names and abbreviations.
pub(crate) const MONTH: Cues = 1 << 9;
/// Days of the week.
pub(crate) const WEEKDAY: Cues = 1 << 10;
/// Capitalised words that start sentences but are not names.
pub(crate) const STARTER: Cues = 1 << 11;
/// Reporting verbs next to a person ("said", "told").
pub(crate) const SAY: Cues = 1 << 12;
/// Number scales ("million", "bn", "millones").
pub(crate) const SCALE: Cues = 1 << 14;
/// Currency words and codes ("dollars", "euros", "usd").
pub(crate) const CURRENCY: Cues = 1 << 15;
/// Percent words ("percent", "por ciento").
pub(crate) const PERCENT: Cues = 1 << 16;
/// Relative date words ("yesterday", "ayer").
pub(crate) const RELATIVE_DATE: Cues = 1 << 17;
/// Words before a weekday or period that belong to the date ("last").
pub(crate) const DATE_MOD: Cues = 1 << 18;
/// Periods after a date modifier ("week", "year").
pub(crate) const PERIOD: Cues = 1 << 19;
/// Words after a person's name that confirm it ("who", "aged").
pub(crate) const PERSON_NEXT: Cues = 1 << 20;
/// Religions and their adjectives ("Moslem", "Catholic"): other.
pub(crate) const RELIGION: Cues = 1 << 21;
/// Roles in a team after its name ("Surrey captain", "Ajax coach").
pub(crate) const TEAM_ROLE: Cues = 1 << 22;
/// Words between two teams ("v", "vs").
pub(crate) const VERSUS: Cues = 1 << 23;
/// Nouns next to a company's name ("carmaker Kia", "Magna's shares").
pub(crate) const COMPANY_WORD: Cues = 1 << 24;
/// First words of events, awards and laws ("Copa del Rey", "Treaty of").
pub(crate) const EVENT_HEAD: Cues = 1 << 25;
/// Stems of place names in a language's own spelling, matched as the start
/// of an inflected word ("helsin" in "Helsingissä"): a token-model feature
/// only (`src/entities/lang/mod.rs`).
pub(crate) const PLACE_STEM: Cues = 1 << 26;
/// Stems of given names in a language's own spelling ("pekk", "peka" in
/// "Pekan"): a token-model feature only.
pub(crate) const GIVEN_STEM: Cues = 1 << 27;
/// Lower-case English nouns for a place after its name ("Riverside city
/// council", "Orly airport", "the Adriatic coast").
pub(crate) const PLACE_NOUN: Cues = 1 << 28;
/// Stems of lower-case nouns that end an organization's name after a
/// genitive, in a language's own spelling ("yliopisto": "Turun yliopisto";
/// `src/entities/lang/heads.rs`).
pub(crate) const ORG_HEAD: Cues = 1 << 30;
/// Stems of lower-case nouns that end a place's name after a genitive
/// ("tasaval": "Ranskan tasavalta").
pub(crate) const PLACE_HEAD: Cues = 1 << 31;

/// (cue class, words).
#[rustfmt::skip]
const TABLES: &[(Cues, &[&str])] = &[
    (TITLE, &[
        "mr", "mrs", "ms", "major-general", "lieutenant-general", "brigadier-general",
        "lieutenant-colonel", "vice-admiral", "rear-admiral", "secretary-general",
        "attorney-general", "director-general", "governor-general", "maj", "cpl", "pte", "brig", "gen", "insp", "supt", "det", "mp", "mla",
        "mep", "msp", "td", "cllr", "councillor", "councilor", "councilman", "councilwoman",
        "alderman", "alderwoman", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "minister", "premier", "chancellor", "secretary", "governor", "senator",
        "sen.", "rep.", "congressman", "congresswoman", "mayor", "king", "queen", "prince",
        "princess", "pope", "gen.", "colonel", "col", "captain", "capt", "lieutenant", "lt",
        "sergeant", "sgt", "admiral", "adm", "commander", "judge", "ambassador", "envoy",
        "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "commissioner",
        "sheikh", "emir", "sultan", "ayatollah", "cardinal", "bishop", "archbishop", "rev",
        "reverend", "pastor", "imam", "rabbi", "coach", "striker", "midfielder", "defender",
        "goalkeeper", "pm", "ceo", "president-elect", "vice-president", "presidente", "presidenta",
        "ministro", "ministra", "secretario", "secretaria", "rey", "reina", "príncipe", "princesa",
        "don", "doña", "sr", "sra", "srta", "dra", "alcalde", "alcaldesa", "gobernador", "senador",
        "diputado", "diputada", "juez", "jueza", "dhr", "mevr", "mevrouw", "meneer", "heer",
        "koning", "koningin", "prins", "prinses", "burgemeester", "staatssecretaris", "kamerlid",
        "wethouder", "voorzitter", "trainer", "bondscoach", "aanvoerder", "leader", "chief",
        "director", "manager",
    ]),
    (TITLE_MOD, &[
        "prime", "shadow", "deputy", "vice", "assistant", "acting", "foreign", "defence",
        "defense", "finance", "interior", "justice", "trade", "chief", "executive", "former",
        "first", "general", "state", "under", "senior", "junior", "opposition", "opposition",
        "army", "police", "crown", "grand", "supreme", "attorney", "us", "u.s", "eerste", "primer",
        "primera", "vice-", "vicepresidente",
    ]),
    (ORG_SUFFIX, &[
        "inc", "corp", "corporation", "co", "ltd", "plc", "llc", "ag", "gmbh", "sa", "nv", "bv",
        "spa", "group", "holdings", "bank", "party", "university", "college", "ministry",
        "council", "committee", "commission", "agency", "association", "union", "club", "fc",
        "airlines", "airways", "motors", "exchange", "post", "times", "news", "network", "court",
        "institute", "foundation", "federation", "organisation", "organization", "army", "police",
        "department", "office", "board", "authority", "company", "industries", "systems",
        "technologies", "communications", "press", "journal", "herald", "tribune", "gazette",
        "daily", "television", "tv", "radio", "service", "services", "fund", "trust", "assembly",
        "parliament", "congress", "senate", "government", "front", "movement", "alliance",
        "league", "society", "church", "hospital", "school", "academy", "center", "centre",
        "reuters", "telecom", "electric", "energy", "petroleum", "oil", "pharmaceuticals",
        "securities", "capital", "partners", "investments", "insurance", "brothers", "bros",
        "times", "rovers", "united", "city", "wanderers", "athletic", "county", "forces", "navy",
        "guard", "team", "racing", "records", "studios", "pictures", "media", "mining", "steel",
        "chemicals", "foods", "stores", "railways", "railway", "shipping", "cabinet", "tribunal",
        "cortes", "partido", "nations", "bureau", "division", "commerce", "chambers", "chamber",
    ]),
    (ORG_PREFIX, &[
        "ministry", "university", "bank", "department", "council", "institute", "museum",
        "college", "church", "bureau", "commission", "committee", "federation", "association",
        "ministerio", "universidad", "banco", "partido", "consejo", "comisión", "tribunal",
        "ayuntamiento", "asociación", "federación", "instituto", "fundación", "junta", "gobierno",
        "sindicato", "compañía", "grupo", "real", "unión", "ejército", "policía", "ministerie",
        "universiteit", "partij", "stichting", "vereniging", "raad", "gemeente", "provincie",
        "hogeschool", "rijksuniversiteit", "bond", "club", "cd", "ud", "rcd", "ad", "ajax",
        "feyenoord", "psv",
    ]),
    (LOC_SUFFIX, &[
        "river", "mountains", "mountain", "island", "islands", "lake", "sea", "ocean", "valley",
        "street", "province", "county", "bay", "gulf", "strait", "peninsula", "desert", "coast",
        "region", "district", "square", "avenue", "road", "bridge", "airport", "park", "hills",
        "heights", "canal", "basin", "plateau", "delta", "straits", "channel", "beach", "harbour",
        "harbor", "state", "territory", "republic", "kingdom", "palace", "castle", "stadium",
        "cathedral",
    ]),
    (LOC_PREFIX, &[
        "lake", "river", "mount", "mt", "cape", "gulf", "port", "fort", "north", "south", "east",
        "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
        "greater", "new", "san", "santa", "saint", "st", "sierra", "río", "rio", "isla", "islas",
        "golfo", "cabo", "lago", "monte", "noord", "zuid", "oost",
    ]),
    (EVENT, &[
        "cup", "championship", "championships", "open", "games", "olympics", "award", "awards",
        "prize", "war", "festival", "act", "treaty", "accord", "agreement", "day", "summit",
        "grand prix", "tour", "series", "trophy", "masters", "classic", "derby", "conference",
        "olympiad", "copa", "mundial", "juegos", "premio", "festival", "oorlog", "spelen", "beker",
        "prijs", "ronde", "prix", "rally", "marathon", "bowl", "medal", "revolution",
        "declaration", "convention", "protocol", "plan", "index",
    ]),
    (PARTICLE, &[
        "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "van", "von", "der",
        "den", "ter", "ten", "bin", "ibn", "al", "el", "'t", "op", "zu", "vande", "vander",
    ]),
    (DEPARTMENT, &[
        "foreign", "affairs", "international", "cooperation", "co-operation", "state", "defence",
        "defense", "finance", "trade", "justice", "interior", "health", "education", "economy",
        "economic", "labour", "labor", "home", "information", "agriculture", "commerce",
        "industry", "energy", "environment", "transport", "culture", "tourism", "development",
        "planning", "public", "works", "security", "social", "welfare", "science", "technology",
        "communications", "treasury", "national", "war", "the", "and", "for", "of", "relations",
        "investment", "housing", "youth", "sports", "women", "family", "rural", "urban", "water",
        "resources", "mines", "petroleum", "fisheries", "forestry", "immigration", "religious",
        "veterans", "budget", "revenue", "telecommunications", "post", "posts", "exteriores",
        "asuntos", "interior", "hacienda", "economía", "defensa", "buitenlandse", "zaken",
        "binnenlandse", "financiën", "justitie", "defensie",
    ]),
    (MONTH, &[
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        "januari", "februari", "maart", "mei", "juni", "juli", "augustus", "oktober",
    ]),
    (WEEKDAY, &[
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes",
        "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    ]),
    (STARTER, &[
        "however", "meanwhile", "speaking", "asked", "after", "before", "during", "since",
        "although", "though", "despite", "under", "among", "earlier", "later", "last", "next",
        "several", "such", "another", "also", "still", "yet", "instead", "now", "today",
        "yesterday", "tomorrow", "back", "even", "overall", "according", "in", "on", "at", "by",
        "for", "from", "with", "without", "while", "when", "where", "if", "unless", "but", "and",
        "or", "so", "thus", "therefore", "moreover", "furthermore", "besides", "nevertheless",
        "nonetheless", "indeed", "perhaps", "maybe", "already", "again", "once", "first", "second",
        "third", "finally", "lastly", "officials", "police", "analysts", "experts", "sources",
        "residents", "many", "most", "more", "some", "few", "every", "each", "all", "both",
        "neither", "either", "other", "others", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "here", "there", "this", "that", "these", "those", "it",
        "its", "he", "she", "they", "we", "you", "his", "her", "their", "our", "my", "your",
        "what", "who", "why", "how", "which", "whose", "whom", "no", "not", "never", "nothing",
        "none", "nobody", "everyone", "everything", "someone", "something", "anyone", "anything",
        "please", "thanks", "yes", "well", "oh", "like", "unlike", "following", "including",
        "given", "regarding", "citing", "noting", "adding", "total", "about", "around", "above",
        "below", "over", "through", "throughout", "within", "beyond", "toward", "towards",
        "against", "because", "until", "till", "whether", "as", "than", "then", "just", "only",
        "much", "very", "too", "almost", "nearly", "about", "half", "about", "follow", "read",
        "watch", "click", "share", "sign", "subscribe", "related", "photo", "video", "source",
        "update", "updated", "breaking", "exclusive", "opinion", "editorial", "analysis",
        "comment", "sport", "sports", "business", "world", "news", "latest", "more", "top", "new",
        "old", "big", "small", "good", "bad", "best", "worst", "high", "low", "long", "short",
        "full", "early", "late", "recent", "recently", "current", "currently", "former",
        "formerly", "senior", "junior", "chief", "local", "national", "international", "global",
        "general", "public", "private", "official", "government", "state", "federal", "city",
        "county", "party", "company", "group", "team", "club", "league", "minister", "ministers",
        "president", "shares", "prices", "results", "sales", "profits", "profit", "revenue", "net",
        "gross", "year", "years", "month", "months", "week", "weeks", "day", "days", "time",
        "times", "people", "men", "women", "children", "family", "families", "friends", "members",
        "leaders", "troops", "soldiers", "workers", "students", "fans", "players", "voters",
        "critics", "supporters", "opponents", "investors", "traders", "dealers", "markets",
        "market", "stocks", "bonds", "dollar", "oil", "gold", "data", "figures", "reports",
        "report", "details", "terms", "scores", "standings", "result", "attendance", "note",
        "notes", "sen.", "though", "thank", "let", "lets", "do", "does", "did", "don't", "can",
        "could", "will", "would", "should", "shall", "may", "might", "must", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "there's", "it's", "el", "la", "los", "las",
        "un", "una", "en", "por", "para", "con", "sin", "según", "además", "también",
        "sin embargo", "pero", "aunque", "mientras", "tras", "ante", "hoy", "ayer", "mañana",
        "este", "esta", "estos", "estas", "ese", "esa", "otro", "otra", "todos", "todas", "cada",
        "algunos", "algunas", "varios", "muchos", "de", "del", "al", "lo", "se", "no", "sí", "así",
        "ya", "más", "menos", "hasta", "desde", "het", "een", "de", "in", "op", "met", "voor",
        "na", "bij", "uit", "ook", "maar", "volgens", "toen", "nu", "dan", "daarna", "tijdens",
        "sinds", "zonder", "onder", "tussen", "door", "deze", "dit", "die", "dat", "er", "hij",
        "zij", "ze", "wij", "we", "ik", "u", "jullie", "hun", "ons", "onze", "mijn", "zijn",
        "haar", "alle", "veel", "enkele", "sommige", "geen", "niet", "wel", "nog", "al", "toch",
        "gisteren", "vandaag", "morgen",
    ]),
    (SAY, &[
        "said", "says", "say", "told", "added", "adds", "stated", "explained", "noted", "argued",
        "insisted", "warned", "asked", "replied", "wrote", "announced", "declared", "admitted",
        "claimed", "confirmed", "denied", "dijo", "afirmó", "señaló", "explicó", "declaró",
        "aseguró", "indicó", "manifestó", "añadió", "agregó", "zei", "zegt", "aldus", "verklaarde",
        "stelde", "meldde",
    ]),
    (SCALE, &[
        "million", "millions", "billion", "billions", "trillion", "thousand", "bn", "mn", "m",
        "mln", "bln", "b", "k", "tn", "bil", "mil", "tril", "millón", "millones", "billón",
        "billones", "miljoen", "miljard", "mld", "duizend", "crore", "lakh",
    ]),
    (CURRENCY, &[
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan",
        "renminbi", "franc", "francs", "mark", "marks", "peso", "pesos", "rupee", "rupees",
        "ringgit", "baht", "riel", "dong", "won", "rand", "real", "reais", "rouble", "roubles",
        "ruble", "rubles", "lira", "lire", "krona", "kronor", "krone", "kroner", "guilder",
        "guilders", "gulden", "peseta", "pesetas", "escudos", "shekels", "dinars", "dirhams",
        "riyals", "cents", "cent", "dólar", "dólares", "libras", "usd", "eur", "gbp", "jpy", "chf",
        "cny", "hkd", "sgd", "aud", "cad", "inr", "myr", "thb", "idr", "php", "krw", "dm", "ecu",
        "ecus", "florines", "francos", "marcos", "liras", "yenes",
    ]),
    (PERCENT, &[
        "percent", "per cent", "pct", "por ciento", "procent", "porcentaje",
    ]),
    (RELATIVE_DATE, &[
        "yesterday", "today", "tomorrow", "tonight", "ayer", "anteayer", "gisteren", "eergisteren",
    ]),
    (DATE_MOD, &[
        "last", "next", "this", "early", "late", "mid", "pasado", "próximo", "este", "vorige",
        "volgende", "afgelopen", "komende", "deze",
    ]),
    (PERIOD, &[
        "week", "weekend", "month", "year", "quarter", "season", "semana", "mes", "año", "week",
        "maand", "jaar", "weekeinde",
    ]),
    (PERSON_NEXT, &[
        "who", "whose", "aged", "quien", "die",
    ]),
    (RELIGION, &[
        "moslem", "moslems", "muslim", "muslims", "islamic", "christian", "christians", "catholic",
        "catholics", "protestant", "protestants", "jewish", "jew", "jews", "hindu", "hindus",
        "buddhist", "buddhists", "sikh", "sikhs", "sunni", "shi'ite", "shiite", "shia", "orthodox",
        "islamist", "islamists", "marxist", "communist", "communists", "católico", "católica",
        "musulmán", "islamista", "katholieke", "islamitische", "joodse", "christelijke",
    ]),
    (TEAM_ROLE, &[
        "captain", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper",
        "forward", "batsman", "bowler", "pitcher", "skipper", "keeper", "winger", "fullback",
        "entrenador", "delantero", "portero", "trainer", "aanvoerder", "spits", "doelman",
    ]),
    (EVENT_HEAD, &[
        "operation", "battle", "treaty", "copa", "premio", "ley", "juegos", "campeonato", "torneo",
        "festival", "guerra", "tratado", "acuerdo", "feria", "salón", "exposición", "mundial",
        "vuelta", "trofeo", "gran", "wet", "verdrag", "prijs", "beker", "ronde", "tour",
    ]),
    (PLACE_NOUN, &[
        "city", "town", "village", "county", "borough", "district", "region", "province",
        "coast", "border", "valley", "airport", "station", "yard", "harbour", "harbor",
    ]),
    (COMPANY_WORD, &[
        "company", "firm", "group", "carmaker", "automaker", "maker", "airline", "carrier",
        "bank", "lender", "insurer", "retailer", "rival", "unit", "subsidiary", "conglomerate",
        "brewer", "producer", "manufacturer", "operator", "giant", "shares", "stock", "stake",
        "shareholders", "profit", "profits", "revenue", "sales", "earnings", "chairman",
        "executive", "ceo", "board", "newspaper", "daily", "agency", "empresa", "compañía",
        "grupo", "acciones", "bedrijf", "concern", "aandelen", "krant",
    ]),
    (VERSUS, &[
        "v", "vs", "versus", "v.", "vs.",
    ]),
];

/// Prepositions before places, by ISO 639-1 code (English for others).
const PLACE_PREPOSITIONS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "in",
            "near",
            "across",
            "outside",
            "inside",
            "throughout",
            "from",
            "to",
            "into",
            "via",
            "towards",
        ],
    ),
    ("es", &["en", "desde", "hacia", "cerca"]),
    ("nl", &["in", "naar", "nabij", "uit", "te"]),
];

/// Whether the lower-case `word` is a preposition before places in the
/// language `code`.
pub(crate) fn is_place_preposition(code: &str, word: &str) -> bool {
    let list = PLACE_PREPOSITIONS
        .iter()
        .find(|(c, _)| *c == code)
        .or(PLACE_PREPOSITIONS.first())
        .map_or(&[][..], |(_, l)| *l);
    list.contains(&word)
}

/// The cue classes of every word, built once, at first use.
pub(crate) struct Lexicon {
    map: HashMap<Key<&'static str>, Cues>,
}

impl Lexicon {
    /// The lexicon of [`TABLES`], built at first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::new)
    }

    /// Builds the lookup table from [`TABLES`].
    fn new() -> Self {
        let mut map: HashMap<Key<&'static str>, Cues> =
            HashMap::with_capacity_and_hasher(1024, Default::default());
        for (cue, words) in TABLES {
            for w in *words {
                *map.entry(Key(w)).or_insert(0) |= cue;
            }
        }
        Lexicon { map }
    }

    /// The cue classes of the lower-case `word` (a final dot ignored,
    /// except for abbreviations listed with theirs: "Sen." is a title,
    /// "Sen" a name).
    pub fn cues(&self, word: &str) -> Cues {
        let exact = self.map.get(&Key(word)).copied().unwrap_or(0);
        match word.strip_suffix('.') {
            Some(bare) => exact | self.map.get(&Key(bare)).copied().unwrap_or(0),
            None => exact,
        }
    }

    /// Whether the lower-case `word` has any of the `cues`.
    pub fn is(&self, word: &str, cues: Cues) -> bool {
        self.cues(word) & cues != 0
    }
}
