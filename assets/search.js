// The search box of the atlas. Each language's index is a set of scripts
// under <lang>/search/, written by "atlas build" (package generator/search):
// index.js, shards of tokens by their first letters (t-*.js) and the
// display fields of the agreements, 16 to a file (d-*.js). Each calls
// atlasSearch(name, data). They are loaded by adding <script> elements,
// which works from file:// as well as from a server, and a query loads only
// the shards of its words and the files of the results it shows.
(function () {
  "use strict";

  // --- Normalisation: the same as generator/search/normalize.go; both are
  // tested on generator/search/testdata/normalize.json. ---

  var MIN = 2; // generator/search.MinToken
  var DROP = /[\p{M}\p{Cf}\u0640]/u; // accents, tashkeel, hamza marks; invisible marks; tatweel
  var FOLD = { "\u0671": "\u0627", "\u0649": "\u064a", "\u0629": "\u0647", "\u0153": "oe", "\u00e6": "ae", "\u00df": "ss" };
  // The Arabic article and its prefixed forms, longest first:
  // وبال وال بال كال فال ولل لل ال
  var ARTICLES = ["\u0648\u0628\u0627\u0644", "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644",
    "\u0641\u0627\u0644", "\u0648\u0644\u0644", "\u0644\u0644", "\u0627\u0644"];

  function normalize(s) {
    var out = "";
    for (var ch of s.normalize("NFKD")) {
      ch = ch.toLowerCase();
      if (DROP.test(ch)) continue;
      var c = ch.codePointAt(0);
      if (c >= 0x660 && c <= 0x669) ch = String(c - 0x660);
      else if (c >= 0x6f0 && c <= 0x6f9) ch = String(c - 0x6f0);
      else if (FOLD[ch]) ch = FOLD[ch];
      out += ch;
    }
    return out;
  }

  function letters(s) { return Array.from(s).length; }

  function tokens(s) {
    var out = [];
    for (var w of normalize(s).match(/[\p{L}\p{N}]+/gu) || []) {
      for (var a of ARTICLES) {
        if (w.startsWith(a) && letters(w) - letters(a) >= MIN) {
          w = w.slice(a.length);
          break;
        }
      }
      if (letters(w) >= MIN) out.push(w);
    }
    return out;
  }

  // fileKey spells a key in a file name as generator/search.FileKey does.
  function fileKey(k) {
    var out = "";
    for (var ch of k) {
      var c = ch.codePointAt(0);
      if (/[a-z0-9]/.test(ch)) out += ch;
      else if (c <= 0xffff) out += "_" + c.toString(16).padStart(4, "0");
      else out += "-" + c.toString(16).padStart(6, "0");
    }
    return out;
  }

  // Postings: differences of successive numbers (agreement << 1 | strong),
  // five bits a character, the last character of each from FINAL.
  var FINAL = "0123456789ABCDEFGHIJKLMNOPQRSTUV", MORE = "WXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = {};
  for (var i = 0; i < 32; i++) {
    DIGIT[FINAL[i]] = [i, true];
    DIGIT[MORE[i]] = [i, false];
  }

  // addPostings records in hits (agreement → 1 if strong, else 0) the
  // agreements of one token.
  function addPostings(s, hits) {
    var acc = 0, prev = 0;
    for (var ch of s) {
      var d = DIGIT[ch];
      acc = acc * 32 + d[0];
      if (!d[1]) continue;
      prev += acc;
      acc = 0;
      var n = Math.floor(prev / 2), strong = prev % 2;
      hits.set(n, (hits.get(n) || 0) | strong);
    }
  }

  // --- Loading index files as scripts ---

  var data = Object.create(null); // by name, "fr/t-ma"
  var loading = Object.create(null); // promises, by name

  window.atlasSearch = function (name, value) { data[name] = value; };
  window.atlasSearch.normalize = normalize;
  window.atlasSearch.tokens = tokens;

  function load(box, file) {
    var name = box.lang + "/" + file;
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = new URL(file + ".js", box.index).href;
        s.onload = function () { name in data ? resolve(data[name]) : reject(new Error(name)); };
        s.onerror = function () {
          delete loading[name];
          reject(new Error(name));
        };
        document.head.appendChild(s);
      });
    }
    return loading[name];
  }

  // --- The box ---

  var SHOW = 10; // results shown at a time

  function Box(form) {
    this.form = form;
    this.input = form.querySelector("input");
    this.status = form.querySelector(".search-status");
    this.list = form.querySelector(".search-results");
    this.more = form.querySelector(".search-more");
    this.lang = document.documentElement.lang;
    this.index = new URL(form.dataset.index, document.baseURI);
    this.seq = 0;
    this.hits = [];
    this.shown = 0;
  }

  Box.prototype.say = function (text) { this.status.textContent = text; };

  Box.prototype.clear = function () {
    this.seq++;
    this.hits = [];
    this.shown = 0;
    this.list.textContent = "";
    this.more.hidden = true;
  };

  Box.prototype.fail = function () { this.say(this.form.dataset.failed); };

  // search finds the agreements holding every word of the query, a word
  // matching any token it begins; those matched in their title, place,
  // parties, kind or year come first, then the newest. The list is busy
  // until the results are shown.
  Box.prototype.search = async function (query) {
    this.clear();
    var seq = this.seq;
    this.list.setAttribute("aria-busy", "true");
    try {
      await this.find(query, seq);
    } finally {
      if (seq === this.seq) this.list.removeAttribute("aria-busy");
    }
  };

  Box.prototype.find = async function (query, seq) {
    var words = Array.from(new Set(tokens(query)));
    if (!query.trim()) return this.say("");
    if (!words.length) return this.say(this.form.dataset.short);
    var meta = await load(this, "index");
    var keys = meta.keys ? meta.keys.split(" ") : []; // none in an atlas without agreements
    var sets = await Promise.all(words.map(async (w) => {
      // The tokens that begin with w lie in the shard of the longest key
      // w begins with, and, when w is shorter than the keys below it, in
      // theirs.
      var hits = new Map();
      var shards = keys.filter((k) => w.startsWith(k) || k.startsWith(w));
      await Promise.all(shards.map(async (k) => {
        var shard = await load(this, "t-" + fileKey(k));
        for (var suffix in shard) {
          if ((k + suffix).startsWith(w)) addPostings(shard[suffix], hits);
        }
      }));
      return hits;
    }));
    if (seq !== this.seq) return; // a newer query is under way
    sets.sort((a, b) => a.size - b.size);
    for (var [n, strong] of sets[0]) {
      var score = strong;
      for (var other of sets.slice(1)) {
        if (!other.has(n)) {
          score = -1;
          break;
        }
        score += other.get(n);
      }
      if (score >= 0) this.hits.push([n, score]);
    }
    this.hits.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    await this.show(meta, seq, false);
  };

  // show adds the next results to the list, loading their files.
  Box.prototype.show = async function (meta, seq, focus) {
    var page = this.hits.slice(this.shown, this.shown + SHOW);
    var files = await Promise.all(page.map((h) => load(this, "d-" + Math.floor(h[0] / meta.perFile))));
    if (seq !== this.seq) return;
    var first = null;
    page.forEach((h, i) => {
      var item = this.item(meta, files[i][h[0] % meta.perFile]);
      first = first || item;
      this.list.appendChild(item);
    });
    this.shown += page.length;
    this.more.hidden = this.shown >= this.hits.length;
    this.say(this.hits.length ? this.form.dataset.count.replace("{n}", this.hits.length) : this.form.dataset.none);
    if (focus && first) first.querySelector("a").focus();
  };

  // item is one result: [slug, title, place, kind, year, amount].
  Box.prototype.item = function (meta, d) {
    var li = document.createElement("li"), a = document.createElement("a");
    a.href = new URL(meta.link.replace("{slug}", d[0]), this.index).href;
    var title = document.createElement("span");
    title.className = "title";
    title.textContent = d[1];
    var line = document.createElement("span");
    line.className = "meta";
    var place = meta.places[d[2]].map((n) => meta.names[n]).join(meta.sep);
    [meta.kinds[d[3]], place, d[4] ? String(d[4]) : "", d[5]].forEach((text) => {
      if (!text) return;
      if (line.childNodes.length) line.appendChild(document.createTextNode(" · "));
      var part = document.createElement("bdi");
      part.textContent = text;
      line.appendChild(part);
    });
    a.append(title, line);
    li.appendChild(a);
    return li;
  };

  // Keys: ↓ from the box to the results, ↑ ↓ among them, Esc back to the
  // box (and, in the box, clears it), Enter in the box opens the first.
  Box.prototype.keys = function (e) {
    var links = Array.from(this.list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    var next = null;
    if (e.key === "ArrowDown") next = links[at + 1] || null;
    else if (e.key === "ArrowUp") next = at > 0 ? links[at - 1] : at === 0 ? this.input : null;
    else if (e.key === "Escape" && at >= 0) next = this.input;
    else if (e.key === "Escape" && e.target === this.input) {
      this.input.value = "";
      this.clear();
      this.say("");
    }
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  function start(form) {
    var box = new Box(form);
    var run = () => box.search(box.input.value).catch(() => box.fail());
    form.hidden = false;
    box.input.addEventListener("input", run);
    box.input.addEventListener("focus", () => load(box, "index").catch(() => {}), { once: true });
    form.addEventListener("keydown", (e) => box.keys(e));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      var first = box.list.querySelector("a");
      if (first) location.href = first.href;
    });
    box.more.addEventListener("click", () => {
      load(box, "index").then((meta) => box.show(meta, box.seq, true)).catch(() => box.fail());
    });
    if (box.input.value) run(); // a query the browser kept on going back
  }

  function init() { document.querySelectorAll("form.site-search[data-index]").forEach(start); }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
