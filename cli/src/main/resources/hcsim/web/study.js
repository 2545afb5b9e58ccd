// The loop-study page: one sweep of one parameter, each metric drawn along it with its 95% interval.
'use strict';

(() => {
  const { w, call, el, pct, svg, name } = hc;
  const $ = id => document.getElementById(id);
  /** The parameters `hcsim study --sweep` varies, with values worth trying first. */
  const PARAMS = {
    rounds: '3,4,5,6',
    rule: 'posterior,majority,consensus',
    visibility: 'independent,open',
    'rater-noise': '0.5,0.75,1,1.25',
    confidence: '0.6,0.7,0.8',
    gates: 'on,off',
    'bar-raiser': 'off,on',
  };
  /** The metrics drawn, and whether each is a share (drawn as a percentage) rather than a number. */
  const METRICS = [
    ['rightDecision', true], ['balancedAccuracy', true], ['validity', false], ['precision', true],
    ['recall', true], ['falsePositiveRate', true], ['hireRate', true], ['offersAtTrueLevel', true],
    ['interRaterReliability', false], ['hoursPerHire', false], ['daysMedian', false],
  ];
  let last = null;

  async function start() {
    hc.state.catalogue = await call('GET', '/api/catalogue');
    await hc.setLanguage(hc.savedLanguage());
    fill();
    $('param').addEventListener('change', () => { $('values').value = PARAMS[$('param').value]; });
    $('run').addEventListener('click', run);
    document.querySelectorAll('[data-lang]').forEach(b => b.addEventListener('click', async () => {
      await hc.setLanguage(b.dataset.lang);
      fill();
      if (last) {
        draw(last);
        $('status').textContent = w('study.done', last.candidates.toLocaleString());
      }
    }));
  }

  function fill() {
    const cat = hc.state.catalogue;
    const keep = id => $(id).value;
    const loop = keep('loop') || cat.defaultLoop, level = keep('targetLevel') || 'P7', param = keep('param') || 'rounds';
    $('loop').replaceChildren(...cat.loops.map(l => option(l.name, name(l))));
    $('targetLevel').replaceChildren(...cat.levels.map(l => option(l.id, l.id)));
    $('param').replaceChildren(...Object.keys(PARAMS).map(p => option(p, w('study.param.' + p))));
    $('loop').value = loop;
    $('targetLevel').value = level;
    $('param').value = param;
    if (!$('values').value) $('values').value = PARAMS[param];
  }

  function option(value, text) {
    const o = el('option', null, text);
    o.value = value;
    return o;
  }

  async function run() {
    hc.clearErrors();
    $('status').textContent = w('status.working');
    const request = {
      loop: $('loop').value, targetLevel: $('targetLevel').value, candidates: Number($('candidates').value),
      sweep: $('param').value + '=' + $('values').value.replace(/\s+/g, ''), seed: hc.state.catalogue.seed,
    };
    try {
      last = await call('POST', '/api/study', request);
      draw(last);
      $('status').textContent = w('study.done', last.candidates.toLocaleString());
    } catch (e) {
      hc.showErrors(e, 'sweep');
      $('status').textContent = w('status.failed');
    }
  }

  function draw(r) {
    $('results').hidden = false;
    const points = r.sweep ? r.sweep.points : [{ values: {}, metrics: r.metrics }];
    const param = r.sweep ? r.sweep.params[0] : null;
    $('summary').textContent = w('study.summary', r.candidates.toLocaleString(), r.targetLevel, pct(r.qualifiedShare));
    const charts = $('charts');
    charts.replaceChildren();
    // A metric the study's JSON does not hold (an older or newer build) is left out, not drawn empty.
    for (const [metric, share] of METRICS.filter(([m]) => points.every(p => p.metrics[m]))) {
      const card = el('div', 'card');
      card.append(el('h3', null, w('study.metric.' + metric)));
      card.append(chart(points, param, metric, share));
      charts.append(card);
    }
    // Where the sweep cuts a day of interviews played through, say (above the charts) what k interviews of it mean.
    const days = param === 'rounds' ? (r.daysPlayedThrough || []) : [];
    $('notes').replaceChildren(...days.map(day => el('p', 'muted', w('study.reading.dayInAnyOrder', day.firstInterview,
      day.firstInterview + day.interviews.length - 1, list(day.interviews)))));
  }

  /** Items joined as the reports join them: "a, b and c", 「a、b、c」. */
  function list(items) {
    return items.length < 2 ? items.join('')
      : items.slice(0, -1).join(w('list.separator')) + w('list.and') + items[items.length - 1];
  }

  /** One metric along the sweep: the interval as a band, the value as a line with points. */
  function chart(points, param, metric, share) {
    const W = 300, H = 170, L = 44, R = 12, T = 10, B = 30;
    const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'data-metric': metric });
    const ms = points.map(p => p.metrics[metric]);
    let lo = Math.min(...ms.map(m => m.ci95[0])), hi = Math.max(...ms.map(m => m.ci95[1]));
    if (hi - lo < 1e-9) { hi += share ? 0.01 : 1; lo -= share ? 0.01 : 1; }
    const pad = (hi - lo) * 0.1;
    lo = share ? Math.max(0, lo - pad) : lo - pad;
    hi = share ? Math.min(1, hi + pad) : hi + pad;
    const x = i => points.length === 1 ? (L + W - R) / 2 : L + i * (W - L - R) / (points.length - 1);
    const y = v => T + (hi - v) / (hi - lo) * (H - T - B);
    const fmt = v => share ? pct(v, 0) : v.toFixed(Math.abs(hi) < 10 ? 2 : 1);
    s.append(svg('line', { x1: L, x2: W - R, y1: H - B, y2: H - B, class: 'axis' }));
    for (const v of [lo, (lo + hi) / 2, hi]) {
      const t = svg('text', { x: L - 4, y: y(v) + 3, 'text-anchor': 'end' });
      t.textContent = fmt(v);
      s.append(t);
    }
    const upper = ms.map((m, i) => `${x(i)},${y(m.ci95[1])}`);
    const lower = ms.map((m, i) => `${x(i)},${y(m.ci95[0])}`).reverse();
    s.append(svg('polygon', { points: upper.concat(lower).join(' '), class: 'ci' }));
    s.append(svg('polyline', { points: ms.map((m, i) => `${x(i)},${y(m.value)}`).join(' '), class: 'line' }));
    ms.forEach((m, i) => {
      const dot = svg('circle', { cx: x(i), cy: y(m.value), r: 3, class: 'dot' });
      const tip = svg('title');
      tip.textContent = `${fmt(m.value)} (${fmt(m.ci95[0])}–${fmt(m.ci95[1])})`;
      dot.append(tip);
      s.append(dot);
      const t = svg('text', { x: x(i), y: H - B + 14, 'text-anchor': 'middle' });
      t.textContent = param ? points[i].values[param] : '';
      s.append(t);
    });
    if (param) {
      const t = svg('text', { x: (L + W - R) / 2, y: H - 4, 'text-anchor': 'middle' });
      t.textContent = w('study.param.' + param);
      s.append(t);
    }
    return s;
  }

  document.addEventListener('DOMContentLoaded', () => start().catch(e => hc.showErrors(e)));
})();
