/**
 * As-you-type suggestions for the occupation search (components/search/site-search.tsx), in
 * the WAI-ARIA Authoring Practices' combobox pattern with a listbox popup: Down and Up move
 * through the suggestions, Enter opens the one chosen (or, with none chosen, submits the form
 * to the results page as it would without script), Escape closes the list and then clears the
 * box; the number of results is announced in a live region. Suggestions come from
 * /search.json, the same search as the results page. Without this script the form still works.
 */

interface Suggestion {
  socCode: string;
  title: string;
  href: string;
  badge: string | null;
  why: string | null;
}

interface Answer {
  query: string;
  results: Suggestion[];
  total: number;
}

let instances = 0;

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) return;
  const id = `suggest-${++instances}`;
  const list = document.createElement('ul');
  list.id = `${id}-list`;
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Suggested occupations');
  list.hidden = true;
  // A polite live region for the count; not role="status", which names the page's own notices.
  const status = document.createElement('div');
  status.className = 'visually-hidden suggestion-count';
  status.setAttribute('aria-live', 'polite');
  status.setAttribute('aria-atomic', 'true');
  form.append(list, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  const cache = new Map<string, Answer>();
  let items: Suggestion[] = [];
  let active = -1;
  let pending: AbortController | null = null;

  const options = (): HTMLElement[] => Array.from(list.children) as HTMLElement[];

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index: number): void => {
    active = index;
    options().forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const li = options()[index];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const show = (answer: Answer): void => {
    if (answer.query !== input.value.trim()) return;
    items = answer.results;
    list.replaceChildren(
      ...items.map((s, i) => {
        const li = document.createElement('li');
        li.id = `${id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const title = document.createElement('span');
        title.className = 'suggestion-title';
        title.textContent = s.title;
        const note = document.createElement('span');
        note.className = 'suggestion-note';
        note.textContent = [s.socCode, s.badge, s.why].filter(Boolean).join(' · ');
        li.append(title, note);
        // Keep focus in the box: the click still lands on the option.
        li.addEventListener('mousedown', (e) => e.preventDefault());
        li.addEventListener('click', () => window.location.assign(s.href));
        return li;
      }),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const shown = items.length;
    status.textContent = shown === 0 ? 'No occupations found.' : `${answer.total} occupation${answer.total === 1 ? '' : 's'} found${answer.total > shown ? `, first ${shown} suggested` : ''}.`;
    list.hidden = shown === 0;
    input.setAttribute('aria-expanded', String(shown > 0));
  };

  const suggest = (): void => {
    const q = input.value.trim();
    pending?.abort();
    if (!q) {
      close();
      status.textContent = '';
      return;
    }
    const cached = cache.get(q);
    if (cached) return show(cached);
    const controller = new AbortController();
    pending = controller;
    fetch(`/search.json?q=${encodeURIComponent(q)}`, { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? (r.json() as Promise<Answer>) : Promise.reject(new Error(String(r.status)))))
      .then((answer) => {
        cache.set(q, answer);
        show(answer);
      })
      // A failed or aborted request leaves the form as it is without script.
      .catch(() => undefined);
  };

  input.addEventListener('input', suggest);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!open) {
        if (items.length) {
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
          highlight(e.key === 'ArrowDown' ? 0 : items.length - 1);
        } else suggest();
      } else {
        const n = items.length;
        highlight(e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
      }
      e.preventDefault();
    } else if (e.key === 'Enter' && open && active >= 0) {
      const chosen = items[active];
      if (chosen) {
        e.preventDefault();
        window.location.assign(chosen.href);
      }
    } else if (e.key === 'Escape') {
      if (open) close();
      else input.value = '';
      e.preventDefault();
    }
  });
}

document.querySelectorAll<HTMLFormElement>('form[data-module="search-suggest"]').forEach(enhance);
