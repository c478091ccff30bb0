import sys
def rs(name, items, doc):
    items = sorted(set(items), key=lambda s: s.encode('utf-8'))
    items = [s for s in items if s]
    body = ', '.join('"%s"' % s for s in items)
    return f'    // {doc}\n    {name}: &[{body}],\n'
def names(name, items, doc):
    items = [s for s in dict.fromkeys(items) if s]
    return f'    // {doc}\n    {name}: Names::new("{" ".join(items)}"),\n'
def emit(path, lang, d, doc):
    out = [f'//! {doc}\n\nuse super::cjk::{{Data, Names}};\n\n/// The {lang} lists.\npub(crate) static DATA: Data = Data {{\n']
    for key, text in [('places','Known places.'),('orgs','Known organizations.'),('people','Known people.')]:
        out.append(names(key, d[key].split(), text))
    for key, text in [('place_ends','Place endings.'),('org_ends','Organization endings.'),('org_starts','Organization openings.'),('person_after','Cues after a person.'),('person_before','Cues before a person.'),('generic','Common nouns that end like names.')]:
        out.append(rs(key, d[key].split(), text))
    out.append(f'    surnames: "{" ".join(d["surnames"].split())}",\n')
    out.append(f'    stops: "{d["stops"]}",\n')
    out.append(f'    runs: {d["runs"]},\n}};\n')
    open(path,'w',encoding='utf-8').write(''.join(out))
