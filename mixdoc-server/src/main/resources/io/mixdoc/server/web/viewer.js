/*
 * mixdoc viewer. Plain JavaScript, no dependencies, served by mixdoc itself.
 *
 * The document is hostile input: its text only ever reaches the page through textContent,
 * setAttribute or createTextNode, never as markup. Offsets in the result JSON are Unicode
 * code points, so the text is indexed as Array.from(text).
 */
(function () {
  'use strict';

  var state = null; // { result, cps, candidates, selected, originalPieces }

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function cssToken(s) {
    return String(s).toLowerCase().replace(/[^a-z0-9_-]/g, '');
  }

  function isSpan(o) {
    return o !== null && typeof o === 'object' && Number.isInteger(o.start) && Number.isInteger(o.end);
  }

  function fmt(n) {
    return typeof n === 'number' ? n.toFixed(2) : '–';
  }

  function slice(start, end) {
    return state.cps.slice(Math.max(0, start), Math.max(0, end)).join('');
  }

  function oneLine(s, max) {
    s = s.replace(/\s+/g, ' ').trim();
    return s.length > max ? s.slice(0, max - 1) + '…' : s;
  }

  function setStatus(message, isError) {
    var s = $('status');
    s.textContent = message;
    s.classList.toggle('error', !!isError);
    s.setAttribute('role', isError ? 'alert' : 'status');
  }

  // ---------------------------------------------------------------- requests

  function analyzeRequest(body, contentType) {
    var headers = {};
    if (contentType) { headers['Content-Type'] = contentType; }
    // gloss=true: the answer carries the reading aid (pinyin and senses of Chinese words).
    return request('/v1/analyze?gloss=true', { method: 'POST', headers: headers, body: body, credentials: 'same-origin' });
  }

  /** A record of a file under the server's --root folder (the links of a corpus report). */
  function loadDocument(path, record) {
    var url = '/v1/document?gloss=true&path=' + encodeURIComponent(path) + '&record=' + encodeURIComponent(record || '0');
    setStatus('Opening ' + path + '…', false);
    return request(url, { method: 'GET', credentials: 'same-origin' });
  }

  function request(url, init) {
    document.body.dataset.state = 'busy';
    setStatus('Analysing…', false);
    $('analyze-button').disabled = true;
    return fetch(url, init)
      .then(function (response) {
        return response.text().then(function (raw) {
          var json = null;
          try { json = JSON.parse(raw); } catch (e) { json = null; }
          if (!response.ok) {
            var err = json && json.error ? json.error : { code: 'E_HTTP_' + response.status, message: response.statusText };
            throw new Error(err.code + ': ' + err.message);
          }
          if (!json || json.schema !== 'mixdoc/1') { throw new Error('unexpected answer from the server'); }
          return json;
        });
      })
      .then(function (json) {
        show(json);
        setStatus('Done: ' + json.seams.length + ' seams, ' + json.edits.length + ' repairs applied.', false);
      })
      .catch(function (e) {
        document.body.dataset.state = 'error';
        setStatus(e.message, true);
      })
      .then(function () { $('analyze-button').disabled = false; });
  }

  function submitPasted(event) {
    event.preventDefault();
    var text = $('doc-input').value;
    if (!text.trim()) { setStatus('Paste a document first.', true); return; }
    var type = $('input-format').value === 'html' ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
    analyzeRequest(text, type);
  }

  function submitFile(file) {
    if (!file) { return; }
    var form = new FormData();
    form.append('file', file, file.name);
    setStatus('Uploading ' + file.name + '…', false);
    analyzeRequest(form, null); // the browser sets the multipart boundary
  }

  // ---------------------------------------------------------------- rendering

  /** Every annotation that marks a stretch of the original text. */
  function collectMarks(r) {
    var marks = [];
    r.spans.forEach(function (s) { marks.push({ start: s.start, end: s.end, kind: 'lang', lang: s.lang }); });
    r.seams.forEach(function (s, i) { marks.push({ start: s.start, end: s.end, kind: 'seam', index: i }); });
    var st = r.structure;
    if (st && typeof st === 'object') {
      (Array.isArray(st.turns) ? st.turns : []).forEach(function (t, i) {
        if (isSpan(t)) { marks.push({ start: t.start, end: t.end, kind: 'turn', index: i }); }
      });
      (Array.isArray(st.captions) ? st.captions : []).forEach(function (c) {
        if (isSpan(c)) { marks.push({ start: c.start, end: c.end, kind: 'caption' }); }
      });
      (Array.isArray(st.boilerplate) ? st.boilerplate : []).forEach(function (b) {
        if (isSpan(b)) { marks.push({ start: b.start, end: b.end, kind: 'boilerplate', label: b.kind }); }
      });
      ['dateline', 'byline', 'end_mark'].forEach(function (k) {
        if (isSpan(st[k])) { marks.push({ start: st[k].start, end: st[k].end, kind: k }); }
      });
    }
    (Array.isArray(r.entities) ? r.entities : []).forEach(function (e, i) {
      (Array.isArray(e.mentions) ? e.mentions : []).forEach(function (m) {
        if (isSpan(m)) { marks.push({ start: m.start, end: m.end, kind: 'entity', label: e.type, entity: i, lang: m.lang }); }
      });
    });
    (Array.isArray(r.gloss) ? r.gloss : []).forEach(function (g, i) {
      if (isSpan(g)) { marks.push({ start: g.start, end: g.end, kind: 'gloss', index: i }); }
    });
    (Array.isArray(r.quantities) ? r.quantities : []).forEach(function (q) {
      if (isSpan(q)) { marks.push({ start: q.start, end: q.end, kind: 'quantity' }); }
    });
    (Array.isArray(r.dates) ? r.dates : []).forEach(function (d) {
      if (isSpan(d)) { marks.push({ start: d.start, end: d.end, kind: 'date' }); }
    });
    var n = state.cps.length;
    return marks.filter(function (m) {
      m.start = Math.max(0, Math.min(n, m.start));
      m.end = Math.max(0, Math.min(n, m.end));
      return m.end > m.start;
    });
  }

  function lowerBound(arr, x) {
    var lo = 0, hi = arr.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (arr[mid] < x) { lo = mid + 1; } else { hi = mid; } }
    return lo;
  }

  /** The original text cut at every mark boundary; each piece knows the marks covering it. */
  function renderOriginal() {
    var r = state.result, n = state.cps.length;
    var marks = collectMarks(r);
    var cuts = [0, n];
    marks.forEach(function (m) { cuts.push(m.start, m.end); });
    cuts.sort(function (a, b) { return a - b; });
    var bounds = cuts.filter(function (c, i) { return i === 0 || c !== cuts[i - 1]; });
    var cover = bounds.map(function () { return []; });
    var turnStarts = {};
    marks.forEach(function (m) {
      var from = lowerBound(bounds, m.start), to = lowerBound(bounds, m.end);
      for (var k = from; k < to; k++) { cover[k].push(m); }
      if (m.kind === 'turn') { turnStarts[from] = m; }
    });
    var box = $('original');
    clear(box);
    var frag = document.createDocumentFragment();
    var pieces = [], seamHeads = {}, entityHeads = {};
    var word = null, wordIndex = -1;
    for (var k = 0; k + 1 < bounds.length; k++) {
      var a = bounds[k], b = bounds[k + 1];
      var g = -1;
      cover[k].forEach(function (m) { if (m.kind === 'gloss') { g = m.index; } });
      if (turnStarts[k]) {
        var t = r.structure.turns[turnStarts[k].index];
        var who = [t.speaker, t.role].filter(function (x) { return x !== null && x !== undefined && x !== ''; });
        frag.appendChild(el('span', 'speaker-badge', who.length ? who.join(' · ') : 'turn'));
        word = null; wordIndex = -1;
      }
      if (g === -1) { word = null; wordIndex = -1; }
      else if (g !== wordIndex) { word = makeWord(g); wordIndex = g; frag.appendChild(word); }
      var piece = el('span', 'piece', state.cps.slice(a, b).join(''));
      piece.dataset.start = a;
      var seams = [];
      var title = [];
      cover[k].forEach(function (m) {
        switch (m.kind) {
          case 'lang': piece.classList.add('lang-' + cssToken(m.lang)); break;
          case 'seam':
            seams.push(m.index);
            piece.classList.add('seam', 'seam-' + cssToken(r.seams[m.index].type));
            break;
          case 'turn': piece.classList.add('turn', m.index % 2 ? 'turn-odd' : 'turn-even'); break;
          case 'boilerplate': piece.classList.add('boilerplate'); title.push('boilerplate' + (m.label ? ' (' + m.label + ')' : '')); break;
          case 'entity':
            piece.classList.add('entity');
            piece.dataset.entity = m.entity;
            piece.dataset.mentionLang = m.lang || '';
            var linked = linkedNames(m.entity, m.lang);
            title.push('entity: ' + m.label + (linked ? ' — ' + linked : ''));
            if (!(m.entity + ':' + m.start in entityHeads) && g === -1) {
              entityHeads[m.entity + ':' + m.start] = piece;
              piece.tabIndex = 0;
              piece.setAttribute('aria-label', slice(m.start, m.end) + ': ' + m.label + (linked ? ', also ' + linked : ''));
            }
            break;
          case 'gloss': break;
          default: piece.classList.add(m.kind.replace('_', '-')); title.push(m.kind.replace('_', ' ')); break;
        }
      });
      if (seams.length) {
        piece.dataset.seams = seams.join(' ');
        var s = r.seams[seams[0]];
        title.unshift(s.type + ' (confidence ' + fmt(s.confidence) + ')' + (s.repair !== null ? ' → ' + s.repair : ''));
        seams.forEach(function (i) {
          if (!(i in seamHeads)) {
            seamHeads[i] = piece;
            piece.classList.add('seam-head');
            piece.dataset.seam = i;
            piece.tabIndex = 0;
            piece.setAttribute('role', 'button');
            piece.setAttribute('aria-label', 'Seam ' + (i + 1) + ': ' + r.seams[i].type + ', ' + r.seams[i].surface);
          }
        });
      }
      if (title.length && g === -1) { piece.title = title.join('\n'); }
      pieces.push(piece);
      (word || frag).appendChild(piece);
    }
    box.appendChild(frag);
    var firstWord = box.querySelector('.word');
    if (firstWord) { firstWord.tabIndex = 0; }
    state.originalPieces = pieces;
    state.pieceStarts = bounds.slice(0, bounds.length - 1);
    state.seamHeads = seamHeads;
  }

  // ---------------------------------------------------------------- reading aid

  /** The names of entity {@code i} in the language other than the mention's: its cross-language link. */
  function linkedNames(i, lang) {
    var e = (state.result.entities || [])[i];
    if (!e || !e.names) { return ''; }
    var other = lang === 'zh' ? 'en' : lang === 'en' ? 'zh' : null;
    var names = other && Array.isArray(e.names[other]) ? e.names[other] : [];
    if (!other) {
      names = [].concat(Array.isArray(e.names.zh) ? e.names.zh : [], Array.isArray(e.names.en) ? e.names.en : []);
    }
    return names.join(', ');
  }

  /** The wrapper of a glossed Chinese word: focusable, labelled for screen readers, pinyin kept for ruby. */
  function makeWord(i) {
    var g = state.result.gloss[i];
    var w = el('span', 'word');
    w.dataset.gloss = i;
    w.dataset.pinyin = g.pinyin || '';
    w.tabIndex = -1; // one tab stop for all words (roving): arrow keys move between them
    var senses = Array.isArray(g.glosses) ? g.glosses.slice(0, 3).join('; ') : '';
    w.setAttribute('aria-label', slice(g.start, g.end) + ', ' + (g.pinyin || 'no reading') + (senses ? ': ' + senses : ''));
    w.setAttribute('aria-describedby', 'gloss-popup');
    return w;
  }

  function showPopup(target) {
    var word = target.closest('.word');
    var ent = target.closest('[data-entity]') || (word ? word.querySelector('[data-entity]') : null);
    if (!word && !ent) { return; }
    var pop = $('gloss-popup');
    clear(pop);
    if (word) {
      var g = state.result.gloss[parseInt(word.dataset.gloss, 10)];
      var head = el('div');
      head.appendChild(el('span', 'g-word', slice(g.start, g.end)));
      head.appendChild(el('span', 'g-pinyin', g.pinyin || '–'));
      pop.appendChild(head);
      var senses = Array.isArray(g.glosses) ? g.glosses : [];
      if (senses.length) {
        var ol = el('ol', 'g-senses');
        senses.forEach(function (x) { ol.appendChild(el('li', null, x)); });
        pop.appendChild(ol);
      } else {
        pop.appendChild(el('p', 'muted', 'No dictionary entry.'));
      }
    }
    if (ent) {
      var i = parseInt(ent.dataset.entity, 10);
      var e = state.result.entities[i];
      var linked = linkedNames(i, ent.dataset.mentionLang);
      pop.appendChild(el('div', 'g-entity', e.type + (linked ? ' · ' + linked : '')));
    }
    var anchor = word || ent;
    var box = anchor.getBoundingClientRect();
    pop.hidden = false;
    pop.style.left = Math.max(4, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8)) + 'px';
    pop.style.top = (window.scrollY + box.bottom + 6) + 'px';
    state.popupFor = anchor;
  }

  function hidePopup() {
    $('gloss-popup').hidden = true;
    if (state) { state.popupFor = null; }
  }

  function setRuby(on) {
    $('original').classList.toggle('ruby', on);
    $('ruby-toggle').setAttribute('aria-pressed', on ? 'true' : 'false');
    $('ruby-toggle').textContent = on ? 'Hide pinyin' : 'Show pinyin';
  }

  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text);
    }
    var t = document.createElement('textarea');
    t.value = text;
    document.body.appendChild(t);
    t.select();
    document.execCommand('copy');
    document.body.removeChild(t);
    return Promise.resolve();
  }

  /** Repairs that can be toggled: every proposed repair, accepted when the server applied it. */
  function buildCandidates(r) {
    var applied = {};
    r.edits.forEach(function (e, i) { applied[e.start + ':' + e.end] = i; });
    var list = [];
    var used = {};
    r.seams.forEach(function (s, i) {
      if (s.repair === null || s.repair === undefined) { return; }
      var key = s.start + ':' + s.end;
      var edit = key in applied ? r.edits[applied[key]] : null;
      if (edit) { used[key] = true; }
      list.push({ start: s.start, end: s.end, replacement: edit ? edit.replacement : s.repair, seam: i, accepted: !!edit });
    });
    r.edits.forEach(function (e) {
      var key = e.start + ':' + e.end;
      if (!used[key]) { list.push({ start: e.start, end: e.end, replacement: e.replacement, seam: -1, accepted: true }); }
    });
    list.sort(function (a, b) { return a.start - b.start || a.end - b.end; });
    return list;
  }

  function candidateForSeam(i) {
    for (var k = 0; k < state.candidates.length; k++) {
      if (state.candidates[k].seam === i) { return state.candidates[k]; }
    }
    return null;
  }

  /** The cleaned text as the accepted repairs make it: [{text, candidate|null}]. */
  function cleanedParts() {
    var parts = [], pos = 0;
    state.candidates.forEach(function (c) {
      if (!c.accepted || c.start < pos) { return; }
      if (c.start > pos) { parts.push({ text: slice(pos, c.start), candidate: null }); }
      parts.push({ text: c.replacement, candidate: c });
      pos = c.end;
    });
    if (pos < state.cps.length) { parts.push({ text: slice(pos, state.cps.length), candidate: null }); }
    return parts;
  }

  function cleanedText() {
    return cleanedParts().map(function (p) { return p.text; }).join('');
  }

  function renderCleaned() {
    var box = $('cleaned');
    var top = box.scrollTop;
    clear(box);
    var frag = document.createDocumentFragment();
    cleanedParts().forEach(function (p) {
      if (!p.candidate) { frag.appendChild(document.createTextNode(p.text)); return; }
      var span = el('span', 'repair', p.text);
      if (p.candidate.seam >= 0) {
        span.dataset.seam = p.candidate.seam;
        span.title = 'was: ' + slice(p.candidate.start, p.candidate.end);
      }
      frag.appendChild(span);
    });
    box.appendChild(frag);
    box.scrollTop = top;
    if (state.selected !== null) { markSelected(state.selected, false); }
  }

  function sortValue(s, i, key) {
    switch (key) {
      case 'index': return i;
      case 'confidence': return typeof s.confidence === 'number' ? s.confidence : -1;
      case 'state': var c = candidateForSeam(i); return c ? (c.accepted ? 'accepted' : 'rejected') : 'no repair';
      case 'repair': return s.repair === null ? '' : String(s.repair);
      default: return String(s[key] === undefined || s[key] === null ? '' : s[key]);
    }
  }

  function renderSeamTable() {
    var body = $('seams-table').tBodies[0];
    clear(body);
    var sort = state.sort || { key: 'index', dir: 1 };
    var order = state.result.seams.map(function (s, i) { return i; });
    order.sort(function (x, y) {
      var a = sortValue(state.result.seams[x], x, sort.key), b = sortValue(state.result.seams[y], y, sort.key);
      var c = typeof a === 'number' ? a - b : String(a).localeCompare(String(b));
      return (c || x - y) * sort.dir;
    });
    document.querySelectorAll('#seams-table th[data-sort]').forEach(function (th) {
      if (th.dataset.sort === sort.key) { th.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending'); }
      else { th.removeAttribute('aria-sort'); }
    });
    order.forEach(function (i) {
      var s = state.result.seams[i];
      var tr = el('tr');
      tr.dataset.seam = i;
      var btn = el('button', 'link', String(i + 1));
      btn.type = 'button';
      btn.setAttribute('aria-label', 'Show seam ' + (i + 1));
      btn.addEventListener('click', function () { select(i, true); });
      var td = el('td'); td.appendChild(btn); tr.appendChild(td);
      tr.appendChild(el('td', null, s.type));
      tr.appendChild(el('td', 'mono', s.surface));
      tr.appendChild(el('td', 'mono', s.repair === null ? '—' : s.repair));
      tr.appendChild(el('td', null, fmt(s.confidence)));
      var c = candidateForSeam(i);
      tr.appendChild(el('td', 'seam-state', c ? (c.accepted ? 'accepted' : 'rejected') : 'no repair'));
      body.appendChild(tr);
    });
  }

  function renderSummary() {
    var r = state.result;
    var box = $('summary');
    clear(box);
    var shares = r.scores && r.scores.language_share ? r.scores.language_share : {};
    var items = [
      ['characters', state.cps.length],
      ['main language', r.language],
      ['language spans', r.spans.length],
      ['seams', r.seams.length],
      ['repairs applied by the server', r.edits.length]
    ];
    Object.keys(shares).forEach(function (k) { items.push([k + ' share', (shares[k] * 100).toFixed(1) + '%']); });
    items.forEach(function (it) {
      var d = el('span', 'fact');
      d.appendChild(el('strong', null, it[1]));
      d.appendChild(document.createTextNode(' ' + it[0]));
      box.appendChild(d);
    });
    var legend = $('legend');
    clear(legend);
    var langs = {};
    r.spans.forEach(function (s) { langs[s.lang] = true; });
    Object.keys(langs).sort().forEach(function (l) {
      legend.appendChild(el('span', 'chip lang-' + cssToken(l), l));
    });
    legend.appendChild(el('span', 'chip seam', 'seam'));
    legend.appendChild(el('span', 'chip repair', 'repair'));
    if (r.structure) { legend.appendChild(el('span', 'chip boilerplate', 'boilerplate')); legend.appendChild(el('span', 'chip caption', 'caption')); }
    if (Array.isArray(r.entities) && r.entities.length) { legend.appendChild(el('span', 'chip entity', 'entity')); }
    $('doc-id').textContent = '(' + r.id + ')';
  }

  function jumpButton(label, start) {
    var b = el('button', 'link', label);
    b.type = 'button';
    b.addEventListener('click', function () { jumpTo(start); });
    return b;
  }

  function renderStructure() {
    var st = state.result.structure;
    var panel = $('structure-panel'), body = $('structure-body');
    clear(body);
    panel.hidden = !(st && typeof st === 'object');
    if (panel.hidden) { return; }
    var dl = el('dl', 'facts');
    ['dateline', 'byline', 'end_mark'].forEach(function (k) {
      if (st[k] === undefined || st[k] === null) { return; }
      dl.appendChild(el('dt', null, k.replace('_', ' ')));
      var dd = el('dd');
      if (isSpan(st[k])) { dd.appendChild(jumpButton(slice(st[k].start, st[k].end), st[k].start)); }
      else { dd.textContent = typeof st[k] === 'string' ? st[k] : JSON.stringify(st[k]); }
      dl.appendChild(dd);
    });
    var turns = Array.isArray(st.turns) ? st.turns : [];
    var captions = Array.isArray(st.captions) ? st.captions : [];
    var boiler = Array.isArray(st.boilerplate) ? st.boilerplate : [];
    dl.appendChild(el('dt', null, 'turns')); dl.appendChild(el('dd', null, turns.length));
    dl.appendChild(el('dt', null, 'captions')); dl.appendChild(el('dd', null, captions.length));
    dl.appendChild(el('dt', null, 'boilerplate')); dl.appendChild(el('dd', null, boiler.length));
    body.appendChild(dl);
    if (turns.length) {
      var ol = el('ol', 'turns');
      turns.forEach(function (t) {
        if (!isSpan(t)) { return; }
        var li = el('li');
        li.appendChild(el('strong', null, (t.speaker || '?') + (t.role ? ' (' + t.role + ')' : '') + ': '));
        li.appendChild(jumpButton(oneLine(slice(t.start, t.end), 80), t.start));
        ol.appendChild(li);
      });
      body.appendChild(ol);
    }
  }

  function fillTable(panelId, tableId, rows, cellsOf) {
    var panel = $(panelId);
    panel.hidden = !Array.isArray(rows);
    if (panel.hidden) { return; }
    var body = $(tableId).tBodies[0];
    clear(body);
    rows.forEach(function (row) {
      var tr = el('tr');
      cellsOf(row).forEach(function (c) {
        var td = el('td');
        if (c instanceof Node) { td.appendChild(c); } else { td.textContent = c === null || c === undefined ? '' : String(c); }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function renderFacts() {
    var r = state.result;
    fillTable('entities-panel', 'entities-table', r.entities, function (e) {
      var names = e.names || {};
      var mentions = Array.isArray(e.mentions) ? e.mentions.filter(isSpan) : [];
      return [e.type,
        (Array.isArray(names.zh) ? names.zh : []).join(', '),
        (Array.isArray(names.en) ? names.en : []).join(', '),
        mentions.length ? jumpButton(String(mentions.length), mentions[0].start) : '0'];
    });
    fillTable('quantities-panel', 'quantities-table', r.quantities, function (q) {
      return [isSpan(q) ? jumpButton(slice(q.start, q.end), q.start) : '', q.value, q.unit, q.approx ? 'yes' : 'no'];
    });
    fillTable('dates-panel', 'dates-table', r.dates, function (d) {
      return [isSpan(d) ? jumpButton(slice(d.start, d.end), d.start) : '', d.value];
    });
    var diags = Array.isArray(r.diagnostics) ? r.diagnostics : [];
    $('diagnostics-panel').hidden = diags.length === 0;
    var list = $('diagnostics-list');
    clear(list);
    diags.forEach(function (d) { list.appendChild(el('li', null, d.code + ': ' + d.message)); });
  }

  /** Shows one schema-v1 result (also the hook the browser tests use for fixture results). */
  function show(result) {
    if (typeof result === 'string') { result = JSON.parse(result); }
    state = { result: result, cps: Array.from(result.text), selected: null, sort: { key: 'index', dir: 1 } };
    hidePopup();
    state.candidates = buildCandidates(result);
    renderSummary();
    renderOriginal();
    renderCleaned();
    renderSeamTable();
    renderStructure();
    renderFacts();
    showSeam(null);
    $('result').hidden = false;
    document.body.dataset.state = 'ready';
  }

  // ---------------------------------------------------------------- seams

  function markSelected(i, scroll) {
    document.querySelectorAll('.selected').forEach(function (e) { e.classList.remove('selected'); });
    if (i === null) { return; }
    document.querySelectorAll('#original .seam').forEach(function (p) {
      if ((' ' + p.dataset.seams + ' ').indexOf(' ' + i + ' ') >= 0) { p.classList.add('selected'); }
    });
    var rep = document.querySelector('#cleaned .repair[data-seam="' + i + '"]');
    if (rep) { rep.classList.add('selected'); }
    var row = document.querySelector('#seams-table tr[data-seam="' + i + '"]');
    if (row) { row.classList.add('selected'); }
    if (scroll) {
      var head = state.seamHeads[i];
      if (head) { head.scrollIntoView({ block: 'center' }); }
      if (rep) { rep.scrollIntoView({ block: 'center' }); }
    }
  }

  function showSeam(i) {
    var has = i !== null && state && state.result.seams[i];
    $('seam-empty').hidden = !!has;
    $('seam-fields').hidden = !has;
    $('seam-accept').disabled = true;
    $('seam-reject').disabled = true;
    if (!has) { return; }
    var s = state.result.seams[i];
    var c = candidateForSeam(i);
    $('seam-detail-heading').textContent = 'Seam ' + (i + 1) + ' of ' + state.result.seams.length;
    $('seam-type').textContent = s.type;
    $('seam-surface').textContent = s.surface;
    $('seam-confidence').textContent = fmt(s.confidence);
    $('seam-repair').textContent = s.repair === null ? 'none proposed' : s.repair;
    $('seam-repair-confidence').textContent = s.repair === null ? '–' : fmt(s.repair_confidence);
    $('seam-evidence').textContent = s.evidence || '';
    $('seam-position').textContent = 'code points ' + s.start + '–' + s.end;
    $('seam-state').textContent = c ? (c.accepted ? 'repair accepted' : 'repair rejected (original kept)') : 'nothing to repair';
    $('seam-accept').disabled = !c || c.accepted;
    $('seam-reject').disabled = !c || !c.accepted;
  }

  function select(i, scroll) {
    if (!state || i === null || i < 0 || i >= state.result.seams.length) { return; }
    state.selected = i;
    markSelected(i, scroll);
    showSeam(i);
  }

  function setAccepted(i, accepted) {
    var c = candidateForSeam(i);
    if (!c) { return; }
    if (accepted) {
      // Two accepted repairs may not overlap: the newly accepted one wins.
      state.candidates.forEach(function (o) {
        if (o !== c && o.accepted && o.start < c.end && c.start < o.end) { o.accepted = false; }
      });
    }
    c.accepted = accepted;
    renderCleaned();
    renderSeamTable();
    select(i, false);
  }

  function setAll(accepted) {
    if (!state) { return; }
    var pos = 0;
    state.candidates.forEach(function (c) {
      if (!accepted) { c.accepted = false; return; }
      c.accepted = c.start >= pos;
      if (c.accepted) { pos = c.end; }
    });
    renderCleaned();
    renderSeamTable();
    showSeam(state.selected);
  }

  function step(delta) {
    if (!state || !state.result.seams.length) { return; }
    var n = state.result.seams.length;
    var i = state.selected === null ? (delta > 0 ? 0 : n - 1) : (state.selected + delta + n) % n;
    select(i, true);
    var head = state.seamHeads[i];
    if (head) { head.focus({ preventScroll: true }); }
  }

  function jumpTo(start) {
    if (!state || !state.originalPieces.length) { return; }
    var k = Math.max(0, lowerBound(state.pieceStarts, start + 1) - 1);
    var p = state.originalPieces[k];
    p.scrollIntoView({ block: 'center' });
    p.classList.add('flash');
    setTimeout(function () { p.classList.remove('flash'); }, 1200);
  }

  function seamOf(target) {
    var e = target.closest ? target.closest('[data-seams], .repair[data-seam]') : null;
    if (!e) { return null; }
    var v = e.dataset.seams !== undefined ? e.dataset.seams.split(' ')[0] : e.dataset.seam;
    return parseInt(v, 10);
  }

  // ---------------------------------------------------------------- scrolling together

  function linkScroll(a, b) {
    var lock = null;
    function handler(src, dst) {
      return function () {
        if (lock && lock !== src) { return; }
        lock = src;
        var range = src.scrollHeight - src.clientHeight;
        var ratio = range > 0 ? src.scrollTop / range : 0;
        dst.scrollTop = Math.round(ratio * (dst.scrollHeight - dst.clientHeight));
        window.requestAnimationFrame(function () { lock = null; });
      };
    }
    a.addEventListener('scroll', handler(a, b));
    b.addEventListener('scroll', handler(b, a));
  }

  // ---------------------------------------------------------------- downloads

  function download(name, type, content) {
    var blob = new Blob([content], { type: type });
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function safeName() {
    return String(state.result.id || 'doc').replace(/[^A-Za-z0-9._-]/g, '_') || 'doc';
  }

  // ---------------------------------------------------------------- wiring

  function init() {
    $('input-form').addEventListener('submit', submitPasted);
    $('file-input').addEventListener('change', function (e) { submitFile(e.target.files[0]); });
    var zone = $('drop-zone');
    ['dragenter', 'dragover'].forEach(function (t) {
      document.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add('dragging'); });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      document.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove('dragging'); });
    });
    document.addEventListener('drop', function (e) {
      if (e.dataTransfer && e.dataTransfer.files.length) { submitFile(e.dataTransfer.files[0]); }
    });

    var original = $('original'), cleaned = $('cleaned');
    [original, cleaned].forEach(function (box) {
      box.addEventListener('click', function (e) {
        var i = seamOf(e.target);
        if (i !== null && !isNaN(i)) { select(i, false); }
      });
    });
    original.addEventListener('keydown', function (e) {
      if ((e.key === 'Enter' || e.key === ' ') && e.target.classList.contains('seam-head')) {
        e.preventDefault();
        select(parseInt(e.target.dataset.seam, 10), false);
      }
    });
    linkScroll(original, cleaned);

    // Reading aid: a popup for the word under the pointer or with the focus.
    original.addEventListener('mouseover', function (e) {
      var t = e.target.closest && e.target.closest('.word, [data-entity]');
      if (t && state && (!state.popupFor || !state.popupFor.contains(t))) { showPopup(t); }
    });
    original.addEventListener('mouseout', function (e) {
      if (state && state.popupFor && !(e.relatedTarget && state.popupFor.contains(e.relatedTarget))) { hidePopup(); }
    });
    original.addEventListener('focusin', function (e) {
      if (e.target.closest && e.target.closest('.word, [data-entity]')) { showPopup(e.target); }
    });
    original.addEventListener('focusout', function () { hidePopup(); });
    original.addEventListener('keydown', function (e) {
      if (!e.target.classList.contains('word') || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) { return; }
      var words = Array.prototype.slice.call(original.querySelectorAll('.word'));
      var i = words.indexOf(e.target) + (e.key === 'ArrowRight' ? 1 : -1);
      if (i < 0 || i >= words.length) { return; }
      e.preventDefault();
      e.target.tabIndex = -1;
      words[i].tabIndex = 0;
      words[i].focus();
    });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hidePopup(); } });
    $('ruby-toggle').addEventListener('click', function () { setRuby(!$('original').classList.contains('ruby')); });
    $('copy-cleaned').addEventListener('click', function () {
      if (!state) { return; }
      copyText(cleanedText()).then(function () { setStatus('Cleaned text copied.', false); },
        function (err) { setStatus('Could not copy: ' + err, true); });
    });
    // Copying from the cleaned pane gives its plain text, without the highlighting's markup.
    cleaned.addEventListener('copy', function (e) {
      var sel = window.getSelection();
      if (e.clipboardData && sel) { e.clipboardData.setData('text/plain', sel.toString()); e.preventDefault(); }
    });
    document.querySelectorAll('#seams-table th[data-sort] button').forEach(function (b) {
      b.addEventListener('click', function () {
        if (!state) { return; }
        var key = b.parentNode.dataset.sort;
        state.sort = state.sort && state.sort.key === key ? { key: key, dir: -state.sort.dir } : { key: key, dir: 1 };
        renderSeamTable();
        if (state.selected !== null) { markSelected(state.selected, false); }
      });
    });

    var params = new URLSearchParams(window.location.search);
    if (params.get('doc')) { loadDocument(params.get('doc'), params.get('record')); }

    $('seam-accept').addEventListener('click', function () { if (state && state.selected !== null) { setAccepted(state.selected, true); } });
    $('seam-reject').addEventListener('click', function () { if (state && state.selected !== null) { setAccepted(state.selected, false); } });
    $('seam-prev').addEventListener('click', function () { step(-1); });
    $('seam-next').addEventListener('click', function () { step(1); });
    $('accept-all').addEventListener('click', function () { setAll(true); });
    $('reject-all').addEventListener('click', function () { setAll(false); });
    $('download-json').addEventListener('click', function () {
      if (state) { download(safeName() + '.json', 'application/json', JSON.stringify(state.result, null, 2) + '\n'); }
    });
    $('download-cleaned').addEventListener('click', function () {
      if (state) { download(safeName() + '.cleaned.txt', 'text/plain;charset=utf-8', cleanedText()); }
    });

    document.addEventListener('keydown', function (e) {
      var t = e.target;
      if (!state || e.ctrlKey || e.metaKey || e.altKey) { return; }
      if (t && (t.tagName === 'TEXTAREA' || t.tagName === 'INPUT' || t.tagName === 'SELECT')) { return; }
      if (e.key === 'n') { step(1); }
      else if (e.key === 'p') { step(-1); }
      else if (e.key === 'a' && state.selected !== null) { setAccepted(state.selected, true); }
      else if (e.key === 'r' && state.selected !== null) { setAccepted(state.selected, false); }
    });
  }

  window.mixdocViewer = { show: show, cleanedText: function () { return state ? cleanedText() : ''; } };
  document.addEventListener('DOMContentLoaded', init);
}());
