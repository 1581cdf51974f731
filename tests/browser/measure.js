// SPDX-License-Identifier: MIT
// Injected into a copy of an HTML document by check_browser.py: measures what
// a reader would see and writes it as JSON into a pre element at the end,
// which headless Chromium's --dump-dom then prints.
(function () {
  const result = { viewport: document.documentElement.clientWidth, too_wide: [], flows: [],
                   text: document.body.innerText, headings: [], print_rules: [] };
  const describe = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
      (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') +
      ': ' + (e.textContent || '').trim().slice(0, 60);
  for (const e of document.body.querySelectorAll('*')) {
    if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') continue;
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.right > result.viewport + 1)
      result.too_wide.push(describe(e) + ' (right edge ' + Math.round(r.right) + 'px)');
  }
  for (const h of document.querySelectorAll('h1,h2,h3,h4,h5,h6'))
    result.headings.push(h.textContent.trim());
  for (const svg of document.querySelectorAll('svg.flow')) {
    const flow = { outside: [], names_too_wide: [], links: [], box: null };
    const box = svg.getBoundingClientRect();
    flow.box = [box.left, box.top, box.width, box.height];
    if (box.right > result.viewport + 1) flow.outside.push('the picture ends at ' + box.right + 'px');
    const view = svg.viewBox.baseVal;
    for (const g of svg.querySelectorAll('path,rect,text')) {
      if (g.closest('marker')) continue;
      const b = g.getBBox();
      if (b.x < view.x - 0.5 || b.y < view.y - 0.5 || b.x + b.width > view.x + view.width + 0.5 ||
          b.y + b.height > view.y + view.height + 0.5)
        flow.outside.push(describe(g) + ' at ' + [b.x, b.y, b.width, b.height].map(Math.round).join(','));
    }
    for (const body of svg.querySelectorAll('g.body')) {
      const rect = body.querySelector('rect');
      const width = rect.width.baseVal.value;
      for (const line of body.querySelectorAll('tspan')) {
        const drawn = line.getComputedTextLength();
        if (drawn > width - 4) flow.names_too_wide.push(line.textContent + ' (' + Math.round(drawn) + 'px in ' + width + ')');
      }
    }
    for (const link of svg.querySelectorAll('path.link')) {
      const title = link.querySelector('title');
      flow.links.push(title ? title.textContent : '');
    }
    result.flows.push(flow);
  }
  for (const sheet of document.styleSheets) {
    let rules = [];
    try { rules = sheet.cssRules; } catch (e) { continue; }
    for (const rule of rules) {
      if (rule.media && Array.from(rule.media).includes('print'))
        for (const inner of rule.cssRules) result.print_rules.push(inner.cssText);
    }
  }
  const out = document.createElement('pre');
  out.id = "engage-" + "measured";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
})();
