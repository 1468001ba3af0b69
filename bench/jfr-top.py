#!/usr/bin/env python3
# The top 10 of a Java Flight Recorder profile of the bench (StageCosts / SeamDetectorCosts run with
# -XX:StartFlightRecording=settings=profile,filename=F.jfr): CPU samples and allocation weight of the main
# thread by first mixdoc method (a lexicon trie walk named by who asks), class initialisers and Lingua's
# lazy loading of its language models (once per JVM, in the warm-up pass) left out.
# Usage: bench/jfr-top.py F.jfr   (needs the JDK's jfr tool on the PATH)
import json,sys,subprocess,collections
jfr=sys.argv[1]
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
        if th!='main': continue
        w=e['values'].get('weight',1) if alloc else 1
        k=key(fr,alloc,e['values'].get('objectClass',{}).get('name','') if alloc else '')
        tot+=w
        if k: c[k]+=w
    print('##', 'CPU' if not alloc else 'allocation', 'total', tot)
    for k,v in c.most_common(10): print(f'{100*v/tot:5.1f} % | {k}')
