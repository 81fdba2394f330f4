// The local preview page: draws the emulated spreadsheet (tabs, cells, formula values and spilled
// arrays, dropdowns, checkboxes, frozen rows, right-to-left) from /api/view, every row of a tab in a
// window that follows the scroll, and sends what the user types into a cell to /api/edit. It
// refreshes after every google.script.run call the sidebar makes. Everything comes from user
// answers, so it is written with textContent and DOM calls only — never as HTML.
(function () {
  'use strict';
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

  // ── The grid: every row of the tab, drawn a window at a time (a 36-month calendar has ~2,300) ──

  var ROW_HEIGHT = 21; // px, as Sheets' default row
  var OVERSCAN = 20; // rows drawn beyond the visible ones, so a scroll rarely shows a gap
  var grid = { sheet: null, columns: 0, rows: 0, first: -1, last: -1, table: null, body: null, offsets: [], selected: null, editing: null };

  function cellAt(r, c) {
    var sheet = grid.sheet;
    var row = sheet && sheet.rows[r - 1];
    return (row && row[c - 1]) || null;
  }

  /** Nothing to show (a formatted cell may still be blank): text may run over it. */
  function isBlank(cell) {
    return !cell || (!cell.text && !cell.formula && cell.checkbox === undefined && cell.dropdown === undefined);
  }

  function cellNode(cell, r, c) {
    var td = el('td', { 'data-row': r, 'data-col': c });
    if (c <= grid.sheet.frozenColumns) {
      td.classList.add('frozen-col');
      td.style.insetInlineStart = grid.offsets[c - 1] + 'px';
    }
    if (grid.selected && grid.selected.row === r && grid.selected.col === c) td.classList.add('selected');
    if (!cell) return td;
    var text = cell.text;
    if (cell.checkbox !== undefined) text = cell.checkbox ? '☑' : '☐';
    if (cell.formula) td.classList.add(cell.uncomputed ? 'uncomputed' : 'formula');
    if (cell.uncomputed && !text && cell.formula) text = cell.formula;
    if (cell.spill) td.classList.add('spill');
    if (cell.error) td.classList.add('error');
    if (cell.invalid) td.classList.add('invalid');
    if (cell.dropdown !== undefined) td.classList.add('dropdown');
    if (cell.checkbox !== undefined) td.classList.add('checkbox');
    if (cell.wrap) td.classList.add('wrap');
    if (cell.number) td.classList.add('number');
    // Text runs on over empty neighbours, as in Sheets (numbers and wrapped text stay in their cell).
    else if (!cell.wrap && text && isBlank(cellAt(r, c + 1))) td.classList.add('overflow');
    td.textContent = text;
    td.dir = 'auto'; // each cell reads in its own text's direction, as in Sheets
    var title = [];
    if (cell.formula) title.push(cell.formula);
    if (cell.error) title.push(cell.error);
    if (cell.invalid) title.push('Invalid: ' + cell.invalid);
    if (cell.dropdown !== undefined) title.push('▾ ' + (grid.sheet.lists[cell.dropdown] || []).join(' | '));
    if (cell.note) title.push(cell.note);
    if (title.length) td.setAttribute('title', title.join('\n'));
    if (cell.bold) td.style.fontWeight = 'bold';
    if (cell.background && COLOR.test(cell.background)) td.style.backgroundColor = cell.background;
    if (cell.fontColor && COLOR.test(cell.fontColor)) td.style.color = cell.fontColor;
    return td;
  }

  function rowNode(r) {
    var tr = el('tr', { 'data-row': r, class: r === grid.sheet.frozenRows ? 'frozen-last' : null }, [el('th', { class: 'row-head', text: r, scope: 'row' })]);
    var grows = false;
    for (var c = 1; c <= grid.columns; c++) {
      var cell = cellAt(r, c);
      // Wrapped text longer than its column (at ~7 px a character) may need a second line.
      if (cell && cell.wrap && cell.text && cell.text.length * 7 > grid.widths[c - 1] - 8) grows = true;
      tr.appendChild(cellNode(cell, r, c));
    }
    if (grows) tr.classList.add('grows'); // only such rows can be taller than 21 px: only they are measured
    return tr;
  }

  function spacer(height) {
    return el('tr', { class: 'spacer', 'aria-hidden': 'true', style: 'height:' + height + 'px' }, [el('td', { colspan: grid.columns + 1 })]);
  }

  // Rows are 21 px until drawn; a drawn row's real height (wrapped text makes it taller, as Sheets
  // does) is remembered, so the spacers above and below what is drawn keep every row in its place.
  function measureAll() {
    var frozen = grid.sheet.frozenRows;
    var prefix = [0];
    for (var r = frozen + 1; r <= grid.rows; r++) prefix.push(prefix[prefix.length - 1] + (grid.heights[r] || ROW_HEIGHT));
    grid.prefix = prefix;
  }

  /** Top of body row r (frozen rows excluded), in px from the top of the body. */
  function rowTop(r) {
    return grid.prefix[Math.max(0, Math.min(grid.prefix.length - 1, r - grid.sheet.frozenRows - 1))];
  }

  /** The body row at y px from the top of the body. */
  function rowAt(y) {
    var lo = 0;
    var hi = grid.prefix.length - 2;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (grid.prefix[mid] <= y) lo = mid;
      else hi = mid - 1;
    }
    return grid.sheet.frozenRows + 1 + Math.max(0, lo);
  }

  /** Draws the rows in view (and OVERSCAN around them); frozen rows live in the sticky head. */
  function drawWindow(force) {
    if (!grid.sheet) return;
    var wrap = document.getElementById('grid');
    var frozen = grid.sheet.frozenRows;
    var head = grid.table.tHead ? grid.table.tHead.offsetHeight : 0;
    var top = Math.max(0, wrap.scrollTop);
    var firstVisible = rowAt(top);
    var lastVisible = rowAt(top + Math.max(0, wrap.clientHeight - head));
    var first = Math.max(frozen + 1, firstVisible - OVERSCAN);
    var last = Math.min(grid.rows, lastVisible + OVERSCAN);
    // Redraw only when the view nears the edge of what is drawn.
    if (!force && grid.first > 0 && first >= grid.first && last <= grid.last) return;
    var started = performance.now();
    first = Math.max(frozen + 1, first - OVERSCAN);
    last = Math.min(grid.rows, last + OVERSCAN);
    var body = el('tbody');
    var above = spacer(rowTop(first));
    var below = spacer(0);
    body.appendChild(above);
    for (var r = first; r <= last; r++) body.appendChild(rowNode(r));
    body.appendChild(below);
    grid.table.replaceChild(body, grid.body);
    grid.body = body;
    var changed = false;
    Array.prototype.forEach.call(body.querySelectorAll('tr.grows'), function (tr) {
      var row = Number(tr.getAttribute('data-row'));
      var height = Math.round(tr.getBoundingClientRect().height) || ROW_HEIGHT;
      if ((grid.heights[row] || ROW_HEIGHT) !== height) {
        grid.heights[row] = height;
        changed = true;
      }
    });
    if (changed) measureAll();
    void body.offsetHeight; // lay the rows out now, so the time below is what the frame costs
    above.style.height = rowTop(first) + 'px';
    below.style.height = Math.max(0, grid.prefix[grid.prefix.length - 1] - rowTop(last + 1)) + 'px';
    grid.first = first;
    grid.last = last;
    grid.table.setAttribute('data-first-row', first);
    grid.table.setAttribute('data-last-row', last);
    grid.draws = (grid.draws || 0) + 1;
    grid.table.setAttribute('data-draws', grid.draws);
    grid.table.setAttribute('data-draw-ms', (performance.now() - started).toFixed(1)); // the browser test reports it
  }

  function drawSheet(sheet, keepScroll) {
    var wrap = document.getElementById('grid');
    var scroll = keepScroll ? { top: wrap.scrollTop, left: wrap.scrollLeft } : { top: 0, left: 0 };
    clear(wrap);
    if (grid.editing && keepScroll) wrap.appendChild(grid.editing); // a redraw while typing keeps the editor
    else stopEditing();
    if (!grid.sheet || !sheet || grid.sheet.name !== sheet.name) grid.heights = [];
    grid.sheet = sheet;
    grid.first = grid.last = -1;
    if (!sheet) return;
    var used = sheet.rows.reduce(function (n, row) { return Math.max(n, row.length); }, 0);
    grid.columns = Math.max(sheet.maxColumns || 0, sheet.columnWidths.length, used);
    grid.rows = Math.max(sheet.maxRows || 0, sheet.rows.length);
    var widths = [];
    var offsets = [];
    var x = 42;
    for (var c = 0; c < grid.columns; c++) {
      widths.push(Math.max(20, Math.min(600, Number(sheet.columnWidths[c]) || 100)));
      offsets.push(x);
      x += widths[c];
    }
    grid.offsets = offsets;
    grid.widths = widths;
    // A fixed layout needs the table's width: without it the browser squeezes an empty column
    // (Copy, Link) to its header's width, and the tab looks nothing like Sheets.
    var table = el('table', { class: 'grid', dir: sheet.rightToLeft ? 'rtl' : 'ltr', 'data-sheet': sheet.name, 'data-rows': grid.rows, style: 'width:' + x + 'px' });
    var colgroup = el('colgroup', null, [el('col', { style: 'width:42px' })]);
    widths.forEach(function (w) { colgroup.appendChild(el('col', { style: 'width:' + w + 'px' })); });
    table.appendChild(colgroup);
    var letters = el('tr', { class: 'col-head' }, [el('th', { class: 'row-head corner' })]);
    for (c = 1; c <= grid.columns; c++) {
      var th = el('th', { text: columnName(c), scope: 'col' });
      if (c <= sheet.frozenColumns) {
        th.classList.add('frozen-col');
        th.style.insetInlineStart = offsets[c - 1] + 'px';
      }
      letters.appendChild(th);
    }
    var head = el('thead', null, [letters]);
    for (var r = 1; r <= Math.min(sheet.frozenRows, grid.rows); r++) head.appendChild(rowNode(r));
    table.appendChild(head);
    grid.body = el('tbody');
    table.appendChild(grid.body);
    grid.table = table;
    measureAll();
    wrap.insertBefore(table, wrap.firstChild);
    wrap.scrollTop = scroll.top;
    wrap.scrollLeft = scroll.left;
    drawWindow(true);
    if (grid.selected) showSelection();
  }

  // ── Selecting and editing cells, as a user does in Sheets ──

  function a1(r, c) { return columnName(c) + r; }

  function tdAt(r, c) {
    return grid.table && grid.table.querySelector('td[data-row="' + r + '"][data-col="' + c + '"]');
  }

  /** The formula bar: the selected cell's address and what it holds (its formula, else its text). */
  function showSelection() {
    var s = grid.selected;
    document.getElementById('cell-name').textContent = s ? a1(s.row, s.col) : '';
    var cell = s ? cellAt(s.row, s.col) : null;
    var bar = document.getElementById('formula-bar');
    bar.value = cell ? (cell.formula || (cell.spill ? '' : cell.checkbox !== undefined ? (cell.checkbox ? 'TRUE' : 'FALSE') : cell.text)) : '';
    bar.readOnly = !s;
    bar.title = cell && cell.spill ? 'Part of an array: edit the formula that spilled it' : '';
  }

  function select(r, c, scrollIntoView) {
    if (!grid.sheet) return;
    r = Math.max(1, Math.min(grid.rows, r));
    c = Math.max(1, Math.min(grid.columns, c));
    var old = grid.table.querySelector('td.selected');
    if (old) old.classList.remove('selected');
    grid.selected = { row: r, col: c };
    if (scrollIntoView && r > grid.sheet.frozenRows) {
      var wrap = document.getElementById('grid');
      var y = rowTop(r);
      var view = wrap.clientHeight - grid.table.tHead.offsetHeight - (grid.heights[r] || ROW_HEIGHT);
      if (y < wrap.scrollTop) wrap.scrollTop = y;
      else if (y > wrap.scrollTop + view) wrap.scrollTop = y - view;
      drawWindow(false);
    }
    var td = tdAt(r, c);
    if (td) {
      td.classList.add('selected');
      if (scrollIntoView) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    showSelection();
  }

  function notice(text) {
    var box = document.getElementById('notice');
    box.hidden = !text;
    box.querySelector('span').textContent = text || '';
  }

  /** Sends the user's entry; the server answers after validation, the edit, triggers and recalculation. */
  function commit(r, c, input) {
    return post('/api/edit', { sheet: grid.sheet.name, row: r, column: c, input: input }).then(function (out) {
      if (!out.ok) notice('There was a problem: ' + out.error);
      else notice('');
      return refresh(false);
    });
  }

  /** The in-cell editor: a text box over the cell (a list for a dropdown), Enter/Tab keep it, Escape drops it. */
  function startEditing(initial) {
    var s = grid.selected;
    if (!s || !grid.sheet) return;
    var td = tdAt(s.row, s.col);
    if (!td) return;
    var cell = cellAt(s.row, s.col);
    if (cell && cell.checkbox !== undefined && initial === undefined) return commit(s.row, s.col, !cell.checkbox);
    stopEditing();
    var wrap = document.getElementById('grid');
    var box = td.getBoundingClientRect();
    var outer = wrap.getBoundingClientRect();
    var editor;
    if (cell && cell.dropdown !== undefined && initial === undefined) {
      editor = el('select', { class: 'cell-editor', 'aria-label': 'Choose a value for ' + a1(s.row, s.col) });
      editor.appendChild(el('option', { value: '', text: '' }));
      (grid.sheet.lists[cell.dropdown] || []).forEach(function (v) { editor.appendChild(el('option', { value: v, text: v })); });
      editor.value = cell.text;
      editor.addEventListener('change', function () { finish(true); });
    } else {
      editor = el('input', { class: 'cell-editor', type: 'text', dir: 'auto', 'aria-label': 'Edit ' + a1(s.row, s.col) });
      editor.value = initial !== undefined ? initial : document.getElementById('formula-bar').value;
    }
    editor.style.top = box.top - outer.top + wrap.scrollTop + 'px';
    editor.style.left = box.left - outer.left + wrap.scrollLeft + 'px';
    editor.style.minWidth = box.width + 'px';
    editor.style.height = box.height + 'px';
    var at = { row: s.row, col: s.col };
    var done = false;
    function finish(keep, move) {
      if (done) return;
      done = true;
      var value = editor.value;
      stopEditing();
      if (move) select(at.row + move[0], at.col + move[1], true);
      document.getElementById('grid').focus();
      if (keep) commit(at.row, at.col, value);
    }
    editor.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); finish(true, [1, 0]); }
      else if (e.key === 'Tab') { e.preventDefault(); finish(true, [0, e.shiftKey ? -1 : 1]); }
      else if (e.key === 'Escape') { e.preventDefault(); finish(false); }
      e.stopPropagation();
    });
    editor.addEventListener('blur', function () { finish(true); });
    grid.editing = editor;
    wrap.appendChild(editor);
    editor.focus();
    if (editor.setSelectionRange) editor.setSelectionRange(editor.value.length, editor.value.length);
  }

  function stopEditing() {
    var editor = grid.editing;
    grid.editing = null;
    if (editor && editor.parentNode) editor.parentNode.removeChild(editor);
  }

  function setUpGrid() {
    var wrap = document.getElementById('grid');
    var pending = false;
    wrap.addEventListener('scroll', function () {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () {
        pending = false;
        drawWindow(false);
      });
    }, { passive: true });
    wrap.addEventListener('mousedown', function (e) {
      var td = e.target.closest && e.target.closest('td[data-row]');
      if (!td || e.target.classList.contains('cell-editor')) return;
      select(Number(td.getAttribute('data-row')), Number(td.getAttribute('data-col')));
    });
    wrap.addEventListener('click', function (e) {
      var td = e.target.closest && e.target.closest('td.checkbox');
      if (td) startEditing(); // a click on a checkbox ticks it
    });
    wrap.addEventListener('dblclick', function (e) {
      if (e.target.closest && e.target.closest('td[data-row]') && !e.target.closest('td.checkbox')) startEditing();
    });
    wrap.addEventListener('keydown', function (e) {
      var s = grid.selected;
      if (!s || grid.editing) return;
      var moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
      var rtl = grid.sheet && grid.sheet.rightToLeft;
      if (moves[e.key]) {
        e.preventDefault();
        var m = moves[e.key];
        select(s.row + m[0], s.col + (rtl ? -m[1] : m[1]), true);
      } else if (e.key === 'Enter' || e.key === 'F2') {
        e.preventDefault();
        startEditing();
      } else if (e.key === ' ' && cellAt(s.row, s.col) && cellAt(s.row, s.col).checkbox !== undefined) {
        e.preventDefault();
        startEditing();
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        commit(s.row, s.col, '');
      } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        startEditing(e.key); // typing replaces the cell, as in Sheets
      }
    });
    var bar = document.getElementById('formula-bar');
    bar.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && grid.selected) {
        e.preventDefault();
        var s = grid.selected;
        commit(s.row, s.col, bar.value);
        select(s.row + 1, s.col, true);
        wrap.focus();
      } else if (e.key === 'Escape') {
        showSelection();
        wrap.focus();
      }
    });
    document.querySelector('#notice button').addEventListener('click', function () { notice(''); });
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
            grid.selected = null;
            stopEditing();
            // The clicked tab becomes the active sheet, as in Sheets (the add-on's getActiveSheet sees it).
            post('/api/activate', { sheet: sheet.name }).then(function () { return refresh(); });
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
    var now = new Date(view.now);
    var when = now.toLocaleString('en-GB', { timeZone: view.timeZone, dateStyle: 'medium', timeStyle: 'short' });
    lines.unshift('Now: ' + when + ' (' + view.timeZone + ', ' + (view.liveClock ? "the machine's clock" : 'pinned') + ')');
    view.fired.forEach(function (f) { lines.push('Ran ' + f.handler + ' at ' + f.at + (f.error ? ': ' + f.error : '')); });
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
    // The account's language is apart from the spreadsheet's locale, as in Sheets ('' = the same).
    var user = document.getElementById('user-locale');
    if (!user.options.length) view.userLocales.forEach(function (l) { user.appendChild(el('option', { value: l, text: l || 'as the spreadsheet' })); });
    user.value = view.userLocale;
    drawTabs(view);
    var sameTab = grid.sheet && view.sheet && grid.sheet.name === view.sheet.name;
    if (!sameTab) grid.selected = null;
    drawSheet(view.sheet, sameTab);
    if (window.previewCharts) window.previewCharts.draw(view); // the chart layer (charts.js)
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
        // Counts the views drawn, so a test can wait for the one that follows its edit.
        document.body.setAttribute('data-drawn', String(Number(document.body.getAttribute('data-drawn') || 0) + 1));
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
    if (event.data.type === 'gas-close') closeDialog();
  });
  document.getElementById('close-sidebar').addEventListener('click', function () {
    document.querySelector('.sidebar-frame').classList.add('closed');
    // Sheets destroys a closed sidebar: its page is unloaded, not just hidden.
    document.getElementById('sidebar').src = 'about:blank';
  });
  /** Sheets destroys a closed dialog: its page is unloaded, so the next one starts afresh. */
  function closeDialog() {
    document.getElementById('dialog').hidden = true;
    document.getElementById('dialog-frame').src = 'about:blank';
  }
  document.getElementById('close-dialog').addEventListener('click', closeDialog);
  /** A fresh spreadsheet, then the wizard opened from the menu as a user would (which names the sidebar). */
  function reset(locale) {
    return post('/api/reset', { locale: locale, userLocale: document.getElementById('user-locale').value })
      .then(function () { return post('/api/menu/showSidebar'); })
      .then(function () {
        openSidebar();
        return refresh(true);
      });
  }
  document.getElementById('reset').addEventListener('click', function () {
    reset(document.getElementById('locale').value);
  });
  document.getElementById('locale').addEventListener('change', function (e) {
    reset(e.target.value);
  });
  document.getElementById('user-locale').addEventListener('change', function () {
    reset(document.getElementById('locale').value);
  });
  setUpGrid();
  refresh(true);
})();
