//! Phrases that mark page furniture, in lower case, in the languages of the
//! pages we measured on (English first; Spanish, Portuguese, French, German,
//! Italian, Dutch, Polish, Czech, Russian, Indonesian/Malay, Chinese,
//! Japanese). Built from the plain text of the readability and trafilatura
//! test pages (`eval/scripts/rouge/dump_pages.py`, `eval_clean`).

/// A line that starts with one of these is a prompt, a plug or a notice
/// (when it is short, see `clean::DEFAULT_PROMPT_WORDS`).
#[rustfmt::skip]
pub(crate) const PROMPT_STARTS: &[&str] = &[
    // share, follow, subscribe, apps
    "follow us", "follow me", "follow @", "like us on", "join us on", "join our", "subscribe",
    "sign up", "signup", "sign in", "log in", "register now", "register for", "download the",
    "download our", "get the app", "open in the app", "install the app", "share this", "share on",
    "share via", "share to", "share by", "share the", "tweet this", "email this", "click here",
    "tap here", "click to", "tap to", "get our newsletter", "get the latest", "don't miss",
    "don’t miss", "stay up to date", "stay informed", "want more", "support our journalism",
    "support us", "become a member", "already a subscriber", "already have an account",
    "create an account", "create a free account",
    // related links and headline lists
    "read more", "read also", "also read", "read next", "read the full", "continue reading",
    "see also", "more from", "more on this", "more in ", "more stories", "more news", "related:",
    "related articles", "related stories", "related news", "related posts", "related coverage",
    "related content", "related topics", "recommended", "you may also like", "you might also like",
    "you may like", "you might be interested", "others also read", "people also read", "most read",
    "most popular", "most viewed", "trending", "next in ", "latest news", "latest articles",
    "top stories", "watch:", "listen:", "watch more",
    // notices
    "advertisement", "sponsored", "we use cookies", "this site uses cookies",
    "this website uses cookies", "our site uses cookies", "by continuing to use",
    "by using this site", "by clicking", "accept all", "cookie settings", "cookie policy",
    "privacy policy", "terms of use", "terms of service", "terms and conditions",
    "all rights reserved", "copyright", "©", "please enable javascript", "enable javascript",
    "your browser does not", "media playback is", "if you're running an ad",
    "if you’re running an ad", "report an error", "report a typo", "leave a comment",
    "post a comment", "add a comment", "reader comments", "view comments", "show comments",
    "comments (", "powered by",
    // tags, captions, bylines
    "tags:", "tag:", "topics:", "keywords:", "filed under", "posted in", "categories:",
    "category:", "photo:", "photos:", "photograph:", "image:", "picture:", "caption:", "credit:",
    "photo credit", "image credit", "image caption", "media caption", "image copyright",
    "image source", "photo by ", "photo courtesy", "file photo", "published:", "updated:",
    "last updated", "posted on", "posted by",
    // Spanish
    "síguenos", "suscríbete", "lea también", "lee también", "lea más", "leer más", "ver más",
    "compartir", "publicidad", "etiquetas:", "temas:", "noticias relacionadas",
    "te puede interesar", "más noticias", "lea:",
    // Portuguese
    "leia também", "leia mais", "siga-nos", "assine", "compartilhe", "compartilhar", "publicidade",
    "veja também", "saiba mais",
    // French
    "lire aussi", "à lire aussi", "a lire aussi", "lire la suite", "suivez-nous", "abonnez-vous",
    "partager", "publicité", "sur le même sujet", "voir aussi", "vous aimerez aussi",
    "à découvrir",
    // German
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "weitere artikel", "folgen sie uns",
    "abonnieren", "jetzt abonnieren", "teilen", "diesen artikel teilen", "anzeige", "werbung",
    "schlagwörter", "themen:", "auch interessant", "das könnte sie auch interessieren",
    "das könnte dich auch interessieren", "weiterlesen", "zum thema", "verwandte themen",
    "hinterlasse", "hinterlassen sie", "am meisten gelesen", "meistgelesen", "meistkommentiert",
    "neueste kommentare", "möchten sie", "teilen mit", "wird geladen",
    // Italian
    "leggi anche", "leggi tutto", "seguici", "iscriviti", "condividi", "pubblicità",
    "potrebbe interessarti", "articoli correlati",
    // Dutch
    "lees ook", "lees meer", "volg ons", "deel dit", "advertentie", "meer over",
    // Polish, Czech
    "czytaj też", "czytaj także", "czytaj więcej", "zobacz też", "zobacz także", "udostępnij",
    "reklama", "čtěte také", "sdílet",
    // Russian
    "читайте также", "подписывайтесь", "поделиться", "реклама",
    // Indonesian, Malay
    "baca juga", "ikuti kami",
    // Chinese, Japanese
    "相关阅读", "相关新闻", "责任编辑", "分享到", "扫一扫", "关注我们", "原标题", "关联记事", "関連記事", "シェア", "ツイート",
];

/// A short line that contains one of these anywhere is a plug or a notice.
#[rustfmt::skip]
pub(crate) const PROMPT_ANYWHERE: &[&str] = &[
    "whatsapp channel", "telegram channel", "our newsletter", "sign up for", "subscribe to our",
    "subscribe to the", "follow us on", "follow us at", "(opens in new window)",
    "all rights reserved", "use cookies", "uses cookies", "cookie policy", "getty images",
    "media playback", "for breaking news", "breaking news alerts", "download our app",
    "on our app", "sign up to", "newsletter", "alle rechte vorbehalten", "todos los derechos",
    "tous droits réservés", "tutti i diritti", "e-mail-adresse wird nicht", "de cookies",
    "van cookies", "von cookies", "dei cookie", "cookies to ", "cookies pour", "your privacy",
    "registered trademark", "registered trade mark", "ad blocker", "adblocker", "affiliate link",
    "to your inbox", "delivered to your inbox", "mailing list", "notify me of",
    "subscribe without", "your first email", "skip this ad", "we rely on advertising",
    "read-only mode", "check out more", "unterstützen sie", "jetzt anmelden",
    // comment forms, licences and site notices (WordPress, Drupal, Blogger)
    "your email address will not be published", "will not be published", "save my name",
    "in this browser for the next time", "notify me of", "comments are closed",
    "lines and paragraphs break automatically", "web page addresses and e-mail addresses",
    "this site uses akismet", "verwendet akismet",
    "benachrichtigungen über neue", "benachrichtige mich", "in diesem browser speichern",
    "kommentare sind geschlossen", "keine kommentare möglich", "zeilenumbrüche und absätze",
    "ne sera pas publiée", "votre adresse de messagerie", "no será publicada", "não será publicado",
    "this work is licensed under", "steht unter einer creative commons",
    "sind unter einer creative commons", "datenschutzerklärung", "cookies erleichtern",
    "cookies akzeptieren", "enable or disable cookies", "cookie settings",
    "one or more of our advertisers", "advertiser disclosure", "in dein postfach",
    "in ihr postfach", "dans votre boîte mail", "was this article helpful",
    "war der artikel nützlich", "war dieser artikel hilfreich", "wird geladen",
    "visit our site on another browser",
    "unable to edit the page",
];

/// Headers after which a list of related headlines follows.
#[rustfmt::skip]
pub(crate) const LIST_HEADERS: &[&str] = &[
    "next in ", "others also read", "people also read", "read more", "read also", "also read",
    "related", "more from", "more in ", "more stories", "more news", "most read", "most popular",
    "most viewed", "recommended", "you may also like", "you might also like", "trending",
    "latest news", "latest articles", "top stories", "see also", "lea también", "leia também",
    "lire aussi", "à lire aussi", "lesen sie auch", "mehr zum thema", "weitere artikel",
    "leggi anche", "lees ook", "czytaj też", "czytaj także", "zobacz też", "читайте также",
    "baca juga", "相关阅读", "相关新闻", "関連記事", "noticias relacionadas", "articoli correlati",
    "das könnte sie auch interessieren", "vous aimerez aussi", "à découvrir", "verwandte themen",
    "am meisten gelesen", "meistgelesen",
];

/// Words that name a picture agency or a photo credit at the end of a
/// caption (`… Phnom Penh. - SPM`, `… (Photo: Reuters)`).
#[rustfmt::skip]
pub(crate) const CREDITS: &[&str] = &[
    "reuters", "afp", "ap", "ap photo", "getty", "getty images", "epa", "epa-efe", "efe", "xinhua",
    "bernama", "pa", "pa media", "pa wire", "shutterstock", "alamy", "istock", "ani", "ians",
    "pti", "anadolu", "dpa", "ansa", "kyodo", "yonhap", "aap", "photo", "file photo", "handout",
    "courtesy", "supplied", "bloomberg", "nurphoto", "sopa images",
];

/// Month names and abbreviations (for datelines at the top).
#[rustfmt::skip]
pub(crate) const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
    "agosto", "septiembre", "octubre", "noviembre", "diciembre", "janvier", "février", "mars",
    "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
];

/// Words of a dateline or reading-time line at the top.
#[rustfmt::skip]
pub(crate) const DATELINE_WORDS: &[&str] = &[
    "published", "updated", "posted", "min read", "minute read", "minutes read", "hours ago",
    "hour ago", "minutes ago", "days ago", "gmt", "utc", "bst", "edt", "est", "pst",
    "veröffentlicht", "aktualisiert", "publicado", "actualizado", "publié", "mis à jour",
];

/// How a byline starts (`By Jane Doe`).
#[rustfmt::skip]
pub(crate) const BYLINE_STARTS: &[&str] = &[
    "by ", "written by", "words by", "reporting by", "von ", "por ", "par ", "di ", "door ",
    "autor:", "author:", "autorin:",
];

/// Headers of a comments section (digits and brackets removed): everything
/// after one, once the story has begun, is readers' comments.
#[rustfmt::skip]
pub(crate) const COMMENT_HEADERS: &[&str] = &[
    "comments", "reader comments", "leave a reply", "leave a comment", "post a comment",
    "add a comment", "join the discussion", "join the conversation", "show comments",
    "view comments", "responses", "kommentare", "kommentar schreiben", "schreibe einen kommentar",
    "hinterlasse einen kommentar", "leserkommentare", "comentarios", "deja un comentario",
    "deja una respuesta", "commentaires", "laisser un commentaire", "commenti",
    "lascia un commento", "reacties", "komentarze", "komentáře", "комментарии", "评论", "コメント",
];
