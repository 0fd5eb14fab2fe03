// Progressive enhancement: the page works without this file. With it, forms answer in place
// (the server renders the same page; only what changed is swapped in), the number is checked as
// it is typed, and after one visit the top-up form answers without data from what the page kept.
// Numbers travel in POST bodies only, never in the URL, and are never kept.
(function () {
  'use strict';
  var parser = new DOMParser();
  var KEPT = 'balans-kept-v1';
  var scriptUrl = document.currentScript && document.currentScript.src;

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
    if (!navigator.onLine && !switching) {
      answerOffline(form).catch(function () { postItself(form, submitter); });
      return;
    }
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
      // the server could not be reached: answer from what the page kept, else let the browser post
      form.removeAttribute('aria-busy');
      (switching ? Promise.reject() : answerOffline(form)).catch(function () { postItself(form, submitter); });
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

  function postItself(form, submitter) {
    form.removeAttribute('data-enhance');
    if (submitter) { submitter.click(); } else { form.submit(); }
  }

  // Kept for use without data, renewed on every visit online (a catalog change reaches it then):
  // this page's shell in its language, its stylesheet and script, and the instructions that need
  // no data. The service worker answers from it when the network does not.
  function keep() {
    if (!('serviceWorker' in navigator) || !window.caches || !navigator.onLine) { return; }
    var lang = document.documentElement.lang;
    var stylesheet = document.querySelector('link[rel="stylesheet"]');
    var urls = ['/?lang=' + lang, '/offline/' + lang + '.json'];
    if (stylesheet) { urls.push(new URL(stylesheet.href).pathname); }
    if (scriptUrl) { urls.push(new URL(scriptUrl).pathname); }
    navigator.serviceWorker.register('/sw.js').then(function () {
      return caches.open(KEPT);
    }).then(function (kept) {
      return kept.addAll(urls).then(function () { return kept.keys(); }).then(function (keys) {
        // assets of an earlier version are not needed again
        return Promise.all(keys.filter(function (key) {
          var path = new URL(key.url).pathname;
          return path.indexOf('/assets/') === 0 && urls.indexOf(path) < 0;
        }).map(function (key) { return kept.delete(key); }));
      });
    }).catch(function () { /* nothing kept: the page works online as before */ });
  }
  keep();

  // A number as people type it, in the forms the kept ranges and the message need
  function numberOf(typed) {
    var digits = typed.replace(/[\uFF10-\uFF19]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 48);
    }).replace(/\D/g, '').replace(/^(00)?994/, '').replace(/^0/, '');
    return digits.length === 9 ? { national: '0' + digits, e164: '+994' + digits } : null;
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function ways(heading, list, words) {
    return [el('h3', {}, [heading]), el('ol', { 'class': 'options' }, list.map(function (way) {
      return el('li', { 'class': 'card option' }, [
        el('h4', {}, [way.name]),
        el('p', { 'class': 'label' }, [words.reasons]),
        el('ul', { 'class': 'reasons' }, way.reasons.map(function (r) { return el('li', {}, [r]); })),
        el('p', { 'class': 'label' }, [words.steps]),
        el('ol', { 'class': 'steps' }, way.steps.map(function (step) { return el('li', {}, [step]); }))
      ]);
    }))];
  }

  // Offline: the top-up form answers from the kept copy, for the range holder of the number typed,
  // saying plainly that it is offline and when its facts were kept
  function answerOffline(form) {
    var field = form.querySelector('input[name="number"]');
    if (!field || !window.caches) { return Promise.reject(); }
    var lang = document.documentElement.lang;
    return caches.match('/offline/' + lang + '.json').then(function (kept) {
      if (!kept) { throw new Error('nothing kept'); }
      return kept.json();
    }).then(function (pack) {
      var words = pack.words;
      var number = numberOf(field.value);
      // the longest prefix that starts the number (036554 before 036)
      var range = number && pack.ranges.filter(function (r) {
        return number.national.indexOf(r.prefix) === 0;
      }).sort(function (a, b) { return b.prefix.length - a.prefix.length; })[0];
      var carrier = range && pack.carriers.filter(function (c) { return c.id === range.carrier; })[0];
      var parts = [el('h2', { id: 'offline-heading', tabindex: '-1' }, [words.heading]),
        el('p', { 'class': 'notice offline-notice' }, [words.notice])];
      if (!carrier) {
        parts.push(el('p', { 'class': 'empty' }, [words.unknownNumber]));
      } else {
        parts.push(el('p', { 'class': 'holder' }, [carrier.holder]));
        parts = parts.concat(ways(words.waysOut, carrier.waysOut, words), ways(words.withCash, carrier.withCash, words));
        parts.push(el('section', { 'class': 'card someone-else', 'aria-labelledby': 'someone-else-heading' }, [
          el('h3', { id: 'someone-else-heading' }, [words.someoneElse]),
          el('p', { id: 'someone-else-hint' }, [words.someoneElseHint]),
          el('textarea', { id: 'someone-else-message', readonly: '', rows: '12', 'aria-label': words.someoneElse,
            'aria-describedby': 'someone-else-hint' }, [carrier.messageForSomeoneElse.split('{number}').join(number.e164)]),
          el('p', { 'class': 'message-actions', 'data-message-actions': '' }, [
            el('button', { type: 'button', 'class': 'secondary', 'data-copy': 'someone-else-message',
              'data-copied': words.messageCopied }, [words.copyMessage]),
            el('span', { 'class': 'copied', role: 'status' }, [])])].concat(carrier.nearby.length ? [
          el('h4', {}, [words.nearby]),
          el('ul', { 'class': 'nearby' }, carrier.nearby.map(function (way) {
            return el('li', {}, [el('strong', {}, [way.name]),
              el('ul', { 'class': 'reasons' }, way.reasons.map(function (r) { return el('li', {}, [r]); })),
              el('ol', { 'class': 'steps' }, way.steps.map(function (step) { return el('li', {}, [step]); }))]);
          }))] : [])));
      }
      var result = document.getElementById('result');
      result.replaceChildren(el('section', { 'class': 'offline', 'aria-labelledby': 'offline-heading' }, parts));
      document.getElementById('offline-heading').focus();
    });
  }

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
