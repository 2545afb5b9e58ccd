// The candidate page: the profile's controls, the odds recomputed on every change (debounced,
// the last request wins, the catalogue's fixed seed), preparation and the debrief.
'use strict';

(() => {
  const { w, call, link, el, pct, money, bars, name, svg } = hc;
  const DEBOUNCE_MS = 40;
  const page = {
    doc: null,            // the profile document, as a profile file has it
    profileRef: null,     // the bundled name while the document is that profile unchanged
    loop: null,
    result: null,         // the last simulate JSON shown
    inFlight: false,      // a simulation asked for and not yet answered
    pending: false,       // a change made while it was, to send when it is
    seq: 0,
    timer: null,
    movedAt: 0,
  };
  const $ = id => document.getElementById(id);

  async function start() {
    hc.state.catalogue = await call('GET', '/api/catalogue');
    const cat = hc.state.catalogue;
    page.loop = cat.defaultLoop;
    buildControls();
    await hc.setLanguage(hc.savedLanguage());
    loadBundled(cat.defaultProfile);
    relabel();
    wire();
  }

  function buildControls() {
    const cat = hc.state.catalogue;
    const comp = $('competencies');
    for (const c of cat.competencies) {
      comp.append(sliderRow('proficiency.' + c.id, 1, 5, 0.1, c));
    }
    const traits = $('traits');
    const ready = cat.readiness;
    traits.append(sliderRow('readiness', ready.min, ready.max, 0.05, null, 'profile.readiness'));
    traits.append(sliderRow('consistency', 0, 1, 0.05, null, 'profile.consistency'));
    traits.append(sliderRow('uncertainty', 0, 1, 0.05, null, 'profile.uncertainty'));
    traits.append(sliderRow('leniency', -0.5, 1, 0.05, null, 'profile.leniency'));
    fillSelects();
  }

  /** A labelled range with its value, the pool's mean and the level bars marked under it, and its error box. */
  function sliderRow(key, min, max, step, competency, wordKey) {
    const row = el('div', 'slider');
    const id = 's-' + key.replace('.', '-');
    const label = el('label', 'slabel');
    label.htmlFor = id;
    label.dataset.key = key;
    if (wordKey) label.dataset.w = wordKey;
    const input = el('input');
    Object.assign(input, { type: 'range', min, max, step, id });
    input.dataset.key = key;
    const value = el('output', 'svalue');
    value.htmlFor = id;
    const track = el('div', 'marks');
    track.dataset.key = key;
    const err = el('div', 'err');
    err.dataset.err = key;
    const line = el('div', 'sline');
    line.append(input, value);
    row.append(label, line, track, err);
    return row;
  }

  function fillSelects() {
    const cat = hc.state.catalogue;
    const start = $('start');
    start.replaceChildren(...cat.profiles.map(p => option(p.name, name(p))));
    start.append(option('', w('profile.custom')));
    const loop = $('loop');
    loop.replaceChildren(...cat.loops.map(l => option(l.name, name(l))));
    loop.value = page.loop;
    const level = $('targetLevel');
    level.replaceChildren(...cat.levels.map(l => option(l.id, l.id)));
  }

  function option(value, text) {
    const o = el('option', null, text);
    o.value = value;
    return o;
  }

  /** Names that depend on the language: competencies, loops, the custom profile entry. */
  function relabel() {
    const cat = hc.state.catalogue;
    document.querySelectorAll('label.slabel').forEach(l => {
      const c = cat.competencies.find(c => 'proficiency.' + c.id === l.dataset.key);
      if (c) l.textContent = name(c);
    });
    const loop = $('loop');
    const chosen = loop.value;
    fillSelects();
    loop.value = chosen;
    $('start').value = page.profileRef || '';
    $('targetLevel').value = page.doc ? page.doc.targetLevel : 'P7';
  }

  function loadBundled(profileName) {
    const p = hc.state.catalogue.profiles.find(p => p.name === profileName);
    page.doc = structuredClone(p.document);
    page.profileRef = profileName;
    showDocument();
    recompute();
  }

  /** The controls set from the document; a competency it leaves out shows the pool's mean. */
  function showDocument() {
    const cat = hc.state.catalogue;
    const doc = page.doc;
    const level = cat.levels.find(l => l.id === doc.targetLevel) || cat.levels.find(l => l.id === 'P7');
    for (const c of cat.competencies) {
      const v = doc.proficiency && doc.proficiency[c.id] !== undefined ? doc.proficiency[c.id] : level.poolMean;
      setSlider('proficiency.' + c.id, v);
    }
    // A profile that states no readiness plays as an untrained candidate; the slider shows that.
    setSlider('readiness', doc.readiness ?? cat.readiness.unstated);
    setSlider('consistency', doc.consistency ?? 0.5);
    // A profile that states neither is read with the pool's typical self-assessment error.
    setSlider('uncertainty', doc.uncertainty ?? cat.selfAssessment.uncertainty);
    setSlider('leniency', doc.leniency ?? cat.selfAssessment.leniency);
    $('targetLevel').value = level.id;
    $('start').value = page.profileRef || '';
    $('compensationExpectation').value = doc.compensationExpectation ?? '';
    $('currentCompensation').value = doc.currentCompensation ?? '';
    const offers = doc.competingOffers;
    $('competingOffers').value = Array.isArray(offers) ? offers.length : (offers ?? 0);
    drawMarks();
  }

  function setSlider(key, v) {
    const input = document.querySelector('input[data-key="' + key + '"]');
    input.value = v;
    input.nextElementSibling.textContent = Number(v).toFixed(2);
  }

  /** Under each competency: the pool's mean at the level applied for, and every level's bar. */
  function drawMarks() {
    const cat = hc.state.catalogue;
    const target = cat.levels.find(l => l.id === page.doc.targetLevel) || cat.levels[0];
    document.querySelectorAll('.marks').forEach(track => {
      track.replaceChildren();
      if (!track.dataset.key.startsWith('proficiency.')) return;
      for (const l of cat.levels) {
        const m = el('span', 'mark bar' + (l.id === target.id ? ' target' : ''), l.id);
        m.style.left = ((l.bar - 1) / 4 * 100) + '%';
        m.title = w('profile.barTitle', l.id, l.bar.toFixed(2));
        track.append(m);
      }
      const pool = el('span', 'mark pool');
      pool.style.left = ((target.poolMean - 1) / 4 * 100) + '%';
      pool.title = w('profile.poolTitle', target.id, target.poolMean.toFixed(2));
      track.append(pool);
    });
  }

  function wire() {
    document.querySelectorAll('[data-lang]').forEach(b => b.addEventListener('click', async () => {
      await hc.setLanguage(b.dataset.lang);
      relabel();
      if (page.result) render(page.result);
      if (page.prep) renderPrep(page.prep);
    }));
    document.querySelectorAll('input[type=range]').forEach(input => input.addEventListener('input', () => {
      const key = input.dataset.key;
      const v = Number(input.value);
      input.nextElementSibling.textContent = v.toFixed(2);
      if (key.startsWith('proficiency.')) {
        page.doc.proficiency = page.doc.proficiency || {};
        page.doc.proficiency[key.substring(12)] = v;
      } else {
        page.doc[key] = v;
      }
      edited();
    }));
    $('targetLevel').addEventListener('change', e => { page.doc.targetLevel = e.target.value; drawMarks(); edited(); });
    $('loop').addEventListener('change', e => { page.loop = e.target.value; recompute(); });
    for (const key of ['compensationExpectation', 'currentCompensation']) {
      $(key).addEventListener('input', e => {
        if (e.target.value === '') delete page.doc[key]; else page.doc[key] = Number(e.target.value);
        edited();
      });
    }
    $('competingOffers').addEventListener('input', e => {
      page.doc.competingOffers = e.target.value === '' ? 0 : Number(e.target.value);
      edited();
    });
    $('start').addEventListener('change', e => { if (e.target.value) loadBundled(e.target.value); });
    $('upload').addEventListener('change', upload);
    document.querySelectorAll('[data-tab]').forEach(b => b.addEventListener('click', () => showTab(b.dataset.tab)));
    $('download-profile').addEventListener('click', downloadProfile);
    $('compare').addEventListener('click', () => prepare('compare'));
    $('optimize').addEventListener('click', () => prepare('optimize'));
    $('show-debrief').addEventListener('click', showDebrief);
    for (const id of ['outcome', 'debrief-lang']) $(id).addEventListener('change', debriefLinks);
    showTab('odds');
  }

  function showTab(tab) {
    document.querySelectorAll('[data-tab]').forEach(b => b.classList.toggle('current', b.dataset.tab === tab));
    document.querySelectorAll('.tab').forEach(s => { s.hidden = s.id !== 'tab-' + tab; });
    if (tab === 'debrief') debriefLinks();
  }

  function edited() {
    page.profileRef = null;
    $('start').value = '';
    page.movedAt = performance.now();
    clearTimeout(page.timer);
    page.timer = setTimeout(recompute, DEBOUNCE_MS);
  }

  /** The request every computation starts from: the profile (a bundled name while unchanged) and the loop. */
  function base() {
    return { profile: page.profileRef || page.doc, loop: page.loop };
  }

  /**
   * Simulates the profile as it is now. One request is in flight at a time: a change made
   * meanwhile waits for it, then the newest profile is sent and the answer to the older one is
   * dropped (the last change wins, and the server never computes odds nobody will see).
   */
  async function recompute() {
    if (page.inFlight) {
      page.pending = true;
      return;
    }
    page.inFlight = true;
    page.pending = false;
    const seq = ++page.seq;
    const movedAt = page.movedAt || performance.now();
    $('status').textContent = w('status.working');
    document.body.dataset.busy = 'true';
    let result = null, failure = null;
    try {
      result = await call('POST', '/api/simulate', { ...base(), runs: 20000, seed: hc.state.catalogue.seed });
    } catch (e) {
      failure = e;
    }
    page.inFlight = false;
    if (page.pending) {
      recompute();
      return;
    }
    hc.clearErrors();
    if (result) {
      page.result = result;
      render(result);
      document.body.dataset.oddsMs = Math.round(performance.now() - movedAt);
    } else {
      hc.showErrors(failure, 'profile');
      $('status').textContent = w('status.failed');
    }
    document.body.dataset.oddsSeq = seq;
    document.body.dataset.busy = 'false';
    page.movedAt = 0;
  }

  function compName(id) {
    return name(hc.state.catalogue.competencies.find(c => c.id === id)) || id;
  }

  function roundName(id) {
    return name(hc.state.catalogue.personas[id]) || id;
  }

  function render(r) {
    const cat = hc.state.catalogue;
    $('status').textContent = w('status.done', r.runs.toLocaleString());
    $('p-offer').textContent = pct(r.hire.probability);
    $('p-ci').textContent = w('odds.ci', pct(r.hire.ci95[0]), pct(r.hire.ci95[1]), r.runs.toLocaleString());
    // The big figure is the odds as interviewers would likely rate the candidate; beside it, as they rate themselves.
    const s = r.selfAssessment;
    $('p-self').textContent = w('odds.asRated', pct(s.asYouRateYourself.probability));
    $('p-range').textContent = s.range ? w('odds.selfRange', s.range.shift.toFixed(2), pct(s.range.weaker),
      pct(s.range.stronger)) : '';
    const bar = r.effectiveBar;
    const overall = r.overallProficiency.toFixed(2);
    const yours = s.leniency === 0 ? overall : w('sim.yours', overall, (r.overallProficiency - s.leniency).toFixed(2));
    $('p-bar').textContent = w('odds.effectiveBar', yours, bar.overall.toFixed(2), bar.bar.toFixed(2));

    // Applying at each level: the target's odds and the others', each with its share at that level.
    const levels = [{ level: r.targetLevel, probability: r.hire.probability, atLevel: r.levels[r.targetLevel] }]
      .concat(r.otherLevels || []).sort((a, b) => a.level.localeCompare(b.level));
    const top = Math.max(0.05, ...levels.map(l => l.probability));
    bars($('chart-levels'), levels.map(l => ({
      label: l.level + (l.level === r.targetLevel ? ' ★' : ''), value: l.probability / top, under: undefined,
      text: w('odds.levelText', pct(l.probability), pct(l.atLevel)), mark: l.level === r.targetLevel ? 'target' : '',
    })));

    bars($('chart-funnel'), r.funnel.map(f => ({
      label: roundName(f.round), value: f.passed, under: f.reached, text: w('odds.funnelText', pct(f.reached, 0), pct(f.passed, 0)),
    })));
    bars($('chart-endings'), r.endings.slice(0, 6).map(e => ({ label: roundName(e.round), value: e.share, text: pct(e.share, 0) })));
    bars($('chart-stops'), r.stops.map(s => ({ label: w('stop.' + s.reason), value: s.share, text: pct(s.share, 0) })));
    const weak = r.weakSpots.filter(s => s.real);
    const weakBox = $('chart-weak');
    if (weak.length === 0) {
      weakBox.replaceChildren(el('p', 'muted', w('odds.noWeak')));
    } else {
      bars(weakBox, weak.map(s => ({ label: compName(s.competency), value: s.share, under: undefined,
        text: w('odds.weakText', pct(s.share, 0), pct(s.evenProfileShare, 0)) })));
    }
    const levers = $('levers');
    levers.replaceChildren();
    const list = el('ol', 'levers');
    for (const l of r.levers.slice(0, 5)) {
      // A lever is a competency, or interview readiness, which practice buys.
      const label = l.lever === 'readiness' ? w('odds.readinessLever') : compName(l.competency);
      list.append(el('li', null, w('odds.lever', label, l.raise.toFixed(2),
        (l.difference >= 0 ? '+' : '') + (100 * l.difference).toFixed(1), (100 * l.halfWidth95).toFixed(1))));
    }
    levers.append(list);
    renderOffer(r, cat);
  }

  /** The band of the level applied for, the offers' 10th-90th percentiles on it, the median and the ask. */
  function renderOffer(r, cat) {
    const box = $('chart-offer');
    box.replaceChildren();
    const level = cat.levels.find(l => l.id === r.targetLevel);
    const o = r.offer;
    if (!o || o.median === undefined) {
      $('offer-text').textContent = w('odds.noOffer');
      return;
    }
    const ask = page.doc.compensationExpectation;
    const values = [level.band.low, level.band.high, o.p10, o.p90].concat(ask ? [ask] : []);
    const lo = Math.min(...values) * 0.95, hi = Math.max(...values) * 1.05;
    const x = v => 8 + (v - lo) / (hi - lo) * 384;
    const s = svg('svg', { viewBox: '0 0 400 96', class: 'strip', role: 'img' });
    s.append(svg('rect', { x: x(level.band.low), y: 28, width: x(level.band.high) - x(level.band.low), height: 20, class: 'band' }));
    s.append(svg('rect', { x: x(o.p10), y: 33, width: Math.max(2, x(o.p90) - x(o.p10)), height: 10, class: 'offers' }));
    s.append(svg('line', { x1: x(o.median), x2: x(o.median), y1: 24, y2: 52, class: 'median' }));
    const label = (v, y, text, cls, anchor) => {
      const t = svg('text', { x: x(v), y, 'text-anchor': anchor || 'middle', class: cls || '' });
      t.textContent = text;
      s.append(t);
    };
    label(level.band.low, 70, money(level.band.low, cat.currency), '', 'start');
    label(level.band.high, 70, money(level.band.high, cat.currency), '', 'end');
    label(o.median, 18, w('odds.median', money(o.median, cat.currency)));
    if (ask) {
      s.append(svg('line', { x1: x(ask), x2: x(ask), y1: 24, y2: 78, class: 'ask' }));
      label(ask, 92, w('odds.ask', money(ask, cat.currency)), 'asktext');
    }
    box.append(s);
    $('offer-text').textContent = w('odds.offerText', r.targetLevel, money(o.p10, cat.currency), money(o.p90, cat.currency),
      pct(r.offerAtOrAboveExpectation ?? 0));
  }

  async function upload(e) {
    const file = e.target.files[0];
    if (!file) return;
    hc.clearErrors();
    const text = await file.text();
    try {
      const reply = await call('POST', '/api/profile/validate?name=' + encodeURIComponent(file.name), text);
      page.doc = reply.document;
      page.profileRef = null;
      showDocument();
      recompute();
    } catch (err) {
      hc.showErrors(err, 'file');
      const box = document.querySelector('[data-err="file"]');
      if (!box.textContent) box.textContent = err.message;
    } finally {
      e.target.value = '';
    }
  }

  async function downloadProfile(e) {
    e.preventDefault();
    hc.clearErrors();
    try {
      const response = await fetch('/api/profile/yaml', { method: 'POST', body: JSON.stringify(base()),
        headers: { 'Content-Type': 'application/json' } });
      if (!response.ok) throw new hc.Refused(response.status, await response.json());
      save(await response.blob(), (page.profileRef || 'profile') + '.yaml');
    } catch (err) {
      hc.showErrors(err, 'download');
    }
  }

  function save(blob, fileName) {
    const a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  function prepRequest() {
    return { ...base(), hours: Number($('hours').value), weeks: Number($('weeks').value), seed: hc.state.catalogue.seed };
  }

  async function prepare(kind) {
    hc.clearErrors();
    $('status').textContent = w('status.preparing');
    const request = prepRequest();
    if (kind === 'compare') delete request.weeks;
    try {
      page.prep = await call('POST', '/api/' + kind, request);
      renderPrep(page.prep);
      $('status').textContent = w('status.prepared');
    } catch (e) {
      hc.showErrors(e, 'prep');
      $('status').textContent = w('status.failed');
    }
  }

  function activityName(id) {
    return name(hc.state.catalogue.activities[id]) || id;
  }

  function renderPrep(r) {
    $('prep-ranking').hidden = false;
    const t = $('ranking');
    t.replaceChildren();
    const head = el('tr');
    for (const k of ['prep.plan.name', 'prep.plan.offer', 'prep.plan.gain', 'prep.plan.atTarget', 'prep.plan.best']) head.append(el('th', null, w(k)));
    t.append(head);
    for (const s of r.strategies) {
      const tr = el('tr', s.name === 'optimized' ? 'highlight' : '');
      const gain = s.delta ? (s.delta.value >= 0 ? '+' : '') + (100 * s.delta.value).toFixed(1) + ' ± '
        + (100 * (s.delta.ci95[1] - s.delta.ci95[0]) / 2).toFixed(1) : '–';
      tr.append(el('td', null, planName(s.name)), el('td', 'num', pct(s.hire.probability)), el('td', 'num', gain),
        el('td', 'num', pct(s.atTarget.probability)), el('td', null, s.sameAsBest ? '✓' : ''));
      t.append(tr);
    }
    const o = r.optimized;
    $('prep-plan').hidden = !o;
    if (!o) return;
    const best = r.strategies.find(s => s.name === o.plan);
    const none = r.strategies.find(s => s.name === r.baseline) || { hire: { probability: NaN } };
    $('plan-summary').textContent = w('prep.planSummary', r.hours, pct(none.hire.probability), pct(best.hire.probability))
      + (hc.state.lang === 'en' && o.confirmation ? ' ' + o.confirmation : '');
    const hours = $('plan-hours');
    hours.replaceChildren(row(['th', 'th'], [w('prep.activity'), w('prep.hoursCol')]));
    for (const [id, h] of Object.entries(best.hours)) hours.append(row(['td', 'td num'], [activityName(id), h]));
    const weeks = $('plan-weeks');
    weeks.replaceChildren();
    if (o.schedule) {
      const ids = [...new Set(o.schedule.flatMap(wk => Object.keys(wk.hours)))];
      weeks.append(row(['th'].concat(o.schedule.map(() => 'th')), [w('prep.activity')].concat(o.schedule.map(wk => w('prep.week', wk.week)))));
      for (const id of ids) {
        weeks.append(row(['td'].concat(o.schedule.map(() => 'td num')), [activityName(id)].concat(o.schedule.map(wk => wk.hours[id] ?? ''))));
      }
    }
    const practise = $('plan-practise');
    practise.replaceChildren();
    for (const p of o.practise || []) {
      // The plan's JSON names a competency by id and gives its questions in both languages.
      const c = hc.state.catalogue.competencies.find(c => c.id === p.id);
      practise.append(el('h5', null, c ? name(c) : p.competency));
      const ul = el('ul');
      for (const q of (hc.state.lang === 'zh' ? p.questionsZh : p.questions)) ul.append(el('li', null, q));
      practise.append(ul);
    }
    $('download-plan').href = link('/api/optimize', { ...prepRequest(), download: 'plan' });
  }

  function planName(id) {
    const key = 'prep.name.' + id;
    const text = w(key);
    return text === key ? id : text;
  }

  function row(kinds, cells) {
    const tr = el('tr');
    cells.forEach((c, i) => {
      const [tag, cls] = kinds[i].split(' ');
      tr.append(el(tag, cls || null, String(c)));
    });
    return tr;
  }

  function debriefRequest(format) {
    return { ...base(), outcome: $('outcome').value, lang: $('debrief-lang').value, format, seed: hc.state.catalogue.seed };
  }

  function debriefLinks() {
    $('debrief-pdf').href = link('/api/debrief', debriefRequest('pdf'));
    $('debrief-html').href = link('/api/debrief', { ...debriefRequest('html'), download: true });
  }

  async function showDebrief() {
    hc.clearErrors();
    debriefLinks();
    // Asked first as JSON, so that a refusal (no loop ends that way) shows beside the outcome.
    try {
      await call('POST', '/api/debrief', debriefRequest('json'));
    } catch (e) {
      hc.showErrors(e, 'outcome');
      $('debrief-frame').hidden = true;
      return;
    }
    const frame = $('debrief-frame');
    frame.src = link('/api/debrief', debriefRequest('html'));
    frame.hidden = false;
  }

  document.addEventListener('DOMContentLoaded', () => start().catch(e => hc.showErrors(e)));
})();
