// The local preview page: draws the emulated spreadsheet (tabs, cells, formula values, dropdowns,
// checkboxes, right-to-left) from /api/view and refreshes it after every google.script.run call the
// sidebar makes. Everything comes from user answers, so it is written with textContent and DOM
// calls only — never as HTML.
(function () {
  'use strict';
  var MAX_ROWS = 400;
  var COLOR = /^#[0-9a-f]{3,8}$/i;
  var state = { view: null, selected: null };

  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        var value = props[key];
        if (value === null || value === undefined || value === false) return;
        if (key === 'text') node.textContent = String(value);
        else if (key === 'onclick') node.addEventListener('click', value);
        else node.setAttribute(key, String(value));
      });
    }
    (children || []).forEach(function (child) {
      if (child) node.appendChild(child);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function columnName(n) {
    var s = '';
    while (n > 0) {
      var r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }

  function post(path, body) {
    return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {}) }).then(function (r) {
      return r.json();
    });
  }

  function cellNode(cell) {
    var td = el('td');
    if (!cell) return td;
    var classes = [];
    var text = cell.text;
    if (cell.checkbox !== undefined) text = cell.checkbox ? '☑' : '☐';
    if (cell.formula) {
      classes.push(cell.uncomputed ? 'uncomputed' : 'formula');
      if (cell.uncomputed && !text) text = cell.formula;
    }
    if (cell.dropdown) classes.push('dropdown');
    if (cell.wrap) classes.push('wrap');
    if (/^-?[\d.,]+%?$/.test(text)) classes.push('number');
    td.textContent = text;
    td.dir = 'auto'; // each cell reads in its own text's direction, as in Sheets
    var title = [];
    if (cell.formula) title.push(cell.formula);
    if (cell.dropdown) title.push('▾ ' + cell.dropdown.join(' | '));
    if (cell.note) title.push(cell.note);
    if (title.length) td.setAttribute('title', title.join('\n'));
    if (cell.bold) td.style.fontWeight = 'bold';
    if (cell.background && COLOR.test(cell.background)) td.style.backgroundColor = cell.background;
    if (cell.fontColor && COLOR.test(cell.fontColor)) td.style.color = cell.fontColor;
    if (classes.length) td.className = classes.join(' ');
    return td;
  }

  function drawSheet(sheet) {
    var grid = document.getElementById('grid');
    clear(grid);
    if (!sheet) return;
    var columns = Math.max(sheet.columnWidths.length, sheet.rows.reduce(function (n, row) { return Math.max(n, row.length); }, 0), 8);
    var table = el('table', { class: 'grid', dir: sheet.rightToLeft ? 'rtl' : 'ltr', 'data-sheet': sheet.name });
    var colgroup = el('colgroup', null, [el('col', { style: 'width:42px' })]);
    var tableWidth = 42;
    for (var c = 0; c < columns; c++) {
      var width = Math.max(40, Math.min(400, Number(sheet.columnWidths[c]) || 100));
      tableWidth += width;
      colgroup.appendChild(el('col', { style: 'width:' + width + 'px' }));
    }
    table.appendChild(colgroup);
    // A fixed layout needs the table's width: without it the browser squeezes an empty column
    // (Copy, Link) to its header's width, and the tab looks nothing like Sheets.
    table.style.width = tableWidth + 'px';
    var head = el('tr', null, [el('th', { class: 'row-head' })]);
    for (c = 1; c <= columns; c++) head.appendChild(el('th', { text: columnName(c), scope: 'col' }));
    table.appendChild(el('thead', null, [head]));
    var body = el('tbody');
    var shown = Math.min(sheet.rows.length, MAX_ROWS);
    var total = Math.max(shown, 20);
    for (var r = 0; r < Math.min(total, MAX_ROWS); r++) {
      var row = sheet.rows[r] || [];
      var tr = el('tr', { class: r + 1 === sheet.frozenRows ? 'frozen-last' : null }, [el('th', { class: 'row-head', text: r + 1, scope: 'row' })]);
      for (c = 0; c < columns; c++) tr.appendChild(cellNode(row[c]));
      body.appendChild(tr);
    }
    table.appendChild(body);
    grid.appendChild(table);
    if (sheet.rows.length > MAX_ROWS) grid.appendChild(el('p', { class: 'empty', text: '… ' + (sheet.rows.length - MAX_ROWS) + ' more rows' }));
  }

  function drawTabs(view) {
    var tabs = document.getElementById('tabs');
    clear(tabs);
    view.tabs.forEach(function (sheet) {
      tabs.appendChild(
        el('button', {
          type: 'button',
          role: 'tab',
          'aria-selected': sheet.name === state.selected ? 'true' : 'false',
          'data-tab': sheet.name,
          text: sheet.name,
          onclick: function () {
            state.selected = sheet.name;
            refresh();
          },
        }),
      );
    });
  }

  function drawMenu(view) {
    var menu = document.getElementById('menu');
    clear(menu);
    view.menu.forEach(function (item) {
      menu.appendChild(
        el('button', {
          type: 'button',
          'data-function': item.functionName,
          text: item.caption,
          onclick: function () {
            post('/api/menu/' + encodeURIComponent(item.functionName)).then(function (out) {
              if (out.opened === 'sidebar') openSidebar();
              if (out.opened === 'dialog') openDialog();
              refresh();
            });
          },
        }),
      );
    });
  }

  function drawLog(view) {
    var log = document.getElementById('log');
    clear(log);
    var lines = view.messages.slice(-3);
    view.triggers.forEach(function (t) { lines.push('Trigger: ' + t.handler + ' (' + t.kind + ')'); });
    view.mail.slice(-3).forEach(function (m) { lines.push('Mail to ' + m.to + ': ' + m.subject); });
    lines.forEach(function (line) { log.appendChild(el('div', { text: line })); });
  }

  function draw() {
    var view = state.view;
    if (!view) return;
    document.getElementById('doc-name').textContent = view.name + ' (' + view.locale + ')';
    document.getElementById('sidebar-title').textContent = view.sidebarTitle;
    var rtl = /^(ar|fa|he|iw)/.test(view.locale);
    document.documentElement.dir = rtl ? 'rtl' : 'ltr';
    var select = document.getElementById('locale');
    if (!select.options.length) view.locales.forEach(function (l) { select.appendChild(el('option', { value: l, text: l })); });
    select.value = view.locale;
    drawTabs(view);
    drawSheet(view.sheet);
    drawMenu(view);
    drawLog(view);
  }

  /** Fetches the view of the selected tab (the active one after a tab is opened or on start). */
  function refresh(followActive) {
    var follow = followActive || !state.selected;
    var query = follow ? '' : '?sheet=' + encodeURIComponent(state.selected);
    return fetch('/api/view' + query)
      .then(function (r) { return r.json(); })
      .then(function (view) {
        var activeChanged = state.view && view.activeSheet !== state.view.activeSheet;
        var gone = view.tabs.every(function (t) { return t.name !== state.selected; });
        state.view = view;
        if (follow || activeChanged || gone) {
          state.selected = view.activeSheet;
          if (!view.sheet || view.sheet.name !== view.activeSheet) return refresh(true);
        }
        draw();
        document.body.setAttribute('data-ready', 'true');
      });
  }

  function openSidebar() {
    var frame = document.getElementById('sidebar');
    document.querySelector('.sidebar-frame').classList.remove('closed');
    frame.src = '/sidebar?' + Date.now();
  }

  function openDialog() {
    document.getElementById('dialog').hidden = false;
    document.getElementById('dialog-frame').src = '/dialog?' + Date.now();
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== location.origin || !event.data) return;
    // Saving the draft changes no cell: only other calls redraw the spreadsheet.
    if (event.data.type === 'gas-run' && event.data.name !== 'saveWizard' && event.data.name !== 'loadWizard') refresh();
    if (event.data.type === 'gas-close') {
      document.getElementById('dialog').hidden = true;
    }
  });
  document.getElementById('close-sidebar').addEventListener('click', function () {
    document.querySelector('.sidebar-frame').classList.add('closed');
    // Sheets destroys a closed sidebar: its page is unloaded, not just hidden.
    document.getElementById('sidebar').src = 'about:blank';
  });
  document.getElementById('close-dialog').addEventListener('click', function () {
    document.getElementById('dialog').hidden = true;
  });
  document.getElementById('reset').addEventListener('click', function () {
    post('/api/reset', { locale: document.getElementById('locale').value }).then(function () {
      openSidebar();
      refresh(true);
    });
  });
  document.getElementById('locale').addEventListener('change', function (e) {
    post('/api/reset', { locale: e.target.value }).then(function () {
      openSidebar();
      refresh(true);
    });
  });
  refresh(true);
})();
