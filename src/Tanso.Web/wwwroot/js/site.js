// The mobile menu: below 1024 px the main menu folds behind a "메뉴" button (KRDS mobile header). Without this
// script the button stays hidden and the menu stays open, so every link is still reachable.
(() => {
  const button = document.querySelector('.btn-menu');
  const menu = document.getElementById('site-menu');
  if (!button || !menu) return;
  const narrow = window.matchMedia('(max-width: 1023px)');
  const set = (open) => {
    button.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('is-open', open);
  };
  const apply = () => {
    button.hidden = !narrow.matches;
    document.documentElement.classList.toggle('menu-folds', narrow.matches);
    set(false);
  };
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') { set(false); button.focus(); }
  });
  narrow.addEventListener('change', apply);
  apply();
})();

// Government picker (Admin/_RoleAndGovernmentFields): a search box that narrows the grouped list as one types
// (KRDS autocomplete). Chosen governments always stay visible.
document.querySelectorAll('[data-gov-picker]').forEach((picker) => {
  const box = picker.querySelector('.gov-picker-search');
  const input = box.querySelector('input');
  const select = picker.querySelector('select');
  const count = picker.querySelector('[aria-live]');
  const en = document.documentElement.lang === 'en';
  box.hidden = false;
  input.addEventListener('input', () => {
    const words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    select.querySelectorAll('optgroup').forEach((group) => {
      let any = false;
      group.querySelectorAll('option').forEach((o) => {
        const text = o.textContent.toLowerCase();
        const keep = o.selected || words.every((w) => text.includes(w));
        o.hidden = !keep;
        if (keep) { any = true; shown += 1; }
      });
      group.hidden = !any;
    });
    count.textContent = words.length === 0 ? '' : (en ? `${shown} match(es)` : `${shown}곳 찾음`);
  });
});
