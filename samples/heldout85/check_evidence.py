import json, os, re, sys
from html.parser import HTMLParser
base='/work/main/samples/heldout85'
class V(HTMLParser):
    def __init__(s):
        super().__init__(); s.t=[]; s.skip=0
    def handle_starttag(s,tag,a):
        if tag in('script','style','head'): s.skip+=1
    def handle_endtag(s,tag):
        if tag in('script','style','head'): s.skip-=1
    def handle_data(s,d):
        if not s.skip: s.t.append(d)
def text(path):
    raw=open(path,encoding='utf-8').read()
    if path.endswith('.html'):
        v=V(); v.feed(raw); raw=' '.join(v.t)
    return ' '.join(raw.split())
ok=True
for g in sorted(os.listdir(base+'/gold')):
    d=json.load(open(base+'/gold/'+g))
    arts=[f for f in os.listdir(base+'/articles') if f.startswith(d['doc'])]
    assert len(arts)==1, arts
    t=text(base+'/articles/'+arts[0])
    n=0
    for kind in ('events','claims'):
        for e in d[kind]:
            ev=' '.join(e['evidence'].split())
            n+=1
            if ev not in t:
                ok=False; print('MISSING',g,kind,repr(ev))
    for kind in ('people','places'):
        for e in d[kind]:
            names=[e['name']]+e.get('aliases',[])
            if not any(nm.lower() in t.lower() for nm in names):
                ok=False; print('NAME NOT IN TEXT',g,kind,names)
    ev=d['events']; cl=d['claims']
    print(g, 'events req/opt', sum(not e.get('optional') for e in ev), sum(bool(e.get('optional')) for e in ev),
          'claims req/opt', sum(not e.get('optional') for e in cl), sum(bool(e.get('optional')) for e in cl),
          'actors',len(d['actors']),'people',len(d['people']),'places',len(d['places']))
print('ALL OK' if ok else 'PROBLEMS')
