// A tiny helper to build DOM elements without innerHTML (so no text is ever parsed as markup).

/**
 * Create an element. `attrs`: `class`, `text`, `on` (an object of event handlers), `data`
 * (dataset), properties such as `value`/`checked`/`hidden`/`disabled`, and any other attribute
 * (`aria-*`, `for`, `type` ...). Attributes that are null, undefined or false are left out.
 * `kinderen`: nodes, strings, and (nested) arrays of them; null and false are skipped.
 */
export function h(tag, attrs = {}, ...kinderen) {
  const el = document.createElement(tag);
  for (const [k, w] of Object.entries(attrs ?? {})) {
    if (w === null || w === undefined || w === false) continue;
    if (k === 'class') el.className = Array.isArray(w) ? w.filter(Boolean).join(' ') : w;
    else if (k === 'text') el.textContent = w;
    else if (k === 'on') for (const [ev, f] of Object.entries(w)) el.addEventListener(ev, f);
    else if (k === 'data') for (const [dk, dw] of Object.entries(w)) { if (dw !== undefined && dw !== null) el.dataset[dk] = dw; }
    else if (['value', 'checked', 'selected', 'hidden', 'disabled', 'open'].includes(k)) el[k] = w;
    else el.setAttribute(k, w === true ? '' : String(w));
  }
  voegToe(el, kinderen);
  return el;
}

/**
 * The `<thead>` of an NL Design System (Utrecht) table: one header cell per column. A column is a
 * title (text), or a `<th>` made by the caller (for extra classes); null columns are left out.
 */
export function tabelKop(kolommen) {
  const cel = (x) => (x instanceof Element && x.tagName === 'TH' ? x : h('th', { class: 'utrecht-table__header-cell', scope: 'col' }, x));
  return h('thead', { class: 'utrecht-table__header' }, h('tr', { class: 'utrecht-table__row' }, kolommen.flat().filter((x) => x !== null).map(cel)));
}

function voegToe(el, kinderen) {
  for (const k of kinderen) {
    if (k === null || k === undefined || k === false) continue;
    if (Array.isArray(k)) voegToe(el, k);
    else el.append(k instanceof Node ? k : document.createTextNode(String(k)));
  }
}

const SVG = 'http://www.w3.org/2000/svg';

// Icons for the severities: different shapes, so the kind of message is not told by colour alone.
const ICONEN = {
  fout: [['circle', { cx: 12, cy: 12, r: 10 }], ['path', { d: 'M8 8l8 8M16 8l-8 8' }]],
  ontbreekt: [['circle', { cx: 12, cy: 12, r: 10 }], ['path', { d: 'M12 6v8M12 17.5v.5' }]],
  waarschuwing: [['path', { d: 'M12 2.5L22.5 21h-21z' }], ['path', { d: 'M12 9v6M12 17.8v.4' }]],
  info: [['circle', { cx: 12, cy: 12, r: 10 }], ['path', { d: 'M12 11v6M12 7v.5' }]],
  voldoet: [['circle', { cx: 12, cy: 12, r: 10 }], ['path', { d: 'M7 12.5l3.5 3.5L17 9' }]],
};

/** A decorative icon (hidden from assistive technology; the text next to it says the same). */
export function icoon(naam) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `icoon icoon--${naam}`);
  for (const [tag, attrs] of ICONEN[naam] ?? ICONEN.info) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, w] of Object.entries(attrs)) el.setAttribute(k, String(w));
    svg.append(el);
  }
  return svg;
}

/** Text only screen readers read. */
export function srAlleen(tekst) {
  return h('span', { class: 'sr-alleen', text: tekst });
}
