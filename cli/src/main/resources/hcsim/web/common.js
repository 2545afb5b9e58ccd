// What both pages share: the words of the language chosen, calls to /api, showing errors
// beside the control they concern, numbers, and simple bar charts. No framework, no build step.
'use strict';

const hc = (() => {
  const state = { lang: 'en', words: {}, catalogue: null };

  /** The page's word for a key (page.KEY), else the reports' (KEY), with each %s filled in order. */
  function w(key, ...args) {
    let text = state.words['page.' + key] ?? state.words[key];
    if (text === undefined) {
      return key;
    }
    let i = 0;
    return text.replace(/%%|%(?:(\d)\$)?s/g, (m, n) => m === '%%' ? '%' : String(n ? args[n - 1] : args[i++]));
  }

  async function setLanguage(lang) {
    const reply = await call('GET', '/api/words?lang=' + encodeURIComponent(lang));
    state.lang = lang;
    state.words = reply.words;
    try { localStorage.setItem('hcsim.lang', lang); } catch (e) { /* private mode: the choice lasts this page */ }
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-w]').forEach(el => { el.textContent = w(el.dataset.w); });
    document.querySelectorAll('[data-lang]').forEach(b => b.classList.toggle('current', b.dataset.lang === lang));
  }

  function savedLanguage() {
    try { return localStorage.getItem('hcsim.lang') || 'en'; } catch (e) { return 'en'; }
  }

  /** A refused request: the server's message and the places it concerns. */
  class Refused extends Error {
    constructor(status, body) {
      super(body && body.error ? body.error : 'HTTP ' + status);
      this.status = status;
      this.problems = body && body.problems ? body.problems : [];
    }
  }

  async function call(method, path, body, signal) {
    const options = { method, signal, headers: {} };
    if (body !== undefined) {
      options.body = typeof body === 'string' ? body : JSON.stringify(body);
      options.headers['Content-Type'] = typeof body === 'string' ? 'text/plain' : 'application/json';
    }
    const response = await fetch(path, options);
    const text = await response.text();
    let parsed = null;
    try { parsed = JSON.parse(text); } catch (e) { parsed = { error: text }; }
    if (!response.ok) {
      throw new Refused(response.status, parsed);
    }
    return parsed;
  }

  /** A GET link carrying a request (downloads and the debrief frame). */
  function link(path, request) {
    return path + '?request=' + encodeURIComponent(JSON.stringify(request));
  }

  function clearErrors() {
    document.querySelectorAll('[data-err]').forEach(el => { el.textContent = ''; });
    document.querySelectorAll('.invalid').forEach(el => el.classList.remove('invalid'));
    banner('');
  }

  /**
   * Shows each problem beside the control whose data-err names its place (the profile's key
   * path, or the request's key); what has no place of its own goes to {@code fallback}, else the banner.
   */
  function showErrors(error, fallback) {
    if (!(error instanceof Refused)) {
      banner(w('error.network', error.message));
      return;
    }
    let placed = false;
    for (const p of error.problems) {
      const box = errorBox(p.field || p.where);
      if (box) {
        const message = p.field && p.message.startsWith(p.field + ': ') ? p.message.substring(p.field.length + 2) : p.message;
        box.textContent = p.where.startsWith('line ') ? message + ' (' + p.file + ', ' + p.where + ')' : message;
        const row = box.closest('.slider, .field');
        if (row) row.classList.add('invalid');
        placed = true;
      }
    }
    if (!placed) {
      const box = fallback ? document.querySelector('[data-err="' + fallback + '"]') : null;
      if (box) box.textContent = error.message; else banner(error.message);
    }
  }

  /** The error box of a place such as proficiency.product_sense, or of its nearest parent key. */
  function errorBox(where) {
    let key = where || '';
    while (key) {
      const box = document.querySelector('[data-err="' + CSS.escape(key) + '"]');
      if (box) return box;
      key = key.includes('.') ? key.substring(0, key.lastIndexOf('.')) : (key.includes('[') ? key.substring(0, key.indexOf('[')) : '');
    }
    return null;
  }

  function banner(text) {
    const el = document.getElementById('banner');
    el.textContent = text;
    el.hidden = !text;
  }

  function pct(p, digits = 1) {
    if (p === null || p === undefined || isNaN(p)) return '–';
    if (p > 0 && p < 0.001) return '<0.1%';
    return (100 * p).toFixed(digits) + '%';
  }

  function money(v, currency) {
    if (v === null || v === undefined) return '–';
    if (state.lang === 'zh') {
      return (v / 10000).toLocaleString('zh-CN', { maximumFractionDigits: 1 }) + '万';
    }
    return (v / 1000).toLocaleString('en', { maximumFractionDigits: 0 }) + 'k ' + (currency || '');
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /**
   * Horizontal bars: rows of {label, value (0-1 of the scale), text, marker (optional, 0-1), mark
   * (a class)}. Widths are set through the CSS object model, which the page's policy allows.
   */
  function bars(container, rows) {
    container.replaceChildren();
    for (const r of rows) {
      const row = el('div', 'barrow' + (r.mark ? ' ' + r.mark : ''));
      row.append(el('span', 'barlabel', r.label));
      const track = el('span', 'bartrack');
      const fill = el('span', 'barfill');
      fill.style.width = Math.max(0, Math.min(1, r.value)) * 100 + '%';
      track.append(fill);
      if (r.under !== undefined) {
        const under = el('span', 'barunder');
        under.style.width = Math.max(0, Math.min(1, r.under)) * 100 + '%';
        track.prepend(under);
      }
      row.append(track, el('span', 'barvalue', r.text));
      container.append(row);
    }
  }

  function svg(tag, attrs) {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  }

  function name(entry) {
    return entry ? (state.lang === 'zh' ? entry.zh : entry.en) : '';
  }

  return { state, w, setLanguage, savedLanguage, call, link, clearErrors, showErrors, banner, pct, money, el, bars, svg, name, Refused };
})();
