#!/usr/bin/env python3
"""Regenerates eval/tests/fixtures/rouge/pairs.tsv: reference/candidate pairs
written for nutgraf, scored by Google's rouge-score (pip install rouge-score)
with the settings eval_rouge reproduces:

    RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)

Usage: python3 eval/scripts/rouge/make_fixture.py > eval/tests/fixtures/rouge/pairs.tsv
"""
import sys

from rouge_score import rouge_scorer

# (reference, candidate). Written to exercise the tokenizer (punctuation,
# digits, accents, sentences glued without a space) and the Porter stemmer
# (plurals, -ed/-ing, -ational, -ness, -ly, doubled consonants, irregulars).
PAIRS = [
    ("The minister said the government would review the policy.",
     "The government will review its policies, the minister said."),
    ("Quarterly profits jumped 76% to $1.13bn for the three months.",
     "Profits jumped by 76 percent to 1.13 billion dollars in the quarter."),
    ("Sales rose 2% to $11.1bn.Profits were buoyed by one-off gains.",
     "Profits were buoyed by one-off gains. Sales rose 2% to $11.1bn."),
    ("The ponies were running across the fields happily.",
     "A pony ran happily across a field."),
    ("Relational databases are generally conditional on normalization.",
     "Generalization of relational conditions in databases."),
    ("Hopefulness and carelessness are feelings, not plans.",
     "Hope and care are not plans but feelings."),
    ("The controlling shareholder is adjusting the adjustment.",
     "Control of the shareholders adjusts adjustments."),
    ("Dying languages are lying in archives, tying linguists in knots.",
     "Languages die and lie in archives."),
    ("News of the innings reached the outings committee.",
     "The committee heard news of innings and outings."),
    ("Electrical engineers proceed to exceed expectations.",
     "Engineers in electricity exceeded every expectation and proceeded."),
    ("She cried when the skies cleared over the ties.",
     "The sky cleared and she cries."),
    ("Operators of the generators were hopping between facilities.",
     "The operator hopped to the generating facility."),
    ("Analogously, the radically different formalities were sensible.",
     "Radical formality is analogous and sensibly different."),
    ("Cafés in São Paulo serve coffee at 7:30 a.m. every day.",
     "Coffee is served every day in Sao Paulo cafes."),
    ("It lost 464,000 subscribers in the fourth quarter.",
     "Subscribers fell by 464,000 in the last quarter of the year."),
    ("Prime Minister Hun Sen asked the US to amend the memorandum of understanding.",
     "Hun Sen asked for amendments to the MoU with the United States."),
    ("The council approved plans for 300 new homes on the site.",
     "Plans for new homes were rejected by residents."),
    ("A man has been charged with murder after a woman was found dead in her flat.",
     "Police found a woman dead in a flat and a man was later charged."),
    ("Broadband subscriptions grew faster than analysts had predicted.",
     "Analysts predicted slower growth in subscriptions to broadband."),
    ("The striker scored twice as the home side won 3-1.",
     "Two goals from the striker gave the home side a 3-1 win."),
    ("Revivals, allowances and inferences were irritants to the airliner's gyroscopic sensors.",
     "The airliner's sensors revived after allowing for irritating inferences."),
    ("Communism, activation and effectiveness were bowdlerized in homologous texts.",
     "Effective activists bowdlerize communist texts."),
    ("Triplicate formative formalized electricity feeds hopeful goodness.",
     "Formal electric feeding is good and hopeful in triplicate."),
    ("Agreed, plastered, motoring, conflated, troubled and sized.",
     "Agree, plaster, motor, conflate, trouble and size."),
    ("Enjoyment of happy spies flying with the flies.",
     "Spies enjoy flying; flies are happy."),
    ("", "An empty reference scores zero."),
    ("An empty candidate scores zero.", ""),
    ("Identical text gets a perfect score.", "Identical text gets a perfect score."),
    ("Order matters for the longest common subsequence but not for unigrams.",
     "Unigrams but not the longest common subsequence matters for order."),
    ("The the the cat sat on the mat the.", "The cat the cat the cat."),
    ("Rolling, falling, hissing, fizzing, filing, failing and hoping.",
     "Roll, fall, hiss, fizz, file, fail and hope."),
]


def main():
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    out = sys.stdout
    out.write("# id\treference\tcandidate\tR1\tR2\tRL (F1 x 100, rouge-score)\n")
    for i, (ref, cand) in enumerate(PAIRS, 1):
        s = scorer.score(ref, cand)
        f = [s[k].fmeasure * 100 for k in ("rouge1", "rouge2", "rougeL")]
        out.write(f"p{i:02}\t{ref}\t{cand}\t{f[0]:.4f}\t{f[1]:.4f}\t{f[2]:.4f}\n")


if __name__ == "__main__":
    main()
