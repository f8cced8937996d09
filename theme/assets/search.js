// Search for /search/: loads the index written at build time (search/index.json) and matches
// what the reader types against it, entirely in the browser. No inline script, no innerHTML:
// every piece of text from the index goes in through textContent.
// Tokenizing must match src/Briefing.Core/Publishing/Search/SearchTokenizer.cs.
(function () {
  'use strict';

  var STOP = new Set(('a an and are as at be been but by for from had has have he her his in into is it its of on or ' +
    'that the their them there these they this to was were which while who will with').split(' '));
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!form || !input || !status || !list) { return; }
  form.hidden = false;

  var index = null;
  var terms = [];
  var loading = fetch(form.getAttribute('data-index'))
    .then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    })
    .then(function (data) {
      index = data;
      terms = Object.keys(data.terms).sort();
    })
    .catch(function () {
      status.textContent = 'The search index could not be loaded. Reload the page, or browse the lists of briefings instead.';
    });

  function tokenize(text) {
    var words = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) || [];
    return words.filter(function (w) { return w.length >= 2 && !STOP.has(w); });
  }

  // The documents containing a term that starts with `prefix`, each with 2 for an exact match, 1 for a prefix.
  function lookup(prefix) {
    var found = new Map();
    var lo = 0, hi = terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (terms[mid] < prefix) { lo = mid + 1; } else { hi = mid; }
    }
    for (var i = lo; i < terms.length && terms[i].startsWith(prefix); i++) {
      var weight = terms[i] === prefix ? 2 : 1;
      index.terms[terms[i]].forEach(function (doc) { found.set(doc, Math.max(found.get(doc) || 0, weight)); });
    }
    return found;
  }

  function search(query) {
    var words = tokenize(query);
    if (words.length === 0) { return null; }
    var scores = null;
    words.forEach(function (word) {
      var found = lookup(word);
      var next = new Map();
      found.forEach(function (weight, doc) {
        if (scores === null || scores.has(doc)) { next.set(doc, (scores ? scores.get(doc) : 0) + weight); }
      });
      scores = next;
    });
    return Array.from(scores.keys()).map(function (doc) {
      var d = index.docs[doc];
      var titleWords = new Set(tokenize(d[0]));
      var inTitle = words.filter(function (w) { return titleWords.has(w); }).length;
      return { doc: d, score: scores.get(doc) + 3 * inTitle };
    }).sort(function (a, b) {
      return b.score - a.score || (b.doc[3] > a.doc[3] ? 1 : b.doc[3] < a.doc[3] ? -1 : 0);
    });
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

  function show(query) {
    list.replaceChildren();
    var results = search(query);
    if (results === null) { status.textContent = query ? 'Type a longer word to search.' : ''; return; }
    status.textContent = results.length === 0
      ? 'Nothing matches “' + query + '”. Try fewer words, or the start of a word.'
      : results.length + (results.length === 1 ? ' result' : ' results') + ' for “' + query + '”.';
    results.forEach(function (result) {
      var d = result.doc;
      var item = element('li', 'search-result');
      var heading = element('h2');
      var link = element('a', '', d[0]);
      link.href = d[1];
      heading.appendChild(link);
      item.appendChild(heading);
      item.appendChild(element('p', 'meta', d[3] ? d[2] + ' · ' + formatDate(d[3]) : d[2]));
      if (d[4]) { item.appendChild(element('p', '', d[4])); }
      list.appendChild(item);
    });
  }

  function run() {
    var query = input.value.trim();
    var url = new URL(window.location.href);
    if (query) { url.searchParams.set('q', query); } else { url.searchParams.delete('q'); }
    window.history.replaceState(null, '', url);
    if (index) { show(query); } else { loading.then(function () { if (index) { show(query); } }); }
  }

  var timer = 0;
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 150); });
  form.addEventListener('submit', function (event) { event.preventDefault(); run(); });

  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) { input.value = initial; run(); }
})();
