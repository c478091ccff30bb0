import sys, random, json
from collections import defaultdict, Counter
from load import load
from gaz import lookup
CL=['O','PER','LOC','ORG']
def is_cand(w):
    return any(ch.isupper() for ch in w) or False
def feats(s,i):
    w=s[i][0]; lw=w.lower()
    prev=s[i-1][0].lower() if i>0 else '<s>'
    nxt=s[i+1][0].lower() if i+1<len(s) else '</s>'
    f=['w='+lw,'s3='+lw[-3:],'s4='+lw[-4:],'s2='+lw[-2:],'p='+prev,'n='+nxt,'b']
    if i==0: f.append('init')
    f.append('ps2='+prev[-2:])
    if w.isupper() and len(w)>1: f.append('upper')
    if '-' in w: f.append('hy')
    pc = i>0 and is_cand(s[i-1][0]); nc = i+1<len(s) and is_cand(s[i+1][0])
    if pc: f.append('pc')
    if nc: f.append('nc')
    f.append('sh='+shape(w))
    for g in lookup(lw): f.append('g='+g)
    if AFFIXES: f += affix_feats(s, i)
    return f
# Finnish's extra features (src/entities/lang/fi/features.rs), for models
# that hold the feature AFFIX_MARKER; export.py turns them on.
AFFIXES = False
AFFIX_MARKER = '+affixes'
def affix_feats(s, i):
    lw = s[i][0].lower()
    prev = s[i-1][0] if i > 0 else '<s>'
    nxt = s[i+1][0] if i+1 < len(s) else '</s>'
    return ['f3='+lw[:3], 'f4='+lw[:4], 'f5='+lw[:5], 's5='+lw[-5:], 's1='+lw[-1:],
            'psh='+shape(prev), 'nsh='+shape(nxt)]
def shape(w):
    # lang/mod.rs word_shape: runs of capitals X, other letters x, digits d
    out=[]
    for ch in w:
        c='X' if ch.isupper() else 'x' if ch.isalpha() else 'd' if ch.isdigit() else ch
        if not out or out[-1]!=c: out.append(c)
    return ''.join(out)
def data(ss):
    X=[];Y=[]
    for s in ss:
        for i,(w,t) in enumerate(s):
            if not is_cand(w): continue
            X.append(feats(s,i)); Y.append(t[2:] if t!='O' else 'O')
    return X,Y
def train(X,Y,epochs=8):
    W=defaultdict(lambda:[0.0]*4); A=defaultdict(lambda:[0.0]*4); ts=defaultdict(lambda:[0]*4); c=1
    idx=list(range(len(X))); random.seed(1)
    for ep in range(epochs):
        random.shuffle(idx)
        for j in idx:
            x=X[j]; y=CL.index(Y[j])
            sc=[sum(W[f][k] for f in x if f in W) for k in range(4)]
            p=max(range(4),key=lambda k:sc[k])
            if p!=y:
                for f in x:
                    W[f][y]+=1; A[f][y]+=c
                    W[f][p]-=1; A[f][p]-=c
            c+=1
    return {f:[W[f][k]-A[f][k]/c for k in range(4)] for f in W}
def predict(M,x):
    sc=[sum(M[f][k] for f in x if f in M) for k in range(4)]
    return max(range(4),key=lambda k:sc[k])
def spans_gold(s):
    out=set();cur=None
    for i,(w,t) in enumerate(s):
        if t.startswith('B-') or (t.startswith('I-') and (cur is None or cur[2]!=t[2:])):
            if cur: out.add(tuple(cur))
            cur=[i,i+1,t[2:]]
        elif t.startswith('I-'): cur[1]=i+1
        else:
            if cur: out.add(tuple(cur)); cur=None
    if cur: out.add(tuple(cur))
    return out
def spans_pred(M,s):
    out=set();cur=None
    for i,(w,t) in enumerate(s):
        c='O'
        if is_cand(w): c=CL[predict(M,feats(s,i))]
        if c!='O' and cur and cur[2]==c and cur[1]==i: cur[1]=i+1
        else:
            if cur: out.add(tuple(cur)); cur=None
            if c!='O': cur=[i,i+1,c]
    if cur: out.add(tuple(cur))
    return out
def evaluate(M,ss):
    tp=fp=fn=0;ttp=0
    for s in ss:
        g=spans_gold(s);p=spans_pred(M,s)
        gu={(a,b) for a,b,_ in g}; pu={(a,b) for a,b,_ in p}
        tp+=len(gu&pu);fp+=len(pu-gu);fn+=len(gu-pu);ttp+=len(g&p)
    P=tp/max(1,tp+fp);R=tp/max(1,tp+fn);F=2*P*R/max(1e-9,P+R)
    tP=ttp/max(1,tp+fp);tR=ttp/max(1,tp+fn);tF=2*tP*tR/max(1e-9,tP+tR)
    return round(100*P,1),round(100*R,1),round(100*F,1),round(100*tF,1)
def prune(M,k):
    # keep k features by max abs weight (bias always)
    items=sorted(M.items(),key=lambda kv:(-max(abs(v) for v in kv[1]),kv[0]))
    return dict(items[:k])
if __name__=='__main__':
    path=sys.argv[1]
    # Trained on tuning blocks 0 mod 4, scored on tuning blocks 2 mod 4:
    # the held-out half (odd blocks) is never read here.
    tr=load(path,part='quarter'); ck=load(path,part='check')
    X,Y=data(tr)
    M=train(X,Y)
    print('features',len(M),'check',evaluate(M,ck), 'train',evaluate(M,tr))
    for k in [300,1000,3000]:
        print(k,evaluate(prune(M,k),ck))
