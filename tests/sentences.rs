//! Sentence splitting (`nutgraf::split_sentences`): behaviour tables, one
//! per group, and properties over arbitrary text.
//!
//! Each case is `(name, input, expected units)`. A failing group reports
//! every failing case, not just the first.

use nutgraf::eval::DEFAULT_MAX_UNIT_BYTES;
use nutgraf::split_sentences;
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// `(name, input, expected units)`.
type Case = (&'static str, &'static str, &'static [&'static str]);

/// The text of each unit of `text`.
fn units(text: &str) -> Vec<&str> {
    split_sentences(text)
        .into_iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

/// Runs a group of cases and reports all failures at once.
fn check(group: &str, cases: &[Case]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(name, input, expected)| {
            let got = units(input);
            (got != expected).then(|| {
                format!(
                    "{group}/{name}\n  input:    {input:?}\n  expected: {expected:?}\n  got:      {got:?}"
                )
            })
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

const ABBREVIATIONS: &[Case] = &[
    (
        "e_g_before_capital",
        "Some cities, e.g. Paris and Rome, banned cars. Others did not.",
        &[
            "Some cities, e.g. Paris and Rome, banned cars.",
            "Others did not.",
        ],
    ),
    (
        "i_e_before_name",
        "He backed the plan, i.e. Labour's plan. Nobody else did.",
        &[
            "He backed the plan, i.e. Labour's plan.",
            "Nobody else did.",
        ],
    ),
    (
        "etc_ends_sentence",
        "They sold fruit, bread, etc. The market closed at noon.",
        &["They sold fruit, bread, etc.", "The market closed at noon."],
    ),
    (
        "etc_mid_sentence",
        "They sold fruit, bread, etc. and then went home.",
        &["They sold fruit, bread, etc. and then went home."],
    ),
    (
        "no_before_number",
        "He lives at No. 10 Downing Street. It is small.",
        &["He lives at No. 10 Downing Street.", "It is small."],
    ),
    (
        "no_as_an_answer",
        "The answer was no. Police left the scene.",
        &["The answer was no.", "Police left the scene."],
    ),
    (
        "month_before_day",
        "The vote is on Nov. 22. Results follow.",
        &["The vote is on Nov. 22.", "Results follow."],
    ),
    (
        "month_ends_sentence",
        "The vote was held in Nov. The results came later.",
        &["The vote was held in Nov.", "The results came later."],
    ),
    (
        "company_suffix_ends_sentence",
        "He sold the firm to Acme Inc. The deal closed on Monday.",
        &[
            "He sold the firm to Acme Inc.",
            "The deal closed on Monday.",
        ],
    ),
    (
        "company_suffix_mid_sentence",
        "Acme Inc. said profits rose.",
        &["Acme Inc. said profits rose."],
    ),
    (
        "street_ends_sentence",
        "She lives on Baker St. The house is old.",
        &["She lives on Baker St.", "The house is old."],
    ),
    (
        "saint",
        "They visited St. Paul's Cathedral in London.",
        &["They visited St. Paul's Cathedral in London."],
    ),
    (
        "figure_and_page",
        "See Fig. 3 and p. 12 for details. The data are new.",
        &["See Fig. 3 and p. 12 for details.", "The data are new."],
    ),
    (
        "approx",
        "The trip takes approx. 40 minutes. Buses run hourly.",
        &["The trip takes approx. 40 minutes.", "Buses run hourly."],
    ),
    (
        "dotted_acronym_mid_sentence",
        "Prime Minister Hun Sen met U.S. President Joe Biden.",
        &["Prime Minister Hun Sen met U.S. President Joe Biden."],
    ),
    (
        "dotted_acronym_ends_sentence",
        "Prices rose in the U.S. The Fed said it would act.",
        &["Prices rose in the U.S.", "The Fed said it would act."],
    ),
    (
        "et_al",
        "The method follows Smith et al. The results differ.",
        &["The method follows Smith et al.", "The results differ."],
    ),
    (
        "a_m_and_p_m",
        "Polls open at 7 a.m. and close at 10 p.m. Counting starts at once.",
        &[
            "Polls open at 7 a.m. and close at 10 p.m.",
            "Counting starts at once.",
        ],
    ),
    (
        "time_zone_after_p_m",
        "Polls close at 8 p.m. ET in most states. Counting follows.",
        &[
            "Polls close at 8 p.m. ET in most states.",
            "Counting follows.",
        ],
    ),
    (
        "all_caps_acronym_is_not_a_title",
        "The drug helps patients with MS. Final approval is due in May.",
        &[
            "The drug helps patients with MS.",
            "Final approval is due in May.",
        ],
    ),
];

const TITLES: &[Case] = &[
    (
        "mr_and_dr",
        "Mr. Hun met Dr. Smith in Phnom Penh. They spoke for an hour.",
        &[
            "Mr. Hun met Dr. Smith in Phnom Penh.",
            "They spoke for an hour.",
        ],
    ),
    (
        "mrs_ms_prof",
        "Mrs. Lee, Ms. Tan and Prof. Ng signed it.",
        &["Mrs. Lee, Ms. Tan and Prof. Ng signed it."],
    ),
    (
        "senator_and_representative",
        "Sen. Warren said the bill would pass. Rep. Jones disagreed.",
        &[
            "Sen. Warren said the bill would pass.",
            "Rep. Jones disagreed.",
        ],
    ),
    (
        "sen_as_a_surname",
        "The deal was signed by Hun Sen. He called it historic.",
        &["The deal was signed by Hun Sen.", "He called it historic."],
    ),
    (
        "military_ranks",
        "Gen. Smith and Capt. Jones arrived. Lt. Brown stayed.",
        &["Gen. Smith and Capt. Jones arrived.", "Lt. Brown stayed."],
    ),
    (
        "title_before_opener_word",
        "The letter was signed by Dr. The Hon. Ann Lee.",
        &["The letter was signed by Dr. The Hon. Ann Lee."],
    ),
    (
        "french_monsieur",
        "M. Macron a parlé hier. Il reviendra.",
        &["M. Macron a parlé hier.", "Il reviendra."],
    ),
    (
        "spanish_senora",
        "La Sra. García llegó tarde. Nadie la esperaba.",
        &["La Sra. García llegó tarde.", "Nadie la esperaba."],
    ),
    (
        "german_prof_dr",
        "Prof. Dr. Müller sprach lange. Er war müde.",
        &["Prof. Dr. Müller sprach lange.", "Er war müde."],
    ),
    (
        "dutch_dhr",
        "Dhr. Jansen kwam binnen. Hij was laat.",
        &["Dhr. Jansen kwam binnen.", "Hij was laat."],
    ),
];

const INITIALS: &[Case] = &[
    (
        "spaced",
        "J. R. R. Tolkien wrote it. He was a professor.",
        &["J. R. R. Tolkien wrote it.", "He was a professor."],
    ),
    (
        "unspaced",
        "J.R.R. Tolkien wrote it. He was a professor.",
        &["J.R.R. Tolkien wrote it.", "He was a professor."],
    ),
    (
        "middle_initial",
        "President George W. Bush spoke on Monday. Reporters listened.",
        &[
            "President George W. Bush spoke on Monday.",
            "Reporters listened.",
        ],
    ),
    (
        "letter_ends_sentence_before_opener",
        "He backed Plan B. The others did not.",
        &["He backed Plan B.", "The others did not."],
    ),
    (
        "letter_ends_sentence_before_quote",
        "Thanks to our presenter Mr P. \"Never again,\" he wrote.",
        &[
            "Thanks to our presenter Mr P.",
            "\"Never again,\" he wrote.",
        ],
    ),
    (
        "pronoun_i_ends_sentence",
        "So did I. Then we left.",
        &["So did I.", "Then we left."],
    ),
    (
        "roman_numeral_ends_sentence",
        "It began after World War I. It ended in 1918.",
        &["It began after World War I.", "It ended in 1918."],
    ),
    (
        "cyrillic",
        "А. С. Пушкин родился в Москве. Он был поэтом.",
        &["А. С. Пушкин родился в Москве.", "Он был поэтом."],
    ),
];

const DECIMALS_AND_AMOUNTS: &[Case] = &[
    (
        "percent_and_billions",
        "Profits rose 3.5% to $10.9bn. Sales fell.",
        &["Profits rose 3.5% to $10.9bn.", "Sales fell."],
    ),
    (
        "singapore_dollars",
        "The fraud cost S$3bil, or US$2.2bn. Police made arrests.",
        &[
            "The fraud cost S$3bil, or US$2.2bn.",
            "Police made arrests.",
        ],
    ),
    (
        "amount_in_brackets",
        "It made £75m ($141m). The year before it made £125m.",
        &["It made £75m ($141m).", "The year before it made £125m."],
    ),
    (
        "decimal_comma",
        "Der Umsatz stieg auf 14.372,4 Millionen Euro. Das ist ein Rekord.",
        &[
            "Der Umsatz stieg auf 14.372,4 Millionen Euro.",
            "Das ist ein Rekord.",
        ],
    ),
    (
        "version_and_time",
        "Version 2.0.1 ships at 10.30am today. It is free.",
        &["Version 2.0.1 ships at 10.30am today.", "It is free."],
    ),
    (
        "leading_point",
        "Rates rose by .25 points. Markets fell.",
        &["Rates rose by .25 points.", "Markets fell."],
    ),
    (
        "small_number_ends_sentence",
        "The death toll rose to 12. Officials said more were missing.",
        &[
            "The death toll rose to 12.",
            "Officials said more were missing.",
        ],
    ),
    (
        "number_opens_sentence",
        "Sales fell in 2004. 2005 will be better, he said.",
        &["Sales fell in 2004.", "2005 will be better, he said."],
    ),
    (
        "quoted_number_opens_sentence",
        "It was a hard year, he said. \"2005 will be better.\"",
        &["It was a hard year, he said.", "\"2005 will be better.\""],
    ),
    (
        "abbreviation_before_number",
        "The vote is on Sept. 11 in the capital.",
        &["The vote is on Sept. 11 in the capital."],
    ),
];

const URLS_AND_EMAILS: &[Case] = &[
    (
        "domain",
        "Visit www.example.com for details. It is free.",
        &["Visit www.example.com for details.", "It is free."],
    ),
    (
        "capitalised_path",
        "The report is at https://example.com/Reports/Annual.PDF today. Read it.",
        &[
            "The report is at https://example.com/Reports/Annual.PDF today.",
            "Read it.",
        ],
    ),
    (
        "query_string",
        "Search at https://example.com/find?Q=rates now. Then wait.",
        &[
            "Search at https://example.com/find?Q=rates now.",
            "Then wait.",
        ],
    ),
    (
        "capitalised_domain",
        "Go to www.Example.com today. It is new.",
        &["Go to www.Example.com today.", "It is new."],
    ),
    (
        "email",
        "Write to John.Smith@Example.org with questions. Replies take a day.",
        &[
            "Write to John.Smith@Example.org with questions.",
            "Replies take a day.",
        ],
    ),
    (
        "url_ends_sentence",
        "Read more at https://example.com/news. The site is new.",
        &["Read more at https://example.com/news.", "The site is new."],
    ),
];

const ELLIPSES: &[Case] = &[
    (
        "dots_before_capital",
        "He paused... Then he left.",
        &["He paused...", "Then he left."],
    ),
    (
        "dots_before_lower_case",
        "He paused... and then he left.",
        &["He paused... and then he left."],
    ),
    (
        "ellipsis_before_capital",
        "He paused… Then he left.",
        &["He paused…", "Then he left."],
    ),
    (
        "ellipsis_before_lower_case",
        "He paused… and then he left.",
        &["He paused… and then he left."],
    ),
    (
        "ellipsis_in_quote",
        "“We will see…” She did not finish.",
        &["“We will see…”", "She did not finish."],
    ),
    (
        "spaced_dots",
        "He paused . . . Then he left.",
        &["He paused . . .", "Then he left."],
    ),
    (
        "leading_dots",
        "...and then it ended. Nobody knew why.",
        &["...and then it ended.", "Nobody knew why."],
    ),
    (
        "elision_inside_sentence",
        "The plan … will fail, he said.",
        &["The plan … will fail, he said."],
    ),
];

const QUOTES: &[Case] = &[
    (
        "curly_quote_after_stop",
        "“He left.” She said nothing more.",
        &["“He left.”", "She said nothing more."],
    ),
    (
        "straight_quote_after_stop",
        "\"He left.\" She said nothing more.",
        &["\"He left.\"", "She said nothing more."],
    ),
    (
        "question_then_lower_case",
        "“Are you sure?” she asked. He nodded.",
        &["“Are you sure?” she asked.", "He nodded."],
    ),
    (
        "exclamation_then_lower_case",
        "\"Stop!\" he shouted. They stopped.",
        &["\"Stop!\" he shouted.", "They stopped."],
    ),
    (
        "comma_inside_quote",
        "“We will win,” he said. “We always do.”",
        &["“We will win,” he said.", "“We always do.”"],
    ),
    (
        "stop_after_quote",
        "He called the plan “absurd”. Then he left.",
        &["He called the plan “absurd”.", "Then he left."],
    ),
    (
        "single_quotes",
        "'It is over.' The minister resigned.",
        &["'It is over.'", "The minister resigned."],
    ),
    (
        "parentheses",
        "(He left early.) The meeting went on.",
        &["(He left early.)", "The meeting went on."],
    ),
    (
        "quote_opens_next_sentence",
        "He left. \"I am done,\" he said.",
        &["He left.", "\"I am done,\" he said."],
    ),
    (
        "quote_spans_sentences",
        "“I asked them to stop. They refused,” he said.",
        &["“I asked them to stop.", "They refused,” he said."],
    ),
    (
        "german_quotes",
        "„Er ist gegangen.“ Sie blieb.",
        &["„Er ist gegangen.“", "Sie blieb."],
    ),
    (
        "french_spaced_guillemets",
        "Il a dit : « C'est fini. » Puis il est parti.",
        &["Il a dit : « C'est fini. »", "Puis il est parti."],
    ),
    (
        "japanese_quote_particle",
        "「行こう。」と彼は言った。彼女は笑った。",
        &["「行こう。」と彼は言った。", "彼女は笑った。"],
    ),
];

const HEADLINES_AND_LISTS: &[Case] = &[
    (
        "headline_then_story",
        "Rain floods Paris\nThe river rose overnight. Roads closed.",
        &[
            "Rain floods Paris",
            "The river rose overnight.",
            "Roads closed.",
        ],
    ),
    (
        "headline_and_blank_line",
        "Rain floods Paris\n\nThe river rose overnight.",
        &["Rain floods Paris", "The river rose overnight."],
    ),
    (
        "short_line_before_lower_case",
        "Update\nmore rain is expected.",
        &["Update", "more rain is expected."],
    ),
    (
        "page_furniture",
        "Follow us for alerts!\n\nCambodia , US , deportation , Biden\n\n   \n\nNext In News",
        &[
            "Follow us for alerts!",
            "Cambodia , US , deportation , Biden",
            "Next In News",
        ],
    ),
    (
        "headline_list",
        "Teen rescued at beach\nCurfew extended amid arrests\nMinisters meet on trade deal",
        &[
            "Teen rescued at beach",
            "Curfew extended amid arrests",
            "Ministers meet on trade deal",
        ],
    ),
    (
        "headline_list_of_even_width",
        "Thousands march in the capital over rising fuel prices\n\
         Central bank holds interest rates steady for a third month\n\
         Flood warnings issued for rivers across the north-east",
        &[
            "Thousands march in the capital over rising fuel prices",
            "Central bank holds interest rates steady for a third month",
            "Flood warnings issued for rivers across the north-east",
        ],
    ),
    (
        "headline_ending_in_question_mark",
        "Is this the end of cash?\nBanks say no. Shops disagree.",
        &[
            "Is this the end of cash?",
            "Banks say no.",
            "Shops disagree.",
        ],
    ),
    (
        "numbered_list",
        "1. Buy milk\n2. Call Anna\n3. Pay the rent",
        &["1. Buy milk", "2. Call Anna", "3. Pay the rent"],
    ),
    (
        "numbered_list_of_sentences",
        "1. Open the box. Read the note.\n2. Close it.",
        &["1. Open the box.", "Read the note.", "2. Close it."],
    ),
    (
        "roman_numbered_list",
        "IV. Results\nV. Discussion",
        &["IV. Results", "V. Discussion"],
    ),
    (
        "bullets",
        "- apples and pears from the market stall\n- plums",
        &["- apples and pears from the market stall", "- plums"],
    ),
    (
        "bullet_wrapped_onto_next_line",
        "- the first item is long enough to wrap onto\n  the next line of the list\n- second item",
        &[
            "- the first item is long enough to wrap onto\n  the next line of the list",
            "- second item",
        ],
    ),
    (
        "windows_line_endings",
        "Headline here\r\nThe story starts. It ends.\r\n",
        &["Headline here", "The story starts.", "It ends."],
    ),
];

const DATELINES: &[Case] = &[
    (
        "agency_and_colon",
        "PHNOM PENH (The Phnom Penh Post/Asia News Network): Prime Minister Hun Sen spoke. He left.",
        &[
            "PHNOM PENH (The Phnom Penh Post/Asia News Network):",
            "Prime Minister Hun Sen spoke.",
            "He left.",
        ],
    ),
    (
        "date_and_agency_and_dash",
        "Headline here\nLONDON, Nov 22 (Reuters) - The pound fell on Monday.",
        &["Headline here", "LONDON, Nov 22 (Reuters) -", "The pound fell on Monday."],
    ),
    (
        "colon_alone",
        "WASHINGTON: The Senate voted on Tuesday.",
        &["WASHINGTON:", "The Senate voted on Tuesday."],
    ),
    (
        "em_dash_after_agency",
        "RIO DE JANEIRO (AP) — Rain fell all day.",
        &["RIO DE JANEIRO (AP) —", "Rain fell all day."],
    ),
    (
        "bare_dash_is_a_sentence",
        "US - China talks resumed on Monday.",
        &["US - China talks resumed on Monday."],
    ),
    (
        "date_without_agency_is_a_sentence",
        "PARIS, France: a city of light.",
        &["PARIS, France: a city of light."],
    ),
    (
        "not_at_line_start",
        "The envoy said LONDON (Reuters): More talks would follow.",
        &["The envoy said LONDON (Reuters): More talks would follow."],
    ),
    (
        "lower_case_after_colon",
        "NOTE: see the appendix for details.",
        &["NOTE: see the appendix for details."],
    ),
];

const HARD_WRAP: &[Case] = &[
    (
        "wrapped_line_before_lower_case",
        "We met the minister on Tuesday and discussed the budget for\nnext year in some detail. She agreed to the plan.",
        &[
            "We met the minister on Tuesday and discussed the budget for\nnext year in some detail.",
            "She agreed to the plan.",
        ],
    ),
    (
        "wrapped_paragraph_with_capital_after_break",
        "The ferry left the harbour late in the afternoon, and the\n\
         passengers watched the town grow small behind them while\n\
         Captain Morris stood alone near the wheelhouse. Nobody spoke\n\
         to him until Elizabeth Hale asked whether the weather would\n\
         hold as far as the island.",
        &[
            "The ferry left the harbour late in the afternoon, and the\n\
             passengers watched the town grow small behind them while\n\
             Captain Morris stood alone near the wheelhouse.",
            "Nobody spoke\n\
             to him until Elizabeth Hale asked whether the weather would\n\
             hold as far as the island.",
        ],
    ),
    (
        "headline_above_wrapped_paragraph",
        "Ferry delayed\n\
         The ferry left the harbour late in the afternoon, and the\n\
         passengers watched the town grow small behind them while\n\
         Captain Morris stood alone near the wheelhouse.",
        &[
            "Ferry delayed",
            "The ferry left the harbour late in the afternoon, and the\n\
             passengers watched the town grow small behind them while\n\
             Captain Morris stood alone near the wheelhouse.",
        ],
    ),
    (
        "number_opens_sentence_after_wrap",
        "The figures show that sales fell by a fifth over the year 2004.\n\
         2005 will be better, the chairman of the board told reporters.\n\
         profits are expected to recover in the second half of the year.",
        &[
            "The figures show that sales fell by a fifth over the year 2004.",
            "2005 will be better, the chairman of the board told reporters.\n\
             profits are expected to recover in the second half of the year.",
        ],
    ),
    (
        "title_at_end_of_line",
        "The committee heard evidence from Dr.\nSmith on Monday.",
        &["The committee heard evidence from Dr.\nSmith on Monday."],
    ),
    (
        "short_line_is_not_wrapped",
        "Cats\nsleep all day",
        &["Cats", "sleep all day"],
    ),
    (
        "short_line_ending_mid_phrase",
        "The transit was a\nvery rare event\n that comes once a century. Few saw it.",
        &[
            "The transit was a\nvery rare event\n that comes once a century.",
            "Few saw it.",
        ],
    ),
    (
        "short_line_ending_in_a_name",
        "Photos by Joe Cali\nshow the transit clearly.",
        &["Photos by Joe Cali", "show the transit clearly."],
    ),
    (
        "list_letter_on_its_own_line",
        "A.\nThe toes are covered in ridges.\nB.\nMillions of hairs cover each toe.",
        &[
            "A.\nThe toes are covered in ridges.",
            "B.\nMillions of hairs cover each toe.",
        ],
    ),
    (
        "brand_name_is_not_lower_case",
        "Apple unveils a new phone in California\niPhone sales are expected to rise.",
        &[
            "Apple unveils a new phone in California",
            "iPhone sales are expected to rise.",
        ],
    ),
    (
        "sentence_ends_at_line_end",
        "We met the minister on Tuesday and discussed the budget.\nthe plan was agreed.",
        &[
            "We met the minister on Tuesday and discussed the budget.",
            "the plan was agreed.",
        ],
    ),
    (
        "blank_line_always_ends_a_unit",
        "We met the minister on Tuesday and discussed the budget for\n\nnext year in some detail.",
        &[
            "We met the minister on Tuesday and discussed the budget for",
            "next year in some detail.",
        ],
    ),
    (
        "list_item_is_not_a_continuation",
        "We bought the following things at the market today\n- apples\n- pears",
        &[
            "We bought the following things at the market today",
            "- apples",
            "- pears",
        ],
    ),
];

const NO_PUNCTUATION: &[Case] = &[
    ("empty", "", &[]),
    ("whitespace_only", " \n\t \r\n\u{a0}", &[]),
    (
        "single_line",
        "the quick brown fox jumps over the lazy dog",
        &["the quick brown fox jumps over the lazy dog"],
    ),
    ("emoji_only", "🎉🎉 🎉", &["🎉🎉 🎉"]),
    ("punctuation_only", "***", &["***"]),
    (
        "lines_without_punctuation",
        "first line here\nSecond line here",
        &["first line here", "Second line here"],
    ),
];

const CJK: &[Case] = &[
    (
        "chinese",
        "我们走了。他说：“好。”然后他走了！真的吗？",
        &["我们走了。", "他说：“好。”", "然后他走了！", "真的吗？"],
    ),
    (
        "japanese",
        "今日は晴れです。明日は雨でしょう。",
        &["今日は晴れです。", "明日は雨でしょう。"],
    ),
    (
        "chinese_ellipsis",
        "他说……我们走吧。",
        &["他说……我们走吧。"],
    ),
    (
        "mixed_with_latin",
        "Apple发布了新手机。The price is high.",
        &["Apple发布了新手机。", "The price is high."],
    ),
    (
        "url_before_full_stop",
        "请访问http://example.cn/news获取。他说好。",
        &["请访问http://example.cn/news获取。", "他说好。"],
    ),
    (
        "korean",
        "오늘은 맑습니다. 내일은 비가 옵니다.",
        &["오늘은 맑습니다.", "내일은 비가 옵니다."],
    ),
    (
        "closing_quote_after_full_stop",
        "乔布斯宣称“它将会改变世界。”然而8年后，智能手机已经席卷全球！未来呢？",
        &[
            "乔布斯宣称“它将会改变世界。”",
            "然而8年后，智能手机已经席卷全球！",
            "未来呢？",
        ],
    ),
    (
        "corner_brackets_and_fullwidth_marks",
        "「本当？」彼女は聞いた！「はい。」",
        &["「本当？」", "彼女は聞いた！", "「はい。」"],
    ),
    (
        "decimal_and_numbered_list_stay_whole",
        "增长了3.5%。1.为人们解决问题；2.从人开始",
        &["增长了3.5%。", "1.为人们解决问题；2.从人开始"],
    ),
    (
        "quotation_after_a_closing_quote_opens_the_next_sentence",
        "他说：“好。”“不好。”她笑了。",
        &["他说：“好。”", "“不好。”", "她笑了。"],
    ),
    (
        "ascii_bracket_after_a_full_stop_goes_with_what_it_opens",
        "货基将难以生存。(新京报)他说：“完了。”(见图)",
        &["货基将难以生存。", "(新京报)他说：“完了。”", "(见图)"],
    ),
    (
        "ascii_bracket_after_a_chinese_full_stop_before_latin",
        "他来了。(Reuters)",
        &["他来了。", "(Reuters)"],
    ),
];

const MULTILINGUAL: &[Case] = &[
    (
        "spanish_inverted_marks",
        "¿Dónde está el ministro? Nadie lo sabe. ¡Qué escándalo!",
        &[
            "¿Dónde está el ministro?",
            "Nadie lo sabe.",
            "¡Qué escándalo!",
        ],
    ),
    (
        "spanish_question_then_comma",
        "¿Vienes?, preguntó ella.",
        &["¿Vienes?, preguntó ella."],
    ),
    (
        "spanish_eeuu",
        "Viajó a EE.UU. para una reunión. Volvió el lunes.",
        &["Viajó a EE.UU. para una reunión.", "Volvió el lunes."],
    ),
    (
        "german_z_b",
        "Viele Städte, z.B. Berlin und Hamburg, sind teuer. Andere nicht.",
        &[
            "Viele Städte, z.B. Berlin und Hamburg, sind teuer.",
            "Andere nicht.",
        ],
    ),
    (
        "german_usw",
        "Sie kauften Äpfel, Birnen usw. Die Preise stiegen.",
        &["Sie kauften Äpfel, Birnen usw.", "Die Preise stiegen."],
    ),
    (
        "german_bzw",
        "Die Stadt bzw. Gemeinde zahlt. Der Bund nicht.",
        &["Die Stadt bzw. Gemeinde zahlt.", "Der Bund nicht."],
    ),
    (
        "german_ordinal_date",
        "Die Wahl findet am 3. Oktober statt. Alle dürfen wählen.",
        &[
            "Die Wahl findet am 3. Oktober statt.",
            "Alle dürfen wählen.",
        ],
    ),
    (
        "german_ordinal_century",
        "Das Haus stammt aus dem 19. Jahrhundert. Es ist alt.",
        &["Das Haus stammt aus dem 19. Jahrhundert.", "Es ist alt."],
    ),
    (
        "german_ordinal_after_preposition",
        "Auch am 10. Spieltag gab es Streit. Der Verein protestierte.",
        &[
            "Auch am 10. Spieltag gab es Streit.",
            "Der Verein protestierte.",
        ],
    ),
    (
        "german_saint",
        "Am Vorabend des hl. Blasius wird gesegnet. Viele kommen.",
        &[
            "Am Vorabend des hl. Blasius wird gesegnet.",
            "Viele kommen.",
        ],
    ),
    (
        "spanish_licenciado",
        "Habló el Lic. Pérez en la rueda de prensa. Nadie preguntó.",
        &[
            "Habló el Lic. Pérez en la rueda de prensa.",
            "Nadie preguntó.",
        ],
    ),
    (
        "german_nr",
        "Er wohnt in Haus Nr. 5 in Berlin. Es ist klein.",
        &["Er wohnt in Haus Nr. 5 in Berlin.", "Es ist klein."],
    ),
    (
        "french_spaced_question_mark",
        "Vraiment ? Oui, vraiment.",
        &["Vraiment ?", "Oui, vraiment."],
    ),
    (
        "french_mme_and_m",
        "Mme Dupont et M. Martin sont arrivés. Ils étaient en retard.",
        &[
            "Mme Dupont et M. Martin sont arrivés.",
            "Ils étaient en retard.",
        ],
    ),
    (
        "french_etc",
        "Il vend du pain, du vin, etc. Le marché ferme à midi.",
        &["Il vend du pain, du vin, etc.", "Le marché ferme à midi."],
    ),
    (
        "dutch_bijv",
        "Grote steden, bijv. Amsterdam, zijn duur. Kleine niet.",
        &["Grote steden, bijv. Amsterdam, zijn duur.", "Kleine niet."],
    ),
    (
        "russian",
        "Президент выступил в понедельник. Он говорил час.",
        &["Президент выступил в понедельник.", "Он говорил час."],
    ),
    (
        "hindi_danda",
        "वह घर गया। वह सो गया।",
        &["वह घर गया।", "वह सो गया।"],
    ),
    (
        "arabic_question_mark",
        "هل أنت بخير؟ نعم.",
        &["هل أنت بخير؟", "نعم."],
    ),
];

/// Cases found on real articles and pasted pages, named after what broke.
const REGRESSION: &[Case] = &[
    (
        "summary_sentences_glued_without_space",
        "Sales rose to $10.9bn.For the year, profit fell.",
        &["Sales rose to $10.9bn.", "For the year, profit fell."],
    ),
    (
        "word_alone_between_blank_lines",
        "He said it was like an\n\nagent provocateur\n\nand nothing more.",
        &[
            "He said it was like an",
            "agent provocateur",
            "and nothing more.",
        ],
    ),
    (
        "lone_carriage_return",
        "Headline\rStory starts here.",
        &["Headline", "Story starts here."],
    ),
    (
        "unicode_line_separator",
        "Headline\u{2028}Story starts here.",
        &["Headline", "Story starts here."],
    ),
    (
        "paragraph_separator",
        "We discussed the budget for the coming year and\u{2029}next steps.",
        &[
            "We discussed the budget for the coming year and",
            "next steps.",
        ],
    ),
    (
        "caption_credit_stays_with_caption",
        "The leaders met in the capital. - AFP",
        &["The leaders met in the capital. - AFP"],
    ),
    (
        "question_then_brand_name",
        "Did you buy one? iPhone sales rose.",
        &["Did you buy one?", "iPhone sales rose."],
    ),
    // Issue 15: paragraphs pasted without a space between them (386 of the
    // 500 OrangeSum dev articles).
    (
        "glued_paragraphs_french",
        "Il vivait à Los Angeles.La couronne a été retrouvée.",
        &["Il vivait à Los Angeles.", "La couronne a été retrouvée."],
    ),
    (
        "glued_paragraphs_elided_article",
        "Selon l'acte d'accusation.L'objectif était clair.C’est fini.",
        &[
            "Selon l'acte d'accusation.",
            "L'objectif était clair.",
            "C’est fini.",
        ],
    ),
    (
        "glued_paragraphs_french_a_grave",
        "Il a étudié à Yale.À cette époque, il vivait seul.",
        &["Il a étudié à Yale.", "À cette époque, il vivait seul."],
    ),
    (
        "virus_variant_is_not_a_glued_sentence",
        "The Zafi.D virus translates the greeting. The Sober.A worm spread.",
        &[
            "The Zafi.D virus translates the greeting.",
            "The Sober.A worm spread.",
        ],
    ),
    (
        "glued_paragraphs_after_etc",
        "Emploi, santé, etc.Le Secours populaire a lancé un appel.",
        &[
            "Emploi, santé, etc.",
            "Le Secours populaire a lancé un appel.",
        ],
    ),
    (
        "glued_but_not_abbreviations_or_addresses",
        "Le site example.com et M.Dupont. Les U.S.A. ont voté. Voir www.lemonde.Fr/politique.",
        &[
            "Le site example.com et M.Dupont.",
            "Les U.S.A. ont voté.",
            "Voir www.lemonde.Fr/politique.",
        ],
    ),
];

#[test]
fn datelines() {
    check("DATELINES", DATELINES);
}

#[test]
fn abbreviations() {
    check("ABBREVIATIONS", ABBREVIATIONS);
}

#[test]
fn titles() {
    check("TITLES", TITLES);
}

#[test]
fn initials() {
    check("INITIALS", INITIALS);
}

#[test]
fn decimals_and_amounts() {
    check("DECIMALS_AND_AMOUNTS", DECIMALS_AND_AMOUNTS);
}

#[test]
fn urls_and_emails() {
    check("URLS_AND_EMAILS", URLS_AND_EMAILS);
}

#[test]
fn ellipses() {
    check("ELLIPSES", ELLIPSES);
}

#[test]
fn quotes() {
    check("QUOTES", QUOTES);
}

#[test]
fn headlines_and_lists() {
    check("HEADLINES_AND_LISTS", HEADLINES_AND_LISTS);
}

#[test]
fn hard_wrap() {
    check("HARD_WRAP", HARD_WRAP);
}

#[test]
fn no_punctuation() {
    check("NO_PUNCTUATION", NO_PUNCTUATION);
}

#[test]
fn cjk() {
    check("CJK", CJK);
}

#[test]
fn multilingual() {
    check("MULTILINGUAL", MULTILINGUAL);
}

#[test]
fn regression() {
    check("REGRESSION", REGRESSION);
}

// ---------------------------------------------------------------------------
// Long texts.

/// Asserts the invariants every split must keep; see [`invariants`].
fn assert_invariants(text: &str) {
    if let Err(e) = invariants(text) {
        panic!("{e} in {text:?}");
    }
}

/// Checks that every unit of `text` is an exact, trimmed, non-empty slice
/// on char boundaries, that units are in order and do not overlap, that
/// only whitespace lies between them, and that no unit is longer than
/// `DEFAULT_MAX_UNIT_BYTES` unless it is a single grapheme.
fn invariants(text: &str) -> Result<(), String> {
    let mut last = 0;
    for span in split_sentences(text) {
        if span.start < last || span.start >= span.end || span.end > text.len() {
            return Err(format!("bad span {span:?} after {last}"));
        }
        let (Some(gap), Some(unit)) = (text.get(last..span.start), text.get(span.start..span.end))
        else {
            return Err(format!("span {span:?} not on char boundaries"));
        };
        if !gap.chars().all(char::is_whitespace) {
            return Err(format!("lost text {gap:?} before {span:?}"));
        }
        if unit.trim() != unit {
            return Err(format!("untrimmed unit {unit:?}"));
        }
        if unit.len() > DEFAULT_MAX_UNIT_BYTES && unit.graphemes(true).nth(1).is_some() {
            return Err(format!("unit of {} bytes", unit.len()));
        }
        last = span.end;
    }
    if !text[last..].chars().all(char::is_whitespace) {
        return Err(format!("lost text {:?} at the end", &text[last..]));
    }
    Ok(())
}

/// Whether every unit of `text` starts and ends at a UAX #29 grapheme
/// boundary. The splitter does not segment graphemes (their tables are too
/// big for the wasm): when it must cut a long run with no word boundary it
/// cuts between characters, but never before a combining mark or other
/// character that word rule WB4 attaches, Thai/Lao `AM` or a Hangul
/// vowel/trailing jamo, never after a ZWJ, a leading jamo, a virama or a
/// `Prepend` character, and never inside a regional-indicator pair. For
/// text made of such sequences that is a grapheme boundary, which this
/// checks against `unicode-segmentation`.
fn on_graphemes(text: &str) -> bool {
    let bounds: std::collections::HashSet<usize> = text
        .grapheme_indices(true)
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    split_sentences(text)
        .iter()
        .all(|s| bounds.contains(&s.start) && bounds.contains(&s.end))
}

#[test]
fn five_megabytes_split_into_bounded_units() {
    let article = "Hun Sen met U.S. President Joe Biden on Nov. 22 in Phnom Penh. \
                   “We asked the US to stop,” he said. Profits rose 3.5% to $10.9bn…\n\
                   Next In News\n\n\
                   我们走了。他说：“好。”\n";
    let run_on = "and the talks went on without a pause ".repeat(20);
    let mut text = String::new();
    while text.len() < 5_000_000 {
        text.push_str(article);
        text.push_str(&run_on);
        text.push('\n');
    }
    assert_invariants(&text);
    let units = split_sentences(&text);
    assert!(units
        .iter()
        .all(|s| s.end - s.start <= DEFAULT_MAX_UNIT_BYTES));
    // Each repetition: 3 sentences, a headline, 2 CJK sentences, a run-on.
    let repetitions = text.matches("Next In News").count();
    assert_eq!(units.len(), repetitions * 7);
}

#[test]
fn one_line_without_punctuation_is_cut_between_words() {
    let text = "word ".repeat(1_000_000);
    assert_invariants(&text);
    let units = split_sentences(&text);
    assert!(units.len() >= text.len() / DEFAULT_MAX_UNIT_BYTES);
    for s in &units {
        assert!(s.end - s.start <= DEFAULT_MAX_UNIT_BYTES);
        assert!(text[s.start..s.end].split(' ').all(|w| w == "word"));
    }
}

#[test]
fn cjk_without_punctuation_is_cut_between_characters() {
    let text = "中文没有标点符号的长文本".repeat(20_000);
    assert_invariants(&text);
    assert!(split_sentences(&text).len() > 1);
    assert!(on_graphemes(&text));
}

#[test]
fn long_run_of_graphemes_is_never_cut_inside_one() {
    let text = "e\u{301}\u{302}👩‍👩‍👧🇫🇷".repeat(2_000);
    assert_invariants(&text);
    assert!(on_graphemes(&text));
}

#[test]
fn long_word_of_combining_sequences_is_cut_between_graphemes() {
    // One UAX #29 word (letters, digits, marks, jamo), so the cut falls
    // back to characters.
    let word =
        "e\u{301}\u{302}1\u{FE0F}\u{20E3}क्षि\u{1100}\u{1161}\u{11A8}가\u{11A8}\u{600}1ก\u{E33}";
    for shift in 0..word.chars().count() {
        let text: String = word.chars().cycle().skip(shift).take(4_000).collect();
        assert_invariants(&text);
        assert!(split_sentences(&text).len() > 1);
        assert!(on_graphemes(&text), "{shift}");
    }
}

#[test]
fn one_base_with_endless_marks_stays_one_unit() {
    let text = format!("a{}", "\u{301}".repeat(2_000));
    assert_eq!(units(&text), [text.as_str()]);
    let text = format!("{text} and more");
    assert_eq!(split_sentences(&text).len(), 2);
    assert_invariants(&text);
}

#[test]
fn long_run_of_spaces_after_a_stop() {
    let text = format!("He left.{}She stayed.", " ".repeat(100_000));
    assert_eq!(units(&text), ["He left.", "She stayed."]);
}

// ---------------------------------------------------------------------------
// Properties.

/// Fragments that exercise the rules: abbreviations, quotes, numbers,
/// URLs, line breaks, CJK, combining marks and emoji.
const FRAGMENTS: &[&str] = &[
    "word",
    "Word",
    "the",
    "The",
    "Mr.",
    "U.S.",
    "e.g.",
    "J.",
    "No.",
    "3.5",
    "1.",
    "etc.",
    ".",
    "!",
    "?",
    "…",
    "...",
    "“",
    "”",
    "\"",
    "'",
    "«",
    "»",
    "(",
    ")",
    "¿",
    "¡",
    "。",
    "！",
    "」",
    "と",
    "http://a.b/C.D",
    "a@b.C",
    "www.",
    ",",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{a0}",
    "\u{2028}",
    "e\u{301}",
    "👩‍👩‍👧",
    "🇫🇷",
    "中文",
    "-",
    "• ",
    "Ä",
    "ß",
];

/// Grapheme clusters that join characters in every way the splitter's cut
/// rule knows (see [`on_graphemes`]), and single characters around them.
const CLUSTERS: &[&str] = &[
    "a",
    "e\u{301}",
    "o\u{308}\u{331}",
    "1\u{FE0F}\u{20E3}",
    "क्ष",
    "ि",
    "\u{94D}",
    "\u{1100}\u{1161}\u{11A8}",
    "가\u{11A8}",
    "\u{1161}",
    "\u{600}1",
    "ก\u{E33}",
    "👍🏽",
    "👩‍👩‍👧",
    "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
    "🇫🇷",
    "🇫",
    "\u{200D}",
    "中",
    "x",
    "7",
];

/// Text built from [`FRAGMENTS`].
fn fragments() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn invariants_hold_on_arbitrary_unicode(text in any::<String>()) {
        prop_assert_eq!(invariants(&text), Ok(()));
    }

    #[test]
    fn invariants_hold_on_text_like_input(text in fragments()) {
        prop_assert_eq!(invariants(&text), Ok(()));
    }

    #[test]
    fn long_runs_are_cut_between_graphemes(
        parts in prop::collection::vec(prop::sample::select(CLUSTERS), 200..1_500)
    ) {
        let text = parts.concat();
        prop_assert_eq!(invariants(&text), Ok(()));
        prop_assert!(on_graphemes(&text), "{:?}", text);
    }

    #[test]
    fn no_unit_spans_a_blank_line(text in fragments()) {
        for s in split_sentences(&text) {
            let unit = &text[s.start..s.end];
            let unit = unit.replace("\r\n", "\n");
            let blank = unit.split(['\n', '\r', '\u{2028}']).any(|l| l.trim().is_empty());
            prop_assert!(!blank, "{:?} spans a blank line", unit);
        }
    }

    #[test]
    fn splitting_is_deterministic(text in fragments()) {
        prop_assert_eq!(split_sentences(&text), split_sentences(&text));
    }

    #[test]
    fn units_do_not_depend_on_surrounding_whitespace(text in fragments()) {
        let padded = format!("\n\n{text}\n\n ");
        let shift = 2;
        let plain: Vec<(usize, usize)> =
            split_sentences(&text).iter().map(|s| (s.start + shift, s.end + shift)).collect();
        let padded: Vec<(usize, usize)> =
            split_sentences(&padded).iter().map(|s| (s.start, s.end)).collect();
        prop_assert_eq!(plain, padded);
    }
}
