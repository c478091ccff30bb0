import sys
def load(path, per=40, part=0):
    sents=[];cur=[]
    for line in open(path,encoding='utf-8'):
        c=line.split()
        if len(c)>=2: cur.append((c[0],c[-1]))
        else:
            if cur: sents.append(cur); cur=[]
    if cur: sents.append(cur)
    blocks=[sents[i:i+per] for i in range(0,len(sents),per)]
    if part=='quarter':
        # the first quarter: tuning blocks 0, 4, 8... (margins are chosen on
        # blocks 2, 6, 10..., eval_ner --tune-check)
        return [s for k,b in enumerate(blocks) if k%4==0 for s in b]
    if part=='all':
        return sents
    if part=='check':
        return [s for k,b in enumerate(blocks) if k%4==2 for s in b]
    return [s for k,b in enumerate(blocks) if k%2==part for s in b]

def token_sequences(path):
    """The token sequences of a file's sentences (load's reading), as a set of
    tuples: what a converter's overlap check holds another file's sentences to."""
    return {tuple(w for w, _ in s) for s in load(path, part='all')}
