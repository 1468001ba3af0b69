#!/usr/bin/env python3
# The top 10 of a Java Flight Recorder profile of the bench (StageCosts / SeamDetectorCosts run with
# -XX:StartFlightRecording=settings=profile,filename=F.jfr): CPU samples and allocation weight of the main
# thread by first mixdoc method (a lexicon trie walk named by who asks), class initialisers and Lingua's
# lazy loading of its language models (once per JVM, in the warm-up pass) left out.
# With --window FROM TO (epoch ms, as StageCosts prints under its table: "Timed pass: epoch ms FROM to TO") only
# the samples of the timed pass count, and a third section gives each stage's share of the CPU samples, to set
# beside the table: a whole recording also holds the warm-up pass (Lingua's models loaded, code interpreted) and
# the bench corpus being built, which lowered the dates stage's share from the table's 7-10 % to 1-3 % (session 21).
# Usage: bench/jfr-top.py F.jfr [--window FROM TO]   (needs the JDK's jfr tool on the PATH)
import json,sys,subprocess,collections,datetime
jfr=sys.argv[1]
window=None
if '--window' in sys.argv:
    i=sys.argv.index('--window'); window=(int(sys.argv[i+1]),int(sys.argv[i+2]))
def inside(e):
    if not window: return True
    t=datetime.datetime.fromisoformat(e['values']['startTime'].replace('Z','+00:00')).timestamp()*1000
    return window[0]<=t<=window[1]
def stage(fr):
    # the stage's apply, called by the bench's timing loop (StageCosts.pass or SeamDetectorCosts)
    names=[f['method']['type']['name'].split('/')[-1]+'.'+f['method']['name'] for f in fr]
    for i,n in enumerate(names):
        if '/bench/' in fr[i]['method']['type']['name'] and i>0: return names[i-1]
    return 'outside the stages'
stages=collections.Counter()
def load(ev):
    return json.loads(subprocess.run(['jfr','print','--json','--stack-depth','60','--events',ev,jfr],capture_output=True,text=True).stdout)['recording']['events']
def meth(f): return f['method']['type']['name'].split('/')[-1]+'.'+f['method']['name']
def key(fr, alloc, oc=''):
    mix=[meth(f) for f in fr if f['method']['type']['name'].startswith('io/mixdoc') and '/bench/' not in f['method']['type']['name']]
    if not mix: return None
    # a lexicon or trie lookup is named with its first caller outside text/ (who asks)
    head=mix[0]
    if head.startswith(('CharTrie.','EnglishLexicon.asciiIndex')):
        outer=next((m for m in mix if not m.startswith(('CharTrie.','EnglishLexicon.'))),'?')
        return 'lexicon trie walk, asked by '+outer
    return head+(' ('+oc.split('/')[-1]+')' if alloc else '')
for ev,alloc in (('jdk.ExecutionSample',False),('jdk.ObjectAllocationSample',True)):
    c=collections.Counter(); tot=0
    for e in load(ev):
        st=e['values'].get('stackTrace')
        if not st: continue
        fr=st['frames']
        if any(f['method']['name']=='<clinit>' or f['method']['name'].startswith('loadLanguageModel') for f in fr): continue
        th=e['values'].get('sampledThread',e['values'].get('eventThread',{})).get('javaName')
        if th!='main' or not inside(e): continue
        if not alloc: stages[stage(fr)]+=1
        w=e['values'].get('weight',1) if alloc else 1
        k=key(fr,alloc,e['values'].get('objectClass',{}).get('name','') if alloc else '')
        tot+=w
        if k: c[k]+=w
    print('##', 'CPU' if not alloc else 'allocation', 'total', tot)
    for k,v in c.most_common(10): print(f'{100*v/tot:5.1f} % | {k}')
tot=sum(stages.values())
print('## CPU by stage (class initialisers and model loading left out), total', tot)
for k,v in stages.most_common(12): print(f'{100*v/max(1,tot):5.1f} % | {k}')
