"""Writes src/main/resources/api-examples/*.json, the 200 examples of the OpenAPI description, from a running app
on the seed (rm -rf data && ./mvnw spring-boot:run): one real answer per operation, every list cut to its first item.
Run from the project root after changing a JSON record: python3 scripts/api-examples.py [base URL]."""
import json, urllib.request, sys, re
BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
def get(p):
    with urllib.request.urlopen(BASE+p) as r: return json.loads(r.read())
def trim(v, depth=0):
    if isinstance(v, list):
        return [trim(x, depth+1) for x in v[:1]]
    if isinstance(v, dict):
        return {k: trim(x, depth+1) for k, x in v.items()}
    return v
def pick(lst, pred):
    return next(x for x in lst if pred(x))
urls = {
 '/api/v1/agreements': '/api/v1/agreements?partner=woori-bank&size=1',
 '/api/v1/agreements/{id}': None,
 '/api/v1/initiatives': '/api/v1/initiatives?size=1',
 '/api/v1/initiatives/{id}': None,
 '/api/v1/metrics': '/api/v1/metrics?size=1',
 '/api/v1/metrics/{id}': None,
 '/api/v1/people': '/api/v1/people?size=1',
 '/api/v1/people/{slug}': '/api/v1/people/sohn-tae-seung',
 '/api/v1/sources': '/api/v1/sources?size=1',
 '/api/v1/sources/{id}': '/api/v1/sources/1',
 '/api/v1/organizations': '/api/v1/organizations?size=1',
 '/api/v1/organizations/{slug}': '/api/v1/organizations/woori-bank',
 '/api/v1/organizations/{slug}/relationships': '/api/v1/organizations/woori-bank/relationships?size=1',
 '/api/v1/timeline': '/api/v1/timeline?partner=woori-bank&dates=signed&size=1',
 '/api/v1/timeline/chart': '/api/v1/timeline/chart?partner=woori-bank&dates=signed',
 '/api/v1/network': '/api/v1/network?limit=2',
 '/api/v1/lookup/{kind}': '/api/v1/lookup/organizations?q=woori&limit=2',
}
# a detail with rich content: first agreement with initiatives; a target metric with progress
ag = get('/api/v1/agreements?size=100')['items']
a = pick(ag, lambda x: x['initiatives'] and x['signed'])
urls['/api/v1/agreements/{id}'] = '/api/v1/agreements/%d' % a['id']
ini = get('/api/v1/initiatives?size=100')['items']
i = pick(ini, lambda x: x['agreement'] and x['launched'])
urls['/api/v1/initiatives/{id}'] = '/api/v1/initiatives/%d' % i['id']
ms = get('/api/v1/metrics?size=100')['items']
m = pick(ms, lambda x: x['progress'] is not None)
urls['/api/v1/metrics/{id}'] = '/api/v1/metrics/%d' % m['id']
for path, url in urls.items():
    body = trim(get(url))
    name = re.sub(r'^/api/v1/', '', path).replace('{','').replace('}','').replace('/','-') + '.json'
    open('src/main/resources/api-examples/' + name, 'w').write(json.dumps(body, ensure_ascii=False, indent=2) + '\n')
    print(name, url, len(json.dumps(body)))
