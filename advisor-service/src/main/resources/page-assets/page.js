// Progressive enhancement: the page works without this file. With it, forms answer in place
// (the server renders the same page; only what changed is swapped in) and the number is
// checked as it is typed. Numbers travel in POST bodies only, never in the URL.
(function () {
  'use strict';
  var parser = new DOMParser();

  function post(url, form, submitter) {
    var body = new URLSearchParams(new FormData(form, submitter));
    return fetch(url, { method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
      .then(function (response) { return response.text(); })
      .then(function (html) { return parser.parseFromString(html, 'text/html'); });
  }

  // the element stays (a live region keeps announcing); only what is inside it changes
  function swap(from, id) {
    var fresh = from.getElementById(id);
    var stale = document.getElementById(id);
    if (fresh && stale) {
      // a copy first: adopting a node takes it out of the live childNodes list
      var nodes = Array.prototype.slice.call(fresh.childNodes);
      stale.replaceChildren.apply(stale, nodes.map(function (node) { return document.adoptNode(node); }));
    }
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-enhance')) { return; }
    event.preventDefault();
    var submitter = event.submitter;
    var url = (submitter && submitter.getAttribute('formaction')) || form.getAttribute('action');
    var switching = submitter && submitter.value === 'switch';
    form.setAttribute('aria-busy', 'true');
    post(url, form, submitter).then(function (page) {
      if (switching) {
        // another language: every word changes, so the whole page is swapped and the URL says which
        document.documentElement.lang = page.documentElement.lang;
        document.title = page.title;
        document.body.replaceWith(document.adoptNode(page.body));
        history.replaceState(null, '', url);
        enableMessageActions();
        return;
      }
      swap(page, 'flow');
      swap(page, 'number-info');
      swap(page, 'result');
      enableMessageActions();
      form.removeAttribute('aria-busy');
      var target = document.querySelector('#result h2') || document.querySelector('.error');
      if (target) {
        target.setAttribute('tabindex', '-1');
        target.focus();
      }
    }).catch(function () {
      // the server could not be reached in place: let the browser post the form itself
      form.removeAttribute('aria-busy');
      form.removeAttribute('data-enhance');
      if (submitter) { submitter.click(); } else { form.submit(); }
    });
  });

  // "nothing at hand" goes alone: ticking it clears the ways to pay, and ticking one of those clears it
  document.addEventListener('change', function (event) {
    var box = event.target;
    if (box.name !== 'method' || !box.checked) { return; }
    var boxes = box.form.querySelectorAll('input[name="method"]');
    Array.prototype.forEach.call(boxes, function (other) {
      if (other !== box && (box.hasAttribute('data-alone') || other.hasAttribute('data-alone'))) {
        other.checked = false;
      }
    });
  });

  // the message for someone else: copied, or handed to the phone's share sheet where there is one;
  // its text never goes into an address
  function enableMessageActions() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-message-actions]'), function (actions) {
      actions.hidden = false;
      var share = actions.querySelector('[data-share]');
      if (share && navigator.share) { share.hidden = false; }
    });
  }
  enableMessageActions();
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-copy], [data-share]');
    if (!button) { return; }
    var text = document.getElementById(button.getAttribute('data-copy') || button.getAttribute('data-share')).value;
    if (button.hasAttribute('data-share')) {
      navigator.share({ text: text }).catch(function () { /* the person closed the sheet */ });
      return;
    }
    var said = button.parentNode.querySelector('.copied');
    navigator.clipboard.writeText(text).then(function () {
      said.textContent = button.getAttribute('data-copied');
    }, function () {
      // no clipboard here: select the text, for the person to copy
      var area = document.getElementById(button.getAttribute('data-copy'));
      area.focus();
      area.select();
    });
  });

  var timer = null;
  document.addEventListener('input', function (event) {
    var field = event.target;
    if (!field.hasAttribute || !field.hasAttribute('data-check-number')) { return; }
    clearTimeout(timer);
    timer = setTimeout(function () {
      // any digits count, full-width ones too: the server reads them
      if ((field.value.match(/\p{Nd}/gu) || []).length < 9) { return; }
      var form = field.form;
      var check = form.querySelector('button[value="check"]');
      post(form.getAttribute('action'), form, check).then(function (page) {
        swap(page, 'number-info');
        // the field says whether it is wrong, and points to why
        var wrong = document.getElementById('number-error') !== null;
        field.setAttribute('aria-invalid', String(wrong));
        field.setAttribute('aria-describedby', wrong ? 'number-hint number-error' : 'number-hint');
      });
    }, 400);
  });
})();
