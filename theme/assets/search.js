// Search for /search/: reads the index the build wrote in pieces (src/Briefing.Core/Publishing/Search/SearchIndex.cs).
// On load it fetches the small manifest only; a query then fetches the term shards its words sort into and,
// for the results shown, the chunks that hold their titles and summaries. Results can be filtered by kind,
// actor and tag (postings under "kind:event", "actor:aze", "tag:energy") and sorted by date. No inline script,
// no innerHTML: every piece of text from the index goes in through textContent.
// Tokenizing must match src/Briefing.Core/Publishing/Search/SearchTokenizer.cs.
(function () {
  'use strict';

  var STOP = new Set(('a an and are as at be been but by for from had has have he her his in into is it its of on or ' +
    'that the their them there these they this to was were which while who will with').split(' '));
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var PAGE = 10;
  var MAX_PREFIX_SHARDS = 4;
  var FILTERS = [
    { name: 'kind', list: 'kinds', label: 'Kind', all: 'Everything' },
    { name: 'actor', list: 'actors', label: 'Actor', all: 'Any actor' },
    { name: 'tag', list: 'tags', label: 'Tag', all: 'Any tag' }
  ];
  var SORTS = [['relevance', 'Best match'], ['newest', 'Newest first'], ['oldest', 'Oldest first']];

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!form || !input || !status || !list) { return; }
  form.hidden = false;

  var VALUE = new Int8Array(128);
  for (var a = 0; a < ALPHABET.length; a++) { VALUE[ALPHABET.charCodeAt(a)] = a; }

  var manifestUrl = new URL(form.getAttribute('data-index'), window.location.href);
  var manifest = null;
  var shards = new Map();
  var chunks = new Map();
  var postings = new Map();
  var selects = {};
  var more = null;
  // What the status says of the search shown (its count), to go back to once a page that failed loads.
  var summary = '';
  var latest = 0;

  function getJson(url, options) {
    return fetch(url, options).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    });
  }

  function loadManifest(reload) {
    return getJson(manifestUrl, reload ? { cache: 'reload' } : undefined).then(function (data) {
      if (data.format !== 2) { throw new Error('format'); }
      manifest = data;
      shards.clear();
      chunks.clear();
      postings.clear();
    });
  }

  function piece(folder, n) { return new URL(manifest.id + '/' + folder + '/' + n + '.json', manifestUrl); }

  function cached(cache, folder, n) {
    if (!cache.has(n)) {
      var loading = getJson(piece(folder, n));
      loading.catch(function () { cache.delete(n); });
      cache.set(n, loading);
    }
    return cache.get(n);
  }

  // The shard a term sorts into: the last whose first term (its separator) is not after it.
  function shardOf(term) {
    var lo = 0, hi = manifest.shards.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (manifest.shards[mid] <= term) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }

  // Every shard that may hold a term starting with `prefix`. A short prefix of a large site ("co" at 100,000
  // events) spans many shards: past MAX_PREFIX_SHARDS only the shard of the word itself is read, so a word
  // costs at most four shards (about 128 KB) while it is being typed; longer prefixes narrow it again.
  function shardsFor(prefix) {
    var found = [];
    if (manifest.shards.length === 0) { return found; }
    var first = shardOf(prefix), last = shardOf(prefix + '\uffff');
    if (last - first + 1 > MAX_PREFIX_SHARDS) { return [first]; }
    for (var i = first; i <= last; i++) { found.push(i); }
    return found;
  }

  // A set of ascending numbers as PostingCodec.cs writes it: a bitmap after "~", else base-32 gaps.
  function decode(text) {
    var out = [];
    var k, v;
    if (text.charAt(0) === '~') {
      for (k = 1; k < text.length; k++) {
        v = VALUE[text.charCodeAt(k)];
        for (var j = 0; v; j++, v >>= 1) { if (v & 1) { out.push((k - 1) * 6 + j); } }
      }
      return out;
    }
    var previous = -1, gap = 0, shift = 0;
    for (k = 0; k < text.length; k++) {
      v = VALUE[text.charCodeAt(k)];
      gap += (v & 31) * Math.pow(2, shift);
      if (v >= 32) { shift += 5; continue; }
      previous += gap + 1;
      out.push(previous);
      gap = 0;
      shift = 0;
    }
    return out;
  }

  // A term's documents, and a flag per document for "its title has the term".
  function posting(term, value) {
    var known = postings.get(term);
    if (known) { return known; }
    var parts = value.split('!');
    var docs = decode(parts[0]);
    var title = new Uint8Array(docs.length);
    if (parts[1]) { decode(parts[1]).forEach(function (p) { title[p] = 1; }); }
    known = { docs: docs, title: title };
    postings.set(term, known);
    return known;
  }

  function tokenize(text) {
    var words = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) || [];
    return words.filter(function (w) { return w.length >= 2 && !STOP.has(w); });
  }

  // Loads what a query needs: the shards of its words and of its filters' keys.
  function fetchShards(words, keys) {
    var needed = new Set();
    words.forEach(function (w) { shardsFor(w).forEach(function (i) { needed.add(i); }); });
    keys.forEach(function (key) { needed.add(shardOf(key)); });
    var indexes = Array.from(needed);
    return Promise.all(indexes.map(function (i) { return cached(shards, 't', i); })).then(function (loaded) {
      var byIndex = new Map();
      indexes.forEach(function (i, n) { byIndex.set(i, loaded[n]); });
      return byIndex;
    });
  }

  // Each document's score: for each word, 2 for the word itself, 1 for a longer word it starts, 3 more when
  // the title has it; a document must match every word. Null when no document does.
  function score(words, loaded) {
    var total = new Float64Array(manifest.docs);
    var matched = new Uint8Array(manifest.docs);
    words.forEach(function (word) {
      var best = new Uint8Array(manifest.docs);
      shardsFor(word).forEach(function (i) {
        var shard = loaded.get(i);
        Object.keys(shard).forEach(function (term) {
          if (term.indexOf(':') >= 0 || term.lastIndexOf(word, 0) !== 0) { return; }
          var p = posting(term, shard[term]);
          var weight = term === word ? 2 : 1;
          for (var n = 0; n < p.docs.length; n++) {
            var s = weight + 3 * p.title[n];
            if (s > best[p.docs[n]]) { best[p.docs[n]] = s; }
          }
        });
      });
      for (var d = 0; d < best.length; d++) {
        if (best[d]) { total[d] += best[d]; matched[d]++; }
      }
    });
    return { total: total, matched: matched };
  }

  function filterKeys() {
    return FILTERS.filter(function (f) { return selects[f.name] && selects[f.name].value; })
      .map(function (f) { return f.name + ':' + selects[f.name].value; });
  }

  // The documents every filter lets through, as a flag per document; null for no filter.
  function allowed(keys, loaded) {
    if (keys.length === 0) { return null; }
    var count = new Uint8Array(manifest.docs);
    keys.forEach(function (key) {
      var value = loaded.get(shardOf(key))[key];
      if (value) { posting(key, value).docs.forEach(function (d) { count[d]++; }); }
    });
    return count.map(function (c) { return c === keys.length ? 1 : 0; });
  }

  function search(words, keys, sort, loaded) {
    var scores = words.length ? score(words, loaded) : null;
    var pass = allowed(keys, loaded);
    var found = [];
    for (var d = 0; d < manifest.docs; d++) {
      if ((scores === null || scores.matched[d] === words.length) && (pass === null || pass[d])) { found.push(d); }
    }
    if (sort === 'oldest') {
      // Numbers run newest first with undated documents last: dated ones reversed, then the undated.
      var dated = found.filter(function (d) { return d < manifest.dated; }).reverse();
      return dated.concat(found.filter(function (d) { return d >= manifest.dated; }));
    }
    if (sort === 'relevance' && scores) {
      found.sort(function (x, y) { return scores.total[y] - scores.total[x] || x - y; });
    }
    return found;
  }

  // "2025-06-27" → "27 June 2025"; "2025-06" (an event known only by its month) → "June 2025".
  function formatDate(iso) {
    var parts = iso.split('-');
    if (parts.length < 2) { return ''; }
    var month = MONTHS[Number(parts[1]) - 1] + ' ' + parts[0];
    return parts.length === 3 ? Number(parts[2]) + ' ' + month : month;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function item(d) {
    var li = element('li', 'search-result');
    var heading = element('h2');
    var link = element('a', '', d[0]);
    link.href = d[1];
    heading.appendChild(link);
    li.appendChild(heading);
    li.appendChild(element('p', 'meta', d[3] ? d[2] + ' · ' + formatDate(d[3]) : d[2]));
    if (d[4]) { li.appendChild(element('p', '', d[4])); }
    return li;
  }

  // Shows results [from, from + count) of `found`, fetching the chunks that hold them. Each result goes in as soon
  // as it and every result above it are in, so the first shows with its own chunk rather than with the slowest of
  // ten, and the list only ever grows downwards. The list is aria-busy until the page is complete.
  function showPage(found, from, count, token) {
    var loads = found.slice(from, from + count).map(function (d) {
      return cached(chunks, 'd', Math.floor(d / manifest.chunk)).then(function (chunk) { return chunk[d % manifest.chunk]; });
    });
    // A chunk that fails is handled where the chain reaches it; this keeps the others from being reported unhandled.
    loads.forEach(function (loading) { loading.catch(function () {}); });
    list.setAttribute('aria-busy', 'true');
    var shown = 0;
    return loads.reduce(function (previous, loading) {
      return previous.then(function () { return loading; }).then(function (d) {
        if (token !== latest) { return; }
        // The list is replaced only once the first new result is in, so it does not flicker while the reader types.
        if (from === 0 && shown === 0) { list.replaceChildren(); }
        dropMore();
        list.appendChild(item(d));
        shown++;
      });
    }, Promise.resolve()).then(function () {
      if (token !== latest) { return; }
      list.removeAttribute('aria-busy');
      if (status.textContent !== summary) { status.textContent = summary; }
      offerMore(found, from + count, PAGE, token);
    }, function (error) {
      if (token !== latest) { return; }
      // The first page's failure goes to show(), which reads the manifest afresh (a new build may have replaced the
      // pieces). A later page keeps what it showed and offers the rest again, so that the reader can try once more.
      if (from === 0) { throw error; }
      list.removeAttribute('aria-busy');
      status.textContent = summary + ' Some results could not be loaded: “Show more” tries again.';
      offerMore(found, from + shown, count - shown, token);
    });
  }

  // The button that shows up to `count` more of `found`, from result `next` on, when there are any.
  function offerMore(found, next, count, token) {
    dropMore();
    if (next >= found.length) { return; }
    var n = Math.min(count, found.length - next);
    more = element('button', 'search-more', 'Show ' + n + ' more');
    more.type = 'button';
    more.addEventListener('click', function () { showPage(found, next, n, token); });
    list.after(more);
  }

  function dropMore() {
    if (more) { more.remove(); more = null; }
  }

  // No results and no button: a search that shows nothing.
  function clearList() {
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    dropMore();
  }

  function describe(count, query) {
    var what = count + (count === 1 ? ' result' : ' results');
    return query ? what + ' for “' + query + '”.' : what + ' for the filters chosen.';
  }

  function show(query, attempt) {
    var token = ++latest;
    var words = tokenize(query);
    var keys = filterKeys();
    if (words.length === 0 && keys.length === 0) {
      clearList();
      status.textContent = query ? 'Type a longer word to search.' : '';
      return Promise.resolve();
    }
    var sort = selects.sort ? selects.sort.value : 'relevance';
    return fetchShards(words, keys).then(function (loaded) {
      if (token !== latest) { return; }
      var found = search(words, keys, sort, loaded);
      if (found.length === 0) { clearList(); }
      summary = found.length === 0
        ? 'Nothing matches' + (query ? ' “' + query + '”' : '') + '. Try fewer words, the start of a word, or fewer filters.'
        : describe(found.length, query);
      status.textContent = summary;
      return showPage(found, 0, PAGE, token);
    }).catch(function () {
      // A new build may have replaced the pieces this manifest names: read the manifest afresh once.
      if (attempt || token !== latest) {
        if (token === latest) { list.removeAttribute('aria-busy'); status.textContent = 'The search index could not be loaded. Reload the page, or browse the lists instead.'; }
        return;
      }
      return loadManifest(true).then(function () { return show(query, true); });
    });
  }

  function addSelect(container, name, label, options) {
    var wrap = element('label', 'search-filter', label + ' ');
    var select = element('select');
    select.name = name;
    options.forEach(function (o) {
      var option = element('option', '', o[1]);
      option.value = o[0];
      select.appendChild(option);
    });
    select.addEventListener('change', run);
    wrap.appendChild(select);
    container.appendChild(wrap);
    selects[name] = select;
  }

  // The filters and the order, made from the manifest; set from the address so a result list can be shared.
  function buildControls(params) {
    var box = element('div', 'search-filters');
    FILTERS.forEach(function (f) {
      var values = manifest[f.list] || [];
      // A choice of one kind or one actor narrows nothing; a single tag still does.
      if (values.length < (f.name === 'tag' ? 1 : 2)) { return; }
      addSelect(box, f.name, f.label, [['', f.all]].concat(values.map(function (v) { return [v[0], v[1] + ' (' + v[2] + ')']; })));
    });
    addSelect(box, 'sort', 'Order', SORTS);
    form.appendChild(box);
    Object.keys(selects).forEach(function (name) {
      var wanted = params.get(name);
      if (wanted && Array.prototype.some.call(selects[name].options, function (o) { return o.value === wanted; })) {
        selects[name].value = wanted;
      }
    });
  }

  function run() {
    var query = input.value.trim();
    var url = new URL(window.location.href);
    var fields = { q: query };
    Object.keys(selects).forEach(function (name) { fields[name] = selects[name].value === 'relevance' ? '' : selects[name].value; });
    Object.keys(fields).forEach(function (name) {
      if (fields[name]) { url.searchParams.set(name, fields[name]); } else { url.searchParams.delete(name); }
    });
    window.history.replaceState(null, '', url);
    if (manifest) { show(query, false); }
  }

  var params = new URLSearchParams(window.location.search);
  // Input after a pause is searched at once. Input within 40 ms of the last search (a key held down, an input
  // method) waits out the rest of those 40 ms, and one timer stands for all of it: a burst costs at most one search
  // per 40 ms, and the search that ends it reads the box as it then stands.
  var timer = 0;
  var lastRun = -Infinity;
  function runNow() { lastRun = performance.now(); run(); }
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var wait = lastRun + 40 - performance.now();
    if (wait <= 0) { runNow(); } else { timer = setTimeout(runNow, wait); }
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); run(); });

  loadManifest(false).then(function () {
    buildControls(params);
    var initial = params.get('q');
    if (initial) { input.value = initial; }
    if (initial || filterKeys().length) { run(); } else if (input.value.trim()) { run(); }
  }).catch(function () {
    status.textContent = 'The search index could not be loaded. Reload the page, or browse the lists of briefings instead.';
  });
})();
