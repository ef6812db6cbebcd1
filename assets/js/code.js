// Lectern: a "Copy" button in every code block's header. The page works without it.
// Copies the code without line numbers (CSS counters are never copied), and for pycon/console
// sessions only the commands, without their ">>>", "..." or "$" prompts.
(function () {
  "use strict";
  var status;
  var PROMPTS = {
    "language-pycon": /^(?:>>>|\.\.\.)(?: |$)(.*)$/,
    "language-console": /^(?:[^\s@:$#%*!/\\]+@[^\r\n@:$#%*!/\\]+(?::[^$#%]*)?|[/~.][^$#%@:;|]*)?[$#%] (.*)$/
  };
  var SVG = '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">';
  var COPY = SVG + '<rect x="8" y="8" width="12" height="12" rx="2"/><path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2"/></svg>';
  var DONE = SVG + '<path d="m5 12.5 4.5 4.5L19 7.5"/></svg>';

  function announce(text) {
    if (!status) {
      status = document.createElement("div");
      status.className = "copy-status visually-hidden";
      status.setAttribute("role", "status");
      document.body.appendChild(status);
    }
    status.textContent = "";
    setTimeout(function () { status.textContent = text; }, 50);
  }

  function textOf(code) {
    var text = code.textContent.replace(/\n$/, "");
    var prompt = PROMPTS[code.className.split(" ").filter(function (c) { return PROMPTS[c]; })[0]];
    if (!prompt) return text;
    var commands = text.split("\n").map(function (line) {
      var m = prompt.exec(line);
      return m ? m[1] : null;
    }).filter(function (line) { return line !== null; });
    return commands.length ? commands.join("\n") : text;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      area.remove();
      if (ok) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  function label(button, icon, text) {
    button.innerHTML = icon;
    button.appendChild(document.createTextNode(text));
  }

  document.querySelectorAll(".code-block").forEach(function (block) {
    var code = block.querySelector("pre > code");
    var header = block.querySelector(".code-header");
    if (!code || !header) return;
    var button = document.createElement("button");
    var timer;
    button.type = "button";
    button.className = "copy-button";
    button.setAttribute("aria-label", "Copy code");
    label(button, COPY, "Copy");
    button.addEventListener("click", function () {
      clearTimeout(timer);
      copy(textOf(code)).then(function () {
        label(button, DONE, "Copied");
        button.setAttribute("aria-label", "Copied");
        button.classList.add("is-done");
        announce("Copied to the clipboard");
      }, function () {
        label(button, COPY, "Press Ctrl+C");
        announce("Copy failed: select the code and press Ctrl+C");
      }).then(function () {
        timer = setTimeout(function () {
          label(button, COPY, "Copy");
          button.setAttribute("aria-label", "Copy code");
          button.classList.remove("is-done");
        }, 2000);
      });
    });
    header.appendChild(button);
  });
})();
