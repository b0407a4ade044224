/**
 * Values at a touch. Each chart (components/chart-figure.tsx) is a <picture> of a server-drawn
 * SVG whose data marks carry `data-mark`, `data-label`, `data-value` and `data-period`
 * (lib/charts/marks.ts). This script fetches the SVG the picture shows and puts it inline at
 * the same size, so hovering, tapping or focusing a mark (Tab into the chart, then the arrow
 * keys) shows its occupation, value and period. Without it, or when anything fails, the
 * picture stays as it is; printing always uses the picture (globals.css).
 *
 * On demand: a figure is swapped when a reader reaches for it (the pointer enters it, a finger
 * touches it, or Tab focuses it), one figure per idle callback; nothing is fetched or parsed
 * while the page loads (each swap was a task of the page's main thread, and a page of charts
 * that swapped them all as they neared the screen measured ~90 ms more blocking time).
 */

const NARROW = '(max-width: 559px)';
const NEAR = 24;

interface Mark {
  el: Element;
  series: number;
  point: number;
}

type Task = () => void;
const queue: Task[] = [];
let draining = false;
const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 1500 }) : setTimeout(fn, 50));

/** One task per idle period: parsing a figure never joins another in one long task. */
function later(task: Task): void {
  queue.push(task);
  if (draining) return;
  draining = true;
  const next = () => {
    const t = queue.shift();
    if (!t) {
      draining = false;
      return;
    }
    t();
    idle(next);
  };
  idle(next);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}

/** The same-origin SVG the picture shows at this width; null for anything else. */
function shownSource(picture: HTMLPictureElement, img: HTMLImageElement, narrow: boolean): URL | null {
  const source = picture.querySelector<HTMLSourceElement>(`source[media="${NARROW}"]`);
  const url = new URL(narrow && source ? source.srcset.trim() : img.getAttribute('src') ?? '', location.href);
  return url.origin === location.origin ? url : null;
}

/**
 * The SVG, parsed and made fit to sit in the page: nothing executable, ids prefixed per figure
 * (recharts numbers its clip paths per drawing; two charts may share one), and no <title>, which
 * would show as the browser's own tooltip over the whole chart.
 */
function parse(text: string, prefix: string): SVGSVGElement | null {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  if (!(svg instanceof SVGSVGElement) || doc.querySelector('parsererror')) return null;
  for (const el of svg.querySelectorAll('script, foreignObject, title, desc')) el.remove();
  const ids = new Map<string, string>();
  for (const el of svg.querySelectorAll('[id]')) {
    ids.set(el.id, `${prefix}-${el.id}`);
    el.id = `${prefix}-${el.id}`;
  }
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      if (/^on/i.test(attr.name)) el.removeAttribute(attr.name);
      else if (attr.value.includes('#')) attr.value = attr.value.replace(/url\(#([^)]+)\)|^#(.+)$/g, (m, a?: string, b?: string) => { const id = ids.get(a ?? b ?? ''); return id ? (a ? `url(#${id})` : `#${id}`) : m; });
    }
  }
  for (const attr of ['role', 'aria-labelledby', 'tabindex']) svg.removeAttribute(attr);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  return document.importNode(svg, true);
}

function enhance(figure: HTMLElement, index: number, narrow: MediaQueryList): void {
  const picture = figure.querySelector<HTMLPictureElement>('picture.chart-image');
  const img = picture?.querySelector('img');
  if (!picture || !img) return;
  const prefix = `${figure.id || `chart-${index}`}-inline`;
  const holder = element('div', 'chart-inline');
  holder.tabIndex = 0;
  // Still an image named by the chart's text alternative, as the picture was; one Tab stop.
  holder.setAttribute('role', 'img');
  holder.setAttribute('aria-label', img.alt);
  const hint = element('span', 'visually-hidden');
  hint.id = `${prefix}-hint`;
  hint.textContent = 'Arrow keys step through the values; Escape hides them.';
  holder.setAttribute('aria-describedby', hint.id);
  const tip = element('div', 'chart-tip');
  tip.setAttribute('aria-hidden', 'true');
  const ring = element('div', 'chart-mark-ring');
  const live = element('div', 'visually-hidden');
  live.setAttribute('aria-live', 'polite');
  tip.hidden = ring.hidden = true;

  let marks: Mark[] = [];
  let active = -1;
  let shown = '';
  let loading = 0;
  let started = false;
  /** Where a finger touched the picture before its SVG was inline: the mark there is shown once it is. */
  let touched: { x: number; y: number } | null = null;

  const hide = (): void => {
    tip.hidden = ring.hidden = true;
    live.textContent = '';
  };

  const show = (i: number, announce: boolean): void => {
    const mark = marks[i];
    if (!mark) return;
    active = i;
    const [label, value, period] = ['data-label', 'data-value', 'data-period'].map((a) => mark.el.getAttribute(a) ?? '');
    const lines = [label, value, period].map((text, n) => {
      const line = element(n === 0 ? 'strong' : 'span', '');
      line.textContent = text ?? '';
      return line;
    });
    tip.replaceChildren(...lines);
    tip.hidden = ring.hidden = false;
    const box = figure.getBoundingClientRect();
    const r = mark.el.getBoundingClientRect();
    Object.assign(ring.style, { left: `${r.left - box.left - 3}px`, top: `${r.top - box.top - 3}px`, width: `${r.width + 6}px`, height: `${r.height + 6}px` });
    const x = r.left + r.width / 2 - box.left;
    const left = Math.max(0, Math.min(x - tip.offsetWidth / 2, box.width - tip.offsetWidth));
    const above = r.top - box.top - tip.offsetHeight - 8;
    const top = above >= 0 ? above : r.bottom - box.top + 8;
    Object.assign(tip.style, { left: `${left}px`, top: `${top}px` });
    if (announce) live.textContent = `${label}: ${value}, ${period}`;
  };

  /** The mark under the pointer, or the nearest within reach of a finger. */
  const markAt = (x: number, y: number, reach: number): number => {
    let best = -1;
    let bestDistance = reach;
    for (const el of holder.querySelectorAll('[data-mark]')) {
      const r = el.getBoundingClientRect();
      const d = Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
      if (d <= bestDistance) {
        const key = el.getAttribute('data-mark');
        const i = marks.findIndex((m) => m.el.getAttribute('data-mark') === key);
        if (d < bestDistance || best < 0) best = i;
        bestDistance = d;
      }
    }
    return best;
  };

  /** Left and Right step through every mark; Up and Down to the nearest mark of the series above or below. */
  const step = (key: string): number | null => {
    const last = marks.length - 1;
    const here = marks[active];
    if (key === 'Home' || !here) return 0;
    if (key === 'End') return last;
    if (key === 'ArrowRight') return Math.min(active + 1, last);
    if (key === 'ArrowLeft') return Math.max(active - 1, 0);
    const down = key === 'ArrowDown';
    const others = marks.filter((m) => (down ? m.series > here.series : m.series < here.series));
    if (!others.length) return down ? Math.min(active + 1, last) : Math.max(active - 1, 0);
    const series = down ? Math.min(...others.map((m) => m.series)) : Math.max(...others.map((m) => m.series));
    const candidates = others.filter((m) => m.series === series);
    const nearest = candidates.reduce((a, b) => (Math.abs(b.point - here.point) < Math.abs(a.point - here.point) ? b : a));
    return marks.indexOf(nearest);
  };

  holder.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      hide();
      return;
    }
    if (!/^(Arrow(Left|Right|Up|Down)|Home|End)$/.test(e.key)) return;
    e.preventDefault();
    const next = step(e.key);
    if (next != null) show(next, true);
  });
  holder.addEventListener('focus', () => {
    if (marks.length && holder.matches(':focus-visible')) show(Math.max(active, 0), true);
  });
  holder.addEventListener('blur', hide);
  holder.addEventListener('pointermove', (e) => {
    if (e.pointerType !== 'mouse') return;
    const i = markAt(e.clientX, e.clientY, 8);
    if (i >= 0) show(i, false);
    else hide();
  });
  holder.addEventListener('pointerleave', (e) => {
    if (e.pointerType === 'mouse') hide();
  });
  holder.addEventListener('pointerdown', (e) => {
    if (e.pointerType === 'mouse') return;
    const i = markAt(e.clientX, e.clientY, NEAR);
    if (i >= 0) show(i, true);
    else hide();
  });
  document.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse' && !holder.contains(e.target as Node)) hide();
  });

  /** Back to the picture, e.g. while the other layout's SVG loads. */
  const revert = (): void => {
    figure.classList.remove('chart--inline');
    shown = '';
    hide();
  };

  const swap = (): void => {
    started = true;
    const url = shownSource(picture, img, narrow.matches);
    if (!url || url.href === shown) return;
    const ticket = ++loading;
    fetch(url, { headers: { Accept: 'image/svg+xml' } })
      .then((r) => (r.ok && (r.headers.get('content-type') ?? '').includes('svg') ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((text) => later(() => {
        if (ticket !== loading) return;
        const svg = parse(text, prefix);
        if (!svg) return;
        holder.replaceChildren(svg, hint);
        marks = [...svg.querySelectorAll('[data-mark]')]
          .map((el) => {
            const [series = 0, point = 0] = (el.getAttribute('data-mark') ?? '').split('-').map(Number);
            return { el, series, point };
          })
          // Every segment of a wage range is its mark: one stop per mark, in reading order.
          .filter((m, i, all) => all.findIndex((o) => o.series === m.series && o.point === m.point) === i)
          .sort((a, b) => a.series - b.series || a.point - b.point);
        active = -1;
        if (!holder.isConnected) picture.after(holder, tip, ring, live);
        const hadFocus = document.activeElement === img;
        figure.classList.add('chart--inline');
        shown = url.href;
        // The picture was the Tab stop until now: the chart keeps the focus.
        if (hadFocus) holder.focus();
        if (touched) {
          const i = markAt(touched.x, touched.y, NEAR);
          touched = null;
          if (i >= 0) show(i, true);
        }
      }))
      // A failed fetch leaves the picture, which works as it is.
      .catch(() => undefined);
  };

  // A stale fetch is dropped by its ticket: crossing and crossing back loads the layout shown.
  narrow.addEventListener('change', () => {
    if (!started) return;
    revert();
    swap();
  });
  // Before the swap the picture is the chart's one Tab stop; reaching for it in any way swaps it.
  img.tabIndex = 0;
  img.setAttribute('aria-describedby', hint.id);
  picture.after(hint);
  const reach = (): void => {
    if (started) return;
    started = true;
    later(swap);
  };
  img.addEventListener('focus', reach);
  picture.addEventListener('pointerenter', reach);
  picture.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse') touched = { x: e.clientX, y: e.clientY };
    reach();
  });
}

const narrow = matchMedia(NARROW);
document.querySelectorAll<HTMLElement>('figure.chart').forEach((figure, i) => enhance(figure, i, narrow));

// A module: its names stay its own.
export {};
