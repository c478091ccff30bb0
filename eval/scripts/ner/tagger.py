"""A BIO sequence labeller over every token of a sentence (German): an
averaged structured perceptron over O, B-/I- PER/LOC/ORG with tag
transitions, decoded with Viterbi. Its features are those of train.py
(`feats`) for every token; src/entities/lang/de/tagger.rs reads them the
same way at run time."""
import random
from collections import Counter, defaultdict
from train import feats as token_feats

# Tags: O, then B and I of person, place, organization.
TAGS = ['O', 'B-PER', 'B-LOC', 'B-ORG', 'I-PER', 'I-LOC', 'I-ORG']
N = len(TAGS)
START = 'S'  # the transition feature before the first token
# Short names of the tags, in the transition features ("t=BP").
SHORT = {'O': 'O', 'B-PER': 'BP', 'B-LOC': 'BL', 'B-ORG': 'BO', 'I-PER': 'IP', 'I-LOC': 'IL', 'I-ORG': 'IO'}


def allowed(prev, cur):
    """I-X only after B-X or I-X."""
    if cur >= 4:
        return prev is not None and prev in (cur - 3, cur)
    return True


def tag_of(t):
    """The tag index of a BIO2 tag."""
    return TAGS.index(t) if t in TAGS else 0


from gaz import lookup

# The words the model knows (`w=` features): a word it does not know gets
# the feature `oov` instead. While training, the words seen fewer than
# RARE times count as unknown, so that the model learns what names it has
# never seen look like.
KNOWN = None
RARE = 2


def feats(s, i):
    """train.py `feats`, the word's last 5 and first 3 and 4 letters, the
    lists the words around are in (`pg=`, `ng=`), and `oov` for a word the
    model does not know (tagger.rs `emissions`)."""
    f = token_feats(s, i)
    lw = s[i][0].lower()
    f += ['s5=' + lw[-5:], 'f3=' + lw[:3], 'f4=' + lw[:4]]
    if i:
        f += ['pg=' + g for g in lookup(s[i - 1][0].lower())]
    if i + 1 < len(s):
        f += ['ng=' + g for g in lookup(s[i + 1][0].lower())]
    if KNOWN is not None and lw not in KNOWN:
        f = [x for x in f if x != 'w=' + lw] + ['oov']
    return f


def sentence_feats(s):
    return [feats(s, i) for i in range(len(s))]


def viterbi(W, F):
    """Best tag sequence for the token feature lists F under weights W."""
    n = len(F)
    emit = []
    for f in F:
        sc = [0.0] * N
        for x in f:
            w = W.get(x)
            if w:
                for k in range(N):
                    sc[k] += w[k]
        emit.append(sc)
    trans = {p: W.get('t=' + p, [0.0] * N) for p in [START] + [SHORT[t] for t in TAGS]}
    best = [[-1e18] * N for _ in range(n)]
    back = [[0] * N for _ in range(n)]
    for k in range(N):
        if allowed(None, k):
            best[0][k] = emit[0][k] + trans[START][k]
    for i in range(1, n):
        for k in range(N):
            bv, bp = -1e18, 0
            for p in range(N):
                if best[i - 1][p] <= -1e17 or not allowed(p, k):
                    continue
                v = best[i - 1][p] + trans[SHORT[TAGS[p]]][k]
                if v > bv:
                    bv, bp = v, p
            best[i][k] = bv + emit[i][k]
            back[i][k] = bp
    k = max(range(N), key=lambda k: best[n - 1][k])
    out = [k]
    for i in range(n - 1, 0, -1):
        k = back[i][k]
        out.append(k)
    return out[::-1]


def train(sents, epochs=6, seed=1):
    """Averaged structured perceptron: weights per feature, one per tag."""
    global KNOWN
    seen = Counter(w.lower() for s in sents for w, _ in s)
    KNOWN = {w for w, n in seen.items() if n >= RARE}
    data = [(sentence_feats(s), [tag_of(t) for _, t in s]) for s in sents if s]
    W = defaultdict(lambda: [0.0] * N)
    A = defaultdict(lambda: [0.0] * N)
    c = 1
    rnd = random.Random(seed)
    idx = list(range(len(data)))
    for ep in range(epochs):
        rnd.shuffle(idx)
        for j in idx:
            F, gold = data[j]
            pred = viterbi(W, F)
            if pred != gold:
                for i in range(len(F)):
                    g, p = gold[i], pred[i]
                    gp = SHORT[TAGS[gold[i - 1]]] if i else START
                    pp = SHORT[TAGS[pred[i - 1]]] if i else START
                    if g != p or gp != pp:
                        for x in F[i] + ['t=' + gp]:
                            W[x][g] += 1
                            A[x][g] += c
                        for x in F[i] + ['t=' + pp]:
                            W[x][p] -= 1
                            A[x][p] -= c
            c += 1
    M = {f: [W[f][k] - A[f][k] / c for k in range(N)] for f in W}
    know(M)
    return M


def know(M):
    """The words of model M's `w=` features become the known ones."""
    global KNOWN
    KNOWN = {f[2:] for f in M if f.startswith('w=')}


def spans(tags):
    """Spans (start, end, class) of a tag index sequence."""
    out, cur = [], None
    for i, k in enumerate(tags):
        t = TAGS[k]
        if t.startswith('I-') and cur and cur[2] == t[2:]:
            cur[1] = i + 1
            continue
        if cur:
            out.append(tuple(cur))
            cur = None
        if t != 'O':
            cur = [i, i + 1, t[2:]]
    if cur:
        out.append(tuple(cur))
    return out


def evaluate(W, sents):
    """Untyped P/R/F1 and typed F1 of exact spans on gold tokens."""
    tp = fp = fn = ttp = 0
    for s in sents:
        g = set(spans([tag_of(t) for _, t in s]))
        p = set(spans(viterbi(W, sentence_feats(s))))
        gu = {(a, b) for a, b, _ in g}
        pu = {(a, b) for a, b, _ in p}
        tp += len(gu & pu); fp += len(pu - gu); fn += len(gu - pu); ttp += len(g & p)
    P = tp / max(1, tp + fp); R = tp / max(1, tp + fn); F = 2 * P * R / max(1e-9, P + R)
    tP = ttp / max(1, tp + fp); tR = ttp / max(1, tp + fn); tF = 2 * tP * tR / max(1e-9, tP + tR)
    return round(100 * P, 1), round(100 * R, 1), round(100 * F, 1), round(100 * tF, 1)
